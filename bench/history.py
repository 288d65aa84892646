"""bench/history: reading the graph as of a year costs about what reading it now costs.

    python bench/history.py [--scale 100] [--stores sqlite,neo4j] [--neo4j-uri bolt://…]

The demo generator writes its four yearly rounds (2021-2024) at ``--scale`` into
bench/data/rounds-x<scale>/ (reused when present); each store loads them in order, each
``--as-of`` its year (timed: that is a yearly load with history). Then, on the same store
in the same run, best of three each:

- ``snapshot()`` (now, from the current tables) against ``snapshot(as_of=2023-12-31)``
  (from the history): the ratio must stay at or below 1.5;
- the as-of view the services build (``store_on``): its first build, and a cached hit.

Prints the figures and writes bench/results/history.json, keeping the runs of the stores
this run did not measure (each store's latest run stays).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "bench" / "data"
RESULTS = ROOT / "bench" / "results" / "history.json"
TARGETS = {"as_of_snapshot_ratio": 1.5}
DAY = "2023-12-31"


def rounds(scale: int) -> list[tuple[str, Path]]:
    """The yearly rounds at ``scale`` as (year, folder), generated when missing."""
    from graphsvc.demo import generate

    folder = DATA / f"rounds-x{scale}"
    if not (folder / "rounds").is_dir():
        print(f"generating the {scale}x rounds into {folder} …", flush=True)
        generate(scale=scale, out_dir=folder, rounds=True)
    return [(p.name, p) for p in sorted((folder / "rounds").iterdir()) if p.is_dir()]


def best_of(work: Any, times: int = 3) -> float:
    """The fastest wall time of ``times`` runs of ``work()``."""
    found = []
    for _ in range(times):
        started = time.perf_counter()
        work()
        found.append(time.perf_counter() - started)
    return min(found)


def measure(store: Any, scale: int) -> dict[str, Any]:
    """Load the rounds into an empty ``store``, then time the reads."""
    from graphsvc.services.analysis import clear_cache
    from graphsvc.services.as_of import store_on
    from graphsvc.services.workbook import import_workbook

    store.clear()
    loads = {}
    for year, folder in rounds(scale):
        started = time.perf_counter()
        report = import_workbook(store, folder, as_of=year)
        loads[year] = {
            "seconds": round(time.perf_counter() - started, 3),
            "ended": report["nodes_deleted"] + report["edges_deleted"],
        }
    now = store.snapshot()
    then = store.snapshot(as_of=DAY)
    now_s = best_of(store.snapshot)
    then_s = best_of(lambda: store.snapshot(as_of=DAY))
    clear_cache()
    started = time.perf_counter()
    store_on(store, DAY)
    first_view = time.perf_counter() - started
    cached_view = best_of(lambda: store_on(store, DAY), 20)
    return {
        "scale": scale,
        "loads": loads,
        "nodes_now": len(now.nodes),
        "edges_now": len(now.edges),
        "nodes_then": len(then.nodes),
        "edges_then": len(then.edges),
        "snapshot_seconds": round(now_s, 4),
        "as_of_snapshot_seconds": round(then_s, 4),
        "as_of_snapshot_ratio": round(then_s / now_s, 2),
        "as_of_view_first_seconds": round(first_view, 4),
        "as_of_view_cached_ms": round(cached_view * 1000, 3),
    }


def main() -> None:
    """Measure each store and write the results."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", type=int, default=100)
    parser.add_argument("--stores", default="sqlite,neo4j", help="sqlite, neo4j or both")
    parser.add_argument("--neo4j-uri", help="a running Neo4j (default: start the dev server)")
    args = parser.parse_args()
    stores = args.stores.split(",")
    runs = []
    if "sqlite" in stores:
        from graphsvc.stores.sqlite_store import SQLiteStore

        path = Path(tempfile.mkdtemp(prefix="bench-history-")) / "graph.db"
        store = SQLiteStore(f"sqlite:///{path}")
        store.ensure_schema()
        runs.append({"store": "sqlite", **measure(store, args.scale)})
        store.close()
    if "neo4j" in stores:
        runs.append({"store": "neo4j", **measure_neo4j(args.scale, args.neo4j_uri)})
    for run in runs:
        print(json.dumps(run))
    runs = _kept(runs) + runs
    results = {
        "command": f"python bench/history.py --scale {args.scale} --stores {args.stores} "
        "(the runs of other stores are kept from earlier runs)",
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "load_average": os.getloadavg(),
        },
        "targets": TARGETS,
        "met": {
            f"{r['store']}_as_of_snapshot_within_1.5x": r["as_of_snapshot_ratio"]
            <= TARGETS["as_of_snapshot_ratio"]
            for r in runs
        },
        "runs": runs,
    }
    RESULTS.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {RESULTS}")


def _kept(runs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The earlier results' runs of the stores not measured now."""
    if not RESULTS.exists():
        return []
    measured = {r["store"] for r in runs}
    earlier = json.loads(RESULTS.read_text(encoding="utf-8")).get("runs", [])
    return [r for r in earlier if r["store"] not in measured]


def measure_neo4j(scale: int, uri: str | None) -> dict[str, Any]:
    """The same on Neo4j: the given server, or the tests' dev server started for the run."""
    from graphsvc.stores.neo4j_store import Neo4jStore

    server = None
    if uri is None:
        sys.path.insert(0, str(ROOT / "tests"))
        from neo4j_server import DevServer  # the tests' launcher of scripts/neo4j-dev-server

        log = Path(tempfile.mkdtemp(prefix="bench-neo4j-")) / "server.log"
        server = DevServer(log, "--heap", "2g", "--pagecache-mb", "512")
        uri = server.uri
    store = Neo4jStore(uri)
    try:
        store.ensure_schema()
        return measure(store, scale)
    finally:
        store.clear()
        store.close()
        if server is not None:
            server.stop()


if __name__ == "__main__":
    main()

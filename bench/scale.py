"""How far one machine goes: every analysis end to end at regional scale, by command and by API.

For each scale (default 100x and 300x: the programmes of a whole region, about 86,000
actors) the demo data is generated and loaded into SQLite once (bench/data/api-Nx/), then:

- the store read and the graphs built from it, in one process: our arrays
  (``graphs_of_snapshot``) against the NetworkX graphs of the same snapshot (the peer);
- a cold ``graphsvc analyze KIND --json`` per kind, each in a new process: the median wall
  seconds of ``--runs`` runs and the peak memory (MiB);
- the parts of the analyses, one by one in that process (kernels and igraph loaded first),
  the whole centrality beside them: what grows fastest;
- the API: one ``graphsvc serve`` (one worker, one analysis process), each kind asked once
  with a viewer key, in table order (the first request reads the graph): seconds per
  request against the API's analysis budget.

    python bench/scale.py                   # 100x and 300x
    python bench/scale.py --scales 300 --runs 1

Writes bench/results/scale.json.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import time
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))
from analysis import run_command, write_results  # noqa: E402
from api import new_keys, prepared_store  # noqa: E402
from health import serve  # noqa: E402

RESULTS = ROOT / "results" / "scale.json"


def read_and_build(db: Path) -> dict[str, Any]:
    """Seconds to read the snapshot and build our arrays, and the NetworkX graphs (peer)."""
    from graphsvc.analysis.bridge import actor_network, programme_graph
    from graphsvc.analysis.graphs import graphs_of_snapshot
    from graphsvc.bulk import collector_paused
    from graphsvc.stores.sqlite_store import SQLiteStore

    store = SQLiteStore(f"sqlite:///{db}")
    reads, arrays, networkx = [], [], []
    for _ in range(3):
        with collector_paused():
            started = time.perf_counter()
            snapshot = store.snapshot()
            read = time.perf_counter()
            graphs = graphs_of_snapshot(snapshot)
            built = time.perf_counter()
            actor_network(programme_graph(snapshot))
            peer = time.perf_counter()
        reads.append(read - started)
        arrays.append(built - read)
        networkx.append(peer - built)
    store.close()
    out = {
        "actors": graphs.network.number_of_nodes(),
        "ties": graphs.network.number_of_edges(),
        "snapshot_s": round(statistics.median(reads), 3),
        "arrays_s": round(statistics.median(arrays), 3),
        "networkx_graphs_s": round(statistics.median(networkx), 3),
    }
    out["snapshot_and_arrays_s"] = round(out["snapshot_s"] + out["arrays_s"], 3)
    out["ratio_networkx_to_arrays"] = round(out["networkx_graphs_s"] / out["arrays_s"], 1)
    return out


def parts(db: Path) -> dict[str, Any]:
    """Seconds of each part of the analyses on the cached graphs, and of a whole centrality."""
    from graphsvc.analysis import compute
    from graphsvc.analysis.centrality import centrality
    from graphsvc.analysis.cuts import cut_structure
    from graphsvc.analysis.graphs import graphs_of_snapshot
    from graphsvc.analysis.recommend import introductions
    from graphsvc.analysis.summary import summary_of
    from graphsvc.bulk import collector_paused
    from graphsvc.stores.sqlite_store import SQLiteStore

    store = SQLiteStore(f"sqlite:///{db}")
    graphs = graphs_of_snapshot(store.snapshot())
    store.close()
    A = graphs.network
    compute.closeness(A)  # numba's kernels loaded, igraph imported and its copy made
    compute.communities(A)
    steps = {
        "sampled_betweenness": lambda: compute.betweenness(A),
        "closeness": lambda: compute.closeness(A),
        "pagerank": lambda: compute.pagerank(A),
        "two_step_reach": lambda: compute.two_step_reach(A),
        "communities": lambda: compute.communities(A),
        "cuts": lambda: cut_structure(A),
        "introductions": lambda: introductions(A),
        "summary": lambda: summary_of(graphs.programme, A),
        "whole_centrality": lambda: centrality(A),
    }
    found: dict[str, Any] = {}
    for name, step in steps.items():
        with collector_paused():
            started = time.perf_counter()
            step()
            found[name] = round(time.perf_counter() - started, 2)
    print(f"  parts: {found}", file=sys.stderr, flush=True)
    return found


def commands(db: Path, runs: int, actor: str) -> dict[str, Any]:
    """A cold ``graphsvc analyze KIND --json`` per kind: median seconds and peak MiB."""
    from graphsvc.services.analyses import ANALYSES, KINDS

    store = ["--store", f"sqlite:///{db}"]
    run_command([*store, "analyze", "centrality", "--json", "--top", "1"])  # numba's first compile
    found: dict[str, Any] = {}
    for kind in KINDS:
        extra = ["--actor", actor] if ANALYSES[kind].needs_actor else []
        timed = [run_command([*store, "analyze", kind, "--json", *extra]) for _ in range(runs)]
        found[kind] = {
            "seconds": round(statistics.median(t[0] for t in timed), 2),
            "peak_mib": round(max(t[1] for t in timed)),
        }
        print(f"  graphsvc analyze {kind}: {found[kind]}", file=sys.stderr, flush=True)
    found["change_to_centrality"] = round(
        found["change"]["seconds"] / found["centrality"]["seconds"], 2
    )
    return found


def api(db: Path, actor: str) -> dict[str, Any]:
    """Each kind asked once of a fresh ``graphsvc serve``: seconds per request and status."""
    from graphsvc.services.analyses import ANALYSES, KINDS
    from graphsvc.settings import Settings

    key = new_keys(f"sqlite:///{db}")["viewer"]
    process, url = serve(db)
    found: dict[str, Any] = {"budget_s": Settings().analysis_budget_seconds}
    try:
        headers = {"Authorization": f"Bearer {key}"}
        with httpx.Client(base_url=url, headers=headers, timeout=600) as client:
            for kind in KINDS:
                params = {"actor": actor} if ANALYSES[kind].needs_actor else {}
                started = time.perf_counter()
                answer = client.get(f"/api/v1/analysis/{kind}", params=params)
                seconds = time.perf_counter() - started
                found[kind] = {"seconds": round(seconds, 2), "status": answer.status_code}
                print(f"  GET /api/v1/analysis/{kind}: {found[kind]}", file=sys.stderr, flush=True)
    finally:
        process.terminate()
        process.wait(30)
    timed = [v for k, v in found.items() if isinstance(v, dict)]
    found["all_within_budget"] = all(
        v["status"] == 200 and v["seconds"] <= found["budget_s"] for v in timed
    )
    return found


def hub_of(db: Path) -> str:
    """The actor with the most partners (what-if asks about it)."""
    out = run_command(
        ["--store", f"sqlite:///{db}", "analyze", "centrality", "--json", "--top", "1"]
    )
    key: str = json.loads(out[2])["result"]["actors"][0]["key"]
    return key


def main(argv: list[str] | None = None) -> int:
    """Run every scale; print and write the results."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scales", type=int, nargs="+", default=[100, 300])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    # a region's workbook (300x: about 50 MB of CSV) is past the default upload limit
    os.environ.setdefault("GRAPHSVC_MAX_UPLOAD_BYTES", str(256 * 2**20))
    load_before = os.getloadavg()
    runs = []
    for scale in args.scales:
        started = time.perf_counter()
        db = prepared_store(scale)
        prepared = time.perf_counter() - started
        print(f"{scale}x: store ready in {prepared:.0f} s", file=sys.stderr, flush=True)
        actor = hub_of(db)
        run = {"scale": scale, "graphs": read_and_build(db)}
        print(f"  graphs: {run['graphs']}", file=sys.stderr, flush=True)
        run["parts_s"] = parts(db)
        run["commands"] = commands(db, args.runs, actor)
        run["api"] = api(db, actor)
        runs.append(run)
    result = {
        "command": "python bench/scale.py " + " ".join(argv if argv is not None else sys.argv[1:]),
        "machine": {
            "python": platform.python_version(),
            "cpus": os.cpu_count(),
            "load_average_before": [round(x, 1) for x in load_before],
            "load_average_after": [round(x, 1) for x in os.getloadavg()],
        },
        "runs": runs,
    }
    write_results(RESULTS, result)
    return 0


if __name__ == "__main__":
    sys.exit(main())

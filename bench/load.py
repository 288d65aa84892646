"""Workbook load throughput (rows/s) on both stores, each against a bare peer in the same run.

    python bench/load.py [--scales 1,10,100] [--stores sqlite,neo4j] [--neo4j-uri bolt://…]

For every scale the demo generator writes the workbook into bench/data/x<scale>/ (reused
when present). Then, timed by the wall clock:

- SQLite: ``graphsvc load`` (read + validate + one all-or-nothing transaction) into a
  fresh file, against a bare ``sqlite3`` ``executemany`` of the same rows (CSV module,
  rows as JSON, same PRAGMAs, one transaction, no validation);
- Neo4j: ``graphsvc load`` into a cleared database, against Neo4j's own ``LOAD CSV`` of
  the same files (one statement per sheet, MERGE on the same uniqueness constraints).

Both runs of a pair must end with the same node and relationship counts. A re-load of
the same workbook (everything unchanged) is timed too. Prints the ratios and writes
bench/results/load.json. Neo4j comes from --neo4j-uri (its import folder must be
bench/data, or pass --import-dir) or is started with scripts/neo4j-dev-server.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import platform
import sqlite3
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "bench" / "data"
RESULTS = ROOT / "bench" / "results" / "load.json"
SHEETS = ("actors", "actions", "participation", "rockets", "collaborations")
TARGETS = {"sqlite_100x_seconds": 5.0, "neo4j_ratio_to_load_csv": 2.0}


def workbook(scale: int) -> Path:
    """The demo workbook at ``scale`` in bench/data/x<scale>/, generated when missing."""
    from graphsvc.demo import generate

    folder = DATA / f"x{scale}"
    if not (folder / "participation.csv").exists():
        print(f"generating the {scale}x workbook into {folder} …", flush=True)
        generate(scale=scale, out_dir=folder)
    return folder


def data_rows(folder: Path) -> int:
    """Data rows in the workbook's sheets (headers not counted)."""
    total = 0
    for name in SHEETS:
        with (folder / f"{name}.csv").open(encoding="utf-8", newline="") as f:
            total += sum(1 for _ in csv.reader(f)) - 1
    return total


_CPU: dict[str, float] = {}


def timed(work: Any, cpu_key: str | None = None) -> tuple[float, Any]:
    """Wall seconds of ``work()`` and its result; its CPU seconds go to _CPU[cpu_key]."""
    started, cpu = time.perf_counter(), time.process_time()
    result = work()
    if cpu_key:
        _CPU[cpu_key] = time.process_time() - cpu
    return time.perf_counter() - started, result


# -- SQLite ---------------------------------------------------------------------------------


def bare_sqlite(folder: Path, path: Path) -> tuple[int, int]:
    """The peer: csv + executemany of the same rows, one transaction; (nodes, edges)."""
    from graphsvc.stores import sql

    conn = sqlite3.connect(path, isolation_level=None)
    for pragma in sql.PRAGMAS:
        conn.execute(pragma)
    conn.execute("CREATE TABLE nodes (label, key, props, PRIMARY KEY (label, key)) WITHOUT ROWID")
    conn.execute("CREATE TABLE edges (type, start, end, props, PRIMARY KEY (type, start, end))")

    def rows(name: str) -> list[dict[str, str]]:
        with (folder / f"{name}.csv").open(encoding="utf-8", newline="") as f:
            return [{k: v for k, v in r.items() if v} for r in csv.DictReader(f)]

    nodes, edges = [], []
    for name, label in (("actors", "Actor"), ("actions", "Action"), ("rockets", "Rocket")):
        for r in rows(name):
            nodes.append((label, r.pop("key"), json.dumps(r, ensure_ascii=False)))
            for i, rocket in enumerate(r.get("rocket", "").split(";") if name == "actions" else []):
                edges.append(("FUELS", nodes[-1][1], rocket, json.dumps({"primary": i == 0})))
    for r in rows("participation"):
        props = json.dumps({"role": r.get("role", "partner")})
        edges.append(("RUNS", r["actor"], r["action"], props))
    for r in rows("collaborations"):
        a, b = r.pop("actor_a"), r.pop("actor_b")
        edges.append(("COLLABORATES_WITH", a, b, json.dumps(r, ensure_ascii=False)))
    conn.execute("BEGIN IMMEDIATE")
    conn.executemany("INSERT OR REPLACE INTO nodes VALUES (?, ?, ?)", nodes)
    conn.executemany("INSERT OR REPLACE INTO edges VALUES (?, ?, ?, ?)", edges)
    conn.execute("COMMIT")
    conn.close()
    return len(nodes), len(edges)


def run_sqlite(folder: Path, tmp: Path) -> dict[str, Any]:
    """graphsvc load vs bare executemany on SQLite, for one workbook."""
    from graphsvc.services.workbook import import_workbook
    from graphsvc.stores.sqlite_store import SQLiteStore

    peer_seconds, (peer_nodes, peer_edges) = timed(
        lambda: bare_sqlite(folder, tmp / "peer.db"), "peer"
    )
    store = SQLiteStore(f"sqlite:///{tmp / 'graphsvc.db'}")
    store.ensure_schema()
    seconds, report = timed(lambda: import_workbook(store, folder), "graphsvc")
    reload_seconds, again = timed(lambda: import_workbook(store, folder))
    store.close()
    assert again["nodes_created"] + again["edges_created"] + again["edges_updated"] == 0
    loaded = (report["nodes_created"], report["edges_created"])
    assert loaded == (peer_nodes - 6, peer_edges), (loaded, peer_nodes, peer_edges)
    return {
        "seconds": seconds,
        "reload_seconds": reload_seconds,
        "peer_seconds": peer_seconds,
        # both run in this process: CPU seconds show the cost without other load on the machine
        "cpu_seconds": round(_CPU["graphsvc"], 3),
        "peer_cpu_seconds": round(_CPU["peer"], 3),
    }


# -- Neo4j ----------------------------------------------------------------------------------


def _optional(column: str, lists: tuple[str, ...] = ("tags", "themes")) -> str:
    value = f"row.`{column}`"
    if column in lists:
        value = f"split({value}, ';')"
    return f"`{column}`: CASE WHEN coalesce(row.`{column}`, '') = '' THEN null ELSE {value} END"


def load_csv_statements(prefix: str) -> list[str]:
    """Neo4j's own LOAD CSV of the workbook files (read from the import folder)."""
    from graphsvc.loaders.rows import SPECS

    def nodes(sheet: str, label: str) -> str:
        props = ", ".join(_optional(c) for c in SPECS[sheet].columns if c not in ("key", "rocket"))
        return (
            f"LOAD CSV WITH HEADERS FROM 'file:///{prefix}/{sheet}.csv' AS row "
            f"MERGE (n:{label} {{key: row.key}}) SET n += {{{props}}}"
        )

    return [
        nodes("actors", "Actor"),
        nodes("actions", "Action") + " WITH n, split(coalesce(row.rocket, ''), ';') AS rockets"
        " UNWIND range(0, size(rockets) - 1) AS i MATCH (r:Rocket {key: rockets[i]})"
        " MERGE (n)-[f:FUELS]->(r) SET f.primary = (i = 0)",
        nodes("rockets", "Rocket"),
        f"LOAD CSV WITH HEADERS FROM 'file:///{prefix}/participation.csv' AS row"
        " MATCH (a:Actor {key: row.actor}) MATCH (b:Action {key: row.action})"
        " MERGE (a)-[r:RUNS]->(b) SET r.role = CASE WHEN coalesce(row.role, '') = ''"
        " THEN 'partner' ELSE row.role END",
        f"LOAD CSV WITH HEADERS FROM 'file:///{prefix}/collaborations.csv' AS row"
        " MATCH (a:Actor {key: row.actor_a}) MATCH (b:Actor {key: row.actor_b})"
        f" MERGE (a)-[r:COLLABORATES_WITH]->(b) SET r += {{{_optional('kind')},"
        f" {_optional('since')}, {_optional('source')}}}",
    ]


def counts(driver: Any) -> tuple[int, int]:
    nodes = driver.execute_query("MATCH (n) WHERE NOT n:_GraphsvcMeta RETURN count(n) AS c").records
    rels = driver.execute_query("MATCH ()-[r]->() RETURN count(r) AS c").records
    return nodes[0]["c"], rels[0]["c"]


def run_neo4j(folder: Path, uri: str, import_dir: Path) -> dict[str, Any]:
    """graphsvc load vs LOAD CSV on one Neo4j, each into a cleared database."""
    from neo4j import GraphDatabase

    from graphsvc.services.workbook import import_workbook
    from graphsvc.stores.neo4j_store import Neo4jStore

    prefix = folder.resolve().relative_to(import_dir.resolve()).as_posix()
    store = Neo4jStore(uri)
    store.ensure_schema()
    with GraphDatabase.driver(uri) as driver:
        store.clear()
        peer_seconds, _ = timed(
            lambda: [driver.execute_query(s) for s in load_csv_statements(prefix)]
        )
        peer_counts = counts(driver)
        store.clear()
        seconds, _ = timed(lambda: import_workbook(store, folder))
        mine = counts(driver)
        reload_seconds, _ = timed(lambda: import_workbook(store, folder))
    store.clear()
    store.close()
    assert mine == peer_counts, (mine, peer_counts)
    return {"seconds": seconds, "reload_seconds": reload_seconds, "peer_seconds": peer_seconds}


def start_neo4j() -> tuple[Any, str, Path]:
    """A dev server whose LOAD CSV folder is bench/data."""
    sys.path.insert(0, str(ROOT / "tests"))
    from neo4j_server import DevServer  # the tests' launcher of scripts/neo4j-dev-server

    log = Path(tempfile.mkdtemp(prefix="bench-neo4j-")) / "server.log"
    server = DevServer(log, "--import-dir", str(DATA), "--heap", "1g", "--pagecache-mb", "256")
    return server, server.uri, DATA


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scales", default="1,10,100", help="comma-separated (default 1,10,100)")
    parser.add_argument("--stores", default="sqlite,neo4j", help="sqlite, neo4j or both")
    parser.add_argument("--neo4j-uri", help="a running Neo4j (default: start the dev server)")
    parser.add_argument("--import-dir", type=Path, default=DATA, help="its LOAD CSV folder")
    args = parser.parse_args()
    scales = [int(s) for s in args.scales.split(",")]
    stores = args.stores.split(",")
    os.environ.setdefault("GRAPHSVC_MAX_UPLOAD_BYTES", str(200 * 1024 * 1024))
    server, uri, import_dir = None, args.neo4j_uri, args.import_dir
    if "neo4j" in stores and uri is None:
        server, uri, import_dir = start_neo4j()
    results: list[dict[str, Any]] = []
    try:
        for scale in [1, *scales]:  # the first (1x) run warms up and is not recorded
            folder = workbook(scale)
            rows = data_rows(folder)
            for kind in stores:
                with tempfile.TemporaryDirectory(prefix="bench-load-") as tmp:
                    if kind == "sqlite":
                        figures = run_sqlite(folder, Path(tmp))
                    else:
                        assert uri is not None
                        figures = run_neo4j(folder, uri, import_dir)
                results.append({"store": kind, "scale": scale, "rows": rows, **figures})
    finally:
        if server is not None:
            server.stop()
    report(results, scales, stores)


def report(results: list[dict[str, Any]], scales: list[int], stores: list[str]) -> None:
    """Drop the warm-up runs, print the table and ratios, write bench/results/load.json."""
    kept = results[len(stores) :]
    peer = {"sqlite": "executemany", "neo4j": "LOAD CSV"}
    print(
        f"\n{'store':7} {'scale':>5} {'rows':>8} {'graphsvc s':>10} {'rows/s':>9} "
        f"{'reload s':>9} {'peer':>11} {'peer s':>7} {'peer rows/s':>11} {'ratio':>6} "
        f"{'cpu s':>6} {'peer cpu s':>10}"
    )
    for r in kept:
        r["rows_per_second"] = round(r["rows"] / r["seconds"])
        r["peer_rows_per_second"] = round(r["rows"] / r["peer_seconds"])
        r["ratio"] = round(r["seconds"] / r["peer_seconds"], 2)
        r["peer"] = peer[r["store"]]
        print(
            f"{r['store']:7} {r['scale']:>4}x {r['rows']:>8} {r['seconds']:>10.2f} "
            f"{r['rows_per_second']:>9} {r['reload_seconds']:>9.2f} {r['peer']:>11} "
            f"{r['peer_seconds']:>7.2f} {r['peer_rows_per_second']:>11} {r['ratio']:>5}x "
            f"{r.get('cpu_seconds', ''):>6} {r.get('peer_cpu_seconds', ''):>10}"
        )
    checks = {}
    for r in kept:
        if r["store"] == "sqlite" and r["scale"] == 100:
            checks["sqlite_100x_under_5s"] = r["seconds"] < TARGETS["sqlite_100x_seconds"]
        if r["store"] == "neo4j":
            checks[f"neo4j_{r['scale']}x_within_2x_of_load_csv"] = r["ratio"] <= 2.0
    print("targets:", json.dumps(checks))
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(
        json.dumps(
            {
                "command": "python bench/load.py --scales "
                + ",".join(map(str, scales))
                + " --stores "
                + ",".join(stores),
                "machine": {
                    "cpus": os.cpu_count(),
                    "python": platform.python_version(),
                    "load_average": os.getloadavg(),
                },
                "targets": TARGETS,
                "met": checks,
                "runs": kept,
            },
            indent=2,
        )
        + "\n"
    )
    print(f"wrote {RESULTS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()

"""bench/api: the HTTP API on a real uvicorn server on loopback, against the raw store call.

For the demo data at 1x and 10x (graphsvc.demo, loaded into SQLite under bench/data/):

- who-runs (``GET /api/v1/actions/{key}/actors``) and a list (``GET /api/v1/actors?limit=50``)
  with 50 concurrent keep-alive clients: throughput and p50/p95/p99; one client for the
  serial latency; cached analysis reads (``/api/v1/analysis/summary``);
- the peer: the same question asked of the store in-process (``services.queries.who_runs``,
  ``services.catalog.list_nodes``), giving the API overhead ratio per request;
- load and fault (10x, 2 workers): 90 % reads and 10 % writes from 50 clients, a workbook
  import in the middle, one worker killed with SIGKILL; requests, errors, latencies, and
  writes acknowledged versus writes found in the store afterwards.

The load generator (bench/loadgen.py) runs on the same 2 cores as the server, so absolute
throughput is a floor. Run: ``python bench/api.py [--scales 1,10] [--seconds 15]``;
results in bench/results/api.json.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from loadgen import body, load  # noqa: E402

ROOT = Path(__file__).resolve().parent
DATA = ROOT / "data"
RESULTS = ROOT / "results" / "api.json"
CLIENTS = 50


def prepared_store(scale: int) -> Path:
    """The SQLite file holding the demo data at ``scale`` (generated and loaded once)."""
    from graphsvc.demo import generate
    from graphsvc.services.workbook import import_workbook
    from graphsvc.stores.sqlite_store import SQLiteStore

    folder = DATA / f"api-{scale}x"
    db = folder / "graph.db"
    if not db.exists():
        generate(scale, out_dir=folder / "workbook")
        store = SQLiteStore(f"sqlite:///{db}")
        store.ensure_schema()
        import_workbook(store, folder / "workbook")
        store.close()
    return db


def new_keys(url: str) -> dict[str, str]:
    """A fresh viewer and editor key in the store at ``url``."""
    from graphsvc.accounts import open_accounts
    from graphsvc.services.accounts import create_key
    from graphsvc.stores.sqlite_store import SQLiteStore

    store = SQLiteStore(url)
    accounts = open_accounts(store)
    keys = {role: create_key(accounts, role, f"bench-{role}")[1] for role in ("viewer", "editor")}
    accounts.close()
    store.close()
    return keys


def free_port() -> int:
    """A free TCP port on loopback."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(url: str, port: int, workers: int) -> subprocess.Popen[bytes]:
    """uvicorn with uvloop and httptools serving the app factory; returns once /health answers."""
    env = {
        **os.environ,
        "GRAPHSVC_STORE": url,
        "GRAPHSVC_RATE_LIMIT_PER_MINUTE": "0",
        "GRAPHSVC_SESSION_SECRET": secrets.token_urlsafe(32),
    }
    command = [
        sys.executable, "-m", "uvicorn", "graphsvc.api.app:create_app", "--factory",
        "--host", "127.0.0.1", "--port", str(port), "--workers", str(workers),
        "--loop", "uvloop", "--http", "httptools", "--no-access-log", "--log-level", "warning",
    ]  # fmt: skip
    process = subprocess.Popen(command, env=env)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/health", timeout=1).status_code == 200:
                return process
        except httpx.TransportError:
            time.sleep(0.2)
    process.kill()
    raise RuntimeError("the server did not start")


def stop_server(process: subprocess.Popen[bytes]) -> None:
    """Stop uvicorn (and its workers) and wait for it."""
    process.send_signal(signal.SIGINT)
    try:
        process.wait(20)
    except subprocess.TimeoutExpired:
        process.kill()


def raw_calls(url: str, actions: list[str], calls: int) -> dict[str, Any]:
    """The peer: the same questions asked of the store in-process, one after another."""
    from graphsvc.model import Label
    from graphsvc.services import catalog, queries
    from graphsvc.stores.sqlite_store import SQLiteStore

    store = SQLiteStore(url)
    out = {}
    for name, call in (
        ("who_runs", lambda i: queries.who_runs(store, actions[i % len(actions)])),
        ("list", lambda i: catalog.list_nodes(store, Label.ACTOR, limit=50, offset=(i * 50) % 250)),
    ):
        lat = []
        for i in range(calls):
            t0 = time.perf_counter()
            json.dumps(call(i))
            lat.append(time.perf_counter() - t0)
        lat.sort()
        out[name] = {
            "calls": calls,
            "p50_ms": round(lat[len(lat) // 2] * 1000, 3),
            "mean_ms": round(sum(lat) / len(lat) * 1000, 3),
            "calls_per_s": round(len(lat) / sum(lat), 1),
        }
    store.close()
    return out


def bench_scale(scale: int, seconds: float) -> dict[str, Any]:
    """Throughput and latency of who-runs, lists and cached analysis at one scale."""
    from graphsvc.model import Label
    from graphsvc.stores.sqlite_store import SQLiteStore

    db = prepared_store(scale)
    url = f"sqlite:///{db}"
    store = SQLiteStore(url)
    actions = [n.key for n in store.find_nodes(Label.ACTION)]
    store.close()
    keys = new_keys(url)
    auth = {"Authorization": f"Bearer {keys['viewer']}"}
    rng = random.Random(7)
    who = [f"/api/v1/actions/{rng.choice(actions)}/actors" for _ in range(1000)]
    pages = [f"/api/v1/actors?limit=50&offset={i * 50}" for i in range(5)]
    port = free_port()
    server = start_server(url, port, workers=1)
    try:
        runs = {
            "who_runs_50_clients": load(
                port, lambda n: ("GET", who[n % 1000], None, "r"),
                clients=CLIENTS, max_requests=60_000, max_seconds=seconds, headers=auth,
            ),
            "list_50_clients": load(
                port, lambda n: ("GET", pages[n % 5], None, "r"),
                clients=CLIENTS, max_requests=30_000, max_seconds=seconds, headers=auth,
            ),
            "who_runs_1_client": load(
                port, lambda n: ("GET", who[n % 1000], None, "r"),
                clients=1, max_requests=3000, max_seconds=seconds, headers=auth,
            ),
        }  # fmt: skip
        httpx.get(f"http://127.0.0.1:{port}/api/v1/analysis/summary", headers=auth, timeout=120)
        runs["analysis_cached_50_clients"] = load(
            port, lambda n: ("GET", "/api/v1/analysis/summary", None, "r"),
            clients=CLIENTS, max_requests=5000, max_seconds=seconds, headers=auth,
        )  # fmt: skip
    finally:
        stop_server(server)
    server = start_server(url, port, workers=2)
    try:
        runs["who_runs_50_clients_2_workers"] = load(
            port, lambda n: ("GET", who[n % 1000], None, "r"),
            clients=CLIENTS, max_requests=60_000, max_seconds=seconds, headers=auth,
        )  # fmt: skip
    finally:
        stop_server(server)
    result: dict[str, Any] = {name: outcome.summary() for name, outcome in runs.items()}
    raw = raw_calls(url, actions, 3000)
    result["raw_store"] = raw
    serial = result["who_runs_1_client"]
    result["overhead"] = {
        "who_runs_serial_p50_ratio": round(serial["p50_ms"] / raw["who_runs"]["p50_ms"], 2),
        "who_runs_cost_per_request_ratio": round(
            raw["who_runs"]["calls_per_s"] / result["who_runs_50_clients"]["throughput_rps"], 2
        ),
        "list_cost_per_request_ratio": round(
            raw["list"]["calls_per_s"] / result["list_50_clients"]["throughput_rps"], 2
        ),
    }
    result["actions"] = len(actions)
    return result


def worker_pids(parent: int) -> list[int]:
    """The worker processes of a uvicorn supervisor."""
    path = Path(f"/proc/{parent}/task/{parent}/children")
    pids = [int(p) for p in path.read_text().split()] if path.exists() else []
    return [p for p in pids if b"spawn" in Path(f"/proc/{p}/cmdline").read_bytes()]


def fault_run(seconds: float) -> dict[str, Any]:
    """90 % reads, 10 % writes, an import in the middle, one worker killed; then count writes."""
    from graphsvc.demo import demo_workbook_path
    from graphsvc.model import Label
    from graphsvc.stores.sqlite_store import SQLiteStore

    source = prepared_store(10)
    db = DATA / "api-fault.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    shutil.copy(source, db)
    url = f"sqlite:///{db}"
    store = SQLiteStore(url)
    actions = [n.key for n in store.find_nodes(Label.ACTION)]
    actors = [n.key for n in store.find_nodes(Label.ACTOR)]
    store.close()
    keys = new_keys(url)
    port = free_port()
    server = start_server(url, port, workers=2)
    rng = random.Random(11)
    events: dict[str, Any] = {}

    def request(n: int) -> tuple[str, str, bytes | None, str]:
        if n % 10 == 9:
            key = f"lf-{n}"
            return (
                "POST",
                "/api/v1/actors",
                body({"key": key, "name": key, "kind": "citizen"}),
                key,
            )
        choice = n % 3
        if choice == 0:
            return ("GET", f"/api/v1/actions/{rng.choice(actions)}/actors", None, "r")
        if choice == 1:
            return ("GET", f"/api/v1/actors/{rng.choice(actors)}", None, "r")
        return ("GET", "/api/v1/actors?limit=50", None, "r")

    def faults() -> None:
        time.sleep(seconds * 0.3)
        files = [
            ("file", (p.name, p.read_bytes(), "text/csv"))
            for p in demo_workbook_path().glob("*.csv")
        ]
        t0 = time.perf_counter()
        answer = httpx.post(
            f"http://127.0.0.1:{port}/api/v1/imports",
            files=files,
            headers={"Authorization": f"Bearer {keys['editor']}"},
            timeout=120,
        )
        events["import"] = {
            "status": answer.status_code,
            "seconds": round(time.perf_counter() - t0, 2),
        }
        time.sleep(seconds * 0.2)
        victims = worker_pids(server.pid)
        if victims:
            os.kill(victims[0], signal.SIGKILL)
            events["killed_worker"] = victims[0]
            events["workers_before_kill"] = len(victims)

    injector = threading.Thread(target=faults)
    injector.start()
    try:
        outcome = load(
            port, request, clients=CLIENTS, max_requests=200_000, max_seconds=seconds,
            headers={"Authorization": f"Bearer {keys['editor']}"}, keep=lambda tag: tag != "r",
        )  # fmt: skip
        injector.join()
        events["workers_after"] = len(worker_pids(server.pid))
    finally:
        stop_server(server)
    store = SQLiteStore(url)
    acknowledged = [tag for tag, status, _ in outcome.kept if status == 201]
    unknown = [tag for tag, status, _ in outcome.kept if status == -1]
    found = {key for key in acknowledged if _exists(store, key)}
    unknown_found = sum(1 for key in unknown if _exists(store, key))
    store.close()
    return {
        **outcome.summary(),
        "faults": events,
        "writes_attempted": len(outcome.kept),
        "writes_acknowledged": len(acknowledged),
        "writes_found_after": len(found),
        "writes_lost": len(acknowledged) - len(found),
        "writes_without_answer": len(unknown),
        "writes_without_answer_found": unknown_found,
    }


def _exists(store: Any, key: str) -> bool:
    from graphsvc.errors import NotFoundError
    from graphsvc.model import Label

    try:
        store.get_node(Label.ACTOR, key)
    except NotFoundError:
        return False
    return True


def main() -> None:
    """Run the benchmark and write bench/results/api.json."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scales", default="1,10")
    parser.add_argument("--seconds", type=float, default=15.0, help="Bound of each load run")
    parser.add_argument("--no-fault", action="store_true", help="Skip the load-and-fault run")
    args = parser.parse_args()
    results: dict[str, Any] = {
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "load_average_at_start": [round(x, 2) for x in os.getloadavg()],
        },
        "clients": CLIENTS,
        "scales": {},
    }
    for scale in (int(s) for s in args.scales.split(",")):
        print(f"scale {scale}x ...", flush=True)
        results["scales"][f"{scale}x"] = bench_scale(scale, args.seconds)
        print(json.dumps(results["scales"][f"{scale}x"], indent=1), flush=True)
    if not args.no_fault:
        print("load and fault run ...", flush=True)
        results["load_and_fault"] = fault_run(max(args.seconds, 20.0))
        print(json.dumps(results["load_and_fault"], indent=1), flush=True)
    results["machine"]["load_average_at_end"] = [round(x, 2) for x in os.getloadavg()]
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {RESULTS}")


if __name__ == "__main__":
    main()

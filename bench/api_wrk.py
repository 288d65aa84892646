"""bench/api_wrk: who-runs throughput and latency measured by wrk (a C load generator).

bench/api.py drives the server from Python, which shares the 2 cores with the server; wrk
costs far less, so this shows what the server itself can serve. With one and two workers, on
the 10x demo data, in the same run:

- who-runs against the peer (bench/peer_app.py: the same service call behind one bare
  Starlette route, same uvicorn settings): their throughput ratio is the API layer's overhead;
- each route against ``/health`` (the framework floor: routing, middleware, no store);
- who-runs ``?as_of=2023`` against who-runs now: the data is the demo's four yearly rounds
  (2021-2024), each loaded ``--as-of`` its year, so the as-of answer comes from history.

Every measured run follows a 2 s warm-up. Needs ``wrk`` (Debian package ``wrk``); loopback
only, each run bounded by ``--seconds``.

    python bench/api_wrk.py [--seconds 10] [--scale 10]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

RESULTS = Path(__file__).parent / "results" / "api_wrk.json"
TARGETS = {
    "who_runs_requests_per_s": 3000,
    "who_runs_as_of_requests_per_s": 3000,
    "who_runs_p99_ms": 25.0,
    "overhead_ratio": 1.5,
    "analysis_cached_p95_ms": 20.0,
}
_LATENCY = re.compile(r"^\s+(50|75|90|99)%\s+([\d.]+)(us|ms|s)\s*$", re.M)
_UNIT_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def free_port() -> int:
    """A free TCP port on loopback."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def graphsvc(env: dict[str, str], *args: str) -> str:
    """Run the graphsvc command and return its output."""
    done = subprocess.run(
        [sys.executable, "-m", "graphsvc", *args], env=env, capture_output=True, text=True
    )
    if done.returncode != 0:
        raise SystemExit(done.stderr)
    return done.stdout


#: wrk prints p50/75/90/99 with --latency; this script adds p95 as "p95_us <n>".
_P95_SCRIPT = (
    "done = function(s, latency, r) "
    'io.write(string.format("p95_us %d\\n", latency:percentile(95))) end'
)


def wrk(url: str, key: str, seconds: int) -> dict[str, float]:
    """Requests/s, non-2xx count and latency percentiles (ms) of one wrk run, 50 connections."""
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(_P95_SCRIPT)
    out = subprocess.run(
        [
            *("wrk", "-t1", "-c50", f"-d{seconds}s", "--latency", "-s", script.name),
            *("-H", f"Authorization: Bearer {key}", url),
        ],
        capture_output=True,
        text=True,
        timeout=seconds + 30,
    ).stdout
    os.unlink(script.name)
    result = {f"p{p}_ms": round(float(v) * _UNIT_MS[u], 2) for p, v, u in _LATENCY.findall(out)}
    result["p95_ms"] = round(int(re.search(r"p95_us (\d+)", out).group(1)) / 1000, 2)  # type: ignore[union-attr]
    result["requests_per_s"] = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))  # type: ignore[union-attr]
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    result["non_2xx"] = int(bad.group(1)) if bad else 0
    return result


def start(cmd: list[str], env: dict[str, str], port: int) -> subprocess.Popen[bytes]:
    """Start a server process and wait until its port accepts connections."""
    process = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                time.sleep(1.0)
                return process
        except OSError:
            time.sleep(0.2)
    process.kill()
    raise SystemExit(f"server did not start: {cmd}")


def graphsvc_server(port: int, workers: int) -> list[str]:
    """The command line of ``graphsvc serve`` (its defaults: uvloop, httptools, no access log)."""
    return [
        sys.executable,
        "-m",
        "graphsvc",
        "serve",
        "--port",
        str(port),
        "--workers",
        str(workers),
    ]


def peer_server(port: int, workers: int) -> list[str]:
    """The command line of the peer: bench/peer_app.py under the same uvicorn settings."""
    return [
        *(sys.executable, "-m", "uvicorn", "--app-dir", str(Path(__file__).parent)),
        *("peer_app:create_peer_app", "--factory", "--port", str(port)),
        *("--workers", str(workers), "--loop", "uvloop", "--http", "httptools"),
        *("--no-access-log", "--log-level", "warning"),
    ]


def measure(
    server: Any, env: dict[str, str], workers: int, routes: dict[str, str], key: str, seconds: int
) -> dict[str, dict[str, float]]:
    """wrk figures for each route on one server; each measured run follows a 2 s warm-up."""
    port = free_port()
    process = start(server(port, workers), env, port)
    try:
        runs = {}
        for name, path in routes.items():
            url = f"http://127.0.0.1:{port}{path}"
            wrk(url, key, 2)  # warm-up: first connections, key cache, SQLite page cache
            runs[name] = wrk(url, key, seconds)
        return runs
    finally:
        process.terminate()
        process.wait(timeout=30)


def _action_of_both(workbook: Path, year: str) -> str:
    """The first action that both the latest workbook and the round of ``year`` list."""
    import csv

    def keys(folder: Path) -> list[str]:
        with (folder / "actions.csv").open(encoding="utf-8", newline="") as f:
            return [row["key"] for row in csv.DictReader(f)]

    then = set(keys(workbook / "rounds" / year))
    return next(k for k in keys(workbook) if k in then)


def main() -> None:
    """Load the data, then measure graphsvc and the bare peer with 1 and 2 workers."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--scale", type=int, default=10)
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        raise SystemExit("wrk is not installed: apt-get install wrk")
    from graphsvc.demo import generate

    folder = Path(tempfile.mkdtemp(prefix="graphsvc-wrk-"))
    generate(scale=args.scale, out_dir=folder / "workbook", rounds=True)
    env = dict(os.environ)
    env["GRAPHSVC_STORE"] = f"sqlite:///{folder / 'graph.db'}"
    env["GRAPHSVC_RATE_LIMIT_PER_MINUTE"] = "100000000"
    for year in sorted(p.name for p in (folder / "workbook" / "rounds").iterdir()):
        graphsvc(env, "load", str(folder / "workbook" / "rounds" / year), "--as-of", year)
    key = (
        graphsvc(env, "keys", "create", "--role", "viewer", "--name", "wrk")
        .strip()
        .splitlines()[-1]
    )
    action = _action_of_both(folder / "workbook", "2023")
    routes = {
        "health": "/health",
        "who_runs": f"/api/v1/actions/{action}/actors",
        "who_runs_as_of": f"/api/v1/actions/{action}/actors?as_of=2023",
        "actors_page_50": "/api/v1/actors?limit=50",
        "analysis_summary_cached": "/api/v1/analysis/summary",
    }
    results: dict[str, Any] = {
        "command": f"python bench/api_wrk.py --seconds {args.seconds} --scale {args.scale}",
        "load_average_at_start": os.getloadavg(),
        "connections": 50,
        "targets": TARGETS,
    }
    for workers in (1, 2):
        runs = measure(graphsvc_server, env, workers, routes, key, args.seconds)
        peer_route = {"who_runs": f"/who-runs/{action}"}
        peer = measure(peer_server, env, workers, peer_route, key, args.seconds)
        for name in ("who_runs", "who_runs_as_of", "actors_page_50", "analysis_summary_cached"):
            runs[name]["cost_ratio_to_health"] = round(
                runs["health"]["requests_per_s"] / runs[name]["requests_per_s"], 2
            )
        who = runs["who_runs"]
        who["peer"] = peer["who_runs"]
        who["overhead_ratio_to_peer"] = round(
            peer["who_runs"]["requests_per_s"] / who["requests_per_s"], 2
        )
        then = runs["who_runs_as_of"]
        then["ratio_to_now"] = round(who["requests_per_s"] / then["requests_per_s"], 2)
        runs["met"] = {
            "who_runs_requests_per_s": who["requests_per_s"] >= TARGETS["who_runs_requests_per_s"],
            "who_runs_as_of_requests_per_s": then["requests_per_s"]
            >= TARGETS["who_runs_as_of_requests_per_s"],
            "who_runs_p99_ms": who["p99_ms"] < TARGETS["who_runs_p99_ms"],
            "overhead_ratio_to_peer": who["overhead_ratio_to_peer"] <= TARGETS["overhead_ratio"],
            "analysis_cached_p95_ms": runs["analysis_summary_cached"]["p95_ms"]
            < TARGETS["analysis_cached_p95_ms"],
        }
        results[f"workers_{workers}"] = runs
        print(f"workers={workers}")
        for name, run in runs.items():
            print(f"  {name:16} {json.dumps(run)}")
    results["load_average_at_end"] = os.getloadavg()
    RESULTS.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    shutil.rmtree(folder, ignore_errors=True)
    print(f"wrote {RESULTS}")


if __name__ == "__main__":
    main()

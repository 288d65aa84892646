"""bench/api_wrk: who-runs throughput and latency measured by wrk (a C load generator).

bench/api.py drives the server from Python, which shares the 2 cores with the server; wrk
costs far less, so this shows what the server itself can serve. Each route is compared with
``/health`` (the framework floor: routing, middleware, no store) in the same run, with one and
two workers, on the 10x demo data. Needs ``wrk`` (Debian package ``wrk``); loopback only,
each run bounded by ``--seconds``.

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

RESULTS = Path(__file__).parent / "results" / "api_wrk.json"
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


def wrk(url: str, key: str, seconds: int) -> dict[str, float]:
    """Requests/s, non-2xx count and latency percentiles (ms) of one wrk run, 50 connections."""
    out = subprocess.run(
        [
            "wrk",
            "-t1",
            "-c50",
            f"-d{seconds}s",
            "--latency",
            "-H",
            f"Authorization: Bearer {key}",
            url,
        ],
        capture_output=True,
        text=True,
        timeout=seconds + 30,
    ).stdout
    result = {f"p{p}_ms": round(float(v) * _UNIT_MS[u], 2) for p, v, u in _LATENCY.findall(out)}
    result["requests_per_s"] = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))  # type: ignore[union-attr]
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    result["non_2xx"] = int(bad.group(1)) if bad else 0
    return result


def serve(env: dict[str, str], workers: int) -> tuple[subprocess.Popen[bytes], str]:
    """Start graphsvc serve and wait until /health answers."""
    port = free_port()
    cmd = [
        sys.executable,
        "-m",
        "graphsvc",
        "serve",
        "--port",
        str(port),
        "--workers",
        str(workers),
    ]
    process = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                time.sleep(1.0)
                return process, base
        except OSError:
            time.sleep(0.2)
    process.kill()
    raise SystemExit("server did not start")


def main() -> None:
    """Load the data, then measure /health, who-runs and a list with 1 and 2 workers."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--scale", type=int, default=10)
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        raise SystemExit("wrk is not installed: apt-get install wrk")
    from graphsvc.demo import generate

    folder = Path(tempfile.mkdtemp(prefix="graphsvc-wrk-"))
    generate(scale=args.scale, out_dir=folder / "workbook")
    env = dict(os.environ)
    env["GRAPHSVC_STORE"] = f"sqlite:///{folder / 'graph.db'}"
    env["GRAPHSVC_RATE_LIMIT_PER_MINUTE"] = "100000000"
    graphsvc(env, "load", str(folder / "workbook"))
    key = (
        graphsvc(env, "keys", "create", "--role", "viewer", "--name", "wrk")
        .strip()
        .splitlines()[-1]
    )
    action = "teko-0001" if args.scale > 1 else "teko-001"
    routes = {
        "health": "/health",
        "who_runs": f"/api/v1/actions/{action}/actors",
        "actors_page_50": "/api/v1/actors?limit=50",
    }
    results: dict[str, object] = {
        "command": f"python bench/api_wrk.py --seconds {args.seconds} --scale {args.scale}",
        "load_average_at_start": os.getloadavg(),
        "connections": 50,
    }
    for workers in (1, 2):
        process, base = serve(env, workers)
        try:
            runs = {name: wrk(base + path, key, args.seconds) for name, path in routes.items()}
        finally:
            process.terminate()
            process.wait(timeout=30)
        for name in ("who_runs", "actors_page_50"):
            runs[name]["cost_ratio_to_health"] = round(
                runs["health"]["requests_per_s"] / runs[name]["requests_per_s"], 2
            )
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

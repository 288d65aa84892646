"""``/health`` latency of a real ``graphsvc serve`` during 100x analyses, against the idle server.

For the demo data at 100x (28,815 actors, 443,227 ties; generated and loaded into SQLite
under bench/data/api-100x/ once, as bench/api.py does), one ``graphsvc serve`` process (one worker):

- the peer: ``GET /health`` from one keep-alive client, every 20 ms, on the idle server;
- under load: the same probe while ``--analysts`` clients keep asking for 100x analyses
  (centrality, brokers, recommend, summary, gaps; each with its own ``top`` so no cache
  answers), and, in the same run, while as many clients export the graph as JSON;
- figures: p50/p95/p99/max of /health, the ratio of the loaded p99 to the idle p99, and
  how the analysis and export requests were answered (200, 503 with Retry-After).

The target (RELIABILITY.md, issue 9 point 18) is p99 under 50 ms while analyses run.
The probe runs on the same 2 cores as the server and its work processes, so the figures
are a ceiling. Run: ``python bench/health.py [--seconds 30] [--analysts 4]``;
results in bench/results/health.json.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import socket
import statistics
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))
from api import new_keys, prepared_store  # noqa: E402

RESULTS = ROOT / "results" / "health.json"
TARGET_P99_MS = 50.0
KINDS = ("centrality", "brokers", "recommend", "summary", "gaps")


def serve(db: Path) -> tuple[subprocess.Popen[bytes], str]:
    """``graphsvc serve`` on a free port; returns once /health answers."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**os.environ, "GRAPHSVC_RATE_LIMIT_PER_MINUTE": "0"}
    command = [sys.executable, "-m", "graphsvc", "--store", f"sqlite:///{db}", "serve"]
    process = subprocess.Popen([*command, "--port", str(port)], env=env, stdout=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{url}/health", timeout=1).status_code == 200:
                return process, url
        except httpx.TransportError:
            time.sleep(0.2)
    process.kill()
    raise RuntimeError("graphsvc serve did not start")


def probe(url: str, seconds: float) -> dict[str, Any]:
    """``GET /health`` every 20 ms for ``seconds``: latency percentiles in ms."""
    latencies, failures = [], 0
    with httpx.Client(base_url=url, timeout=10) as client:
        client.get("/health")
        stop = time.monotonic() + seconds
        while time.monotonic() < stop:
            started = time.perf_counter()
            try:
                ok = client.get("/health").status_code == 200
            except httpx.TransportError:
                ok = False
            latencies.append((time.perf_counter() - started) * 1000)
            failures += not ok
            time.sleep(0.02)
    ordered = sorted(latencies)

    def pct(p: float) -> float:
        return round(ordered[min(len(ordered) - 1, int(p * len(ordered)))], 2)

    return {
        "requests": len(ordered),
        "failures": failures,
        "p50_ms": pct(0.50),
        "p95_ms": pct(0.95),
        "p99_ms": pct(0.99),
        "max_ms": round(ordered[-1], 2),
        "mean_ms": round(statistics.fmean(ordered), 2),
    }


def keep_asking(
    url: str, key: str, paths: list[str], stop: threading.Event, seen: Counter[str]
) -> None:
    """Ask for ``paths`` in turn until ``stop``; counts the answers' status codes."""
    headers = {"Authorization": f"Bearer {key}"}
    with httpx.Client(base_url=url, headers=headers, timeout=300) as client:
        turn = 0
        while not stop.is_set():
            try:
                answer = client.get(paths[turn % len(paths)])
                seen[str(answer.status_code)] += 1
                if answer.status_code == 503:
                    stop.wait(float(answer.headers.get("Retry-After", "1")))
            except httpx.TransportError:
                seen["transport error"] += 1
            turn += 1


def under_load(url: str, key: str, paths: list[list[str]], seconds: float) -> dict[str, Any]:
    """The /health probe while one client per entry of ``paths`` keeps asking."""
    stop, seen = threading.Event(), Counter[str]()
    clients = [
        threading.Thread(target=keep_asking, args=(url, key, p, stop, seen), daemon=True)
        for p in paths
    ]
    for client in clients:
        client.start()
    time.sleep(2)  # the work processes are busy before the probe starts
    figures = probe(url, seconds)
    stop.set()
    for client in clients:
        client.join(330)
    return {"health": figures, "answers": dict(seen)}


def main() -> None:
    """Run the probe idle, under analyses and under exports; print and write the results."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--analysts", type=int, default=4)
    args = parser.parse_args()
    db = prepared_store(100)
    key = new_keys(f"sqlite:///{db}")["viewer"]
    load_before = os.getloadavg()
    process, url = serve(db)
    try:
        idle = probe(url, args.seconds / 2)
        analyses = [
            [
                f"/api/v1/analysis/{KINDS[(i + n) % len(KINDS)]}?top={10 + i * 50 + n}"
                for n in range(40)
            ]
            for i in range(args.analysts)
        ]
        during_analyses = under_load(url, key, analyses, args.seconds)
        exports = [["/api/v1/exports/json"] for _ in range(args.analysts)]
        during_exports = under_load(url, key, exports, args.seconds / 2)
    finally:
        process.terminate()
        process.wait(30)
    p99 = during_analyses["health"]["p99_ms"]
    results = {
        "command": "python bench/health.py " + " ".join(sys.argv[1:]),
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "load_average_before": [round(x, 2) for x in load_before],
            "load_average_after": [round(x, 2) for x in os.getloadavg()],
        },
        "graph": "demo 100x: 28,815 actors, 443,227 ties (SQLite)",
        "target_p99_ms": TARGET_P99_MS,
        "idle": idle,
        "during_analyses": during_analyses,
        "during_exports": during_exports,
        "ratio_p99_analyses_to_idle": round(p99 / max(idle["p99_ms"], 0.01), 2),
        "ratio_p99_exports_to_idle": round(
            during_exports["health"]["p99_ms"] / max(idle["p99_ms"], 0.01), 2
        ),
        "met": p99 < TARGET_P99_MS,
    }
    RESULTS.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()

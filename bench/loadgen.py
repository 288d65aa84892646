"""A small keep-alive HTTP/1.1 load generator (asyncio, raw sockets) for bench/api.py.

Each client holds one connection and sends requests one after another; latencies are
measured per request. Traffic goes to loopback only, and every run is bounded by a
request count and a deadline. A dropped connection counts as an error and is reopened.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

#: (method, path, body or None, tag) of one request.
Request = tuple[str, str, bytes | None, str]


@dataclass
class Outcome:
    """What a run produced: latencies, status counts, errors, and the answers callers kept."""

    latencies: list[float] = field(default_factory=list)
    statuses: dict[int, int] = field(default_factory=dict)
    transport_errors: int = 0
    seconds: float = 0.0
    kept: list[tuple[str, int, bytes]] = field(default_factory=list)

    def summary(self) -> dict[str, Any]:
        """Counts, throughput and p50/p95/p99 latency in milliseconds."""
        lat = sorted(self.latencies)

        def pct(p: float) -> float | None:
            return round(lat[min(len(lat) - 1, int(p * len(lat)))] * 1000, 2) if lat else None

        served = sum(self.statuses.values())
        return {
            "requests": served,
            "transport_errors": self.transport_errors,
            "status_counts": {str(k): v for k, v in sorted(self.statuses.items())},
            "server_errors_5xx": sum(v for k, v in self.statuses.items() if k >= 500),
            "seconds": round(self.seconds, 2),
            "throughput_rps": round(served / self.seconds, 1) if self.seconds else 0,
            "p50_ms": pct(0.50),
            "p95_ms": pct(0.95),
            "p99_ms": pct(0.99),
        }


def _encode(request: Request, headers: dict[str, str]) -> bytes:
    method, path, body, _tag = request
    lines = [
        f"{method} {path} HTTP/1.1",
        "Host: 127.0.0.1",
        *(f"{k}: {v}" for k, v in headers.items()),
    ]
    if body is not None:
        lines += ["Content-Type: application/json", f"Content-Length: {len(body)}"]
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + (body or b"")


async def _read(reader: asyncio.StreamReader) -> tuple[int, bytes]:
    head = await reader.readuntil(b"\r\n\r\n")
    status = int(head[9:12])
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value)
    body = await reader.readexactly(length) if length else b""
    return status, body


async def run_load(
    port: int,
    next_request: Callable[[int], Request],
    *,
    clients: int,
    max_requests: int,
    max_seconds: float,
    headers: dict[str, str],
    keep: Callable[[str], bool] = lambda tag: False,
) -> Outcome:
    """Send up to ``max_requests`` from ``clients`` connections for at most ``max_seconds``."""
    outcome = Outcome()
    issued = 0
    started = time.perf_counter()
    deadline = started + max_seconds

    async def client() -> None:
        nonlocal issued
        reader = writer = None
        while issued < max_requests and time.perf_counter() < deadline:
            n = issued
            issued += 1
            request = next_request(n)
            try:
                if writer is None:
                    reader, writer = await asyncio.open_connection("127.0.0.1", port)
                assert reader is not None
                t0 = time.perf_counter()
                writer.write(_encode(request, headers))
                status, body = await asyncio.wait_for(_read(reader), 30)
                outcome.latencies.append(time.perf_counter() - t0)
                outcome.statuses[status] = outcome.statuses.get(status, 0) + 1
                if keep(request[3]):
                    outcome.kept.append((request[3], status, body))
            except (OSError, asyncio.IncompleteReadError, asyncio.LimitOverrunError, TimeoutError):
                outcome.transport_errors += 1
                if keep(request[3]):
                    outcome.kept.append((request[3], -1, b""))
                if writer is not None:
                    writer.close()
                reader = writer = None
                await asyncio.sleep(0.05)
        if writer is not None:
            writer.close()

    await asyncio.gather(*(client() for _ in range(clients)))
    outcome.seconds = time.perf_counter() - started
    return outcome


def load(port: int, next_request: Callable[[int], Request], **kw: Any) -> Outcome:
    """``run_load`` on a fresh event loop (uvloop when installed)."""
    try:
        import uvloop

        return uvloop.run(run_load(port, next_request, **kw))
    except ImportError:
        return asyncio.run(run_load(port, next_request, **kw))


def body(data: Any) -> bytes:
    """A JSON request body."""
    return json.dumps(data).encode()

"""Slow clients cannot hold ``graphsvc serve``: a header timeout and a connection cap.

Tested against a real ``graphsvc serve`` subprocess, on the open-file limit many Linux
machines still give a process (1024, soft and hard), with 1,000 sockets that connect,
send half a request line and then nothing.
"""

from __future__ import annotations

import resource
import selectors
import socket
import time
from pathlib import Path

import httpx
import pytest

from graphsvc.stores.sqlite_store import SQLiteStore
from tests.served import graphsvc_serve, open_files

SLOW_SOCKETS = 1000
HEADER_TIMEOUT = 4.0


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """An empty SQLite store file."""
    path = tmp_path / "graph.db"
    store = SQLiteStore(f"sqlite:///{path}")
    store.ensure_schema()
    store.close()
    return path


def health_seconds(url: str) -> float:
    """Time of one ``GET /health`` on a new connection; fails unless it answers 200."""
    started = time.perf_counter()
    answer = httpx.get(f"{url}/health", timeout=5)
    assert answer.status_code == 200
    return time.perf_counter() - started


def open_slow_sockets(url: str, count: int) -> list[socket.socket]:
    """``count`` connections that each send half a request line, then nothing."""
    host, port = url.removeprefix("http://").split(":")
    sockets = []
    for _ in range(count):
        s = socket.create_connection((host, int(port)), timeout=5)
        s.sendall(b"GET /hea")
        sockets.append(s)
    return sockets


def kept_open(sockets: list[socket.socket]) -> int:
    """How many of ``sockets`` the server has neither answered (408) nor closed."""
    with selectors.DefaultSelector() as selector:
        for s in sockets:
            selector.register(s, selectors.EVENT_READ)
        answered = {key.fileobj for key, _ in selector.select(timeout=0.5)}
    return len(sockets) - len(answered)


def test_a_thousand_slow_header_sockets_do_not_stop_health(db: Path, tmp_path: Path) -> None:
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft < SLOW_SOCKETS + 200:  # this test process holds the slow sockets' other ends
        resource.setrlimit(resource.RLIMIT_NOFILE, (min(hard, 4096), hard))
    env = {"GRAPHSVC_HEADER_TIMEOUT_SECONDS": str(HEADER_TIMEOUT)}
    log = tmp_path / "serve.log"
    with graphsvc_serve(db, env, preexec=open_files(1024), log=log) as served:
        url = served.url
        started = time.monotonic()
        slow = open_slow_sockets(url, SLOW_SOCKETS)
        try:
            during = [health_seconds(url) for _ in range(20)]
            assert time.monotonic() - started < HEADER_TIMEOUT, "the attack took too long"
            assert max(during) < 1.0, during
            time.sleep(HEADER_TIMEOUT + 1.5)
            still_open = kept_open(slow)
            assert still_open == 0, f"{still_open} slow sockets kept after the header timeout"
            after = [health_seconds(url) for _ in range(20)]
            assert max(after) < 1.0, after
        finally:
            for s in slow:
                s.close()

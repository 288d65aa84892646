"""A real ``graphsvc serve`` in a subprocess, for tests that need the server as users run it."""

from __future__ import annotations

import os
import resource
import secrets
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx

from graphsvc.accounts import open_accounts
from graphsvc.services.accounts import create_key
from graphsvc.stores.sqlite_store import SQLiteStore


def free_port() -> int:
    """A free TCP port on loopback."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def new_key(db: Path, role: str = "viewer") -> str:
    """A fresh API key of ``role`` in the SQLite store at ``db``."""
    store = SQLiteStore(f"sqlite:///{db}")
    accounts = open_accounts(store)
    key = create_key(accounts, role, f"test-{role}-{secrets.token_hex(3)}")[1]
    accounts.close()
    store.close()
    return key


def open_files(limit: int) -> Callable[[], None]:
    """A pre-exec function that sets the child's open-file limit, soft and hard, to ``limit``."""
    return lambda: resource.setrlimit(resource.RLIMIT_NOFILE, (limit, limit))


@dataclass(frozen=True)
class Served:
    """A running ``graphsvc serve``: its base URL and the pid of its (single) worker."""

    url: str
    pid: int

    def cpu_seconds(self) -> float:
        """CPU time the serving process has used so far (user + system, its threads)."""
        fields = Path(f"/proc/{self.pid}/stat").read_text().rpartition(")")[2].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def demo_store(scale: int, folder: Path) -> Path:
    """A SQLite file in ``folder`` holding the demo data at ``scale``."""
    from graphsvc.demo import generate
    from graphsvc.services.workbook import import_workbook

    db = folder / "graph.db"
    generate(scale, out_dir=folder / "workbook")
    store = SQLiteStore(f"sqlite:///{db}")
    store.ensure_schema()
    import_workbook(store, folder / "workbook")
    store.close()
    return db


@contextmanager
def graphsvc_serve(
    db: Path,
    env: dict[str, str] | None = None,
    preexec: Callable[[], None] | None = None,
    log: Path | None = None,
) -> Iterator[Served]:
    """``graphsvc --store sqlite:///DB serve`` on a free port (one worker, served in the
    started process); yields it once /health answers, and stops it afterwards."""
    port = free_port()
    command = [sys.executable, "-m", "graphsvc", "--store", f"sqlite:///{db}"]
    command += ["serve", "--port", str(port)]
    environment = {**os.environ, "GRAPHSVC_RATE_LIMIT_PER_MINUTE": "0", **(env or {})}
    out = log.open("wb") if log else subprocess.DEVNULL
    process = subprocess.Popen(
        command, env=environment, stdout=out, stderr=subprocess.STDOUT, preexec_fn=preexec
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"{url}/health", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline or process.poll() is not None:
                raise RuntimeError(f"graphsvc serve did not start (see {log})")
            time.sleep(0.2)
        yield Served(url, process.pid)
    finally:
        process.terminate()
        try:
            process.wait(20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(5)
        if log:
            out.close()  # type: ignore[union-attr]

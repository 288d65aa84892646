"""Killing the server in the middle of an HTTP import leaves the store as it was (or complete)."""

from __future__ import annotations

import os
import secrets
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest

from graphsvc.demo import generate
from graphsvc.services import accounts as account_service
from graphsvc.services.workbook import import_workbook
from graphsvc.stores.sqlite_store import SQLiteStore
from tests.api.conftest import seed, snapshot_content


def _server(url: str, port: int) -> subprocess.Popen[bytes]:
    env = {
        **os.environ,
        "GRAPHSVC_STORE": url,
        "GRAPHSVC_SESSION_SECRET": secrets.token_urlsafe(32),
    }
    command = [sys.executable, "-m", "uvicorn", "graphsvc.api.app:create_app", "--factory"]
    command += ["--port", str(port), "--log-level", "warning"]
    process = subprocess.Popen(
        command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    deadline = time.monotonic() + 60
    while True:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/health", timeout=1).status_code == 200:
                return process
        except httpx.TransportError:
            assert time.monotonic() < deadline, "server did not start"
            time.sleep(0.1)


@pytest.mark.parametrize("delay", [0.3, 0.9])
def test_killed_import_leaves_the_store_as_before(tmp_path: Path, delay: float) -> None:
    workbook = tmp_path / "workbook"
    generate(5, out_dir=workbook)
    url = f"sqlite:///{tmp_path / 'g.db'}"
    store = SQLiteStore(url)
    store.ensure_schema()
    seed(store)
    from graphsvc.accounts import open_accounts

    accounts = open_accounts(store)
    _, secret = account_service.create_key(accounts, "editor")
    accounts.close()
    before = snapshot_content(store)
    store.close()
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = _server(url, port)
    answers: list[int] = []

    def upload() -> None:
        files = [
            ("file", (p.name, p.read_bytes(), "text/csv")) for p in sorted(workbook.glob("*.csv"))
        ]
        try:
            answer = httpx.post(
                f"http://127.0.0.1:{port}/api/v1/imports",
                files=files,
                headers={"Authorization": f"Bearer {secret}"},
                timeout=120,
            )
            answers.append(answer.status_code)
        except httpx.TransportError:
            answers.append(-1)

    thread = threading.Thread(target=upload)
    try:
        thread.start()
        time.sleep(delay)
        server.send_signal(signal.SIGKILL)
        server.wait(10)
    finally:
        if server.poll() is None:
            server.kill()
        thread.join(30)
    store = SQLiteStore(url)
    after = snapshot_content(store)
    if after != before:  # the import committed before the kill: then it is complete
        report = import_workbook(store, workbook, dry_run=True)
        assert report["nodes_created"] == report["edges_created"] == report["nodes_updated"] == 0
    else:
        assert answers != [200]
    store.close()

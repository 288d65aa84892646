"""``graphsvc keys`` / ``users`` and ``graphsvc serve --demo``, used as a person would."""

from __future__ import annotations

import os
import re
import shlex
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
from click.testing import CliRunner

from graphsvc.cli import main
from graphsvc.stores.sqlite_store import SQLiteStore
from tests.api.conftest import make_api


def _run(url: str, *args: str, input: str | None = None) -> str:
    result = CliRunner().invoke(main, ["--store", url, *args], input=input)
    assert result.exit_code == 0, result.output
    return result.stdout


def test_keys_create_list_revoke(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'g.db'}"
    out = _run(url, "keys", "create", "--role", "editor", "--name", "etl")
    secret = out.strip().splitlines()[-1]
    assert re.fullmatch(r"gsk_[0-9a-f]{8}_[\w-]{40,}", secret)
    store = SQLiteStore(url)
    store.ensure_schema()
    api = make_api(store)
    assert (
        api.client.get("/api/v1/actors", headers={"Authorization": f"Bearer {secret}"}).status_code
        == 200
    )
    listed = _run(url, "keys", "list", "--json")
    assert "etl" in listed and secret not in listed
    key_id = secret.split("_")[1]
    assert f"revoked {key_id}" in _run(url, "keys", "revoke", key_id, "--lang", "en")
    api.app.state.key_cache.clear()
    assert (
        api.client.get("/api/v1/actors", headers={"Authorization": f"Bearer {secret}"}).status_code
        == 401
    )
    again = CliRunner().invoke(main, ["--store", url, "keys", "revoke", key_id, "--lang", "en"])
    assert again.exit_code == 1 and "not found" in again.output
    audit = store_audit(api)
    assert {"key.create", "key.revoke"} <= {e.action for e in audit}
    api.app.state.accounts.close()
    store.close()


def store_audit(api):  # noqa: ANN001, ANN201
    return api.app.state.accounts.find_audit(limit=100)


def test_users_add_with_password_stdin_then_sign_in(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'g.db'}"
    assert "added maija (editor)" in _run(
        url,
        "users",
        "add",
        "maija",
        "--role",
        "editor",
        "--password-stdin",
        "--lang",
        "en",
        input="a long password 1\n",
    )
    short = CliRunner().invoke(
        main,
        [
            "--store",
            url,
            "users",
            "add",
            "ville",
            "--role",
            "viewer",
            "--password-stdin",
            "--lang",
            "en",
        ],
        input="short\n",
    )
    assert short.exit_code == 1 and "too short" in short.output
    store = SQLiteStore(url)
    store.ensure_schema()
    api = make_api(store)
    answer = api.client.post("/auth/login", json={"name": "maija", "password": "a long password 1"})
    assert answer.status_code == 200 and answer.json()["role"] == "editor"
    assert "maija" in _run(url, "users", "list")
    api.app.state.accounts.close()
    store.close()


def _serve(tmp_path: Path, *args: str, **env_extra: str) -> tuple[subprocess.Popen[str], str, str]:
    """Start ``graphsvc serve ARGS``; its process, base URL and output up to /health answering."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**os.environ, "GRAPHSVC_STORE": f"sqlite:///{tmp_path / 'serve.db'}", **env_extra}
    env.pop("GRAPHSVC_SESSION_SECRET", None)
    process = subprocess.Popen(
        [sys.executable, "-m", "graphsvc", "serve", *args, "--port", str(port), "--lang", "en"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env=env,
        cwd=tmp_path,
    )
    lines: list[str] = []
    deadline = time.monotonic() + 120
    assert process.stdout is not None
    while not any("graphsvc on http" in line for line in lines):
        assert time.monotonic() < deadline and process.poll() is None, "".join(lines)
        lines.append(process.stdout.readline())
    base = f"http://127.0.0.1:{port}"
    while True:
        try:
            if httpx.get(f"{base}/health").status_code == 200:
                return process, base, "".join(lines)
        except httpx.TransportError:
            assert time.monotonic() < deadline
            time.sleep(0.2)


def _stop(process: subprocess.Popen[str]) -> str:
    """Stop a server started by _serve; the rest of its output."""
    process.send_signal(signal.SIGINT)
    rest, _ = process.communicate(timeout=20)
    return rest


def test_serve_demo_loads_data_and_prints_credentials(tmp_path: Path) -> None:
    process, base, output = _serve(tmp_path, "--demo")
    try:
        creds = dict(re.findall(r"demo sign-in: (demo-\w+) / (\S+)", output))
        assert set(creds) == {"demo-viewer", "demo-editor", "demo-admin"}
        with httpx.Client(base_url=base) as client:
            signed = client.post(
                "/auth/login", json={"name": "demo-viewer", "password": creds["demo-viewer"]}
            )
            assert signed.status_code == 200, signed.text
            actors = client.get("/api/v1/actors").json()
            assert actors["total"] > 100
            assert "contact_email" not in str(actors)
    finally:
        _stop(process)


def test_serve_logs_a_line_per_request_only_when_asked(tmp_path: Path) -> None:
    logged = {}
    for setting in ("true", "false"):
        process, base, _ = _serve(tmp_path, GRAPHSVC_ACCESS_LOG=setting)
        try:
            assert httpx.get(f"{base}/api/v1/rockets").status_code == 401
        finally:
            logged[setting] = _stop(process)
    assert '"GET /api/v1/rockets HTTP/1.1" 401' in logged["true"]
    assert "/api/v1/rockets" not in logged["false"]


def test_users_reset_password_prints_a_new_one_once_and_ends_sessions(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'g.db'}"
    old = "lumi sataa hiljaa kouvolaan"
    _run(url, "users", "add", "maija", "--role", "editor", "--password-stdin", input=old + "\n")
    store = SQLiteStore(url)
    store.ensure_schema()
    api = make_api(store)
    signed = api.client.post("/auth/login", json={"name": "maija", "password": old})
    assert signed.status_code == 200
    result = CliRunner().invoke(main, ["--store", url, "users", "reset-password", "maija"])
    assert result.exit_code == 0, result.output
    new = result.stdout.strip().splitlines()[-1]
    assert len(new) >= 20 and new not in result.stderr
    assert api.client.get("/auth/session").status_code == 401  # the session has ended
    assert (
        api.client.post("/auth/login", json={"name": "maija", "password": old}).status_code == 401
    )
    again = api.client.post("/auth/login", json={"name": "maija", "password": new})
    assert again.status_code == 200
    assert "user.reset-password" in {e.action for e in store_audit(api)}
    assert new not in str(store_audit(api))
    missing = CliRunner().invoke(
        main, ["--store", url, "users", "reset-password", "ghost", "--lang", "en"]
    )
    assert missing.exit_code == 1 and "not found" in missing.output
    api.app.state.accounts.close()
    store.close()


def test_serve_demo_again_says_how_to_get_the_sign_ins_back(tmp_path: Path) -> None:
    process, _, first = _serve(tmp_path, "--demo")
    _stop(process)
    assert "demo sign-in: demo-viewer" in first
    process, base, second = _serve(tmp_path, "--demo")
    try:
        assert "demo sign-in:" not in second
        commands = re.findall(
            r"^\s+(graphsvc --store .* users reset-password demo-\w+)$", second, re.M
        )
        assert len(commands) == 3, second
        args = shlex.split(commands[0])[1:]
        reset = CliRunner().invoke(main, args)
        assert reset.exit_code == 0, reset.output
        name, password = args[-1], reset.stdout.strip().splitlines()[-1]
        with httpx.Client(base_url=base) as client:
            signed = client.post("/auth/login", json={"name": name, "password": password})
            assert signed.status_code == 200, signed.text
    finally:
        _stop(process)

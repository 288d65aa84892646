"""``graphsvc serve --workers 2``: a sign-out is seen by every worker at once."""

from __future__ import annotations

from pathlib import Path

import httpx
from click.testing import CliRunner

from graphsvc.cli import main
from tests.api.test_access_cli import _serve, _stop

PASSWORD = "lumi sataa hiljaa kouvolaan"
#: Requests on fresh connections, so that the kernel hands them to both workers.
REPLAYS = 40


def _fresh(base: str, method: str, path: str, cookie: str, **kw: object) -> httpx.Response:
    with httpx.Client(base_url=base, cookies={"graphsvc_session": cookie}) as client:
        return client.request(method, path, **kw)  # type: ignore[arg-type]


def test_sign_out_is_seen_by_both_workers(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'serve.db'}"
    added = CliRunner().invoke(
        main,
        ["--store", url, "users", "add", "maija", "--role", "editor", "--password-stdin"],
        input=PASSWORD + "\n",
    )
    assert added.exit_code == 0, added.output
    process, base, _ = _serve(tmp_path, "--workers", "2")
    try:
        with httpx.Client(base_url=base) as client:
            signed = client.post("/auth/login", json={"name": "maija", "password": PASSWORD})
            assert signed.status_code == 200, signed.text
            cookie, csrf = client.cookies["graphsvc_session"], signed.json()["csrf_token"]
            live = [_fresh(base, "GET", "/auth/session", cookie).status_code for _ in range(10)]
            assert live == [200] * 10
            out = client.post("/auth/logout", headers={"X-CSRF-Token": csrf})
            assert out.status_code == 204
        reads = [_fresh(base, "GET", "/api/v1/actors", cookie).status_code for _ in range(REPLAYS)]
        body = {"key": "w-1", "name": "Worker Oy", "kind": "company"}
        token = {"X-CSRF-Token": csrf}
        writes = [
            _fresh(base, "POST", "/api/v1/actors", cookie, json=body, headers=token)
            for _ in range(REPLAYS // 4)
        ]
        assert set(reads) == {401}
        assert {w.status_code for w in writes} == {401}
    finally:
        rest = _stop(process)
    assert rest.count("Started server process") == 2, rest  # two workers served

"""Limits: 413 before the body is read, 415 for non-workbooks, 429, and /health meanwhile."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator

import httpx

from graphsvc.api.routes.transfers import CSV_SHEETS
from graphsvc.demo import demo_workbook_path
from tests.api.conftest import Api, LiveServer, make_api, snapshot_content

CSV = "text/csv"


def _demo_files() -> list[tuple[str, tuple[str, bytes, str]]]:
    """The demo's sheets that an upload takes (not yet its indicator sheets)."""
    files = sorted(p for p in demo_workbook_path().glob("*.csv") if p.stem in CSV_SHEETS)
    return [("file", (p.name, p.read_bytes(), CSV)) for p in files]


def test_json_body_over_the_limit_is_413_from_content_length(sqlite_api: Api) -> None:
    limit = sqlite_api.app.state.settings.max_body_bytes
    big = b'{"key": "a-9", "name": "' + b"x" * limit + b'", "kind": "company"}'
    answer = sqlite_api.call(
        "POST",
        "/api/v1/actors",
        "editor",
        content=big,
        headers={"content-type": "application/json"},
    )
    assert (
        answer.status_code == 413 and answer.headers["content-type"] == "application/problem+json"
    )
    assert answer.json()["request_id"]


def test_streamed_body_without_length_is_cut_at_the_limit(sqlite_api: Api) -> None:
    sent = []

    def chunks() -> Iterator[bytes]:
        for _ in range(64):
            sent.append(1)
            yield b"x" * 65536

    answer = sqlite_api.call(
        "POST",
        "/api/v1/actors",
        "editor",
        content=chunks(),
        headers={"content-type": "application/json"},
    )
    assert answer.status_code == 413, answer.text


def test_upload_over_the_limit_is_413_and_health_answers_meanwhile(sqlite_store) -> None:  # noqa: ANN001
    api = make_api(sqlite_store, max_upload_bytes=200_000)
    before = snapshot_content(api.store)
    with LiveServer(api.app) as server:
        # a slow client that announces 50 MB and trickles: refused from the header alone
        with socket.create_connection(("127.0.0.1", server.port)) as raw:
            raw.sendall(
                b"POST /api/v1/imports HTTP/1.1\r\nHost: x\r\n"
                + f"Authorization: Bearer {api.keys['editor']}\r\n".encode()
                + b"Content-Type: multipart/form-data; boundary=b\r\n"
                + b"Content-Length: 50000000\r\n\r\n--b\r\n"
            )
            raw.settimeout(10)
            assert raw.recv(200).startswith(b"HTTP/1.1 413")
        # a streamed upload without a length is cut once it passes the limit
        stop = threading.Event()
        health: list[int] = []

        def probe() -> None:
            with httpx.Client(base_url=server.url, timeout=5) as client:
                while not stop.is_set():
                    health.append(client.get("/health").status_code)
                    time.sleep(0.02)

        def body() -> Iterator[bytes]:
            yield b'--b\r\nContent-Disposition: form-data; name="file"; filename="a.xlsx"\r\n\r\n'
            for _ in range(400):
                yield b"y" * 4096
                time.sleep(0.001)

        thread = threading.Thread(target=probe)
        thread.start()
        try:
            with httpx.Client(
                base_url=server.url, headers=api.headers("editor"), timeout=30
            ) as client:
                try:
                    answer = client.post(
                        "/api/v1/imports",
                        content=body(),
                        headers={"content-type": "multipart/form-data; boundary=b"},
                    )
                    assert answer.status_code == 413, answer.text
                except (httpx.WriteError, httpx.RemoteProtocolError, httpx.ReadError):
                    pass  # the server may close the connection while the client still sends
        finally:
            stop.set()
            thread.join()
        assert health and set(health) == {200}
        assert httpx.get(f"{server.url}/health").status_code == 200
    assert snapshot_content(api.store) == before
    api.app.state.accounts.close()


def test_import_needs_multipart_and_a_workbook(sqlite_api: Api) -> None:
    answer = sqlite_api.call("POST", "/api/v1/imports", "editor", json={"file": "x"})
    assert answer.status_code == 415 and "multipart" in answer.json()["detail"]
    files = [("file", ("evil.exe", b"MZ", "application/octet-stream"))]
    answer = sqlite_api.call("POST", "/api/v1/imports", "editor", files=files)
    assert answer.status_code == 415


def test_import_over_http_is_all_or_nothing_with_row_errors(api: Api) -> None:
    before = snapshot_content(api.store)
    bad = (
        "key,name,kind,contact_email\n"
        "ok-1,Fine Oy,company,\n"
        "bad-1,Broken Oy,compny,\n"
        "bad-2,Mail Oy,company,not-an-address\n"
    )
    files = [("file", ("actors.csv", bad.encode(), CSV))]
    answer = api.call("POST", "/api/v1/imports", "editor", files=files)
    assert answer.status_code == 422, answer.text
    errors = answer.json()["errors"]
    assert {(e.get("row"), e.get("column")) for e in errors} >= {(3, "kind")}
    assert all(e.get("file") for e in errors)
    assert snapshot_content(api.store) == before


def test_import_the_demo_workbook_then_again_changes_nothing(sqlite_api: Api) -> None:
    dry = sqlite_api.call("POST", "/api/v1/imports?dry_run=true", "editor", files=_demo_files())
    assert dry.status_code == 200, dry.text
    assert sqlite_api.get("/api/v1/actors").json()["total"] == 2
    first = sqlite_api.call("POST", "/api/v1/imports", "editor", files=_demo_files())
    assert first.status_code == 200, first.text
    assert first.json()["nodes_created"] == dry.json()["nodes_created"] > 400
    again = sqlite_api.call("POST", "/api/v1/imports", "editor", files=_demo_files())
    assert again.json()["nodes_created"] == again.json()["nodes_updated"] == 0
    audit = [e["action"] for e in sqlite_api.get("/api/v1/admin/audit", "admin").json()["items"]]
    assert audit[:3] == ["import", "import", "import.dry-run"]


def test_rate_limit_is_429_with_retry_after(sqlite_store) -> None:  # noqa: ANN001
    api = make_api(sqlite_store, rate_limit_per_minute=5)
    codes = [api.get("/api/v1/rockets").status_code for _ in range(7)]
    assert codes[:5] == [200] * 5 and codes[5:] == [429, 429]
    limited = api.get("/api/v1/rockets")
    assert int(limited.headers["retry-after"]) > 0 and limited.json()["status"] == 429
    assert api.get("/api/v1/rockets", "editor").status_code == 200  # another credential
    assert all(api.get("/health", None).status_code == 200 for _ in range(10))
    api.app.state.accounts.close()


def test_made_up_credentials_do_not_escape_the_rate_limit(sqlite_store) -> None:  # noqa: ANN001
    api = make_api(sqlite_store, rate_limit_per_minute=2)
    codes = [
        api.client.get(
            "/api/v1/rockets", headers={"Authorization": f"Bearer gsk_x_{i}"}
        ).status_code
        for i in range(25)
    ]
    assert codes[:20] == [401] * 20 and set(codes[20:]) == {429}
    api.app.state.accounts.close()

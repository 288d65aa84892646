"""Sessions live in the store: signing out, removing a user and expiry end them everywhere."""

from __future__ import annotations

import time
from pathlib import Path

from click.testing import CliRunner
from fastapi.testclient import TestClient

from graphsvc.api.app import create_app
from graphsvc.cli import main
from graphsvc.services import accounts as account_service
from graphsvc.services import sessions as session_service
from graphsvc.stores.sqlite_store import SQLiteStore
from tests.api.conftest import Api, make_api, settings, snapshot_content

PASSWORD = "lumi sataa hiljaa kouvolaan"
NEW_ACTOR = {"key": "s-9", "name": "Replay Oy", "kind": "company"}


def sign_in(client: TestClient, name: str) -> tuple[str, str]:
    """Sign ``name`` in on ``client``; the session cookie and the CSRF token."""
    answer = client.post("/auth/login", json={"name": name, "password": PASSWORD})
    assert answer.status_code == 200, answer.text
    return str(client.cookies["graphsvc_session"]), str(answer.json()["csrf_token"])


def replay(api: Api, cookie: str, csrf: str) -> tuple[int, int]:
    """A read and a write made with an old cookie and its CSRF token, from a fresh client."""
    other = TestClient(api.app, raise_server_exceptions=False, cookies={"graphsvc_session": cookie})
    read = other.get("/api/v1/actors").status_code
    write = other.post("/api/v1/actors", json=NEW_ACTOR, headers={"X-CSRF-Token": csrf})
    return read, write.status_code


def test_sign_out_ends_the_session_in_the_store(api: Api) -> None:
    account_service.add_user(api.app.state.accounts, "maija", "editor", PASSWORD)
    cookie, csrf = sign_in(api.client, "maija")
    record = api.app.state.accounts.get_session(session_service.hash_token(cookie))
    assert record is not None and record.user_name == "maija"
    assert record.token_hash != cookie and record.expires_at - record.created_at == 8 * 3600
    without_token = api.client.post("/auth/logout")
    assert without_token.status_code == 403 and "CSRF" in without_token.json()["detail"]
    assert api.client.get("/auth/session").json()["name"] == "maija"  # still signed in
    before = snapshot_content(api.store)
    assert api.client.post("/auth/logout", headers={"X-CSRF-Token": csrf}).status_code == 204
    assert api.app.state.accounts.get_session(session_service.hash_token(cookie)) is None
    assert replay(api, cookie, csrf) == (401, 401)
    assert snapshot_content(api.store) == before


def test_api_sign_in_is_audited(api: Api) -> None:
    account_service.add_user(api.app.state.accounts, "ville", "viewer", PASSWORD)
    sign_in(api.client, "ville")
    entries = api.app.state.accounts.find_audit(limit=5)
    assert (entries[0].who, entries[0].action, entries[0].outcome) == (
        "user:ville",
        "sign-in",
        "ok",
    )


def test_session_has_a_fixed_lifetime_that_activity_does_not_extend(sqlite_store) -> None:  # noqa: ANN001
    api = make_api(sqlite_store, session_max_seconds=3)
    account_service.add_user(api.app.state.accounts, "liisa", "viewer", PASSWORD)
    cookie, csrf = sign_in(api.client, "liisa")
    record = api.app.state.accounts.get_session(session_service.hash_token(cookie))
    while time.time() < record.expires_at - 1.0:  # busy, well inside the lifetime
        assert api.client.get("/api/v1/actors").status_code == 200
        time.sleep(0.2)
    time.sleep(max(0.0, record.expires_at + 0.2 - time.time()))
    # the browser would drop the cookie by now (Max-Age); a replayed one is refused
    assert replay(api, cookie, csrf) == (401, 401)
    assert api.app.state.accounts.get_session(session_service.hash_token(cookie)) is None
    api.app.state.accounts.close()


def test_expired_records_are_cleaned_up_at_the_next_sign_in(api: Api) -> None:
    accounts = api.app.state.accounts
    account_service.add_user(accounts, "aino", "viewer", PASSWORD)
    user = accounts.get_user("aino")
    old_token, old = session_service.start_session(accounts, user, 60, now=time.time() - 120)
    assert accounts.get_session(old.token_hash) is not None
    sign_in(api.client, "aino")
    assert accounts.get_session(old.token_hash) is None


def test_removing_a_user_ends_their_sessions_and_a_new_namesake_gets_none(api: Api) -> None:
    accounts = api.app.state.accounts
    account_service.add_user(accounts, "liisa", "viewer", PASSWORD)
    cookie, csrf = sign_in(api.client, "liisa")
    assert api.call("DELETE", "/api/v1/admin/users/liisa", "admin").status_code == 204
    assert accounts.get_session(session_service.hash_token(cookie)) is None
    assert replay(api, cookie, csrf) == (401, 401)
    account_service.add_user(accounts, "liisa", "editor", PASSWORD + " again")
    assert replay(api, cookie, csrf) == (401, 401)
    assert api.get("/api/v1/actors/s-9").status_code == 404


def test_a_session_belongs_to_one_user_record_not_to_a_name(api: Api) -> None:
    """A session record that outlived its user (say, restored from a backup) stays dead."""
    accounts = api.app.state.accounts
    account_service.add_user(accounts, "outi", "viewer", PASSWORD)
    cookie, csrf = sign_in(api.client, "outi")
    record = accounts.get_session(session_service.hash_token(cookie))
    assert accounts.delete_user("outi")
    account_service.add_user(accounts, "outi", "admin", PASSWORD + " again")
    accounts.add_session(record)  # the old record is back, the user is a new one
    assert replay(api, cookie, csrf) == (401, 401)


def test_cli_users_remove_ends_the_sessions(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'g.db'}"
    store = SQLiteStore(url)
    store.ensure_schema()
    api = make_api(store)
    account_service.add_user(api.app.state.accounts, "pekka", "editor", PASSWORD)
    cookie, csrf = sign_in(api.client, "pekka")
    result = CliRunner().invoke(main, ["--store", url, "users", "remove", "pekka"])
    assert result.exit_code == 0, result.output
    assert replay(api, cookie, csrf) == (401, 401)
    api.app.state.accounts.close()
    store.close()


def test_a_sign_out_in_one_app_is_seen_by_another_on_the_same_store(api: Api) -> None:
    """Two apps on one store stand for two workers (the served test is in test_workers)."""
    second = create_app(settings(), api.store)
    account_service.add_user(api.app.state.accounts, "maija", "editor", PASSWORD)
    cookie, csrf = sign_in(api.client, "maija")
    other = TestClient(second, raise_server_exceptions=False, cookies={"graphsvc_session": cookie})
    assert other.get("/auth/session").json()["name"] == "maija"
    assert other.post("/auth/logout", headers={"X-CSRF-Token": csrf}).status_code == 204
    assert api.client.get("/auth/session").status_code == 401
    second.state.accounts.close()

"""People sign in with a session cookie; changes made with it need the CSRF token."""

from __future__ import annotations

from graphsvc.services import accounts as account_service
from tests.api.conftest import Api

PASSWORD = "correct horse battery staple"


def _sign_in(api: Api, name: str = "maija", role: str = "editor") -> str:
    account_service.add_user(api.app.state.accounts, name, role, PASSWORD)
    answer = api.client.post("/auth/login", json={"name": name, "password": PASSWORD})
    assert answer.status_code == 200, answer.text
    cookie = answer.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=lax" in cookie
    return str(answer.json()["csrf_token"])


def test_wrong_password_and_unknown_user_look_the_same(sqlite_api: Api) -> None:
    account_service.add_user(sqlite_api.app.state.accounts, "maija", "viewer", PASSWORD)
    wrong = sqlite_api.client.post("/auth/login", json={"name": "maija", "password": "nope"})
    nobody = sqlite_api.client.post("/auth/login", json={"name": "ghost", "password": "nope"})
    assert wrong.status_code == nobody.status_code == 401
    assert wrong.json()["detail"] == nobody.json()["detail"]
    audit = sqlite_api.get("/api/v1/admin/audit", "admin").json()["items"]
    assert [e["outcome"] for e in audit if e["action"] == "sign-in"] == ["denied", "denied"]


def test_session_reads_and_writes_with_csrf(sqlite_api: Api) -> None:
    token = _sign_in(sqlite_api)
    client = sqlite_api.client
    assert client.get("/auth/session").json()["name"] == "maija"
    assert client.get("/api/v1/actors/a-1").json()["contact_email"]  # editors see contacts
    body = {"key": "s-1", "name": "Session Oy", "kind": "company"}
    without = client.post("/api/v1/actors", json=body)
    assert without.status_code == 403 and "CSRF" in without.json()["detail"]
    wrong = client.post("/api/v1/actors", json=body, headers={"X-CSRF-Token": "guess"})
    assert wrong.status_code == 403
    assert sqlite_api.get("/api/v1/actors/s-1").status_code == 404
    ok = client.post("/api/v1/actors", json=body, headers={"X-CSRF-Token": token})
    assert ok.status_code == 201, ok.text
    audit = sqlite_api.get("/api/v1/admin/audit", "admin").json()["items"]
    assert audit[0]["who"] == "user:maija" and audit[0]["action"] == "actor.create"
    assert client.post("/auth/logout", headers={"X-CSRF-Token": token}).status_code == 204
    assert client.get("/api/v1/actors").status_code == 401


def test_viewer_session_cannot_write(sqlite_api: Api) -> None:
    token = _sign_in(sqlite_api, "ville", "viewer")
    answer = sqlite_api.client.delete("/api/v1/actors/a-1", headers={"X-CSRF-Token": token})
    assert answer.status_code == 403
    assert "contact_email" not in sqlite_api.client.get("/api/v1/actors/a-1").json()


def test_removed_user_loses_the_session(sqlite_api: Api) -> None:
    _sign_in(sqlite_api, "liisa", "viewer")
    assert sqlite_api.client.get("/api/v1/actors").status_code == 200
    sqlite_api.app.state.accounts.delete_user("liisa")
    assert sqlite_api.client.get("/api/v1/actors").status_code == 401


def test_revoked_key_is_refused_at_once(sqlite_api: Api) -> None:
    created = sqlite_api.call(
        "POST", "/api/v1/admin/keys", "admin", json={"role": "viewer", "name": "tmp"}
    )
    assert created.status_code == 201
    secret, key_id = created.json()["secret"], created.json()["id"]
    headers = {"Authorization": f"Bearer {secret}"}
    assert sqlite_api.client.get("/api/v1/actors", headers=headers).status_code == 200
    listed = sqlite_api.get("/api/v1/admin/keys", "admin").json()["items"]
    assert secret not in str(listed) and any(k["id"] == key_id for k in listed)
    assert sqlite_api.call("DELETE", f"/api/v1/admin/keys/{key_id}", "admin").status_code == 204
    assert sqlite_api.client.get("/api/v1/actors", headers=headers).status_code == 401
    assert (
        sqlite_api.client.get("/api/v1/actors", headers={"Authorization": "Basic abc"}).status_code
        == 401
    )


def test_stored_key_and_password_are_hashes(sqlite_api: Api) -> None:
    import sqlite3

    account_service.add_user(sqlite_api.app.state.accounts, "maija", "viewer", PASSWORD)
    conn = sqlite3.connect(sqlite_api.app.state.accounts.path)
    dump = "\n".join(conn.iterdump())
    conn.close()
    for secret in sqlite_api.keys.values():
        assert secret not in dump and account_service.hash_key(secret) in dump
    assert PASSWORD not in dump and "$argon2id$" in dump

"""Failed sign-ins slow down per account and per address, in every worker, audited per burst."""

from __future__ import annotations

import contextlib
import re
import time

from fastapi.testclient import TestClient

from graphsvc.api.app import create_app
from graphsvc.errors import AuthenticationError, RateLimitedError
from graphsvc.services import accounts as account_service
from graphsvc.services import sign_in as sign_in_service
from tests.api.conftest import Api, make_api, settings

PASSWORD = "lumi sataa hiljaa kouvolaan"


def _login(client: TestClient, name: str, password: str) -> int:
    return client.post("/auth/login", json={"name": name, "password": password}).status_code


def _audit(api: Api, since: int) -> list[tuple[str, str]]:
    """The sign-in entries appended after the log held ``since`` entries (Neo4j keeps the
    audit of earlier tests)."""
    accounts = api.app.state.accounts
    entries = accounts.find_audit(limit=accounts.count_audit() - since)
    return [(e.action, e.outcome) for e in entries if e.action.startswith("sign-in")]


def test_an_account_is_locked_after_five_failures_even_for_the_right_password(api: Api) -> None:
    account_service.add_user(api.app.state.accounts, "maija", "editor", PASSWORD)
    since = api.app.state.accounts.count_audit()
    codes = [_login(api.client, "maija", f"wrong guess {i}") for i in range(5)]
    assert codes == [401] * 5
    locked = api.client.post("/auth/login", json={"name": "maija", "password": PASSWORD})
    assert locked.status_code == 429
    assert 0 < int(locked.headers["retry-after"]) <= sign_in_service.FIRST_LOCK_SECONDS
    assert "reset-password" in locked.json()["detail"]
    assert _login(api.client, "MAIJA", PASSWORD) == 429  # the same account, other case
    audit = _audit(api, since)
    assert audit.count(("sign-in", "denied")) == 1  # one burst: one entry, not five
    throttled = [outcome for action, outcome in audit if action == "sign-in.throttled"]
    assert throttled == ["locked for 30 s after 5 failed sign-ins"]


def test_another_worker_on_the_same_store_sees_the_lock(api: Api) -> None:
    account_service.add_user(api.app.state.accounts, "ville", "viewer", PASSWORD)
    for i in range(5):
        _login(api.client, "ville", f"wrong guess {i}")
    second = create_app(settings(), api.store)
    with TestClient(second, raise_server_exceptions=False) as other:
        assert _login(other, "ville", PASSWORD) == 429
    second.state.accounts.close()


def test_an_address_is_locked_after_twenty_failures_on_any_accounts(sqlite_api: Api) -> None:
    since = sqlite_api.app.state.accounts.count_audit()
    codes = [_login(sqlite_api.client, f"ghost-{i}", "wrong guess") for i in range(20)]
    assert codes == [401] * 20
    account_service.add_user(sqlite_api.app.state.accounts, "aino", "viewer", PASSWORD)
    assert _login(sqlite_api.client, "aino", PASSWORD) == 429
    audit = _audit(sqlite_api, since)
    assert audit.count(("sign-in", "denied")) == 20  # one per account burst
    assert [action for action, _ in audit].count("sign-in.throttled") == 1  # the address lock


def test_the_lock_ends_and_grows_with_further_failures(sqlite_api: Api) -> None:
    accounts = sqlite_api.app.state.accounts
    account_service.add_user(accounts, "outi", "viewer", PASSWORD)
    now = time.time()
    for i in range(5):
        with contextlib.suppress(AuthenticationError):
            sign_in_service.sign_in(accounts, "outi", "wrong", "10.0.0.1", now=now + i)
    after_lock = now + 4 + sign_in_service.FIRST_LOCK_SECONDS + 1
    with contextlib.suppress(AuthenticationError):
        sign_in_service.sign_in(accounts, "outi", "wrong", "10.0.0.1", now=after_lock)
    try:
        sign_in_service.sign_in(accounts, "outi", PASSWORD, "10.0.0.1", now=after_lock + 59)
    except RateLimitedError as e:
        assert e.extra["retry_after"] == 1  # the sixth failure locked for 60 s
    else:
        raise AssertionError("the sixth failure did not lock the account for longer")
    user = sign_in_service.sign_in(accounts, "outi", PASSWORD, "10.0.0.1", now=after_lock + 61)
    assert user.name == "outi"
    assert accounts.sign_in_locked_until(["account:outi"]) == 0.0  # success forgets it


def test_the_sign_in_form_says_so_in_the_page_language(sqlite_store) -> None:  # noqa: ANN001
    api = make_api(sqlite_store)
    account_service.add_user(api.app.state.accounts, "pekka", "viewer", PASSWORD)
    client = api.client
    token_re = re.compile(r'name="csrf_token" value="([^"]+)"')
    statuses = []
    for i in range(6):
        page = client.get("/sign-in?lang=en")
        token = token_re.search(page.text).group(1)
        form = {"csrf_token": token, "username": "pekka", "password": f"wrong {i}"}
        statuses.append(client.post("/sign-in?lang=en", data=form, follow_redirects=False))
    assert [r.status_code for r in statuses] == [401] * 5 + [429]
    assert "Too many failed sign-ins. Try again in" in statuses[-1].text
    assert int(statuses[-1].headers["retry-after"]) > 0
    page = client.get("/sign-in?lang=fi")
    token = token_re.search(page.text).group(1)
    form = {"csrf_token": token, "username": "pekka", "password": PASSWORD}
    finnish = client.post("/sign-in?lang=fi", data=form, follow_redirects=False)
    assert finnish.status_code == 429 and "Liian monta epäonnistunutta" in finnish.text
    api.app.state.accounts.close()


def test_made_up_cookies_do_not_get_a_rate_limit_bucket_each(sqlite_store) -> None:  # noqa: ANN001
    api = make_api(sqlite_store, rate_limit_per_minute=3)
    codes = [
        api.client.get(
            "/api/v1/rockets", headers={"Cookie": f"graphsvc_session=made-up-{i}; x={i}"}
        ).status_code
        for i in range(6)
    ]
    assert codes[:3] == [401] * 3 and set(codes[3:]) == {429}
    api.app.state.accounts.close()


def test_a_live_session_keeps_its_own_rate_limit_bucket(sqlite_store) -> None:  # noqa: ANN001
    api = make_api(sqlite_store, rate_limit_per_minute=3)
    account_service.add_user(api.app.state.accounts, "aino", "viewer", PASSWORD)
    assert _login(api.client, "aino", PASSWORD) == 200  # the address's first request
    codes = [api.client.get("/api/v1/rockets").status_code for _ in range(4)]
    assert codes == [200, 200, 200, 429]  # its own bucket of 3, not the address's
    api.app.state.accounts.close()

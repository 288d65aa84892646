"""Every route x every role: 401 without or with a wrong credential, 403 below its role."""

from __future__ import annotations

from pathlib import Path

import pytest

from graphsvc.model import UserRole
from tests.api.conftest import ROLES, Api, snapshot_content
from tests.api.route_roles import ROUTE_ROLES, RouteRole

RANK = {"public": -1, "viewer": 0, "editor": 1, "admin": 2}
DOC = Path(__file__).parents[2] / "docs" / "api.md"


def _accounts_state(api: Api) -> tuple[object, object]:
    accounts = api.app.state.accounts
    return ([k.__dict__ for k in accounts.find_keys()], [u.__dict__ for u in accounts.find_users()])


def _call(api: Api, route: RouteRole, role: str | None, **kw: object):  # noqa: ANN202
    return api.call(route.method, route.url, role, json=route.body, **kw)


def test_every_route_is_in_the_table(sqlite_api: Api) -> None:
    paths = sqlite_api.client.get("/openapi.json").json()["paths"]
    served = {(method.upper(), path) for path, ops in paths.items() for method in ops}
    listed = {(r.method, r.path) for r in ROUTE_ROLES}
    assert served - listed == set(), "routes missing from tests/api/route_roles.py"
    assert listed - served == set(), "routes in the table that the app does not serve"


def test_the_docs_show_the_table() -> None:
    text = DOC.read_text(encoding="utf-8")
    for r in ROUTE_ROLES:
        assert f"| `{r.method} {r.path}` | {r.role} |" in text, (
            f"docs/api.md lacks {r.method} {r.path}"
        )


@pytest.mark.parametrize(
    "route", [r for r in ROUTE_ROLES if r.role != "public"], ids=lambda r: f"{r.method} {r.path}"
)
def test_route_admits_exactly_its_roles(api: Api, route: RouteRole) -> None:
    before = snapshot_content(api.store), _accounts_state(api)
    for role in (None, "wrong"):
        headers = {"Authorization": "Bearer gsk_00000000_wrong"} if role else {}
        answer = api.client.request(route.method, route.url, headers=headers, json=route.body)
        assert answer.status_code == 401, answer.text
        assert answer.headers["content-type"] == "application/problem+json"
        assert answer.json()["request_id"]
    for role in (r for r in ROLES if RANK[r] < RANK[route.role]):
        answer = _call(api, route, role)
        assert answer.status_code == 403, (role, answer.text)
        assert answer.json()["title"] == "Forbidden"
    after = snapshot_content(api.store), _accounts_state(api)
    assert after == before, "a refused request had a side effect"
    # the least role is admitted (whatever the outcome of the call itself)
    answer = _call(api, route, route.role)
    assert answer.status_code not in (401, 403), answer.text
    assert answer.status_code < 500, answer.text


def test_public_routes_need_no_credential(sqlite_api: Api) -> None:
    assert sqlite_api.get("/health", None).status_code == 200
    assert sqlite_api.client.post("/auth/logout").status_code == 204
    assert (
        sqlite_api.client.post("/auth/login", json={"name": "x", "password": "y"}).status_code
        == 401
    )


def test_roles_match_the_model() -> None:
    assert set(ROLES) == {r.value for r in UserRole}

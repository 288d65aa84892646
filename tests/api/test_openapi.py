"""The OpenAPI document is what the routes return: real answers checked against it."""

from __future__ import annotations

import re
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient
from jsonschema import Draft202012Validator

from graphsvc import errors
from tests.api.conftest import Api
from tests.api.route_roles import INDICATOR_BODY, PRESENTATION_BODY

ONE_SHEET = {"file": ("actors.csv", b"key,name,kind\nz-1,Zeta,company\n")}
WORKBOOK = [
    ("file", ("actors.csv", b"key,name,kind\nz-1,Zeta,company\n")),
    ("file", ("actions.csv", b"key,title,rocket\nt-8,Eta,centre\n")),
    ("file", ("participation.csv", b"actor,action,role\nz-1,t-8,lead\n")),
]
#: One real request per operation (method, documented path, URL, request arguments);
#: a route missing here fails test_every_operation_has_a_sample.
SAMPLES: list[tuple[str, str, str, dict[str, Any]]] = [
    ("get", "/health", "/health", {}),
    ("get", "/metrics", "/metrics", {}),
    ("post", "/auth/login", "/auth/login", {"json": {"name": "nobody", "password": "wrong"}}),
    ("post", "/auth/logout", "/auth/logout", {}),
    ("get", "/auth/session", "/auth/session", {}),
    ("get", "/api/v1/actors", "/api/v1/actors?sort=-name", {}),
    ("get", "/api/v1/actors", "/api/v1/actors?rocket=nowhere", {}),
    (
        "post",
        "/api/v1/actors",
        "/api/v1/actors",
        {"json": {"key": "n-1", "name": "N", "kind": "city"}},
    ),
    (
        "post",
        "/api/v1/actors",
        "/api/v1/actors",
        {"json": {"key": "a-1", "name": "A", "kind": "city"}},
    ),
    ("get", "/api/v1/actors/{key}", "/api/v1/actors/a-1", {}),
    ("get", "/api/v1/actors/{key}", "/api/v1/actors/missing", {}),
    ("patch", "/api/v1/actors/{key}", "/api/v1/actors/a-2", {"json": {"sector": "education"}}),
    ("patch", "/api/v1/actors/{key}", "/api/v1/actors/a-2", {"json": {"bogus": 1}}),
    ("get", "/api/v1/actors/{key}/actions", "/api/v1/actors/a-1/actions", {}),
    ("post", "/api/v1/actors/{key}/erase", "/api/v1/actors/n-1/erase", {}),
    ("delete", "/api/v1/actors/{key}", "/api/v1/actors/missing", {}),
    ("get", "/api/v1/actions", "/api/v1/actions?status=planned", {}),
    (
        "post",
        "/api/v1/actions",
        "/api/v1/actions",
        {"json": {"key": "t-9", "title": "T", "rockets": ["centre"]}},
    ),
    ("get", "/api/v1/actions/{key}", "/api/v1/actions/t-1", {}),
    ("patch", "/api/v1/actions/{key}", "/api/v1/actions/t-9", {"json": {"status": "done"}}),
    ("get", "/api/v1/actions/{key}/actors", "/api/v1/actions/t-1/actors", {}),
    (
        "put",
        "/api/v1/actions/{key}/actors/{actor_key}",
        "/api/v1/actions/t-9/actors/a-2",
        {"json": {"role": "lead"}},
    ),
    (
        "put",
        "/api/v1/actions/{key}/actors/{actor_key}",
        "/api/v1/actions/t-9/actors/a-2",
        {"json": {"role": "funder"}},
    ),
    ("delete", "/api/v1/actions/{key}/actors/{actor_key}", "/api/v1/actions/t-9/actors/a-2", {}),
    ("delete", "/api/v1/actions/{key}", "/api/v1/actions/t-9", {}),
    ("get", "/api/v1/rockets", "/api/v1/rockets", {}),
    ("get", "/api/v1/rockets/{key}", "/api/v1/rockets/logistics", {}),
    ("get", "/api/v1/rockets/{key}/actions", "/api/v1/rockets/logistics/actions", {}),
    ("get", "/api/v1/rockets/{key}/actors", "/api/v1/rockets/logistics/actors", {}),
    ("get", "/api/v1/search", "/api/v1/search?q=a", {}),
    ("get", "/api/v1/analysis/{kind}", "/api/v1/analysis/summary", {}),
    ("get", "/api/v1/analysis/{kind}", "/api/v1/analysis/whatif?actor=a-2", {}),
    ("get", "/api/v1/analysis/{kind}", "/api/v1/analysis/gaps?top=0", {}),
    ("get", "/api/v1/analysis/{kind}", "/api/v1/analysis/gaps", {}),
    (
        "put",
        "/api/v1/gaps/{gap_id}/handled",
        "/api/v1/gaps/solo_action-96d21cde999a/handled",
        {"json": {"note": "asked"}},
    ),
    ("put", "/api/v1/gaps/{gap_id}/handled", "/api/v1/gaps/nonsense/handled", {"json": {}}),
    (
        "delete",
        "/api/v1/gaps/{gap_id}/handled",
        "/api/v1/gaps/solo_action-96d21cde999a/handled",
        {},
    ),
    ("post", "/api/v1/imports", "/api/v1/imports?dry_run=true", {"files": WORKBOOK}),
    ("post", "/api/v1/imports", "/api/v1/imports?dry_run=true", {"files": ONE_SHEET}),
    ("get", "/api/v1/exports/{format}", "/api/v1/exports/json", {}),
    ("get", "/api/v1/exports/{format}", "/api/v1/exports/graphml", {}),
    ("get", "/api/v1/admin/keys", "/api/v1/admin/keys", {}),
    ("post", "/api/v1/admin/keys", "/api/v1/admin/keys", {"json": {"role": "viewer", "name": "d"}}),
    ("delete", "/api/v1/admin/keys/{key_id}", "/api/v1/admin/keys/nope", {}),
    ("get", "/api/v1/admin/users", "/api/v1/admin/users", {}),
    (
        "post",
        "/api/v1/admin/users",
        "/api/v1/admin/users",
        {"json": {"name": "ulla", "role": "viewer", "password": "a long enough passphrase"}},
    ),
    ("delete", "/api/v1/admin/users/{name}", "/api/v1/admin/users/ulla", {}),
    ("get", "/api/v1/admin/audit", "/api/v1/admin/audit?limit=5", {}),
    ("get", "/api/v1/indicators", "/api/v1/indicators", {}),
    ("get", "/api/v1/indicators/progress", "/api/v1/indicators/progress?year=2024", {}),
    ("post", "/api/v1/indicators", "/api/v1/indicators", {"json": {**INDICATOR_BODY}}),
    ("get", "/api/v1/indicators/{key}", "/api/v1/indicators/i-1?lang=en", {}),
    ("get", "/api/v1/indicators/{key}", "/api/v1/indicators/missing", {}),
    ("patch", "/api/v1/indicators/{key}", "/api/v1/indicators/i-1", {"json": {"unit": "%"}}),
    (
        "put",
        "/api/v1/indicators/{key}/values/{year}",
        "/api/v1/indicators/i-1/values/2024",
        {"json": {"value": 12.5, "provisional": True}},
    ),
    ("delete", "/api/v1/indicators/{key}/values/{year}", "/api/v1/indicators/i-1/values/2024", {}),
    ("delete", "/api/v1/indicators/{key}", "/api/v1/indicators/missing", {}),
    ("get", "/api/v1/reports/{year}", "/api/v1/reports/2999", {}),
    ("get", "/api/v1/presentations", "/api/v1/presentations", {}),
    ("post", "/api/v1/presentations", "/api/v1/presentations", {"json": PRESENTATION_BODY}),
    ("get", "/api/v1/presentations/{key}", "/api/v1/presentations/p-new", {}),
    ("get", "/api/v1/presentations/{key}", "/api/v1/presentations/missing", {}),
    (
        "post",
        "/api/v1/presentations/{key}/slides",
        "/api/v1/presentations/p-new/slides",
        {"json": {"caption": "Toinen", "view": "rocket=centre&zoom=1.5"}},
    ),
    (
        "put",
        "/api/v1/presentations/{key}",
        "/api/v1/presentations/p-new",
        {"json": {"title": "Uusi", "map": "/maps/rocket/moon"}},
    ),
    ("delete", "/api/v1/presentations/{key}", "/api/v1/presentations/p-new", {}),
    ("get", "/api/v1/surveys", "/api/v1/surveys", {}),
    ("post", "/api/v1/surveys", "/api/v1/surveys", {"json": {"year": 2099, "title": "Kysely"}}),
    ("post", "/api/v1/surveys/{year}/links", "/api/v1/surveys/2099/links", {"json": {}}),
    ("get", "/api/v1/surveys/{year}", "/api/v1/surveys/2099", {}),
    ("get", "/api/v1/surveys/{year}", "/api/v1/surveys/2098", {}),
    ("get", "/api/v1/surveys/{year}/review", "/api/v1/surveys/2099/review", {}),
    (
        "post",
        "/api/v1/surveys/{year}/review",
        "/api/v1/surveys/2099/review",
        {"json": {"name": "X"}},
    ),
    ("delete", "/api/v1/surveys/{year}/links/{actor}", "/api/v1/surveys/2099/links/a-1", {}),
    ("get", "/api/v1/surveys/answers/{actor}", "/api/v1/surveys/answers/a-1", {}),
    ("delete", "/api/v1/surveys/answers/{actor}", "/api/v1/surveys/answers/a-1", {}),
    ("post", "/api/v1/surveys/{year}/close", "/api/v1/surveys/2099/close", {}),
]


def declared_answer(document: dict[str, Any], method: str, path: str, status: int) -> Any:
    """The response object the document declares for this operation and status."""
    responses = document["paths"][path][method]["responses"]
    assert str(status) in responses, f"{method.upper()} {path}: {status} is not documented"
    return responses[str(status)]


def check_against_document(
    document: dict[str, Any], method: str, path: str, response: httpx.Response
) -> None:
    """Assert the answer's status, media type, required headers and body are as declared."""
    declared = declared_answer(document, method, path, response.status_code)
    for name, header in declared.get("headers", {}).items():
        if header.get("required"):
            assert name in response.headers, f"{method.upper()} {path}: no {name} header"
    content = declared.get("content", {})
    if not content:
        assert response.content == b"", f"{method.upper()} {path}: undocumented body"
        return
    media = response.headers["content-type"].split(";")[0]
    assert media in content, f"{method.upper()} {path}: {media} is not documented"
    schema = content[media].get("schema", {})
    if media.endswith("json") and schema:
        root = {**schema, "components": document["components"]}
        problems = [e.message for e in Draft202012Validator(root).iter_errors(response.json())]
        assert not problems, f"{method.upper()} {path} {response.status_code}: {problems}"


def test_every_operation_has_a_sample(sqlite_api: Api) -> None:
    document = sqlite_api.get("/openapi.json").json()
    operations = {(m, p) for p, ops in document["paths"].items() for m in ops}
    assert operations == {(m, p) for m, p, _, _ in SAMPLES}


@pytest.mark.parametrize("role", ["admin", "viewer"])
def test_real_answers_match_the_document(api: Api, role: str) -> None:
    document = api.get("/openapi.json").json()
    statuses = set()
    for method, path, url, kwargs in SAMPLES:
        response = api.call(method, url, role, **kwargs)
        check_against_document(document, method, path, response)
        statuses.add(response.status_code)
    assert {200, 404, 422} <= statuses


def test_json_answers_declare_their_schema(sqlite_api: Api) -> None:
    document = sqlite_api.get("/openapi.json").json()
    untyped = [
        f"{m.upper()} {p} {status}"
        for p, ops in document["paths"].items()
        for m, op in ops.items()
        for status, answer in op["responses"].items()
        for media, body in answer.get("content", {}).items()
        if "json" in media
        and body.get("schema", {}).get("type") in (None, "string")
        and "$ref" not in body.get("schema", {})
    ]
    assert untyped == []


def test_malformed_json_is_400_problem(sqlite_api: Api) -> None:
    for method, url in (("post", "/api/v1/actors"), ("patch", "/api/v1/actions/t-1")):
        response = sqlite_api.call(
            method, url, "editor", content=b'{"key": ', headers={"content-type": "application/json"}
        )
        assert response.status_code == 400, response.text
        assert response.headers["content-type"] == "application/problem+json"
        assert "not valid JSON" in response.json()["detail"]


@pytest.mark.parametrize(
    ("method", "url", "allowed"),
    [
        ("put", "/api/v1/actors", "GET, POST"),
        ("post", "/api/v1/actors/a-1", "DELETE, GET, PATCH"),
        ("options", "/api/v1/actions/t-1/actors/a-1", "DELETE, PUT"),
        ("delete", "/health", "GET"),
        ("options", "/api/v1/indicators/progress", "GET"),  # its own path, not {key}
        ("post", "/api/v1/indicators/i-1", "DELETE, GET, PATCH"),
    ],
)
def test_405_names_every_allowed_method(
    sqlite_api: Api, method: str, url: str, allowed: str
) -> None:
    response = sqlite_api.call(method, url, "admin")
    assert response.status_code == 405
    assert response.headers["allow"] == allowed
    assert response.headers["content-type"] == "application/problem+json"
    assert re.search(allowed.split(", ")[0], response.json()["detail"])


@pytest.mark.parametrize("error", ["BudgetExceededError", "StoreUnavailableError"])
def test_every_503_says_when_to_retry(sqlite_api: Api, error: str) -> None:
    def busy() -> None:
        raise getattr(errors, error)("busy right now")

    sqlite_api.app.add_api_route("/api/v1/busy", busy)
    answer = TestClient(sqlite_api.app, raise_server_exceptions=False).get("/api/v1/busy")
    assert answer.status_code == 503
    assert answer.headers["retry-after"].isdigit()
    assert answer.headers["content-type"] == "application/problem+json"

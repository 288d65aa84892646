"""Errors: problem+json everywhere, with a request id, never internals; 404, 405, 422, 500."""

from __future__ import annotations

from fastapi.testclient import TestClient

from tests.api.conftest import Api

PROBLEM = "application/problem+json"


def _is_problem(answer, status: int) -> dict:  # noqa: ANN001
    assert answer.status_code == status, answer.text
    assert answer.headers["content-type"] == PROBLEM
    body = answer.json()
    assert body["status"] == status and body["title"] and body["detail"]
    assert body["request_id"] == answer.headers["x-request-id"]
    return body


def test_missing_objects_are_404_problems(api: Api) -> None:
    for url in (
        "/api/v1/actors/nobody",
        "/api/v1/actions/nothing/actors",
        "/api/v1/actors/nobody/actions",
        "/api/v1/rockets/moon",
        "/api/v1/rockets/moon/actors",
        "/api/v1/no-such-route",
    ):
        body = _is_problem(api.get(url), 404)
        assert (
            "nobody" in body["detail"]
            or "noth" in body["detail"]
            or "moon" in body["detail"]
            or "route" in body["detail"]
        )
    _is_problem(api.call("DELETE", "/api/v1/actors/nobody", "editor"), 404)
    _is_problem(api.call("PATCH", "/api/v1/actions/none", "editor", json={"status": "done"}), 404)


def test_unknown_fields_are_422_naming_them(api: Api) -> None:
    answer = api.call(
        "POST",
        "/api/v1/actors",
        "editor",
        json={"key": "a-9", "name": "X", "kind": "company", "is_admin": True, "role": "admin"},
    )
    body = _is_problem(answer, 422)
    assert "is_admin" in body["detail"] and "role" in body["detail"]
    assert {e["field"] for e in body["errors"]} == {"is_admin", "role"}
    answer = api.call("PATCH", "/api/v1/actions/t-1", "editor", json={"key": "t-other"})
    assert "key" in _is_problem(answer, 422)["detail"]
    assert api.get("/api/v1/actions/t-1").json()["key"] == "t-1"


def test_invalid_values_are_422_and_never_echo_the_value(sqlite_api: Api) -> None:
    answer = sqlite_api.call(
        "POST", "/api/v1/actors", "editor", json={"key": "a-9", "name": "X", "kind": "compny"}
    )
    body = _is_problem(answer, 422)
    assert body["errors"][0]["field"] == "kind" and "compny" not in answer.text
    answer = sqlite_api.call(
        "POST",
        "/api/v1/actors",
        "editor",
        json={"key": "a-9", "name": "X", "kind": "company", "business_id": "0112038-8"},
    )
    assert "business_id" in _is_problem(answer, 422)["detail"]
    assert _is_problem(sqlite_api.get("/api/v1/actors?sort=contact_email"), 422)[
        "detail"
    ].startswith("cannot sort")
    assert "page size" in _is_problem(sqlite_api.get("/api/v1/actors?limit=501"), 422)["detail"]
    _is_problem(
        sqlite_api.call(
            "POST",
            "/api/v1/actors",
            "editor",
            content=b"{not json",
            headers={"content-type": "application/json"},
        ),
        400,  # not JSON at all: a malformed request, not an invalid value
    )


def test_conflict_is_409(sqlite_api: Api) -> None:
    body = {"key": "a-1", "name": "Again", "kind": "company"}
    _is_problem(sqlite_api.call("POST", "/api/v1/actors", "editor", json=body), 409)
    assert sqlite_api.get("/api/v1/actors/a-1").json()["name"] == "Kouvolan Satama"


def test_unexpected_exception_is_500_without_internals(sqlite_api: Api) -> None:
    def explode() -> None:
        raise RuntimeError("SELECT secret FROM internals; /home/app/graphsvc/stores/x.py line 9")

    sqlite_api.app.add_api_route("/api/v1/boom", explode)
    answer = TestClient(sqlite_api.app, raise_server_exceptions=False).get("/api/v1/boom")
    body = _is_problem(answer, 500)
    assert (
        "secret" not in answer.text and "Traceback" not in answer.text and ".py" not in answer.text
    )
    assert body["request_id"] in body["detail"]


def test_a_sane_request_id_is_kept_and_a_bad_one_replaced(sqlite_api: Api) -> None:
    answer = sqlite_api.client.get("/api/v1/actors/x", headers={"X-Request-ID": "trace-42"})
    assert answer.json()["request_id"] == "trace-42"
    answer = sqlite_api.client.get("/api/v1/actors/x", headers={"X-Request-ID": "<script>"})
    assert answer.json()["request_id"] != "<script>"


def test_method_not_allowed_is_a_problem(sqlite_api: Api) -> None:
    _is_problem(sqlite_api.call("PUT", "/api/v1/actors", "editor", json={}), 405)


def test_api_answers_carry_safe_headers(sqlite_api: Api) -> None:
    answer = sqlite_api.get("/api/v1/actors")
    assert answer.headers["x-content-type-options"] == "nosniff"
    assert "default-src 'none'" in answer.headers["content-security-policy"]


def test_docs_are_served_offline(sqlite_api: Api) -> None:
    page = sqlite_api.client.get("/docs")
    assert page.status_code == 200 and "/docs/assets/swagger-ui-bundle.js" in page.text
    assert "cdn" not in page.text.lower()
    assert sqlite_api.client.get("/docs/assets/swagger-ui-bundle.js").status_code == 200
    schema = sqlite_api.client.get("/openapi.json").json()
    assert schema["components"]["securitySchemes"]["apiKey"]["scheme"] == "bearer"
    actor_create = schema["components"]["schemas"]["ActorCreate"]
    assert actor_create["additionalProperties"] is False and actor_create["examples"]


def test_store_errors_map_to_their_status(sqlite_api: Api) -> None:
    from graphsvc.errors import StoreError, StoreUnavailableError

    def unreachable() -> None:
        raise StoreUnavailableError("cannot reach Neo4j at bolt://db:7687: connection refused")

    def refused() -> None:
        raise StoreError(
            "Neo4j at bolt://db:7687: Neo.ClientError.Statement.SyntaxError near MATCH"
        )

    sqlite_api.app.add_api_route("/api/v1/unreachable", unreachable)
    sqlite_api.app.add_api_route("/api/v1/refused", refused)
    client = TestClient(sqlite_api.app, raise_server_exceptions=False)
    body = _is_problem(client.get("/api/v1/unreachable"), 503)
    assert body["title"] == "Store unavailable" and "cannot be reached" in body["detail"]
    assert "bolt://" not in str(body)
    answer = client.get("/api/v1/refused")
    _is_problem(answer, 500)
    assert "MATCH" not in answer.text and "Syntax" not in answer.text


def test_start_up_waits_for_the_store_with_bounded_retries() -> None:
    import time

    import pytest

    from graphsvc.api.app import create_app
    from graphsvc.errors import StoreUnavailableError
    from tests.api.conftest import settings

    started = time.monotonic()
    with pytest.raises(StoreUnavailableError):
        create_app(settings(store="bolt://127.0.0.1:1", connect_timeout=1.0))
    assert time.monotonic() - started < 15

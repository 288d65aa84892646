"""The principal dependency: guards before validation, FastAPI's own 422 entries, overrides."""

from __future__ import annotations

from fastapi.testclient import TestClient

from graphsvc.api.security import Principal, require_viewer
from graphsvc.model import UserRole
from tests.api.conftest import CONTACT, Api


def test_a_missing_credential_is_401_before_a_bad_parameter(sqlite_api: Api) -> None:
    url = "/api/v1/actions/t-1/actors?role=boss"
    refused = sqlite_api.get(url, None)
    assert refused.status_code == 401, refused.text
    invalid = sqlite_api.get(url)
    assert invalid.status_code == 422, invalid.text
    assert invalid.headers["content-type"] == "application/problem+json"
    assert [e["field"] for e in invalid.json()["errors"]] == ["role"]
    assert "lead" in invalid.json()["errors"][0]["message"]


def test_a_lacking_role_is_403_before_a_bad_body(sqlite_api: Api) -> None:
    refused = sqlite_api.call("POST", "/api/v1/actors", "viewer", json={"key": ""})
    assert refused.status_code == 403, refused.text
    invalid = sqlite_api.call("POST", "/api/v1/actors", "editor", json={"key": ""})
    assert invalid.status_code == 422, invalid.text


def test_parameters_reach_the_endpoint_validated(sqlite_api: Api) -> None:
    every = sqlite_api.get("/api/v1/actions/t-1/actors").json()["actors"]
    leads = sqlite_api.get("/api/v1/actions/t-1/actors?role=lead").json()["actors"]
    assert leads == [a for a in every if a["role"] == "lead"] and 0 < len(leads) < len(every)
    missing = sqlite_api.get("/api/v1/actors/nobody/actions")
    assert missing.status_code == 404 and "nobody" in missing.json()["detail"]


def test_fastapis_own_validation_entries(sqlite_api: Api) -> None:
    bad = sqlite_api.get("/api/v1/actors?limit=x&offset=-1")
    assert bad.status_code == 422, bad.text
    assert sorted(e["field"] for e in bad.json()["errors"]) == ["limit", "offset"]


def test_the_schema_documents_the_parameters(sqlite_api: Api) -> None:
    paths = sqlite_api.client.get("/openapi.json").json()["paths"]
    who_runs = paths["/api/v1/actions/{key}/actors"]["get"]
    assert [(p["name"], p["in"]) for p in who_runs["parameters"]] == [
        ("key", "path"),
        ("role", "query"),
        ("as_of", "query"),
        ("programme", "query"),
    ]
    assert who_runs["tags"] == ["actions"]
    assert paths["/api/v1/actors/{key}/actions"]["get"]["tags"] == ["actors"]


def test_every_read_of_a_programme_documents_its_404(sqlite_api: Api) -> None:
    paths = sqlite_api.client.get("/openapi.json").json()["paths"]
    scoped = [
        (method, path, op)
        for path, ops in paths.items()
        for method, op in ops.items()
        if any(p["name"] == "programme" for p in op.get("parameters", []))
    ]
    assert len(scoped) >= 16
    assert [(m, p) for m, p, op in scoped if "404" not in op["responses"]] == []


def test_the_principal_dependency_can_be_overridden(sqlite_api: Api) -> None:
    def editor() -> Principal:  # a plain (sync) function: FastAPI runs it in a thread
        return Principal("user", "tester", UserRole.EDITOR)

    sqlite_api.app.dependency_overrides[require_viewer] = editor
    try:
        client = TestClient(sqlite_api.app)
        answer = client.get("/api/v1/actors/a-2/actions")  # no credential at all
        assert answer.status_code == 200, answer.text
        actors = client.get("/api/v1/actions/t-1/actors").json()["actors"]
        assert any(a.get("contact_email") == CONTACT["contact_email"] for a in actors)
    finally:
        sqlite_api.app.dependency_overrides.clear()
    assert sqlite_api.get("/api/v1/actors/a-2/actions", None).status_code == 401

"""GuardedRead routes (the everyday questions): guards first, then FastAPI's own validation."""

from __future__ import annotations

from typing import Annotated

import pytest
from fastapi import APIRouter, Depends, FastAPI, Header, Query, Request
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient

from graphsvc.api.guarded_route import GuardedRead
from graphsvc.api.responses import JSONAnswer
from graphsvc.api.security import VIEWER_GUARD
from graphsvc.model import Role
from tests.api.conftest import Api


def test_a_missing_credential_is_401_before_a_bad_parameter(sqlite_api: Api) -> None:
    url = "/api/v1/actions/t-1/actors?role=boss"
    refused = sqlite_api.get(url, None)
    assert refused.status_code == 401, refused.text
    invalid = sqlite_api.get(url)
    assert invalid.status_code == 422, invalid.text
    assert invalid.headers["content-type"] == "application/problem+json"
    assert [e["field"] for e in invalid.json()["errors"]] == ["role"]
    assert "lead" in invalid.json()["errors"][0]["message"]


def test_parameters_reach_the_endpoint_validated(sqlite_api: Api) -> None:
    every = sqlite_api.get("/api/v1/actions/t-1/actors").json()["actors"]
    leads = sqlite_api.get("/api/v1/actions/t-1/actors?role=lead").json()["actors"]
    assert leads == [a for a in every if a["role"] == "lead"] and 0 < len(leads) < len(every)
    missing = sqlite_api.get("/api/v1/actors/nobody/actions")
    assert missing.status_code == 404 and "nobody" in missing.json()["detail"]


def test_the_schema_documents_the_parameters(sqlite_api: Api) -> None:
    paths = sqlite_api.client.get("/openapi.json").json()["paths"]
    who_runs = paths["/api/v1/actions/{key}/actors"]["get"]
    assert [(p["name"], p["in"]) for p in who_runs["parameters"]] == [
        ("key", "path"),
        ("role", "query"),
    ]
    assert who_runs["tags"] == ["actions"]


async def _store(request: Request) -> object:
    return request.app.state


def _app(route_class: type) -> FastAPI:
    router = APIRouter(route_class=route_class)

    @router.get("/items/{number}")
    async def item(
        request: Request,
        number: int,
        q: Annotated[int, Query(ge=1, le=9)],
        kind: Role | None = None,
    ) -> JSONAnswer:
        return JSONAnswer({"number": number, "q": q, "kind": kind})

    app = FastAPI()
    app.include_router(router)
    return app


@pytest.mark.parametrize(
    "url",
    [
        "/items/1?q=2",
        "/items/1?q=2&kind=lead",
        "/items/x?q=y",
        "/items/1",
        "/items/1?q=&kind=boss",
        "/items/1?q=10",
    ],
)
def test_answers_match_fastapis_own_route(url: str) -> None:
    ours = TestClient(_app(GuardedRead)).get(url)
    fastapis = TestClient(_app(APIRoute)).get(url)
    assert (ours.status_code, ours.json()) == (fastapis.status_code, fastapis.json())


async def _with_dependency(key: str, state: object = Depends(_store)) -> JSONAnswer:
    return JSONAnswer({})


async def _with_header(x_token: Annotated[str, Header()]) -> JSONAnswer:
    return JSONAnswer({})


async def _with_list(tag: Annotated[list[str] | None, Query()] = None) -> JSONAnswer:
    return JSONAnswer({})


def _plain(key: str) -> JSONAnswer:
    return JSONAnswer({})


@pytest.mark.parametrize("endpoint", [_with_dependency, _with_header, _with_list, _plain])
def test_routes_needing_more_than_guards_and_parameters_are_refused(endpoint: object) -> None:
    router = APIRouter(dependencies=[VIEWER_GUARD], route_class=GuardedRead)
    with pytest.raises(TypeError, match="a GuardedRead route takes an async endpoint"):
        router.add_api_route("/x/{key}", endpoint, methods=["GET"])  # type: ignore[arg-type]

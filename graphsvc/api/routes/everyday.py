"""The everyday questions over HTTP: who runs an action, which actions an actor runs.

They are the busiest routes, so they come first in the app and use GuardedRead routes
(role guard, then FastAPI-validated parameters, without the general dependency solver).
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request

from graphsvc.api.dependencies import run_store
from graphsvc.api.guarded_route import GuardedRead
from graphsvc.api.responses import JSONAnswer
from graphsvc.api.schemas.common import PROTECTED, problem_responses
from graphsvc.api.schemas.everyday import ActorActionsPublic, WhoRunsPublic
from graphsvc.api.security import VIEWER_GUARD
from graphsvc.model import Role
from graphsvc.services import queries

router = APIRouter(
    prefix="/api/v1",
    dependencies=[VIEWER_GUARD],
    default_response_class=JSONAnswer,
    route_class=GuardedRead,
)
READ = problem_responses(*PROTECTED, 404, 422)
WHO_RUNS_EXAMPLE: dict[str, Any] = {
    "action": {"key": "t-042", "title": "Rail yard logistics training", "status": "planned"},
    "actors": [
        {"key": "xamk", "name": "Xamk", "kind": "education", "role": "lead"},
        {"key": "vr-group", "name": "VR Group", "kind": "company", "role": "partner"},
    ],
}


@router.get(
    "/actions/{key}/actors",
    tags=["actions"],
    summary="Who runs an action",
    response_model=WhoRunsPublic,
    responses={200: {"content": {"application/json": {"example": WHO_RUNS_EXAMPLE}}}, **READ},
)
async def who_runs(request: Request, key: str, role: Role | None = None) -> JSONAnswer:
    """The action and the actors running it with their roles (as ``graphsvc who-runs --json``)."""
    contacts = request.state.principal.sees_contacts
    store = request.app.state.store
    data = await run_store(request, queries.who_runs, store, key, include_contacts=contacts)
    if role is not None:
        data["actors"] = [a for a in data["actors"] if a["role"] == role.value]
    return JSONAnswer(data)


@router.get(
    "/actors/{key}/actions",
    tags=["actors"],
    summary="Which actions an actor runs",
    response_model=ActorActionsPublic,
    responses=READ,
)
async def actions_of(request: Request, key: str) -> JSONAnswer:
    """The actor and the actions it runs, with its role in each (as ``actions-of --json``)."""
    contacts = request.state.principal.sees_contacts
    store = request.app.state.store
    return JSONAnswer(
        await run_store(request, queries.actions_of, store, key, include_contacts=contacts)
    )

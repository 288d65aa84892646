"""``/api/v1/actions``: list, read, create, change, delete actions; who runs them."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Request, Response

from graphsvc.api.dependencies import PagingDep, ReadStoreDep, StoreDep, author, run_store
from graphsvc.api.responses import JSONAnswer, created
from graphsvc.api.routes.common import CHANGE, DELETES, READ, RocketFilter, creates, sort_by
from graphsvc.api.schemas import ActionCreate, ActionPublic, ActionsPublic, ActionUpdate
from graphsvc.api.schemas.actions import ParticipationPublic
from graphsvc.api.schemas.common import ParticipationSet
from graphsvc.api.schemas.everyday import WhoRunsPublic
from graphsvc.api.security import Editor, Viewer
from graphsvc.model import Label, Role, Status
from graphsvc.services import catalog, editing, queries

router = APIRouter(prefix="/api/v1/actions", tags=["actions"], default_response_class=JSONAnswer)
WHO_RUNS_EXAMPLE: dict[str, Any] = {
    "action": {"key": "t-042", "title": "Rail yard logistics training", "status": "planned"},
    "actors": [
        {"key": "xamk", "name": "Xamk", "kind": "education", "role": "lead"},
        {"key": "vr-group", "name": "VR Group", "kind": "company", "role": "partner"},
    ],
}


@router.get("", summary="List actions", response_model=ActionsPublic, responses=READ)
async def list_actions(
    principal: Viewer,
    request: Request,
    store: ReadStoreDep,
    paging: PagingDep,
    status: Status | None = None,
    rocket: RocketFilter = None,
    sort: Annotated[str, sort_by(Label.ACTION)] = "key",
) -> JSONAnswer:
    """Actions, filtered by ``status`` and ``rocket`` (the rocket they fuel)."""
    data = await run_store(
        request,
        catalog.list_nodes,
        store,
        Label.ACTION,
        filters={"status": status.value} if status else None,
        rocket=rocket,
        sort=sort,
        limit=paging[0],
        offset=paging[1],
    )
    return JSONAnswer(data)


@router.post("", summary="Create an action", response_model=ActionPublic, **creates("action"))
def create_action(
    principal: Editor, request: Request, body: ActionCreate, store: StoreDep
) -> JSONAnswer:
    """Create an action fuelling one or more rockets (editors); 409 if the key exists."""
    data = editing.create_action(
        store, body.model_dump(exclude_none=True, mode="json"), author(request, principal)
    )
    return created(data, router.prefix, body.key)


@router.get("/{key}", summary="One action", response_model=ActionPublic, responses=READ)
async def get_action(
    principal: Viewer, request: Request, key: str, store: ReadStoreDep
) -> JSONAnswer:
    """The action with this key and the rockets it fuels (primary first)."""
    return JSONAnswer(await run_store(request, editing.action_public, store, key))


@router.get(
    "/{key}/actors",
    summary="Who runs an action",
    response_model=WhoRunsPublic,
    responses={200: {"content": {"application/json": {"example": WHO_RUNS_EXAMPLE}}}, **READ},
)
async def who_runs(
    principal: Viewer, request: Request, key: str, store: ReadStoreDep, role: Role | None = None
) -> JSONAnswer:
    """The action and the actors running it with their roles (as ``graphsvc who-runs --json``)."""
    contacts = principal.sees_contacts
    data = await run_store(request, queries.who_runs, store, key, include_contacts=contacts)
    if role is not None:
        data["actors"] = [a for a in data["actors"] if a["role"] == role.value]
    return JSONAnswer(data)


@router.patch("/{key}", summary="Change an action", response_model=ActionPublic, responses=CHANGE)
def update_action(
    principal: Editor, request: Request, key: str, body: ActionUpdate, store: StoreDep
) -> JSONAnswer:
    """Change the fields sent (editors); ``null`` removes a field; ``rockets`` replaces them."""
    data = editing.update_action(
        store, key, body.model_dump(exclude_unset=True, mode="json"), author(request, principal)
    )
    return JSONAnswer(data)


@router.delete("/{key}", summary="Delete an action", **DELETES)
def delete_action(principal: Editor, request: Request, key: str, store: StoreDep) -> Response:
    """Delete an action and its relationships (editors)."""
    editing.delete_action(store, key, author(request, principal))
    return Response(status_code=204)


@router.put(
    "/{key}/actors/{actor_key}",
    summary="Make an actor run an action",
    response_model=ParticipationPublic,
    responses={
        200: {"description": "The actor's role changed (or stayed)"},
        201: {
            "description": "The actor did not run the action before",
            "model": ParticipationPublic,
        },
        **CHANGE,
    },
)
def set_participation(
    principal: Editor,
    request: Request,
    key: str,
    actor_key: str,
    body: ParticipationSet,
    store: StoreDep,
) -> JSONAnswer:
    """Set the actor's role in the action (editors); 201 when new, 200 when changed."""
    data, created = editing.set_participation(
        store, key, actor_key, body.role.value, author(request, principal)
    )
    return JSONAnswer(data, status_code=201 if created else 200)


@router.delete("/{key}/actors/{actor_key}", summary="Stop an actor running an action", **DELETES)
def remove_participation(
    principal: Editor, request: Request, key: str, actor_key: str, store: StoreDep
) -> Response:
    """Remove the actor from the action (editors); 404 if it did not run it."""
    editing.remove_participation(store, key, actor_key, author(request, principal))
    return Response(status_code=204)

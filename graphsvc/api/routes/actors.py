"""``/api/v1/actors``: list, read, create, change, delete and erase actors; what they run."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Request, Response

from graphsvc.api.dependencies import (
    AccountsDep,
    PagingDep,
    ReadStoreDep,
    StoreDep,
    author,
    run_store,
)
from graphsvc.api.responses import JSONAnswer, created
from graphsvc.api.routes.common import CHANGE, DELETES, READ, REMOVE, RocketFilter, creates, sort_by
from graphsvc.api.schemas import ActorCreate, ActorPublic, ActorsPublic, ActorUpdate
from graphsvc.api.schemas.actors import ErasurePublic
from graphsvc.api.schemas.everyday import ActorActionsPublic
from graphsvc.api.security import Admin, Editor, Viewer
from graphsvc.model import ActorKind, Label
from graphsvc.public_form import node_public
from graphsvc.services import catalog, editing, erasure, queries

router = APIRouter(prefix="/api/v1/actors", tags=["actors"], default_response_class=JSONAnswer)


@router.get("", summary="List actors", response_model=ActorsPublic, responses=READ)
async def list_actors(
    principal: Viewer,
    request: Request,
    store: ReadStoreDep,
    paging: PagingDep,
    kind: ActorKind | None = None,
    rocket: RocketFilter = None,
    sort: Annotated[str, sort_by(Label.ACTOR)] = "key",
) -> JSONAnswer:
    """Actors, filtered by ``kind`` and ``rocket`` (actors running an action fuelling it)."""
    data = await run_store(
        request,
        catalog.list_nodes,
        store,
        Label.ACTOR,
        filters={"kind": kind.value if kind else None},  # type: ignore[dict-item]
        rocket=rocket,
        sort=sort,
        limit=paging[0],
        offset=paging[1],
        include_contacts=principal.sees_contacts,
    )
    return JSONAnswer(data)


@router.post("", summary="Create an actor", response_model=ActorPublic, **creates("actor"))
def create_actor(
    principal: Editor, request: Request, body: ActorCreate, store: StoreDep
) -> JSONAnswer:
    """Create an actor (editors); 409 if the key exists."""
    data = editing.create_actor(
        store, body.model_dump(exclude_none=True, mode="json"), author(request, principal)
    )
    return created(data, router.prefix, body.key)


@router.get("/{key}", summary="One actor", response_model=ActorPublic, responses=READ)
async def get_actor(
    principal: Viewer, request: Request, key: str, store: ReadStoreDep
) -> JSONAnswer:
    """The actor with this key; contact fields only for editors and admins."""
    node = await run_store(request, store.get_node, Label.ACTOR, key)
    return JSONAnswer(node_public(node, include_contacts=principal.sees_contacts))


@router.get(
    "/{key}/actions",
    summary="Which actions an actor runs",
    response_model=ActorActionsPublic,
    responses=READ,
)
async def actions_of(
    principal: Viewer, request: Request, key: str, store: ReadStoreDep
) -> JSONAnswer:
    """The actor and the actions it runs, with its role in each (as ``actions-of --json``)."""
    contacts = principal.sees_contacts
    return JSONAnswer(
        await run_store(request, queries.actions_of, store, key, include_contacts=contacts)
    )


@router.patch("/{key}", summary="Change an actor", response_model=ActorPublic, responses=CHANGE)
def update_actor(
    principal: Editor, request: Request, key: str, body: ActorUpdate, store: StoreDep
) -> JSONAnswer:
    """Change the fields sent (editors); ``null`` removes a field."""
    data = editing.update_actor(
        store, key, body.model_dump(exclude_unset=True, mode="json"), author(request, principal)
    )
    return JSONAnswer(data)


@router.delete("/{key}", summary="Delete an actor", **DELETES)
def delete_actor(principal: Editor, request: Request, key: str, store: StoreDep) -> Response:
    """Delete an actor and its relationships (editors)."""
    editing.delete_actor(store, key, author(request, principal))
    return Response(status_code=204)


@router.post(
    "/{key}/erase",
    summary="Erase a person (GDPR)",
    response_model=ErasurePublic,
    responses=REMOVE,
)
def erase_actor(
    principal: Admin, request: Request, key: str, store: StoreDep, accounts: AccountsDep
) -> JSONAnswer:
    """Remove the actor and every relationship in one transaction (admins); audited under
    the actor's pseudonym, whose link to the key is then deleted (see docs/api.md)."""
    receipt = erasure.erase_actor(
        store, accounts, key, who=principal.who, role=principal.role.value
    )
    return JSONAnswer(receipt)

"""``/api/v1/actors``: list, read, create, change, delete and erase actors."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request, Response

from graphsvc.api.dependencies import AccountsDep, PagingDep, StoreDep, actor_ref, audit, run_store
from graphsvc.api.responses import JSONAnswer
from graphsvc.api.schemas import ActorCreate, ActorPublic, ActorsPublic, ActorUpdate
from graphsvc.api.schemas.common import problem_responses
from graphsvc.api.security import Admin, Editor, Viewer
from graphsvc.model import ActorKind, Label
from graphsvc.services import catalog, editing, erasure
from graphsvc.services.serialize import node_public

router = APIRouter(prefix="/api/v1/actors", tags=["actors"], default_response_class=JSONAnswer)
READ = problem_responses(401, 403, 404, 422)
WRITE = problem_responses(401, 403, 404, 409, 413, 422)
SORT_HELP = "Sort by " + ", ".join(catalog.SORT_FIELDS[Label.ACTOR]) + "; prefix - for descending"


@router.get("", summary="List actors", responses={200: {"model": ActorsPublic}, **READ})
async def list_actors(
    principal: Viewer,
    request: Request,
    store: StoreDep,
    paging: PagingDep,
    kind: ActorKind | None = None,
    rocket: Annotated[str | None, Query(max_length=128, description="Rocket key")] = None,
    sort: Annotated[str, Query(max_length=40, description=SORT_HELP)] = "key",
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


@router.post(
    "", status_code=201, summary="Create an actor", responses={201: {"model": ActorPublic}, **WRITE}
)
def create_actor(
    principal: Editor, request: Request, body: ActorCreate, store: StoreDep
) -> JSONAnswer:
    """Create an actor (editors); 409 if the key exists."""
    data = editing.create_actor(store, body.model_dump(exclude_none=True, mode="json"))
    audit(request, "actor.create", actor_ref(request, body.key))
    return JSONAnswer(data, status_code=201, headers={"Location": f"/api/v1/actors/{body.key}"})


@router.get("/{key}", summary="One actor", responses={200: {"model": ActorPublic}, **READ})
async def get_actor(principal: Viewer, request: Request, key: str, store: StoreDep) -> JSONAnswer:
    """The actor with this key; contact fields only for editors and admins."""
    node = await run_store(request, store.get_node, Label.ACTOR, key)
    return JSONAnswer(node_public(node, include_contacts=principal.sees_contacts))


@router.patch("/{key}", summary="Change an actor", responses={200: {"model": ActorPublic}, **WRITE})
def update_actor(
    principal: Editor, request: Request, key: str, body: ActorUpdate, store: StoreDep
) -> JSONAnswer:
    """Change the fields sent (editors); ``null`` removes a field."""
    data = editing.update_actor(store, key, body.model_dump(exclude_unset=True, mode="json"))
    audit(request, "actor.update", actor_ref(request, key))
    return JSONAnswer(data)


@router.delete("/{key}", status_code=204, summary="Delete an actor", responses=WRITE)
def delete_actor(principal: Editor, request: Request, key: str, store: StoreDep) -> Response:
    """Delete an actor and its relationships (editors)."""
    editing.delete_actor(store, key)
    audit(request, "actor.delete", actor_ref(request, key))
    return Response(status_code=204)


@router.post(
    "/{key}/erase",
    summary="Erase a person (GDPR)",
    responses={
        200: {
            "content": {
                "application/json": {"example": {"erased": "a-17", "relationships_removed": 3}}
            }
        },
        **WRITE,
    },
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

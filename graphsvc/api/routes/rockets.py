"""``/api/v1/rockets``: the five rockets and the launch pad, their actions and actors."""

from __future__ import annotations

from collections.abc import Callable

from fastapi import APIRouter

from graphsvc.api.dependencies import ReadStoreDep
from graphsvc.api.responses import JSONAnswer
from graphsvc.api.routes.common import reads
from graphsvc.api.schemas.common import PROTECTED, problem_responses
from graphsvc.api.schemas.rockets import (
    RocketActionsPublic,
    RocketActorsPublic,
    RocketDetailPublic,
    RocketsPublic,
)
from graphsvc.api.security import Viewer
from graphsvc.model import Label, Node
from graphsvc.public_form import node_public
from graphsvc.stores.base import GraphStore

router = APIRouter(prefix="/api/v1/rockets", tags=["rockets"], default_response_class=JSONAnswer)
LIST = problem_responses(*PROTECTED, 404, 422)  # 404: no such programme; 422: a malformed as_of


@router.get(
    "", summary="The rockets and the launch pad", response_model=RocketsPublic, responses=LIST
)
def list_rockets(principal: Viewer, store: ReadStoreDep) -> JSONAnswer:
    """Every rocket, by number (the launch pad, number 0, first)."""
    rockets = sorted(
        store.find_nodes(Label.ROCKET), key=lambda n: (n.props.get("number", 99), n.key)
    )
    return JSONAnswer({"items": [node_public(r) for r in rockets]})


@router.get("/{key}", summary="One rocket", **reads(RocketDetailPublic))
def get_rocket(principal: Viewer, key: str, store: ReadStoreDep) -> JSONAnswer:
    """The rocket with this key, and how many actions fuel it."""
    rocket = store.get_node(Label.ROCKET, key)
    actions = store.rocket_actions(key)
    return JSONAnswer({**node_public(rocket), "actions": len(actions)})


@router.get("/{key}/actions", summary="Actions fuelling a rocket", **reads(RocketActionsPublic))
def rocket_actions(principal: Viewer, key: str, store: ReadStoreDep) -> JSONAnswer:
    """Actions fuelling the rocket (primary or not), by title."""
    return _of_rocket(store, key, store.rocket_actions, contacts=False)


@router.get("/{key}/actors", summary="Who fuels a rocket", **reads(RocketActorsPublic))
def rocket_actors(principal: Viewer, key: str, store: ReadStoreDep) -> JSONAnswer:
    """Actors running any action that fuels the rocket, by name; contacts for editors only."""
    return _of_rocket(store, key, store.rocket_actors, contacts=principal.sees_contacts)


def _of_rocket(
    store: GraphStore, key: str, nodes_of: Callable[[str], list[Node]], *, contacts: bool
) -> JSONAnswer:
    """The rocket's key and the nodes ``nodes_of`` gives for it (404 if there is no rocket)."""
    store.get_node(Label.ROCKET, key)
    items = [node_public(n, include_contacts=contacts) for n in nodes_of(key)]
    return JSONAnswer({"rocket": key, "items": items})

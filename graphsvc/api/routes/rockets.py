"""``/api/v1/rockets``: the five rockets and the launch pad, their actions and actors."""

from __future__ import annotations

from fastapi import APIRouter

from graphsvc.api.dependencies import StoreDep
from graphsvc.api.responses import JSONAnswer
from graphsvc.api.schemas.common import PROTECTED, problem_responses
from graphsvc.api.schemas.rockets import (
    RocketActionsPublic,
    RocketActorsPublic,
    RocketDetailPublic,
    RocketsPublic,
)
from graphsvc.api.security import Viewer
from graphsvc.model import Label
from graphsvc.public_form import node_public

router = APIRouter(prefix="/api/v1/rockets", tags=["rockets"], default_response_class=JSONAnswer)
LIST = problem_responses(*PROTECTED)
READ = problem_responses(*PROTECTED, 404, 422)


@router.get(
    "", summary="The rockets and the launch pad", response_model=RocketsPublic, responses=LIST
)
def list_rockets(principal: Viewer, store: StoreDep) -> JSONAnswer:
    """Every rocket, by number (the launch pad, number 0, first)."""
    rockets = sorted(
        store.find_nodes(Label.ROCKET), key=lambda n: (n.props.get("number", 99), n.key)
    )
    return JSONAnswer({"items": [node_public(r) for r in rockets]})


@router.get("/{key}", summary="One rocket", response_model=RocketDetailPublic, responses=READ)
def get_rocket(principal: Viewer, key: str, store: StoreDep) -> JSONAnswer:
    """The rocket with this key, and how many actions fuel it."""
    rocket = store.get_node(Label.ROCKET, key)
    actions = store.rocket_actions(key)
    return JSONAnswer({**node_public(rocket), "actions": len(actions)})


@router.get(
    "/{key}/actions",
    summary="Actions fuelling a rocket",
    response_model=RocketActionsPublic,
    responses=READ,
)
def rocket_actions(principal: Viewer, key: str, store: StoreDep) -> JSONAnswer:
    """Actions fuelling the rocket (primary or not), by title."""
    store.get_node(Label.ROCKET, key)
    return JSONAnswer({"rocket": key, "items": [node_public(a) for a in store.rocket_actions(key)]})


@router.get(
    "/{key}/actors",
    summary="Who fuels a rocket",
    response_model=RocketActorsPublic,
    responses=READ,
)
def rocket_actors(principal: Viewer, key: str, store: StoreDep) -> JSONAnswer:
    """Actors running any action that fuels the rocket, by name; contacts for editors only."""
    store.get_node(Label.ROCKET, key)
    actors = [
        node_public(a, include_contacts=principal.sees_contacts) for a in store.rocket_actors(key)
    ]
    return JSONAnswer({"rocket": key, "items": actors})

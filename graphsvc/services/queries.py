"""The everyday questions: who runs an action, which actions an actor runs, rockets."""

from __future__ import annotations

from typing import Any

from graphsvc.model import Label
from graphsvc.public_form import node_public, participation_public
from graphsvc.records import Participation
from graphsvc.stores.base import GraphStore


def who_runs(
    store: GraphStore, action_key: str, *, include_contacts: bool = False
) -> dict[str, Any]:
    """The action and the actors running it, with roles (NotFoundError if no such action)."""
    return {
        "action": node_public(store.get_node(Label.ACTION, action_key)),
        "actors": _participations(store.who_runs(action_key), include_contacts),
    }


def actions_of(
    store: GraphStore, actor_key: str, *, include_contacts: bool = False
) -> dict[str, Any]:
    """The actor and the actions it runs, with its role in each (NotFoundError if no such actor)."""
    actor = store.get_node(Label.ACTOR, actor_key)
    return {
        "actor": node_public(actor, include_contacts=include_contacts),
        "actions": _participations(store.actions_of(actor_key), False),
    }


def _participations(found: list[Participation], include_contacts: bool) -> list[dict[str, Any]]:
    """The other ends of ``RUNS`` relationships as JSON, each with its role."""
    return [participation_public(p, include_contacts=include_contacts) for p in found]


def rocket_overview(
    store: GraphStore, rocket_key: str, *, include_contacts: bool = False
) -> dict[str, Any]:
    """A rocket with the actions fuelling it and the actors running those actions."""
    rocket = store.get_node(Label.ROCKET, rocket_key)
    return {
        "rocket": node_public(rocket),
        "actions": [node_public(a) for a in store.rocket_actions(rocket_key)],
        "actors": [
            node_public(a, include_contacts=include_contacts)
            for a in store.rocket_actors(rocket_key)
        ],
    }

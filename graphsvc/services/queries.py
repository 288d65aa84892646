"""The everyday questions: who runs an action, which actions an actor runs, rockets."""

from __future__ import annotations

from typing import Any

from graphsvc.model import Label
from graphsvc.public_form import node_public, participation_public
from graphsvc.stores.base import GraphStore


def who_runs(
    store: GraphStore, action_key: str, *, include_contacts: bool = False
) -> dict[str, Any]:
    """The action and the actors running it, with roles (NotFoundError if no such action)."""
    action = store.get_node(Label.ACTION, action_key)
    actors = store.who_runs(action_key)
    return {
        "action": node_public(action),
        "actors": [participation_public(p, include_contacts=include_contacts) for p in actors],
    }


def actions_of(
    store: GraphStore, actor_key: str, *, include_contacts: bool = False
) -> dict[str, Any]:
    """The actor and the actions it runs, with its role in each (NotFoundError if no such actor)."""
    actor = store.get_node(Label.ACTOR, actor_key)
    actions = store.actions_of(actor_key)
    return {
        "actor": node_public(actor, include_contacts=include_contacts),
        "actions": [participation_public(p) for p in actions],
    }


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

"""The everyday answers: who runs an action, which actions an actor runs."""

from __future__ import annotations

from pydantic import BaseModel

from graphsvc.api.schemas.actions import ActionPublic
from graphsvc.api.schemas.actors import ActorPublic


class WhoRunsPublic(BaseModel):
    """``GET /actions/{key}/actors``: the action and the actors running it, with their roles."""

    action: ActionPublic
    actors: list[ActorPublic]


class ActorActionsPublic(BaseModel):
    """``GET /actors/{key}/actions``: the actor and the actions it runs, with its role in each."""

    actor: ActorPublic
    actions: list[ActionPublic]

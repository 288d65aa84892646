"""Request and response bodies of the API (pydantic); request bodies refuse unknown fields."""

from graphsvc.api.schemas.actions import ActionCreate, ActionPublic, ActionsPublic, ActionUpdate
from graphsvc.api.schemas.actors import ActorCreate, ActorPublic, ActorsPublic, ActorUpdate
from graphsvc.api.schemas.common import ParticipationSet, Problem

__all__ = [
    "ActionCreate",
    "ActionPublic",
    "ActionUpdate",
    "ActionsPublic",
    "ActorCreate",
    "ActorPublic",
    "ActorUpdate",
    "ActorsPublic",
    "ParticipationSet",
    "Problem",
]

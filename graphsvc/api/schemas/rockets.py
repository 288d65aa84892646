"""Rocket answers: RocketPublic, RocketsPublic, RocketDetailPublic, a rocket's actions, actors."""

from __future__ import annotations

from pydantic import BaseModel, Field

from graphsvc.api.schemas.actions import ActionPublic
from graphsvc.api.schemas.actors import ActorPublic


class RocketPublic(BaseModel):
    """A rocket (or the launch pad, number 0) as the API shows it."""

    key: str
    number: int | None = Field(None, description="1-5; 0 for the launch pad")
    name_fi: str | None = None
    name_en: str | None = None
    kind: str | None = Field(None, description="rocket or launchpad")


class RocketsPublic(BaseModel):
    """Every rocket, by number."""

    items: list[RocketPublic]


class RocketDetailPublic(RocketPublic):
    """One rocket and how many actions fuel it."""

    actions: int = Field(description="How many actions fuel this rocket")


class RocketActionsPublic(BaseModel):
    """The actions fuelling a rocket."""

    rocket: str
    items: list[ActionPublic]


class RocketActorsPublic(BaseModel):
    """The actors running an action that fuels a rocket."""

    rocket: str
    items: list[ActorPublic]

"""Action bodies: ActionCreate, ActionUpdate (PATCH), ActionPublic, ActionsPublic, participation."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field

from graphsvc.api.schemas.common import (
    Key,
    LongText,
    Page,
    Required,
    ShortText,
    Strict,
    TagList,
    kept,
    never_null,
)
from graphsvc.model import Role, Status

#: A rocket's key: its own key in the built-in programme (logistics, …, launchpad), and
#: ``programme:key`` in any other; checked by the service with a message listing the keys.
RocketKey = Annotated[
    Key, Field(description="A rocket's key, e.g. logistics or hyvinvoinnin-kasvu:health")
]
RocketList = Annotated[list[RocketKey], Field(min_length=1, max_length=6)]

_EXAMPLE: dict[str, Any] = {
    "key": "t-042",
    "title": "Rail yard logistics training with Xamk",
    "rockets": ["logistics", "competence"],
    "status": "planned",
    "themes": ["employment"],
}


class ActionFields(Strict):
    """Optional properties of an action."""

    status: Status | None = None
    start: ShortText | None = Field(None, description="Start date or year, e.g. 2025-01")
    end: ShortText | None = None
    themes: TagList | None = None
    description: LongText | None = None


class ActionCreate(ActionFields):
    """A new action (``POST /api/v1/actions``); ``rockets``: the first is the primary one."""

    key: Key
    title: Annotated[ShortText, Required] = Field(min_length=1)
    rockets: RocketList = Field(description="Rocket keys this action fuels; the first is primary")

    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [_EXAMPLE]})


class ActionUpdate(ActionFields):
    """Changes to an action (``PATCH``): only the fields sent change; ``null`` removes one.

    ``title`` can be changed but not removed (422); ``rockets`` can only be replaced.
    """

    title: Annotated[ShortText | None, Required] = Field(None, min_length=1, json_schema_extra=kept)
    rockets: RocketList | None = Field(
        None, description="Replaces the rockets it fuels", json_schema_extra=never_null
    )

    model_config = ConfigDict(
        extra="forbid", json_schema_extra={"examples": [{"status": "ongoing"}]}
    )


class ActionPublic(BaseModel):
    """An action as the API shows it."""

    key: str
    title: str | None = None
    status: str | None = None
    start: str | int | None = None
    end: str | int | None = None
    themes: list[str] | None = None
    description: str | None = None
    rockets: list[str] | None = Field(None, description="Rocket keys, primary first")
    role: Role | None = Field(None, description="In actions-of answers: the actor's role")

    model_config = ConfigDict(json_schema_extra={"examples": [_EXAMPLE]})


class ActionsPublic(Page):
    """A page of actions."""

    items: list[ActionPublic]


class ParticipationPublic(BaseModel):
    """An actor's role in an action."""

    action: str
    actor: str
    role: Role

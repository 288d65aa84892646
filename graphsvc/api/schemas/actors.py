"""Actor bodies: ActorCreate, ActorUpdate (PATCH), ActorPublic, ActorsPublic."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field

from graphsvc.api.schemas.common import Key, Page, Required, ShortText, Strict, TagList
from graphsvc.model import ActorKind, Role

_EXAMPLE: dict[str, Any] = {
    "key": "kouvola-innovation",
    "name": "Kouvola Innovation Oy (Kinno)",
    "kind": "city_company",
    "municipality": "Kouvola",
    "business_id": "0112038-9",
    "tags": ["business services"],
}


class ActorFields(Strict):
    """Optional properties of an actor; ``contact_*`` are personal data (editors and admins)."""

    sector: ShortText | None = None
    municipality: ShortText | None = None
    business_id: ShortText | None = Field(None, description="Finnish Y-tunnus, e.g. 0112038-9")
    website: ShortText | None = None
    tags: TagList | None = None
    verified_at: ShortText | None = Field(None, description="When the data was last checked")
    contact_name: ShortText | None = None
    contact_email: ShortText | None = None
    contact_phone: ShortText | None = None


class ActorCreate(ActorFields):
    """A new actor (``POST /api/v1/actors``); 409 if the key exists."""

    key: Key
    name: Annotated[ShortText, Required] = Field(min_length=1)
    kind: ActorKind

    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [_EXAMPLE]})


class ActorUpdate(ActorFields):
    """Changes to an actor (``PATCH``): only the fields sent change; ``null`` removes one.

    ``name`` and ``kind`` can be changed but not removed (422).
    """

    name: Annotated[ShortText | None, Required] = Field(None, min_length=1)
    kind: Annotated[ActorKind | None, Required] = None

    model_config = ConfigDict(
        extra="forbid", json_schema_extra={"examples": [{"sector": "logistics", "website": None}]}
    )


class ActorPublic(BaseModel):
    """An actor as the API shows it; ``contact_*`` only for editors and admins."""

    key: str
    name: str | None = None
    kind: str | None = None
    sector: str | None = None
    municipality: str | None = None
    business_id: str | None = None
    website: str | None = None
    tags: list[str] | None = None
    verified_at: str | None = None
    contact_name: str | None = Field(None, description="Editors and admins only")
    contact_email: str | None = Field(None, description="Editors and admins only")
    contact_phone: str | None = Field(None, description="Editors and admins only")
    role: Role | None = Field(None, description="In who-runs answers: the actor's role")

    model_config = ConfigDict(json_schema_extra={"examples": [_EXAMPLE]})


class ActorsPublic(Page):
    """A page of actors."""

    items: list[ActorPublic]

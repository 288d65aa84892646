"""Actor bodies: ActorCreate, ActorUpdate (PATCH), ActorPublic, ActorsPublic, erasure."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field

from graphsvc.api.schemas.common import Key, Page, Required, ShortText, Strict, TagList, kept
from graphsvc.model import ActorKind, Role

#: The shapes the model checks (``graphsvc.model``), documented here; the model checks them
#: (and the Y-tunnus check digit) with messages that name the field and the way out.
BusinessId = Annotated[ShortText, Field(json_schema_extra={"pattern": r"^[0-9]{6,7}-[0-9]$"})]
#: Python's ``\s`` spelt out: the ``\s`` of JSON Schema (ECMA) and of pydantic (Rust) differ.
_SPACE = r"\t-\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
#: The characters the text rule refuses (``graphsvc.values``), as a regular expression range.
_REFUSED = r"\x00-\x08\x0b-\x1f\x7f-\x9f\ufffe\uffff"
_PART = f"[^@{_SPACE}{_REFUSED}]+"
Email = Annotated[ShortText, Field(json_schema_extra={"pattern": f"^{_PART}@{_PART}\\.{_PART}$"})]

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
    business_id: BusinessId | None = Field(
        None, description="Finnish Y-tunnus with its check digit, e.g. 0112038-9"
    )
    website: ShortText | None = None
    tags: TagList | None = None
    verified_at: ShortText | None = Field(None, description="When the data was last checked")
    contact_name: ShortText | None = None
    contact_email: Email | None = None
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

    name: Annotated[ShortText | None, Required] = Field(None, min_length=1, json_schema_extra=kept)
    kind: Annotated[ActorKind | None, Required] = Field(None, json_schema_extra=kept)

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


class ErasurePublic(BaseModel):
    """The receipt of an erasure: the erased key and how many relationships went with it."""

    erased: str
    relationships_removed: int

"""Presentation bodies: PresentationCreate, PresentationUpdate, SlideCreate and the answers."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from graphsvc.api.schemas.common import STORABLE, Key, Strict
from graphsvc.presentation_model import (
    CAPTION_TEXT,
    MOST_SLIDES,
    TITLE_TEXT,
    VIEW_KEYS,
    VIEW_TEXT,
)

Caption = Annotated[str, StringConstraints(max_length=CAPTION_TEXT), *STORABLE]
Title = Annotated[str, StringConstraints(min_length=1, max_length=TITLE_TEXT), *STORABLE]
View = Annotated[
    str,
    StringConstraints(max_length=VIEW_TEXT),
    Field(description="The map's view as URL fragment pairs, of " + ", ".join(VIEW_KEYS)),
]
MapPath = Annotated[
    str,
    StringConstraints(
        max_length=300, pattern=r"^/maps/(network|rocket/[^/?#]+|actor/[^/?#]+)(\?[^#]*)?$"
    ),
    Field(description="/maps/network, /maps/rocket/KEY or /maps/actor/KEY?depth=N"),
]
Day = Annotated[
    str | None,
    StringConstraints(max_length=10, pattern=r"^\d{4}(-\d{2}-\d{2})?$"),
    Field(description="The day the map shows: YYYY-MM-DD, or YYYY for 31 December"),
]
_EXAMPLE: dict[str, Any] = {
    "key": "valtuusto-2025",
    "title": "Valtuuston seminaari",
    "map": "/maps/network",
    "slides": [
        {"caption": "Koko verkosto", "view": "zoom=0.8"},
        {"caption": "Osaaminen ja innovaatio", "view": "rocket=competence&view=key"},
    ],
}


class SlideCreate(Strict):
    """One slide: its caption and the map view it shows."""

    caption: Caption = ""
    view: View = ""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={"examples": [{"caption": "Välittäjät", "view": "view=key&zoom=1.2"}]},
    )


class PresentationUpdate(Strict):
    """A presentation's title, map, day and slides, replaced whole (``PUT``)."""

    title: Title
    map: MapPath
    as_of: Day = None
    slides: list[SlideCreate] = Field(default_factory=list, max_length=MOST_SLIDES)

    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [_EXAMPLE]})


class PresentationCreate(PresentationUpdate):
    """A new presentation (``POST /api/v1/presentations``); 409 if the key exists."""

    key: Key


class SlidePublic(BaseModel):
    """A slide as stored."""

    caption: str
    view: str


class PresentationPublic(BaseModel):
    """A presentation with its slides and the map URL that plays it."""

    key: str
    title: str
    map: str
    as_of: str | None
    created_by: str
    updated_at: str
    slides: list[SlidePublic]
    play: str = Field(description="The map page that plays it, one slide at a time")


class PresentationsPublic(BaseModel):
    """Every presentation, by key."""

    items: list[PresentationPublic]

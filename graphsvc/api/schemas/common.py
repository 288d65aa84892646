"""Shared schema pieces: the strict base of request bodies, problems, participation."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
)
from pydantic_core import PydanticCustomError

from graphsvc.errors import ValidationError
from graphsvc.model import Role, validate_key
from graphsvc.values import LIST_ITEM_TEXT, LIST_ITEMS, LONG_TEXT, SHORT_TEXT, character_problem


def storable(text: str) -> str:
    """Refuse text with a character the vocabulary refuses (422 naming the field)."""
    problem = character_problem(text)
    if problem:
        raise PydanticCustomError("text_character", problem)
    return text


def _model_key(key: str) -> str:
    """Refuse a key the model's key rule refuses (the pattern below is its OpenAPI form)."""
    try:
        return validate_key(key)
    except ValidationError as e:
        raise PydanticCustomError("key_rule", e.message.removeprefix("key ")) from None


def _kept(value: Any) -> Any:
    """Refuse ``null`` and blank text for a field the node must keep."""
    if value is None or (isinstance(value, str) and not value.strip()):
        raise PydanticCustomError(
            "required", "is required: it can be changed but not removed or left empty"
        )
    return value


#: Marks a field that a node must keep: ``null``, ``""`` and blank text are refused.
Required = BeforeValidator(_kept)
#: A node key as the model allows it (letters of any script, digits, ``_ . : -``; at most 128).
Key = Annotated[str, StringConstraints(pattern=r"^\w[\w.:-]{0,127}$"), AfterValidator(_model_key)]
ShortText = Annotated[str, StringConstraints(max_length=SHORT_TEXT), AfterValidator(storable)]
LongText = Annotated[str, StringConstraints(max_length=LONG_TEXT), AfterValidator(storable)]
TagList = Annotated[
    list[Annotated[str, StringConstraints(max_length=LIST_ITEM_TEXT), AfterValidator(storable)]],
    Field(max_length=LIST_ITEMS),
]


class Strict(BaseModel):
    """Base of request bodies: unknown fields are refused (422 naming them), no mass assignment."""

    model_config = ConfigDict(extra="forbid")


class ParticipationSet(Strict):
    """The role an actor has in an action (``PUT /actions/{key}/actors/{actor_key}``)."""

    role: Role = Field(Role.PARTNER, description="lead, partner, funder or participant")

    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{"role": "lead"}]})


class Problem(BaseModel):
    """An error, as ``application/problem+json`` (RFC 9457)."""

    type: str = "about:blank"
    title: str
    status: int
    detail: str
    request_id: str
    errors: list[dict[str, Any]] | None = Field(
        None, description="Row- or field-level problems (imports, invalid bodies)"
    )


class Page(BaseModel):
    """Paging of a list answer."""

    total: int = Field(description="How many items match, over all pages")
    limit: int
    offset: int


def problem_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI entries describing the problem+json answers of a route."""
    return {
        status: {"model": Problem, "content": {"application/problem+json": {}}}
        for status in statuses
    }

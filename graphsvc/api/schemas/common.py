"""Shared schema pieces: the strict base of request bodies, problems, participation."""

from __future__ import annotations

import re
from collections.abc import Iterable
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
from graphsvc.messages import said
from graphsvc.model import Role
from graphsvc.model_rules import validate_key
from graphsvc.values import LIST_ITEM_TEXT, LIST_ITEMS, LONG_TEXT, SHORT_TEXT, character_problem


def storable(text: str) -> str:
    """Refuse text with a character the vocabulary refuses (422 naming the field)."""
    problem = character_problem(text)
    if problem:
        raise PydanticCustomError("text_character", problem.in_lang("en"))
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
        kept = said("errors.api.field_kept")
        raise PydanticCustomError("required", kept.in_lang("en"), {"said": kept})
    return value


#: Marks a field that a node must keep: ``null``, ``""`` and blank text are refused.
Required = BeforeValidator(_kept)
#: A node key as the model allows it (letters of any script, digits, ``_ . : -``; at most 128).
Key = Annotated[str, StringConstraints(pattern=r"^\w[\w.:-]{0,127}$"), AfterValidator(_model_key)]
#: The text rule of :mod:`graphsvc.values` as OpenAPI states it (the validator gives the message).
STORABLE_PATTERN = "^[^\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\ufffe\\uffff]*$"
#: The validator and OpenAPI pattern of storable text, to put in an ``Annotated`` text type.
STORABLE = (AfterValidator(storable), Field(json_schema_extra={"pattern": STORABLE_PATTERN}))
ShortText = Annotated[str, StringConstraints(max_length=SHORT_TEXT), *STORABLE]
LongText = Annotated[str, StringConstraints(max_length=LONG_TEXT), *STORABLE]
TagList = Annotated[
    list[Annotated[str, StringConstraints(max_length=LIST_ITEM_TEXT), *STORABLE]],
    Field(max_length=LIST_ITEMS),
]


def one_of_pattern(values: Iterable[str]) -> str:
    """A regular expression matching exactly one of ``values`` (anchored at the end)."""
    return "(?:" + "|".join(re.escape(v) for v in values) + ")$"


def never_null(schema: dict[str, Any]) -> None:
    """Document an optional PATCH field as not nullable: left out it stays, null is refused.

    The field's ``None`` default means "not sent"; the service refuses an explicit null
    with a 422 naming the field, and this keeps the OpenAPI document saying so.
    """
    branches = [b for b in schema.pop("anyOf", []) if b.get("type") != "null"]
    if len(branches) == 1:
        schema.update(branches[0])
    elif branches:
        schema["anyOf"] = branches
    schema.pop("default", None)


def kept(schema: dict[str, Any]) -> None:
    """Document a field the node must keep (see ``Required``): never null, never blank text."""
    never_null(schema)
    if schema.get("type") == "string":  # not blank: a lookahead before the text rule's pattern
        schema["pattern"] = r"^(?=[\s\S]*\S)" + schema.get("pattern", "^.*$").removeprefix("^")


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


#: Headers some problem answers always carry.
_RETRY_AFTER = {
    "Retry-After": {
        "description": "Seconds to wait before asking again",
        "required": True,
        "schema": {"type": "string", "pattern": r"^\d+$"},
    }
}
PROBLEM_HEADERS: dict[int, dict[str, Any]] = {
    401: {
        "WWW-Authenticate": {
            "description": "How to authenticate: a Bearer API key",
            "required": True,
            "schema": {"type": "string"},
        }
    },
    429: _RETRY_AFTER,
    503: _RETRY_AFTER,
}
PROBLEM_DESCRIPTIONS = {
    400: "Malformed request: the body is not valid JSON, or a header is malformed",
    401: "No valid credential: sign in or send a Bearer API key",
    403: "The credential's role lacks this function, or the CSRF token is missing",
    404: "No such resource",
    409: "Conflict with the current state (e.g. the key exists)",
    413: "The body is larger than the limit",
    415: "The body is not of a media type this route takes",
    422: "Invalid parameters or body; ``errors`` names the fields",
    429: "Too many requests from this credential or address",
    503: "The store cannot be reached or the work is over its time budget; retry later",
}


#: Where the OpenAPI document keeps the Problem schema (``api/docs.py`` puts it there).
PROBLEM_REF = "#/components/schemas/Problem"


def problem_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI entries of the problem+json answers a route can give (with their headers)."""
    schema = {"$ref": PROBLEM_REF}
    return {
        status: {
            "description": PROBLEM_DESCRIPTIONS[status],
            "content": {"application/problem+json": {"schema": schema}},
            **({"headers": PROBLEM_HEADERS[status]} if status in PROBLEM_HEADERS else {}),
        }
        for status in statuses
    }


def created_response(what: str) -> dict[str, Any]:
    """The OpenAPI entry of a 201 answer whose ``Location`` names the new ``what``."""
    return {
        "description": f"Created: the new {what}",
        "headers": {
            "Location": {
                "description": f"The URL of the new {what}",
                "required": True,
                "schema": {"type": "string"},
            }
        },
    }


#: Answers every protected route can give: no credential, too many requests, store down.
PROTECTED = (401, 429, 503)
#: Answers of a route taking a JSON body, on top of PROTECTED.
BODY = (400, 413, 422)

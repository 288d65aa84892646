"""Shared schema pieces: the strict base of request bodies, problems, participation."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from graphsvc.model import Role

#: A node key as the model allows it (letters, digits, ``_ . : -``; at most 128).
Key = Annotated[str, StringConstraints(pattern=r"^\w[\w.:-]{0,127}$")]
ShortText = Annotated[str, StringConstraints(max_length=500)]
LongText = Annotated[str, StringConstraints(max_length=20_000)]
TagList = Annotated[list[Annotated[str, StringConstraints(max_length=200)]], Field(max_length=100)]


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

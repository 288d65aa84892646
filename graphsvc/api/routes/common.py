"""What the resource routes share: their documented answers and their list filters."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Query

from graphsvc.api.schemas.common import (
    BODY,
    PROTECTED,
    created_response,
    one_of_pattern,
    problem_responses,
)
from graphsvc.model import Label
from graphsvc.services import catalog

READ = problem_responses(*PROTECTED, 404, 422)  # 404: no such key, or no such rocket to filter by
CHANGE = problem_responses(*PROTECTED, *BODY, 403, 404)
REMOVE = problem_responses(*PROTECTED, 403, 404, 422)
ADMIN_LIST = problem_responses(*PROTECTED, 403)
ADMIN_PAGE = problem_responses(*PROTECTED, 403, 422)
#: The keywords of a route that deletes: 204 and its problems.
DELETES: dict[str, Any] = {"status_code": 204, "responses": REMOVE}
#: A rocket to filter a list by.
RocketFilter = Annotated[str | None, Query(max_length=128, description="Rocket key")]


def creates(what: str | None = None) -> dict[str, Any]:
    """The keywords of a route that creates: 201, its ``Location`` when it has one, problems."""
    problems = problem_responses(*PROTECTED, *BODY, 403, 409)
    located = {201: created_response(what)} if what else {}
    return {"status_code": 201, "responses": {**located, **problems}}


def reads(model: type) -> dict[str, Any]:
    """The keywords of a route that reads one thing (or its parts) by key: model, problems."""
    return {"response_model": model, "responses": READ}


def sort_by(label: Label) -> Any:
    """The ``sort`` query of a list of ``label`` nodes, documenting its fields as a pattern."""
    fields = catalog.SORT_FIELDS[label]
    return Query(
        max_length=40,  # the pattern is documented; catalog checks it with a message naming fields
        description="Sort by " + ", ".join(fields) + "; prefix - for descending",
        json_schema_extra={"pattern": "^-?" + one_of_pattern(fields)},
    )

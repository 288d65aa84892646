"""Schemathesis hooks for ``test_fuzz``: the one narrowed check, each exception with its reason.

``positive_data_acceptance`` fails when a request that matches the schema is refused. A few
rules of the service cannot be written in JSON Schema; the refusals below are exactly those
and nothing else. Every other refusal of valid data still fails the run.
"""

from __future__ import annotations

import json
import re

import schemathesis
from schemathesis.checks import CheckContext, Failure, positive_data_acceptance

#: (operation, status, what the problem's detail says) -> why the schema cannot say it.
UNEXPRESSIBLE: tuple[tuple[str, int, re.Pattern[str], str], ...] = (
    (
        r"(POST|PATCH) /api/v1/actors",
        422,
        re.compile(r"is not a valid Y-tunnus"),
        "a Y-tunnus has a check digit (mod 11); JSON Schema can give its shape, not the digit",
    ),
    (
        r"GET /api/v1/analysis/\{kind\}",
        422,
        re.compile(r"does not take|needs an actor|is not one of"),
        "which query parameters an analysis takes depends on the kind in the path; OpenAPI "
        "cannot tie query parameters to a path value (one operation per kind would)",
    ),
    (
        r"(GET|POST|PUT) /api/v1/.*",
        422,
        re.compile(
            r"(as-of date|as_of|from|to) '[0-9-]+' is (not a date|in the future)|is after to"
        ),
        "the schema gives a date's shape (YYYY or YYYY-MM-DD); the calendar (month 13, "
        "30 February), a day in the future for a load and from after to are the server's",
    ),
    (
        r"(POST|PATCH) /api/v1/indicators.*",
        422,
        re.compile(r"not after the baseline year|equals the baseline"),
        "a target year after the baseline year and a target unlike the baseline compare two "
        "fields; JSON Schema checks each field on its own",
    ),
    (
        r"GET /api/v1/reports/\{year\}",
        422,
        re.compile(r"is in the future"),
        "the schema gives the years an indicator may speak about; which year has begun is "
        "the server's calendar",
    ),
    (
        r"(POST|PATCH) /api/v1/actions.*",
        422,
        re.compile(r"rocket '[^']*' does not exist|there is no theme "),
        "a portfolio's rockets and themes are its data (each programme brings its own focus "
        "areas, a workbook may add themes): the schema gives a key's shape, the store which "
        "keys exist",
    ),
    (
        r"(POST|PUT) /api/v1/presentations.*",
        422,
        re.compile(r"slide \d+ view "),
        "a slide's view is a URL fragment: form-encoded name=value pairs (percent-escapes, "
        "names of the map's contract, each value checked by its name, none given twice); a "
        "JSON Schema pattern cannot decode the escapes before checking the value they spell",
    ),
    (
        r"(POST|PUT) /api/v1/presentations.*",
        422,
        re.compile(r"presentation '[^']*': map "),
        "a map path's shape is in the schema; whether its rocket is one of the programme's, "
        "its actor key well formed and its query parameters those of that map (depth within "
        "the limit, gaps 0 or 1) is checked by the server",
    ),
    (
        r"POST /api/v1/surveys",
        422,
        re.compile(r"the last day \S+ has passed|is too far"),
        "a wave's last day must lie between today and the end of the year after its year: "
        "the schema gives a day's shape, which day is today is the server's calendar",
    ),
    (
        r"POST /api/v1/surveys/\{year\}/review",
        422,
        re.compile(r"Choose one"),
        "an existing actor and a new actor's key exclude each other; JSON Schema checks each "
        "field on its own",
    ),
    (
        r"POST /api/v1/imports",
        415,
        re.compile(r"is not a workbook"),
        "a multipart schema cannot name the allowed file names (.xlsx, actors.csv, …)",
    ),
    (
        r"POST /api/v1/imports",
        422,
        re.compile(r"nothing was imported|no workbook|send one \.xlsx"),
        "the sheets and columns inside an uploaded file are not described by its schema",
    ),
)


def _detail(content: bytes) -> str:
    try:
        return str(json.loads(content).get("detail", ""))
    except (ValueError, AttributeError):
        return ""


def unexpressible_reason(operation: str, status: int, content: bytes) -> str | None:
    """Why refusing this schema-valid request is right, or None when it is a defect."""
    detail = _detail(content)
    for pattern, code, says, reason in UNEXPRESSIBLE:
        if status == code and re.fullmatch(pattern, operation) and says.search(detail):
            return reason
    return None


@schemathesis.check
def positive_data_acceptance_with_reasons(
    ctx: CheckContext, response: schemathesis.Response, case: schemathesis.Case
) -> bool | None:
    """``positive_data_acceptance``, except the refusals listed in UNEXPRESSIBLE."""
    try:
        return positive_data_acceptance(ctx, response, case)
    except Failure:
        label = case.operation.label
        if unexpressible_reason(label, response.status_code, response.content) is None:
            raise
        return None

"""Column checks of workbook sheets, collecting row-level problems up to a cap.

Each check looks at one column of a :class:`~graphsvc.loaders.files.Sheet` at once
(pandas), records one problem per bad cell with the row number the spreadsheet
shows, and returns the cleaned column. Messages read like
``actors.csv row 12, column kind: 'compny' is not one of company, education, …``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from enum import StrEnum
from typing import Any

import pandas as pd

from graphsvc.errors import ValidationError
from graphsvc.loaders.files import Sheet, import_error
from graphsvc.messages import Said, said
from graphsvc.model_rules import allowed, validate_key
from graphsvc.values import (
    FORBIDDEN_CHARACTERS,
    LIST_ITEM_TEXT,
    LIST_ITEMS,
    QUOTED_PREFIX,
    list_problem,
    quoted,
    text_limit,
    text_problem,
)

_FINNISH_DATE = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[ T]00:00(?::00)?)?$")
_YEAR = re.compile(r"^\d{4}$")
DATE_FORMATS = "an ISO date (2024-03-01) or a Finnish date (1.3.2024)"
_YEAR_TOO = " or a year (2021)"


class TooManyProblems(Exception):
    """Raised inside the checks when the cap of collected problems is reached."""


class Problems:
    """The problems found so far in one import, at most ``cap`` of them."""

    def __init__(self, cap: int) -> None:
        self.cap = max(1, cap)
        self.errors: list[dict[str, Any]] = []

    @property
    def full(self) -> bool:
        """Whether the cap is reached (the import stopped looking)."""
        return len(self.errors) >= self.cap

    def add(
        self,
        sheet: Sheet,
        row: int | None,
        column: str | None,
        value: Any,
        detail: str | Said,
        allowed_values: str | None = None,
    ) -> None:
        """Record one problem; raise TooManyProblems when the cap is reached."""
        place = "row" if row is not None else "header"
        where = said(
            f"errors.load.at.{place}{'_column' if column else ''}",
            source=sheet.shown,
            sep=", " if "," in sheet.source else " ",
            row=str(row),
            column=column or "",
        )
        self.errors.append(
            import_error(
                sheet.source,
                said("errors.load.problem", where=where, detail=detail),
                row=row,
                column=column,
                value=value,
                allowed=allowed_values,
            )
        )
        if self.full:
            raise TooManyProblems


def check_columns(
    problems: Problems, sheet: Sheet, required: tuple[str, ...], optional: tuple[str, ...]
) -> bool:
    """Whether the sheet has every required column and no unknown one (else record why)."""
    present = list(sheet.frame.columns)
    known = required + optional
    missing = [c for c in required if c not in present]
    unknown = [c for c in present if c not in known]
    for columns, what in ((missing, "missing"), (unknown, "unknown")):
        if columns:
            names = ", ".join(c if len(c) <= QUOTED_PREFIX else quoted(c) for c in columns)
            message = said(
                f"errors.load.{what}_columns.{'many' if len(columns) > 1 else 'one'}",
                names=names,
                sheet=sheet.name,
                allowed=allowed(known),
            )
            problems.add(sheet, 1, None, columns, message, allowed(known))
    return not missing and not unknown


def column(sheet: Sheet, name: str) -> pd.Series:
    """The column ``name``, or a column of empty text when the sheet does not have it."""
    if name in sheet.frame.columns:
        return sheet.frame[name]
    return pd.Series("", index=sheet.frame.index, dtype=str)


def cells(values: pd.Series, mask: pd.Series) -> list[tuple[int, str]]:
    """(spreadsheet row, value) of the cells where ``mask`` is true."""
    return list(zip(values.index[mask].tolist(), values[mask].tolist(), strict=True))


def report_bad(
    problems: Problems,
    sheet: Sheet,
    name: str,
    values: pd.Series,
    bad: pd.Series,
    detail: Callable[[str], str | Said],
    allowed_values: str | None = None,
) -> None:
    """Record a problem for every row where ``bad`` is true."""
    for row, value in cells(values, bad):
        problems.add(sheet, row, name, value, detail(value), allowed_values)


def required(problems: Problems, sheet: Sheet, name: str) -> pd.Series:
    """The column, with a problem recorded for each empty cell."""
    values = column(sheet, name)
    report_bad(problems, sheet, name, values, values == "", lambda _: said("errors.load.required"))
    return values


def keys(problems: Problems, sheet: Sheet, name: str, *, unique: bool) -> pd.Series:
    """A required column of node keys: valid key syntax and, if ``unique``, no repeats."""
    values = required(problems, sheet, name)
    bad: dict[str, str | Said] = {}
    for value in values.unique().tolist():
        if value:
            try:
                validate_key(value)
            except ValidationError as e:
                bad[value] = e.said or e.message
    if bad:
        report_bad(problems, sheet, name, values, values.isin(list(bad)), lambda v: bad[v])
    if unique:
        repeated = values.duplicated(keep="first") & (values != "")
        if repeated.any():
            first = {v: r for r, v in cells(values, ~values.duplicated(keep="first"))}
            report_bad(
                problems,
                sheet,
                name,
                values,
                repeated,
                lambda v: said("errors.load.key_used", value=quoted(v), row=str(first[v])),
            )
    return values


def choice(
    problems: Problems, sheet: Sheet, name: str, enum: type[StrEnum], *, default: str = ""
) -> pd.Series:
    """An optional column of enum values (any case); empty cells become ``default``."""
    values = column(sheet, name).str.lower()
    values = values.where(values != "", default)
    bad = (values != "") & ~values.isin([m.value for m in enum])
    report_bad(
        problems,
        sheet,
        name,
        column(sheet, name),
        bad,
        lambda v: said("errors.value.not_one_of", value=quoted(v), allowed=allowed(enum)),
        allowed(enum),
    )
    return values


def parse_date(text: str, *, year_ok: bool = False) -> str | None:
    """An ISO date from ISO or Finnish (d.m.yyyy) text; None when it is not a date.

    >>> parse_date("1.3.2024"), parse_date("2024-03-01"), parse_date("31.2.2024")
    ('2024-03-01', '2024-03-01', None)
    """
    if year_ok and _YEAR.match(text):
        return text
    match = _ISO_DATE.match(text)
    if match:
        year, month, day = (int(g) for g in match.groups())
    else:
        match = _FINNISH_DATE.match(text)
        if not match:
            return None
        day, month, year = (int(g) for g in match.groups())
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def dates(problems: Problems, sheet: Sheet, name: str, *, year_ok: bool = False) -> pd.Series:
    """An optional column of dates, normalised to ISO 8601."""
    values = column(sheet, name)
    parsed = {v: parse_date(v, year_ok=year_ok) for v in values.unique().tolist() if v}
    formats = DATE_FORMATS + (_YEAR_TOO if year_ok else "")
    key = f"errors.load.not_a_date{'_or_year' if year_ok else ''}"
    bad = values.isin([v for v, p in parsed.items() if p is None])
    report_bad(problems, sheet, name, values, bad, lambda v: said(key, value=quoted(v)), formats)
    return values.map(lambda v: parsed.get(v) or "")


def valid(
    problems: Problems,
    sheet: Sheet,
    name: str,
    test: Callable[[str], bool],
    detail: Callable[[str], str | Said],
) -> pd.Series:
    """An optional column whose non-empty values must pass ``test``."""
    values = column(sheet, name)
    failing = [v for v in values.unique().tolist() if v and not test(v)]
    if failing:
        report_bad(problems, sheet, name, values, values.isin(failing), detail)
    return values


def free_text(problems: Problems, sheet: Sheet, name: str, *, listed: bool) -> None:
    """Record a problem for every cell of ``name`` the vocabulary cannot store.

    The same rule as the API's: the length limit of the property (per item for a
    ``;``-separated list) and no control characters (:mod:`graphsvc.values`).
    """
    values = column(sheet, name)
    limit = LIST_ITEM_TEXT if listed else text_limit(name)
    suspect = (values.str.len() > limit) | values.str.contains(FORBIDDEN_CHARACTERS)
    if not suspect.any():
        return
    rule = (
        f"at most {LIST_ITEMS} items of at most {limit} characters"
        if listed
        else f"at most {limit:,} characters"
    )
    rule += ", no control characters but tab and line feed"
    for row, value in cells(values, suspect):
        problem = list_problem(split_list(value)) if listed else text_problem(value, limit)
        if problem:
            problems.add(sheet, row, name, value, problem, rule)


def split_list(text: str) -> list[str]:
    """The items of a ``;``-separated cell, stripped, without empty ones.

    >>> split_list(" rail ; ;food")
    ['rail', 'food']
    """
    return [item.strip() for item in text.split(";") if item.strip()]

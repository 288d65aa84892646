"""The days of the graph's history: how an as-of date is written, read and checked.

History is kept per day. A day is ISO text ``YYYY-MM-DD`` (so text order is time order,
in SQLite, in Neo4j and in Python alike). A validity period ``[valid_from, valid_to)``
holds on day D when ``valid_from <= D`` and ``valid_to`` is None (still so) or after D.

>>> parse_day("2024")
'2024-12-31'
>>> parse_day("2023-02-01")
'2023-02-01'
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from graphsvc.errors import ValidationError
from graphsvc.messages import Said, said
from graphsvc.values import quoted

#: The day the built-in programme and rockets are valid from: before any history.
BEGINNING = "0001-01-01"
#: The shape of a date in the API schema (the calendar is checked by :func:`parse_day`).
DAY_SHAPE: dict[str, Any] = {"pattern": "^[0-9]{4}(-[0-9]{2}-[0-9]{2})?$"}
#: What a checked date is called in messages when the caller names nothing else.
AS_OF_DATE = said("errors.date.what.as_of")
YEAR = said("errors.date.what.year")
_YEAR = re.compile(r"[0-9]{4}")
_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def today() -> str:
    """Today as ISO text (the day edits are valid from)."""
    return dt.date.today().isoformat()


def parse_day(text: str, what: str | Said = AS_OF_DATE) -> str:
    """``YYYY-MM-DD`` or ``YYYY`` (31 December) as ISO text, or ValidationError naming the forms.

    >>> try:
    ...     parse_day("20245")
    ... except ValidationError as e:
    ...     print(e)
    as-of date '20245' is not a date: use YYYY-MM-DD (a day) or YYYY (31 December of that year)
    """
    value = str(text).strip()
    if _YEAR.fullmatch(value) and value != "0000":
        return f"{value}-12-31"
    if _DAY.fullmatch(value):
        try:
            return dt.date.fromisoformat(value).isoformat()
        except ValueError:
            pass
    raise ValidationError(said("errors.date.not_a_date", what=what, value=quoted(text)), value=text)


def optional_day(text: str | None, what: str | Said = AS_OF_DATE) -> str | None:
    """:func:`parse_day` of ``text``, or None when no date is given."""
    return None if text is None or str(text).strip() == "" else parse_day(text, what)


def year_of(text: str | int, what: str | Said = YEAR) -> int:
    """The year of ``YYYY`` or ``YYYY-MM-DD``, or ValidationError naming the forms.

    >>> year_of("2023"), year_of("2023-06-30")
    (2023, 2023)
    """
    return int(parse_day(str(text), what)[:4])


def year_end(year: int) -> str:
    """31 December of ``year`` as ISO text: the day a yearly round describes.

    >>> year_end(2023)
    '2023-12-31'
    """
    return f"{year:04d}-12-31"


def not_future(day: str, what: str | Said = AS_OF_DATE) -> str:
    """``day`` unless it is after today (a load cannot describe the future)."""
    if day > today():
        raise ValidationError(
            said("errors.date.future", what=what, value=quoted(day), today=today()),
            value=day,
        )
    return day


def in_order(first: str, last: str) -> tuple[str, str]:
    """``(first, last)`` unless ``first`` is after ``last`` (ValidationError naming both)."""
    if first > last:
        raise ValidationError(
            said("errors.date.order", first=quoted(first), last=quoted(last)),
            value=[first, last],
        )
    return first, last


def holds_on(valid_from: str, valid_to: str | None, day: str) -> bool:
    """Whether the period ``[valid_from, valid_to)`` holds on ``day``.

    >>> holds_on("2021-01-01", None, "2024-12-31")
    True
    >>> holds_on("2021-01-01", "2022-01-01", "2022-01-01")
    False
    """
    return valid_from <= day and (valid_to is None or valid_to > day)

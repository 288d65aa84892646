"""When a map shows the graph: now, as of one day, or year by year from one year to another.

A timeline takes years (``YYYY``; a day ``YYYY-MM-DD`` stands for its year): each step of
its slider is the graph on 31 December of a year, up to this year (whose end is the graph
now). The CLI, the web UI and :func:`graphsvc.services.maps.map_data` check the period
here, so the same mistake gets the same message everywhere, and the UI caches map pages
under the normalised values.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from graphsvc.dates import in_order, optional_day, today, year_end, year_of
from graphsvc.errors import ValidationError
from graphsvc.messages import said
from graphsvc.values import quoted

#: The most years one timeline map shows (one snapshot is read per year).
MAX_YEARS = 30


@dataclass(frozen=True)
class MapPeriod:
    """A map's period: ``as_of`` one day (None: now), or the timeline ``years`` (oldest first)."""

    as_of: str | None = None
    years: tuple[int, ...] = ()

    @property
    def day(self) -> str | None:
        """The day the map (or its last year) shows; None for now."""
        return year_end(self.years[-1]) if self.years else self.as_of

    def selection(self) -> dict[str, Any]:
        """The period as :func:`~graphsvc.services.maps.map_data` arguments (normalised)."""
        if self.years:
            return {"as_of": None, "from_year": self.years[0], "to_year": self.years[-1]}
        return {"as_of": self.as_of, "from_year": None, "to_year": None}


def map_period(
    as_of: str | None = None, from_year: str | int | None = None, to_year: str | int | None = None
) -> MapPeriod:
    """The period of a map, checked: ``as_of`` a day, or ``from_year`` to ``to_year``.

    ``to_year`` defaults to this year. Raises ValidationError for a malformed date (naming
    the value and the forms), ``from_year`` after ``to_year``, ``to_year`` without
    ``from_year``, a year after this one, more than :data:`MAX_YEARS` years, or ``as_of``
    given with a timeline.

    >>> map_period(from_year="2021", to_year="2023-06-30").years
    (2021, 2022, 2023)
    >>> map_period(as_of="2023").day
    '2023-12-31'
    """
    first_text, last_text = _given(from_year), _given(to_year)
    if first_text is None and last_text is None:
        return MapPeriod(as_of=optional_day(as_of))
    if optional_day(as_of) is not None:
        raise ValidationError(said("errors.map.as_of_and_timeline"), value=as_of)
    if first_text is None:
        raise ValidationError(
            said("errors.map.to_without_from", to=quoted(last_text)),
            value=last_text,
        )
    this_year = int(today()[:4])
    first = year_of(first_text, "from year")
    last = this_year if last_text is None else year_of(last_text, "to year")
    in_order(f"{first:04d}", f"{last:04d}")
    if last > this_year:
        raise ValidationError(
            said("errors.map.to_after_this_year", to=str(last), this_year=str(this_year)),
            value=last,
        )
    if last - first + 1 > MAX_YEARS:
        raise ValidationError(
            said(
                "errors.map.too_many_years",
                max=MAX_YEARS,
                first=str(first),
                last=str(last),
                n=last - first + 1,
            ),
            value=[first, last],
        )
    return MapPeriod(years=tuple(range(first, last + 1)))


def period_of(selection: Mapping[str, Any]) -> MapPeriod:
    """The checked period of a map selection (its ``as_of``, ``from_year``, ``to_year``)."""
    return map_period(*(selection.get(k) for k in ("as_of", "from_year", "to_year")))


def _given(value: str | int | None) -> str | None:
    """``value`` as text, or None when it is missing or blank (an empty form field)."""
    return None if value is None or str(value).strip() == "" else str(value).strip()

"""The vocabulary of vitality indicators: Indicator, Observation and progress records.

An :class:`Indicator` (elinvoimamittari) ``MEASURES`` a rocket, the launch pad or the
programme (``measures`` holds that key) and may be ``OWNED_BY`` an actor (``owner``); it has
a baseline and a target for the programme period. An :class:`Observation` is its value in
one year. :class:`IndicatorProgress` is what the progress analysis says about one indicator
in one year. Everything here is pure: no I/O.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any

from graphsvc.errors import ValidationError
from graphsvc.messages import Said, said
from graphsvc.model import PROGRAMME_KEY, ROCKET_KEYS
from graphsvc.model_rules import allowed, parse_enum, validate_key
from graphsvc.values import LONG_TEXT, SHORT_TEXT, quoted, text_problem


class IndicatorLabel(StrEnum):
    """Node labels of the indicators (stores build query text only from these)."""

    INDICATOR = "Indicator"
    VALUE = "IndicatorValue"


class IndicatorRel(StrEnum):
    """Relationship types of the indicators."""

    MEASURES = "MEASURES"
    OWNED_BY = "OWNED_BY"
    VALUE_OF = "VALUE_OF"


class Direction(StrEnum):
    """Which way is good for an indicator: its value should increase, or decrease."""

    INCREASE = "increase"
    DECREASE = "decrease"


class Trend(StrEnum):
    """Where the last values of an indicator head, judged by its good direction."""

    IMPROVING = "improving"
    STEADY = "steady"
    WORSENING = "worsening"


#: What an indicator can measure: a rocket, the launch pad, or the programme as a whole.
MEASURABLE: tuple[str, ...] = (*ROCKET_KEYS, PROGRAMME_KEY)
#: The prefixes of a machine-readable source (Statistics Finland PxWeb, THL Sotkanet).
MACHINE_SOURCES: tuple[str, ...] = ("statfin:", "sotkanet:")
#: A machine source as a pattern (the API's schema states it).
MACHINE_SOURCE_PATTERN = "^(?:" + "|".join(map(re.escape, MACHINE_SOURCES)) + ")"
#: The largest magnitude of an indicator value (a city's euros fit; formatting stays exact).
LARGEST_VALUE = 1e15
#: Years an indicator may speak about.
FIRST_YEAR, LAST_YEAR = 1900, 2200

_SPACES = re.compile(r"[\s\u00a0\u202f\u2009']")
_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")


@dataclass(frozen=True)
class Indicator:
    """A vitality indicator with its baseline and target (``owner``: an actor key or None)."""

    key: str
    name_fi: str
    name_en: str
    unit: str
    direction: Direction
    baseline_year: int
    baseline_value: float
    target_year: int
    target_value: float
    measures: str
    source: str = ""
    #: ``statfin:TABLE?DIM=CODE&…`` or ``sotkanet:ID?region=R``; empty when entered by hand.
    machine_source: str = ""
    owner: str | None = None

    def name(self, lang: str) -> str:
        """The indicator's name in ``lang`` (the Finnish name when no English one is given)."""
        return (self.name_en or self.name_fi) if lang == "en" else self.name_fi

    def expected(self, year: float) -> float:
        """The value on the straight line from baseline to target in ``year``."""
        span = self.target_year - self.baseline_year
        share = (year - self.baseline_year) / span
        return self.baseline_value + share * (self.target_value - self.baseline_value)


@dataclass(frozen=True)
class Observation:
    """The value of one indicator in one year (``provisional``: may still be revised)."""

    indicator: str
    year: int
    value: float
    provisional: bool = False
    note: str = ""
    source: str = ""


@dataclass(frozen=True)
class IndicatorProgress:
    """One indicator in one year: its latest value, progress, on-track mark and trend.

    ``progress`` is the share of the way from baseline to target (0 at the baseline, 1 at
    the target, negative when the value went the wrong way); ``on_track`` says whether the
    value is at or beyond the straight line from baseline to target in its year. All of
    them are None when there is no value at or before ``year``.
    """

    indicator: Indicator
    year: int
    latest: Observation | None = None
    progress: float | None = None
    expected: float | None = None
    on_track: bool | None = None
    trend: Trend | None = None
    #: The last (at most three) values at or before ``year``, oldest first.
    recent: tuple[Observation, ...] = field(default_factory=tuple)


#: What an indicator's key is called in messages.
INDICATOR_KEY = said("errors.model.what.indicator_key")
FIELD = "errors.model.field"
"""The message ``{what}: {problem}`` of a refused field (``what`` is the field's code)."""


def _field(what: str | Said, problem: str, **values: Any) -> Said:
    """``what: <problem>``, the problem ``errors.model.indicator.<problem>`` of field ``what``."""
    return said(FIELD, what=what, problem=said(f"errors.model.indicator.{problem}", **values))


def parse_number(value: Any, what: str | Said = "value") -> float:
    """A number from a cell: ``1 234,5`` (Finnish) and ``1,234.5`` are 1234.5.

    Spaces (also non-breaking ones) group thousands; a lone comma is the decimal comma.
    Raises ValidationError naming ``what`` for anything else.

    >>> parse_number("1\\u00a0234,5")
    1234.5
    >>> parse_number("−3,2")
    -3.2
    >>> parse_number(7)
    7.0
    """
    if isinstance(value, bool):
        raise ValidationError(_field(what, "not_a_number", value=quoted(value)), value=value)
    if isinstance(value, int | float):
        number = float(value)
    else:
        text = _SPACES.sub("", str(value)).replace("\u2212", "-")
        if "," in text and "." in text:
            text = text.replace(",", "")
        elif text.count(",") == 1:
            text = text.replace(",", ".")
        if not _NUMBER.fullmatch(text):
            raise ValidationError(_field(what, "number_form", value=quoted(value)), value=value)
        number = float(text)
    if not math.isfinite(number):
        raise ValidationError(_field(what, "not_finite", value=quoted(value)), value=value)
    if abs(number) > LARGEST_VALUE:
        raise ValidationError(
            _field(what, "beyond", value=quoted(value), largest=int(LARGEST_VALUE)), value=value
        )
    return number


def parse_year(value: Any, what: str | Said = "year") -> int:
    """A year between 1900 and 2200 from a cell or argument (ValidationError otherwise).

    >>> parse_year("2024")
    2024
    """
    text = str(value).strip()
    if text.endswith(".0"):
        text = text[:-2]
    if not text.isdigit() or not FIRST_YEAR <= int(text) <= LAST_YEAR:
        raise ValidationError(
            _field(
                what, "not_a_year", value=quoted(value), first=str(FIRST_YEAR), last=str(LAST_YEAR)
            ),
            value=value,
        )
    return int(text)


def _text(value: Any, what: str, *, required: bool = False, limit: int = SHORT_TEXT) -> str:
    text = "" if value is None else str(value).strip()
    if required and not text:
        raise ValidationError(said("errors.model.indicator.required", what=what), value=value)
    problem = text_problem(text, limit) if text else None
    if problem:
        raise ValidationError(said(FIELD, what=what, problem=problem), value=value)
    return text


def check_machine_source(value: str) -> str:
    """``value`` when it is empty or starts with a known machine source (else ValidationError)."""
    if value and not re.match(MACHINE_SOURCE_PATTERN + ".", value):
        raise ValidationError(
            said(
                "errors.model.indicator.machine_source",
                value=quoted(value),
                allowed=allowed(MACHINE_SOURCES),
            ),
            value=value,
        )
    return value


def validate_indicator(indicator: Indicator) -> Indicator:
    """The indicator with clean values, or ValidationError naming the field and the way out."""
    measures = str(indicator.measures or "").strip().lower()
    if measures not in MEASURABLE:
        raise ValidationError(
            said(
                FIELD,
                what="rocket",
                problem=said(
                    "errors.value.not_one_of",
                    value=quoted(indicator.measures),
                    allowed=allowed(MEASURABLE),
                ),
            ),
            value=indicator.measures,
        )
    baseline_year = parse_year(indicator.baseline_year, "baseline_year")
    target_year = parse_year(indicator.target_year, "target_year")
    if target_year <= baseline_year:
        raise ValidationError(
            _field(
                "target_year",
                "target_year",
                target=str(target_year),
                baseline=str(baseline_year),
            ),
            value=target_year,
        )
    baseline = parse_number(indicator.baseline_value, "baseline_value")
    target = parse_number(indicator.target_value, "target_value")
    if baseline == target:
        raise ValidationError(
            _field("target_value", "target_value", value=quoted(indicator.target_value)),
            value=indicator.target_value,
        )
    owner = _text(indicator.owner, "owner") or None
    return replace(
        indicator,
        key=validate_key(indicator.key, INDICATOR_KEY),
        name_fi=_text(indicator.name_fi, "name_fi", required=True),
        name_en=_text(indicator.name_en, "name_en"),
        unit=_text(indicator.unit, "unit"),
        direction=parse_enum(Direction, indicator.direction, "direction"),
        baseline_year=baseline_year,
        baseline_value=baseline,
        target_year=target_year,
        target_value=target,
        measures=measures,
        source=_text(indicator.source, "source", limit=LONG_TEXT),
        machine_source=check_machine_source(_text(indicator.machine_source, "machine_source")),
        owner=validate_key(owner, "owner") if owner else None,
    )


def validate_observation(observation: Observation) -> Observation:
    """The observation with clean values, or ValidationError naming the field."""
    return replace(
        observation,
        indicator=validate_key(observation.indicator, "indicator"),
        year=parse_year(observation.year),
        value=parse_number(observation.value),
        provisional=bool(observation.provisional),
        note=_text(observation.note, "note"),
        source=_text(observation.source, "source"),
    )


def indicator_as_dict(indicator: Indicator) -> dict[str, Any]:
    """The indicator as plain JSON values (the API's and the CLI's ``--json`` shape)."""
    return {
        "key": indicator.key,
        "name_fi": indicator.name_fi,
        "name_en": indicator.name_en,
        "unit": indicator.unit,
        "direction": indicator.direction.value,
        "baseline_year": indicator.baseline_year,
        "baseline_value": indicator.baseline_value,
        "target_year": indicator.target_year,
        "target_value": indicator.target_value,
        "rocket": indicator.measures,
        "owner": indicator.owner,
        "source": indicator.source,
        "machine_source": indicator.machine_source,
    }


def observation_as_dict(observation: Observation) -> dict[str, Any]:
    """The observation as plain JSON values."""
    return {
        "indicator": observation.indicator,
        "year": observation.year,
        "value": observation.value,
        "provisional": observation.provisional,
        "note": observation.note,
        "source": observation.source,
    }

"""The facts of one annual follow-up report: frozen records of plain values, no I/O.

:mod:`graphsvc.services` gathers them from a store (names already in the report's language);
:mod:`graphsvc.render.report` turns them into HTML and PDF. The records carry no contact data
(no e-mail, phone or person's name field), so none can reach a report.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from graphsvc.indicator_model import IndicatorProgress, Observation

#: Action statuses in the order a report lists them (other statuses follow, sorted).
STATUS_ORDER: tuple[str, ...] = ("proposed", "planned", "ongoing", "done", "dropped")


@dataclass(frozen=True)
class IndicatorSection:
    """One indicator in the report year: its progress, every value and who owns it."""

    progress: IndicatorProgress
    #: Every value of the indicator, any year, oldest first.
    observations: tuple[Observation, ...]
    #: The rocket, launch pad or programme it measures, in the report's language.
    measures_name: str
    #: The owner's name; None when the indicator has no owner (a gap the report names).
    owner_name: str | None


@dataclass(frozen=True)
class RocketSection:
    """One rocket (or the launch pad) over the report year."""

    key: str
    name: str
    #: Status value (proposed, planned, ongoing, done, dropped) -> number of actions now.
    actions_by_status: dict[str, int]
    #: The same at the end of the previous year.
    actions_by_status_before: dict[str, int]
    #: (action title, old status, new status) since the previous year.
    status_changes: tuple[tuple[str, str, str], ...]
    #: Actor names who joined the rocket's network during the year.
    joined: tuple[str, ...]
    left: tuple[str, ...]
    #: Suggested pairs (names) that began collaborating.
    introductions_made: tuple[tuple[str, str], ...]
    #: Sentences already in the report's language.
    gaps_opened: tuple[str, ...]
    gaps_closed: tuple[str, ...]
    #: (name, kind label in the report's language, number of actions run).
    key_actors: tuple[tuple[str, str, int], ...]
    #: (name a, name b, reason sentence) suggested for next year.
    suggestions: tuple[tuple[str, str, str], ...]
    #: Keys of the indicators measuring this rocket.
    indicators: tuple[str, ...]
    #: A static SVG map of the rocket (matplotlib) to inline; None when there is no map.
    map_svg: str | None
    #: The map's text alternative.
    map_alt: str
    #: The same map as PNG, for print (typesetting a PNG is many times faster than an SVG);
    #: used instead of ``map_svg`` when given.
    map_png: bytes | None = None


@dataclass(frozen=True)
class ReportData:
    """Everything one annual follow-up report shows, in one language (``fi`` or ``en``)."""

    year: int
    lang: str
    programme_name: str
    generated_on: dt.date
    #: The summary's sentences, already in ``lang``.
    summary: tuple[str, ...]
    indicators: tuple[IndicatorSection, ...]
    #: The five rockets, then the launch pad.
    rockets: tuple[RocketSection, ...]
    #: Keys of the indicators measuring the programme as a whole.
    programme_indicators: tuple[str, ...]
    #: Names of the indicators without an owner.
    unowned: tuple[str, ...]

"""The vocabulary of presentations: saved map views that play as slides.

A :class:`Presentation` names one map page (``map``: ``/maps/network``,
``/maps/rocket/KEY`` or ``/maps/actor/KEY?depth=N``, optionally on a day ``as_of``) and
holds ordered :class:`Slide` records: a caption and the map page's view state as URL
fragment pairs (``rocket=competence&focus=KEY&zoom=1.5``). Everything is checked here,
every problem at once, before a store sees it. Pure: no I/O.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

from graphsvc.dates import optional_day
from graphsvc.errors import ValidationError
from graphsvc.model import ROCKET_KEYS
from graphsvc.model_rules import validate_key
from graphsvc.values import SHORT_TEXT, character_problem, quoted, text_problem


class PresentationLabel(StrEnum):
    """The node label of presentations (stores build query text only from it)."""

    PRESENTATION = "Presentation"


#: The most characters of a slide caption, and of a presentation's title.
CAPTION_TEXT = SHORT_TEXT
TITLE_TEXT = 200
#: The most slides of one presentation, and characters of one slide's view fragment.
MOST_SLIDES = 100
VIEW_TEXT = 2000
#: The deepest neighbourhood a map shows (as the ``/maps/actor`` route allows).
MOST_DEPTH = 10
_NAME = re.compile(r"[a-z][a-z0-9_]{0,31}")
_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")


def _number(low: float, high: float) -> Callable[[str], str | None]:
    def check(value: str) -> str | None:
        if not _NUMBER.fullmatch(value) or not math.isfinite(float(value)):
            return "is not a number"
        if not low <= float(value) <= high:
            return f"is not between {low:g} and {high:g}"
        return None

    return check


def _whole(low: int, high: int) -> Callable[[str], str | None]:
    def check(value: str) -> str | None:
        if not value.isascii() or not value.isdigit():
            return "is not a whole number"
        return None if low <= int(value) <= high else f"is not between {low} and {high}"

    return check


def _keys(value: str) -> str | None:
    """A key, or several separated by commas."""
    for part in value.split(","):
        try:
            validate_key(part)
        except ValidationError:
            return f"holds {quoted(part)}, which is not a key"
    return None


def _names(value: str) -> str | None:
    """A code (``key``, ``betweenness``), or several separated by commas."""
    bad = [p for p in value.split(",") if not _NAME.fullmatch(p)]
    return f"holds {quoted(bad[0])}, which is not a code of a–z, 0–9 and _" if bad else None


def _flag(value: str) -> str | None:
    return None if value in ("0", "1") else "is not 0 or 1"


def _search(value: str) -> str | None:
    return text_problem(value, 200)


#: The keys a view fragment may hold, each with the check of its value (the map page's
#: contract: docs/maps.md, "View state in the URL").
VIEW_KEYS: dict[str, Callable[[str], str | None]] = {
    "rocket": _keys,
    "focus": _keys,
    "depth": _whole(1, MOST_DEPTH),
    "zoom": _number(0.01, 100),
    "x": _number(-1e7, 1e7),
    "y": _number(-1e7, 1e7),
    "view": _names,
    "gaps": _flag,
    "year": _whole(1900, 2200),
    "kind": _names,
    "status": _names,
    "measure": _names,
    "size": _names,
    "min": _number(-1e15, 1e15),
    "max": _number(-1e15, 1e15),
    "findings": _flag,
    "q": _search,
}
#: The query parameters a presentation's map path may carry.
MAP_PARAMS: dict[str, Callable[[str], str | None]] = {
    "depth": _whole(1, MOST_DEPTH),
    "gaps": _flag,
    "from": _whole(1900, 2200),  # a timeline map with its year slider
    "to": _whole(1900, 2200),
}


@dataclass(frozen=True)
class Slide:
    """One slide: a caption and the map view it shows (URL fragment pairs, no ``#``)."""

    caption: str
    view: str = ""


@dataclass(frozen=True)
class Presentation:
    """A named series of slides on one map page; ``updated_at`` is set by the service."""

    key: str
    title: str
    map: str
    slides: tuple[Slide, ...] = ()
    as_of: str | None = None
    created_by: str = ""
    updated_at: str = ""


def view_problems(view: str) -> list[str]:
    """Why a view fragment cannot be kept (every reason), or ``[]``.

    >>> view_problems("rocket=competence&zoom=1.5")
    []
    >>> view_problems("zoom=huge&colour=red")
    ["zoom 'huge' is not a number", "'colour' is not a view setting: use one of rocket, focus, \
depth, zoom, x, y, view, gaps, year, kind, status, measure, size, min, max, findings, q"]
    """
    view = view.removeprefix("#")
    if len(view) > VIEW_TEXT:
        return [f"is {len(view):,} characters long, more than the limit of {VIEW_TEXT:,}"]
    problem = character_problem(view)
    if problem:
        return [problem]
    return _pair_problems(view, VIEW_KEYS, "view setting")


def _pair_problems(text: str, allowed: dict[str, Callable[[str], str | None]], what: str) -> list:
    problems = []
    try:
        pairs = parse_qsl(text, keep_blank_values=True, strict_parsing=bool(text))
    except ValueError:
        return [f"{quoted(text)} is not name=value pairs joined by &"]
    seen: set[str] = set()
    for name, value in pairs:
        check = allowed.get(name)
        if check is None:
            problems.append(f"{quoted(name)} is not a {what}: use one of {', '.join(allowed)}")
        elif name in seen:
            problems.append(f"{name} is given twice")
        else:
            problem = check(value)
            if problem:
                problems.append(f"{name} {quoted(value)} {problem}")
        seen.add(name)
    return problems


def normal_view(view: str) -> str:
    """A checked view fragment in one spelling: no ``#``, pairs in the order given.

    >>> normal_view("#rocket=centre&zoom=1.50")
    'rocket=centre&zoom=1.50'
    """
    return urlencode(parse_qsl(view.removeprefix("#"), keep_blank_values=True))


def map_problems(path: str) -> list[str]:
    """Why ``path`` is not one of the map pages (every reason), or ``[]``.

    >>> map_problems("/maps/actor/xamk?depth=2"), map_problems("/maps/rocket/moon")
    ([], ["rocket 'moon' is not one of logistics, accessibility, competence, centre, wellbeing, \
launchpad"])
    """
    parts = urlsplit(path)
    if parts.scheme or parts.netloc or parts.fragment:
        return [
            f"{quoted(path)} is not a local map path: use /maps/network, /maps/rocket/KEY "
            "or /maps/actor/KEY"
        ]
    segments = parts.path.split("/")
    problems: list[str] = []
    if segments == ["", "maps", "network"]:
        pass
    elif len(segments) == 4 and segments[:3] == ["", "maps", "rocket"]:
        if segments[3] not in ROCKET_KEYS:
            problems.append(f"rocket {quoted(segments[3])} is not one of {', '.join(ROCKET_KEYS)}")
    elif len(segments) == 4 and segments[:3] == ["", "maps", "actor"]:
        if _keys(segments[3]) or "," in segments[3]:
            problems.append(f"actor {quoted(segments[3])} is not a key")
    else:
        return [
            f"{quoted(path)} is not a map page: use /maps/network, /maps/rocket/KEY or "
            "/maps/actor/KEY?depth=N"
        ]
    return problems + _pair_problems(parts.query, MAP_PARAMS, "map parameter")


def checked(
    key: str,
    title: str,
    map_path: str,
    slides: list[Any],
    as_of: str | None = None,
) -> Presentation:
    """A presentation from its parts, every value checked; ValidationError lists every
    problem found (``errors``: one ``{"field", "message"}`` per problem).

    >>> checked("council", "Council", "/maps/network", [{"caption": "All", "view": "zoom=1"}])
    Presentation(key='council', title='Council', map='/maps/network', \
slides=(Slide(caption='All', view='zoom=1'),), as_of=None, created_by='', updated_at='')
    """
    errors: list[dict[str, str]] = []

    def note(where: str, problem: str | None) -> None:
        if problem:
            errors.append({"field": where, "message": f"{where} {problem}"})

    try:
        validate_key(key)
    except ValidationError as e:
        note("key", e.message.removeprefix("key "))
    title = title.strip() if isinstance(title, str) else ""
    note("title", "is empty: give the presentation a name" if not title else None)
    note("title", text_problem(title, TITLE_TEXT))
    for problem in map_problems(map_path):
        note("map", problem)
    try:
        day = optional_day(as_of)
    except ValidationError as e:
        day = None
        note("as_of", e.message.removeprefix("as-of date "))
    if len(slides) > MOST_SLIDES:
        note("slides", f"are {len(slides)}, more than the limit of {MOST_SLIDES}")
    made = []
    for number, given in enumerate(slides[:MOST_SLIDES], start=1):
        slide = (
            given if isinstance(given, Slide) else _slide(given if isinstance(given, dict) else {})
        )
        note(f"slide {number} caption", text_problem(slide.caption, CAPTION_TEXT))
        for problem in view_problems(slide.view):
            note(f"slide {number} view", problem)
        made.append(Slide(slide.caption, normal_view(slide.view)))
    if errors:
        raise ValidationError(
            f"presentation {quoted(key)}: " + "; ".join(e["message"] for e in errors),
            errors=errors,
        )
    return Presentation(key, title, map_path, tuple(made), day)


def _slide(given: dict[str, Any]) -> Slide:
    caption, view = given.get("caption", ""), given.get("view", "")
    return Slide(caption if isinstance(caption, str) else "", view if isinstance(view, str) else "")


def presentation_as_dict(p: Presentation) -> dict[str, Any]:
    """A presentation as JSON (the API's and the CLI's shape)."""
    return {
        "key": p.key,
        "title": p.title,
        "map": p.map,
        "as_of": p.as_of,
        "created_by": p.created_by,
        "updated_at": p.updated_at,
        "slides": [{"caption": s.caption, "view": s.view} for s in p.slides],
    }

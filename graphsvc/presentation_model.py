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
from graphsvc.messages import Said, said
from graphsvc.model import ROCKET_KEYS
from graphsvc.model_rules import validate_key
from graphsvc.values import SHORT_TEXT, character_problem, joined, quoted, text_problem


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


def _number(low: float, high: float) -> Callable[[str], Said | None]:
    def check(value: str) -> Said | None:
        if not _NUMBER.fullmatch(value) or not math.isfinite(float(value)):
            return said("errors.model.presentation.not_a_number")
        if not low <= float(value) <= high:
            return said("errors.model.presentation.between", low=f"{low:g}", high=f"{high:g}")
        return None

    return check


def _whole(low: int, high: int) -> Callable[[str], Said | None]:
    def check(value: str) -> Said | None:
        if not value.isascii() or not value.isdigit():
            return said("errors.model.presentation.not_whole")
        if low <= int(value) <= high:
            return None
        return said("errors.model.presentation.between", low=str(low), high=str(high))

    return check


def _keys(value: str) -> Said | None:
    """A key, or several separated by commas."""
    for part in value.split(","):
        try:
            validate_key(part)
        except ValidationError:
            return said("errors.model.presentation.holds_non_key", value=quoted(part))
    return None


def _names(value: str) -> Said | None:
    """A code (``key``, ``betweenness``), or several separated by commas."""
    bad = [p for p in value.split(",") if not _NAME.fullmatch(p)]
    return said("errors.model.presentation.holds_non_code", value=quoted(bad[0])) if bad else None


def _flag(value: str) -> Said | None:
    return None if value in ("0", "1") else said("errors.model.presentation.not_flag")


def _search(value: str) -> Said | None:
    return text_problem(value, 200)


#: The keys a view fragment may hold, each with the check of its value (the map page's
#: contract: docs/maps.md, "View state in the URL").
VIEW_KEYS: dict[str, Callable[[str], Said | None]] = {
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
MAP_PARAMS: dict[str, Callable[[str], Said | None]] = {
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


def view_problems(view: str) -> list[Said]:
    """Why a view fragment cannot be kept (every reason), or ``[]``.

    >>> view_problems("rocket=competence&zoom=1.5")
    []
    >>> [problem.in_lang("en") for problem in view_problems("zoom=huge&colour=red")]
    ["zoom 'huge' is not a number", "'colour' is not a view setting: use one of rocket, focus, \
depth, zoom, x, y, view, gaps, year, kind, status, measure, size, min, max, findings, q"]
    """
    view = view.removeprefix("#")
    if len(view) > VIEW_TEXT:
        return [said("errors.value.too_long", n=len(view), limit=VIEW_TEXT)]
    problem = character_problem(view)
    if problem:
        return [problem]
    return _pair_problems(view, VIEW_KEYS, "view_setting")


def _pair_problems(
    text: str, allowed: dict[str, Callable[[str], Said | None]], what: str
) -> list[Said]:
    problems = []
    try:
        pairs = parse_qsl(text, keep_blank_values=True, strict_parsing=bool(text))
    except ValueError:
        return [said("errors.model.presentation.not_pairs", value=quoted(text))]
    seen: set[str] = set()
    for name, value in pairs:
        check = allowed.get(name)
        if check is None:
            problems.append(
                said(
                    f"errors.model.presentation.not_a_{what}",
                    name=quoted(name),
                    allowed=", ".join(allowed),
                )
            )
        elif name in seen:
            problems.append(said("errors.model.presentation.twice", name=name))
        else:
            problem = check(value)
            if problem:
                problems.append(
                    said(
                        "errors.model.presentation.value",
                        name=name,
                        value=quoted(value),
                        problem=problem,
                    )
                )
        seen.add(name)
    return problems


def normal_view(view: str) -> str:
    """A checked view fragment in one spelling: no ``#``, pairs in the order given.

    >>> normal_view("#rocket=centre&zoom=1.50")
    'rocket=centre&zoom=1.50'
    """
    return urlencode(parse_qsl(view.removeprefix("#"), keep_blank_values=True))


def map_problems(path: str) -> list[Said]:
    """Why ``path`` is not one of the map pages (every reason), or ``[]``.

    >>> [p.in_lang("en") for p in map_problems("/maps/actor/xamk?depth=2")], [
    ...     p.in_lang("en") for p in map_problems("/maps/rocket/moon")]
    ([], ["rocket 'moon' is not one of logistics, accessibility, competence, centre, wellbeing, \
launchpad"])
    """
    parts = urlsplit(path)
    if parts.scheme or parts.netloc or parts.fragment:
        return [said("errors.model.presentation.not_local", path=quoted(path))]
    segments = parts.path.split("/")
    problems: list[Said] = []
    if segments == ["", "maps", "network"]:
        pass
    elif len(segments) == 4 and segments[:3] == ["", "maps", "rocket"]:
        if segments[3] not in ROCKET_KEYS:
            problems.append(
                said(
                    "errors.model.presentation.rocket",
                    value=quoted(segments[3]),
                    allowed=", ".join(ROCKET_KEYS),
                )
            )
    elif len(segments) == 4 and segments[:3] == ["", "maps", "actor"]:
        if _keys(segments[3]) or "," in segments[3]:
            problems.append(said("errors.model.presentation.actor", value=quoted(segments[3])))
    else:
        return [said("errors.model.presentation.not_a_map", path=quoted(path))]
    return problems + _pair_problems(parts.query, MAP_PARAMS, "map_parameter")


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
    errors: list[dict[str, Any]] = []

    def note(where: str, problem: Said | None, field: Said | None = None) -> None:
        """Record ``problem`` of the field ``where`` (named ``field`` in the message)."""
        if problem:
            name = field or said(f"errors.model.presentation.name.{where}")
            message = said("errors.model.presentation.field", field=name, problem=problem)
            errors.append({"field": where, "message": message.in_lang("en"), "said": message})

    def refused(where: str, error: ValidationError) -> None:
        """Record a model rule's whole message (it names the field already)."""
        errors.append({"field": where, "message": error.message, "said": error.said})

    try:
        validate_key(key)
    except ValidationError as e:
        refused("key", e)
    title = title.strip() if isinstance(title, str) else ""
    note("title", said("errors.model.presentation.no_title") if not title else None)
    note("title", text_problem(title, TITLE_TEXT))
    for problem in map_problems(map_path):
        note("map", problem)
    try:
        day = optional_day(as_of, said("errors.model.presentation.name.as_of"))
    except ValidationError as e:
        day = None
        refused("as_of", e)
    if len(slides) > MOST_SLIDES:
        note(
            "slides",
            said("errors.model.presentation.slides", n=str(len(slides)), limit=str(MOST_SLIDES)),
        )
    made = []
    for number, given in enumerate(slides[:MOST_SLIDES], start=1):
        slide = (
            given if isinstance(given, Slide) else _slide(given if isinstance(given, dict) else {})
        )
        caption = said("errors.model.presentation.caption", number=str(number))
        note(f"slide {number} caption", text_problem(slide.caption, CAPTION_TEXT), caption)
        view = said("errors.model.presentation.view", number=str(number))
        for problem in view_problems(slide.view):
            note(f"slide {number} view", problem, view)
        made.append(Slide(slide.caption, normal_view(slide.view)))
    if errors:
        raise ValidationError(
            said(
                "errors.model.presentation.refused",
                key=quoted(key),
                problems=joined([e["said"] or e["message"] for e in errors]),
            ),
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

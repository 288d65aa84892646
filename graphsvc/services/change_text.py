"""Sentences about what changed between two dates and about health over the years.

The facts come from :func:`graphsvc.analysis.change.change` and
:func:`graphsvc.analysis.change.timeline`; the sentences (``text: {"fi", "en"}``) and rocket
names in ``lang`` are added here, through the message catalogue
(:mod:`graphsvc.messages.analysis`), as :mod:`graphsvc.services.analysis_text` does for the
other kinds.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from graphsvc.messages import LANGS, number, percent, quote, text
from graphsvc.services.analysis_text import gap_sentence, named, names, rocket_names, tell

if TYPE_CHECKING:
    import networkx as nx

#: Ranking moves, in the order they are told.
MOVES: tuple[str, ...] = ("rose", "fell", "entered_top", "left_top")


def change(body: dict[str, Any], P: nx.Graph, lang: str) -> None:
    """A sentence for the whole comparison and for every finding; rocket names in ``lang``.

    ``P`` is the later date's programme graph (for rocket names).
    """
    body["text"] = {lang: _headline(body, lang) for lang in LANGS}
    tell(body["actors"]["joined"], P, _actor("joined"))
    tell(body["actors"]["left"], P, _actor("left"))
    actions = body["actions"]
    tell(actions["begun"], P, _action("analysis.change.begun"))
    tell(actions["finished"], P, _action("analysis.change.finished"))
    tell(actions["dropped"], P, _dropped_sentence)
    tell(actions["status_changed"], P, _status_sentence)
    for part in body["ties"].values():
        tell(part["formed"], P, _tie("formed"))
        tell(part["ended"], P, _tie("ended"))
    tell(body["introductions"]["happened"], P, _intro_sentence)
    tell(body["introductions"]["not_happened"], P, _intro_sentence)
    gaps = body["gaps"]
    tell(gaps["closed"], P, _gap("closed"))
    tell(gaps["opened"], P, _gap("opened"))
    gaps["rockets"] = named(gaps["rockets"], P, lang)
    for measure in ("betweenness", "two_step_reach"):
        for move in MOVES:
            tell(body["centrality"][measure][move], P, _move(measure, move))
    for event in ("appeared", "vanished"):
        tell(body["articulation_points"][event], P, _articulation(event))
    health = body["health"]
    for when in ("before", "after", "difference"):
        health[when]["rockets"] = named(health[when]["rockets"], P, lang)
    health["text"] = {
        lang: trend(
            text("analysis.health.overall", lang),
            [health["before"]["overall"], health["after"]["overall"]],
            lang,
        )
        for lang in LANGS
    }


def timeline(body: dict[str, Any], P: nx.Graph, lang: str) -> None:
    """Rocket names in ``lang``; per entry, how its main figures went from first to last point."""
    body["rockets"] = named(body["rockets"], P, lang)
    points = body["points"]
    body["text"] = {lang: _trend_of(body["overall"], points, P, lang) for lang in LANGS}
    for row in body["rockets"]:
        row["text"] = {lang: _trend_of(row, points, P, lang) for lang in LANGS}


def trend(where: str, ends: list[dict[str, Any]], lang: str) -> str:
    """The main health figures of two entries (first, last) as one sentence.

    >>> a = {"actors": 3, "density": 0.5, "main_component_share": 1.0, "solo_action_share": 0.25}
    >>> trend("X", [a, {**a, "actors": 4}], "en").split(", ")[:2]
    ['X: actors 3 → 4', 'density 0.5 → 0.5']
    """
    first, last = ends

    def arrow(figure: str, shown: Any) -> str:
        return f"{shown(first[figure])} → {shown(last[figure])}"

    return text(
        "analysis.health.trend",
        lang,
        where=where,
        actors=arrow("actors", lambda v: number(v, lang)),
        density=arrow("density", lambda v: number(v, lang, 3)),
        main=arrow("main_component_share", lambda v: percent(v, lang)),
        solo=arrow("solo_action_share", lambda v: percent(v, lang)),
    )


def _headline(body: dict[str, Any], lang: str) -> str:
    intros = body["introductions"]
    return text(
        "analysis.change",
        lang,
        joined=len(body["actors"]["joined"]),
        left=len(body["actors"]["left"]),
        begun=len(body["actions"]["begun"]),
        finished=len(body["actions"]["finished"]),
        dropped=len(body["actions"]["dropped"]),
        happened=len(intros["happened"]),
        suggested=intros["suggested"],
        closed=len(body["gaps"]["closed"]),
        opened=len(body["gaps"]["opened"]),
    )


def _actor(event: str) -> Any:
    return lambda row, P, lang: text(f"analysis.change.{event}", lang, actor=row["name"])


def _action(key: str) -> Any:
    return lambda row, P, lang: text(key, lang, action=quote(row["name"], lang))


def _dropped_sentence(row: dict[str, Any], P: nx.Graph, lang: str) -> str:
    return text(f"analysis.change.dropped.{row['how']}", lang, action=quote(row["name"], lang))


def _status_sentence(row: dict[str, Any], P: nx.Graph, lang: str) -> str:
    return text(
        "analysis.change.status",
        lang,
        action=quote(row["name"], lang),
        before=_status(row["from"], lang),
        after=_status(row["to"], lang),
    )


def _status(status: str | None, lang: str) -> str:
    return text(f"ui.status_{status}", lang) if status else "–"


def _tie(event: str) -> Any:
    def sentence(row: dict[str, Any], P: nx.Graph, lang: str) -> str:
        first, second = (a["name"] for a in row["actors"])
        how = (
            text("analysis.change.tie.shared", lang, shared=row["shared"])
            if row["shared"]
            else text("analysis.change.tie.reported", lang)
        )
        return text(f"analysis.change.tie.{event}", lang, first=first, second=second, how=how)

    return sentence


def _intro_sentence(row: dict[str, Any], P: nx.Graph, lang: str) -> str:
    first, second = row["actors"]
    if "left" in row:
        gone = [a for a in row["actors"] if a["key"] in row["left"]]
        how = text("analysis.change.intro.left", lang, names=names(gone)) if gone else ""
        key = "analysis.change.intro.waiting"
    else:
        how = (
            text("analysis.change.tie.shared", lang, shared=row["shared"])
            if row["shared"]
            else text("analysis.change.tie.reported", lang)
        )
        key = "analysis.change.intro.happened"
    return text(key, lang, first=first["name"], second=second["name"], how=how)


def _gap(event: str) -> Any:
    def sentence(row: dict[str, Any], P: nx.Graph, lang: str) -> str:
        return text(f"analysis.change.gap.{event}", lang, gap=gap_sentence(row, P, lang))

    return sentence


def _move(measure: str, move: str) -> Any:
    def sentence(row: dict[str, Any], P: nx.Graph, lang: str) -> str:
        key = move
        if row["rank_after"] is None:
            key = "left_network"
        elif row["rank_before"] is None:
            key = "new_in_top"
        return text(
            f"analysis.change.rank.{key}",
            lang,
            actor=row["name"],
            before=row["rank_before"],
            after=row["rank_after"],
            measure=text(f"analysis.measure.{measure}", lang),
        )

    return sentence


def _articulation(event: str) -> Any:
    return lambda row, P, lang: text(
        f"analysis.change.articulation.{event}", lang, actor=row["name"], cut_off=row["cut_off"]
    )


def _trend_of(row: dict[str, Any], points: list[str], P: nx.Graph, lang: str) -> str:
    """The trend of one series from the first to the last point where it has figures."""
    present = [i for i, v in enumerate(row["actors"]) if v is not None]
    if not present:
        return ""
    first, last = points[present[0]], points[present[-1]]
    if "key" in row:
        where = rocket_names([row["key"]], P, lang)
    else:
        where = text("analysis.health.overall", lang)
    span = text("analysis.health.span", lang, where=where, first=first, last=last)
    return trend(span, _ends(row, present), lang)


def _ends(row: dict[str, Any], present: list[int]) -> list[dict[str, Any]]:
    return [
        {f: v[i] for f, v in row.items() if isinstance(v, list)} for i in (present[0], present[-1])
    ]

"""What ``graphsvc analyze KIND`` shows of a result: tables (and lines) per kind, as data.

One function per kind turns a result into :class:`Table` values; the CLI prints them
(:mod:`graphsvc.cli.analyze`). Titles and labels come from :mod:`graphsvc.messages.cli`,
numbers are written per locale.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from graphsvc.analysis.measures import MEASURES
from graphsvc.messages import number, percent, text


@dataclass(frozen=True)
class Table:
    """A titled table; without columns, just the title as a line of its own."""

    title: str
    columns: Sequence[str] = ()
    rows: list[list[Any]] = field(default_factory=list)


def _labels(lang: str, *names: str) -> list[str]:
    return [text(f"cli.col.{n}", lang) if n else "" for n in names]


def _n(value: Any, lang: str) -> Any:
    """A number as a table shows it: floats with at most three decimals, per locale."""
    return number(value, lang, 3) if isinstance(value, float) else value


def summary(r: dict[str, Any], lang: str, rows: int) -> list[Table]:
    """Network health overall and per rocket."""
    keys = [
        "actors",
        "actions",
        "ties",
        "density",
        "components",
        "main_component_share",
        "degree_centralisation",
        "average_path_length",
        "solo_action_share",
    ]
    body = [[text("cli.summary.overall", lang), *(_n(r["overall"][k], lang) for k in keys)]]
    body += [[x["name"], *(_n(x[k], lang) for k in keys)] for x in r["rockets"]]
    columns = _labels(
        lang,
        "",
        "actors",
        "actions",
        "ties",
        "density",
        "components",
        "main_share",
        "centralisation",
        "avg_path",
        "solo_actions",
    )
    return [Table(text("cli.summary.title", lang), columns, body)]


def centrality(r: dict[str, Any], lang: str, rows: int) -> list[Table]:
    """Every measure of the most central actors."""
    how = r["betweenness_method"]
    title = text("cli.centrality.title", lang, actors=r["actors_total"], ties=r["ties_total"])
    if how.get("sampled"):
        confidence = percent(how["confidence"], lang)
        title += text(
            "cli.centrality.sampled", lang, bound=how["error_bound"], confidence=confidence
        )
    body = [
        [a["ranks"]["betweenness"], a["name"], a["kind"], *(_n(a[m], lang) for m in MEASURES)]
        for a in r["actors"][:rows]
    ]
    columns = ["#", *_labels(lang, "actor", "kind", *MEASURES)]
    return [Table(title, columns, body)]


def brokers(r: dict[str, Any], lang: str, rows: int) -> list[Table]:
    """The brokers and why."""
    measures = ["betweenness", "constraint", "effective_size", "hierarchy"]
    body = [
        [b["name"], *(_n(b[m], lang) for m in measures), b["cut_off"], b["text"][lang]]
        for b in r["brokers"][:rows]
    ]
    columns = _labels(lang, "actor", *measures, "cut_off", "why")
    return [Table(text("cli.brokers.title", lang), columns, body)]


def gaps(r: dict[str, Any], lang: str, rows: int) -> list[Table]:
    """The gaps, at most ``rows`` of each kind, and how many more there are."""
    counts = ", ".join(f"{k} {v}" for k, v in r["by_severity"].items())
    shown: dict[str, int] = {}
    body = []
    for gap in r["gaps"]:
        shown[gap["kind"]] = shown.get(gap["kind"], 0) + 1
        if shown[gap["kind"]] <= rows:
            body.append([gap["severity"], gap["kind"], gap["text"][lang]])
    hidden = sum(max(0, n - rows) for n in shown.values())
    columns = _labels(lang, "severity", "kind", "finding")
    found = [Table(text("cli.gaps.title", lang, counts=counts), columns, body)]
    return found + ([Table(text("cli.more", lang, hidden=hidden))] if hidden else [])


def recommend(r: dict[str, Any], lang: str, rows: int) -> list[Table]:
    """The introductions and why."""
    body = [
        [_n(p["score"], lang), p["actors"][0]["name"], p["actors"][1]["name"], p["text"][lang]]
        for p in r["introductions"][:rows]
    ]
    columns = _labels(lang, "score", "actor", "actor", "why")
    return [Table(text("cli.recommend.title", lang), columns, body)]


def coverage(r: dict[str, Any], lang: str, rows: int) -> list[Table]:
    """Actors (and actions) per kind and rocket."""
    rockets = r["rockets"]
    body = [
        [
            kind,
            *[f"{r['actors'][kind][x['key']]} ({r['actions'][kind][x['key']]})" for x in rockets],
        ]
        for kind in r["kinds"]
    ]
    columns = [*_labels(lang, "kind"), *[x["name"] for x in rockets]]
    return [Table(text("cli.coverage.title", lang), columns, body)]


def communities(r: dict[str, Any], lang: str, rows: int) -> list[Table]:
    """The communities, and whether each rocket's actors split."""
    modularity, nmi = (number(r[k], lang, 4) for k in ("modularity", "nmi_with_rockets"))
    title = text("cli.communities.title", lang, modularity=modularity, nmi=nmi)
    groups = [
        [c["id"], c["size"], c["crosses_rockets"], c["text"][lang]] for c in r["communities"][:rows]
    ]
    rockets = [[x["name"], x["actors"], x["split"], x["text"][lang]] for x in r["rockets"]]
    return [
        Table(title, ["#", *_labels(lang, "size", "crosses_rockets", "community")], groups),
        Table(
            text("cli.communities.rockets", lang),
            _labels(lang, "rocket", "actors", "split", ""),
            rockets,
        ),
    ]


def whatif(r: dict[str, Any], lang: str, rows: int) -> list[Table]:
    """The sentence, the figures before and after, and who and what is left behind."""
    figures = [
        [text(f"cli.col.{k}", lang), _n(r[k]["before"], lang), _n(r[k]["after"], lang)]
        for k in ("components", "main_component", "average_reach")
    ]
    found = [
        Table(r["text"][lang]),
        Table(text("cli.whatif.title", lang), _labels(lang, "", "before", "after"), figures),
    ]
    if r["cut_off"]:
        cut = [[a["name"], a["kind"]] for a in r["cut_off"]]
        found.append(Table(text("cli.whatif.cut_off", lang), _labels(lang, "actor", "kind"), cut))
    lost = [[text("cli.col.no_lead", lang), a["name"]] for a in r["actions_without_lead"]]
    lost += [[text("cli.col.no_actor", lang), a["name"]] for a in r["actions_without_actors"]]
    if lost:
        columns = _labels(lang, "left_with", "action")
        found.append(Table(text("cli.whatif.actions", lang), columns, lost))
    return found

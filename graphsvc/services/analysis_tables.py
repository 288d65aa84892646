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
from graphsvc.messages.labels import label, yes_no


@dataclass(frozen=True)
class Table:
    """A titled table; without columns, just the title as a line of its own.

    ``key`` is the column holding the keys (or row names) a reader types next: never cut.
    """

    title: str
    columns: Sequence[str] = ()
    rows: list[list[Any]] = field(default_factory=list)
    key: int = 0


def labels(lang: str, *names: str) -> list[str]:
    """Column labels (``cli.col.NAME``) in ``lang``; an empty name stays an empty label."""
    return [text(f"cli.col.{n}", lang) if n else "" for n in names]


def cell(value: Any, lang: str) -> Any:
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
    body = [[text("cli.summary.overall", lang), *(cell(r["overall"][k], lang) for k in keys)]]
    body += [[x["name"], *(cell(x[k], lang) for k in keys)] for x in r["rockets"]]
    columns = labels(
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
        [
            a["ranks"]["betweenness"],
            a["key"],
            a["name"],
            *(cell(a[m], lang) for m in MEASURES),
            label("kind", a["kind"], lang),
        ]
        for a in r["actors"][:rows]
    ]
    columns = ["#", *labels(lang, "actor", "name", *MEASURES, "kind")]
    return [Table(title, columns, body, key=1)]


def brokers(r: dict[str, Any], lang: str, rows: int) -> list[Table]:
    """The brokers and why."""
    measures = ["betweenness", "constraint", "effective_size", "hierarchy"]
    body = [
        [b["key"], b["name"], *(cell(b[m], lang) for m in measures), b["cut_off"], b["text"][lang]]
        for b in r["brokers"][:rows]
    ]
    columns = labels(lang, "actor", "name", *measures, "cut_off", "why")
    return [Table(text("cli.brokers.title", lang), columns, body)]


def gaps(r: dict[str, Any], lang: str, rows: int) -> list[Table]:
    """The gaps, at most ``rows`` of each kind, with their ids (what ``graphsvc gaps handle``
    takes), score, what to do next and whether handled; and how many more there are."""
    counts = ", ".join(f"{label('severity', k, lang)} {v}" for k, v in r["by_severity"].items())
    shown: dict[str, int] = {}
    body = []
    for gap in r["gaps"]:
        shown[gap["kind"]] = shown.get(gap["kind"], 0) + 1
        if shown[gap["kind"]] <= rows:
            handled = "✓ " if gap.get("handled") else ""
            finding = f"{handled}{gap['text'][lang]} → {gap['next'][lang]}"
            level = f"{label('severity', gap['severity'], lang)} {gap['score']}"
            body.append([gap["id"], level, finding])
    hidden = sum(max(0, n - rows) for n in shown.values())
    columns = labels(lang, "gap", "severity", "finding")
    found = [Table(text("cli.gaps.title", lang, counts=counts), columns, body)]
    return found + ([Table(text("cli.more", lang, hidden=hidden))] if hidden else [])


def recommend(r: dict[str, Any], lang: str, rows: int) -> list[Table]:
    """The introductions and why."""
    body = [
        [
            text("analysis.strength", lang, strength=p["strength"], band=band_word(p, lang)),
            p["actors"][0]["name"],
            p["actors"][1]["name"],
            f"{p['reasons'][lang]}. {p['text'][lang]}",
        ]
        for p in r["introductions"][:rows]
    ]
    columns = labels(lang, "score", "actor", "actor", "why")
    return [Table(text("cli.recommend.title", lang), columns, body)]


def band_word(pair: dict[str, Any], lang: str) -> str:
    """An introduction's band in words (vahva, kohtalainen, heikko)."""
    return text(f"analysis.band.{pair['band']}", lang)


def coverage(r: dict[str, Any], lang: str, rows: int) -> list[Table]:
    """Actors (and actions) per kind and rocket."""
    rockets = r["rockets"]
    body = [
        [
            label("kind", kind, lang),
            *[f"{r['actors'][kind][x['key']]} ({r['actions'][kind][x['key']]})" for x in rockets],
        ]
        for kind in r["kinds"]
    ]
    columns = [*labels(lang, "kind"), *[x["name"] for x in rockets]]
    return [Table(text("cli.coverage.title", lang), columns, body)]


def communities(r: dict[str, Any], lang: str, rows: int) -> list[Table]:
    """The communities, and whether each rocket's actors split."""
    modularity, nmi = (number(r[k], lang, 4) for k in ("modularity", "nmi_with_rockets"))
    title = text("cli.communities.title", lang, modularity=modularity, nmi=nmi)
    groups = [
        [c["id"], c["size"], yes_no(c["crosses_rockets"], lang), c["text"][lang]]
        for c in r["communities"][:rows]
    ]
    rockets = [
        [x["name"], x["actors"], yes_no(x["split"], lang), x["text"][lang]] for x in r["rockets"]
    ]
    return [
        Table(title, ["#", *labels(lang, "size", "crosses_rockets", "community")], groups),
        Table(
            text("cli.communities.rockets", lang),
            labels(lang, "rocket", "actors", "split", ""),
            rockets,
        ),
    ]


def whatif(r: dict[str, Any], lang: str, rows: int) -> list[Table]:
    """The sentence, the figures before and after, and who and what is left behind."""
    figures = [
        [text(f"cli.col.{k}", lang), cell(r[k]["before"], lang), cell(r[k]["after"], lang)]
        for k in ("components", "main_component", "average_reach")
    ]
    found = [
        Table(r["text"][lang]),
        Table(text("cli.whatif.title", lang), labels(lang, "", "before", "after"), figures),
    ]
    if r["cut_off"]:
        cut = [[a["key"], a["name"], label("kind", a["kind"], lang)] for a in r["cut_off"]]
        columns = labels(lang, "actor", "name", "kind")
        found.append(Table(text("cli.whatif.cut_off", lang), columns, cut))
    lost = [[text("cli.col.no_lead", lang), a["name"]] for a in r["actions_without_lead"]]
    lost += [[text("cli.col.no_actor", lang), a["name"]] for a in r["actions_without_actors"]]
    if lost:
        columns = labels(lang, "left_with", "action")
        found.append(Table(text("cli.whatif.actions", lang), columns, lost))
    return found

"""What ``graphsvc analyze change`` and ``graphsvc analyze timeline`` show: tables, as data.

As :mod:`graphsvc.services.analysis_tables` does for the other kinds; titles and labels come
from :mod:`graphsvc.messages.cli`, sentences from :mod:`graphsvc.services.change_text`.
"""

from __future__ import annotations

from typing import Any

from graphsvc.messages import text
from graphsvc.messages.labels import label
from graphsvc.services.analysis_tables import Table, cell, labels

#: The health figures as the tables label them (``cli.col.*``).
FIGURE_LABELS: dict[str, str] = {
    "actors": "actors",
    "actions": "actions",
    "ties": "ties",
    "density": "density",
    "main_component_share": "main_share",
    "average_reach": "average_reach",
    "solo_action_share": "solo_actions",
    "kinds": "kinds",
}


def change(r: dict[str, Any], lang: str, rows: int) -> list[Table]:
    """What changed: the headline, then a table per section that has something to show."""

    def event(key: str) -> str:
        return text(f"cli.change.{key}", lang)

    def listed(section: dict[str, Any], cells: Any) -> list[list[Any]]:
        return [[event(k), *cells(x)] for k, found in section.items() for x in found[:rows]]

    actions = r["actions"]
    shared, reported = r["ties"]["co_participation"], r["ties"]["reported"]
    intros, gaps = r["introductions"], r["gaps"]
    points = r["articulation_points"]
    found = [
        Table(r["text"][lang]),
        Table(
            text("cli.change.actors", lang),
            labels(lang, "change", "actor", "name", "kind"),
            listed(r["actors"], lambda a: [a["key"], a["name"], label("kind", a["kind"], lang)]),
            key=1,
        ),
        Table(
            text("cli.change.actions", lang),
            labels(lang, "change", "action", "title", "status"),
            listed(actions, lambda a: [a["key"], a["name"], _status_cell(a, lang)]),
            key=1,
        ),
        Table(
            text(
                "cli.change.ties",
                lang,
                **shared["counts"],
                **{f"reported_{k}": v for k, v in reported["counts"].items()},
            ),
            labels(lang, "change", "actor", "actor", "shared"),
            listed(
                {k: shared[k] for k in ("formed", "ended")},
                lambda t: [t["actors"][0]["name"], t["actors"][1]["name"], t["shared"]],
            ),
        ),
        Table(
            text("cli.change.introductions", lang, **_intro_counts(intros)),
            ["#", *labels(lang, "change", "actor", "actor")],
            sorted(
                [
                    [p["rank"], event(k), p["actors"][0]["name"], p["actors"][1]["name"]]
                    for k in ("happened", "not_happened")
                    for p in intros[k]
                ]
            )[:rows],
        ),
        Table(
            text("cli.change.gaps", lang, closed=len(gaps["closed"]), opened=len(gaps["opened"])),
            labels(lang, "change", "severity", "kind", "finding"),
            listed(
                {k: gaps[k] for k in ("closed", "opened")},
                lambda g: [
                    label("severity", g["severity"], lang),
                    label("gap", g["kind"], lang),
                    g["text"][lang],
                ],
            ),
        ),
        Table(
            text("cli.change.centrality", lang, top=r["centrality"]["top"]),
            labels(lang, "measure", "change", "actor", "name", "rank_before", "rank_after"),
            [
                [text(f"cli.col.{m}", lang), *row]
                for m in ("betweenness", "two_step_reach")
                for row in listed(
                    r["centrality"][m],
                    lambda a: [
                        a["key"],
                        a["name"],
                        a["rank_before"] or "–",
                        a["rank_after"] or "–",
                    ],
                )
            ],
            key=2,
        ),
        Table(
            text("cli.change.articulation", lang),
            labels(lang, "change", "actor", "name", "cut_off"),
            listed(points, lambda a: [a["key"], a["name"], a["cut_off"]]),
            key=1,
        ),
    ]
    shown = [t for t in found if not t.columns or t.rows]
    return shown + _health_tables(r["health"], lang)


def timeline(r: dict[str, Any], lang: str, rows: int) -> list[Table]:
    """One table per entry (the whole programme, then each rocket): figures by point."""
    entries = [(text("cli.summary.overall", lang), r["overall"])]
    entries += [(x["name"], x) for x in r["rockets"]]
    return [
        Table(
            text("cli.timeline.title", lang, where=where),
            ["", *r["points"]],
            [
                [
                    text(f"cli.col.{label}", lang),
                    *("–" if v is None else cell(v, lang) for v in row[f]),
                ]
                for f, label in FIGURE_LABELS.items()
            ],
        )
        for where, row in entries
    ]


def _health_tables(h: dict[str, Any], lang: str) -> list[Table]:
    before, after, diff = (h[k]["overall"] for k in ("before", "after", "difference"))
    overall = [
        [text(f"cli.col.{label}", lang), *(cell(x[f], lang) for x in (before, after, diff))]
        for f, label in FIGURE_LABELS.items()
    ]
    rockets = [
        [x["name"], *(cell(x[f], lang) for f in FIGURE_LABELS)] for x in h["difference"]["rockets"]
    ]
    return [
        Table(h["text"][lang]),
        Table(
            text("cli.change.health", lang),
            labels(lang, "", "before", "after", "difference"),
            overall,
        ),
        Table(
            text("cli.change.rockets", lang),
            labels(lang, "rocket", *FIGURE_LABELS.values()),
            rockets,
        ),
    ]


def _status_cell(action: dict[str, Any], lang: str) -> str:
    if "from" in action:
        return f"{label('status', action['from'], lang)} → {label('status', action['to'], lang)}"
    return label("status", action["status"], lang)


def _intro_counts(intros: dict[str, Any]) -> dict[str, int]:
    return {"happened": len(intros["happened"]), "suggested": intros["suggested"]}

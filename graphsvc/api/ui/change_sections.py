"""The change report shaped for the Changes page: sections of sentences, and the health table.

Every finding of the ``change`` analysis carries its sentence in both languages (``text``);
a section is a heading and the sentences of one list of findings, in the page language.
"""

from __future__ import annotations

from typing import Any

from graphsvc.analysis.health import FIGURES
from graphsvc.api.ui.pages import Page

#: (section id, heading message, path to the findings in the result), in page order.
SECTIONS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("intro-happened", "changes_intro_happened", ("introductions", "happened")),
    ("intro-waiting", "changes_intro_waiting", ("introductions", "not_happened")),
    ("joined", "changes_joined", ("actors", "joined")),
    ("left", "changes_left", ("actors", "left")),
    ("gaps-closed", "changes_gaps_closed", ("gaps", "closed")),
    ("gaps-opened", "changes_gaps_opened", ("gaps", "opened")),
    ("cuts-vanished", "changes_cuts_vanished", ("articulation_points", "vanished")),
    ("cuts-appeared", "changes_cuts_appeared", ("articulation_points", "appeared")),
    ("begun", "changes_begun", ("actions", "begun")),
    ("finished", "changes_finished", ("actions", "finished")),
    ("dropped", "changes_dropped", ("actions", "dropped")),
    ("status", "changes_status", ("actions", "status_changed")),
    ("ties-formed", "changes_ties_formed", ("ties", "co_participation", "formed")),
    ("ties-ended", "changes_ties_ended", ("ties", "co_participation", "ended")),
)
#: The rankings shown, and the moves of each.
RANKINGS = ("betweenness", "two_step_reach")
MOVES = ("rose", "fell", "entered_top", "left_top")


def change_sections(body: dict[str, Any], page: Page) -> list[dict[str, Any]]:
    """The sections of the report that found something: id, heading, count, sentences."""
    found = [_section(key, page.t(word), _at(body, path), page) for key, word, path in SECTIONS]
    for measure in RANKINGS:
        moved = [row for move in MOVES for row in body["centrality"][measure][move]]
        found.append(_section(f"rank-{measure}", page.t(f"changes_rank_{measure}"), moved, page))
    return [s for s in found if s["items"]]


def health_rows(health: dict[str, Any], page: Page) -> list[dict[str, Any]]:
    """The whole programme's health then, now and the difference, one row per figure."""
    before, after = health["before"]["overall"], health["after"]["overall"]
    difference = health["difference"]["overall"]
    return [
        {
            "name": page.t(f"health_{figure}"),
            "before": before[figure],
            "after": after[figure],
            "difference": difference[figure],
        }
        for figure in FIGURES
        if figure in before
    ]


def _at(body: dict[str, Any], path: tuple[str, ...]) -> list[dict[str, Any]]:
    value: Any = body
    for step in path:
        value = value[step]
    return list(value)


def _section(key: str, title: str, rows: list[dict[str, Any]], page: Page) -> dict[str, Any]:
    return {"id": key, "title": title, "items": [row["text"][page.lang] for row in rows]}

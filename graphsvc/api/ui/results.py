"""Analysis results shaped for templates: the coverage heatmap, subject links, recommendations.

The results come from :func:`graphsvc.services.analysis.run_analysis` (shapes in
docs/analysis.md); sentences are taken in the page language from their ``text``.
"""

from __future__ import annotations

import math
from typing import Any
from urllib.parse import quote

from graphsvc.api.ui.pages import Page

#: Colour levels of the heatmap besides 0 (an empty cell, a possible gap).
HEAT_LEVELS = 5
_SUBJECT_PATHS = {"Action": "/actions/", "Actor": "/actors/", "Rocket": "/rockets/"}


def heat_level(value: int, highest: int) -> int:
    """The colour class of a cell: 0 for none, else 1–5 in proportion to the highest value.

    >>> [heat_level(v, 10) for v in (0, 1, 2, 5, 10)]
    [0, 1, 1, 3, 5]
    """
    if value <= 0 or highest <= 0:
        return 0
    return max(1, min(HEAT_LEVELS, math.ceil(HEAT_LEVELS * value / highest)))


def coverage_table(result: dict[str, Any], page: Page) -> dict[str, Any]:
    """The actor kind × rocket heatmap: columns, rows of cells with levels, legend, totals."""
    body = result["result"]
    columns = body["rockets"]
    counts = body["actors"]
    highest = max((n for row in counts.values() for n in row.values()), default=0)
    rows = [
        {
            "kind": kind,
            "cells": [
                {
                    "value": counts[kind][c["key"]],
                    "level": heat_level(counts[kind][c["key"]], highest),
                }
                for c in columns
            ],
        }
        for kind in body["kinds"]
    ]
    totals = [body["totals"][c["key"]]["actors"] for c in columns]
    legend = [(0, "0"), *heat_legend(highest)]
    return {"columns": columns, "rows": rows, "legend": legend, "totals": totals}


def heat_legend(highest: int) -> list[tuple[int, str]]:
    """The levels 1–5 that some count can reach, each with the range of counts it shows.

    >>> heat_legend(2), heat_legend(10)[:2]
    ([(3, '1'), (5, '2')], [(1, '1–2'), (2, '3–4')])
    """
    found = []
    for level in range(1, HEAT_LEVELS + 1):
        low = (level - 1) * highest // HEAT_LEVELS + 1
        high = level * highest // HEAT_LEVELS
        if low <= high:
            found.append((level, str(low) if low == high else f"{low}–{high}"))
    return found


def subject_links(
    subjects: list[dict[str, Any]], rocket_names: dict[str, str] | None = None
) -> list[tuple[str, str]]:
    """``(name, path)`` of each subject that has a page (actions, actors, rockets); a rocket
    by its name in ``rocket_names`` (the page's language) when given."""
    links = []
    for s in subjects:
        if s.get("label") not in _SUBJECT_PATHS:
            continue
        name = str(s.get("name") or s["key"])
        if s["label"] == "Rocket":
            name = (rocket_names or {}).get(s["key"], name)
        links.append((name, _SUBJECT_PATHS[s["label"]] + quote(str(s["key"]), safe="")))
    return links


def recommendations(
    result: dict[str, Any], page: Page, rocket_names: dict[str, str]
) -> list[dict[str, Any]]:
    """Recommended introductions as table rows: the two actors, why, and the strength
    (0–100) with its band and reasons, the same number as the CLI and the API give."""
    rows = []
    for pair in result["result"]["introductions"]:
        a, b = pair["actors"]
        rows.append(
            {
                "a": a,
                "b": b,
                "partners": pair.get("shared_partners", []),
                "partner_count": pair.get("shared_partner_count", 0),
                "rockets": [rocket_names.get(r, r) for r in pair.get("shared_rockets", [])],
                "text": pair["text"].get(page.lang) or pair["text"].get("fi", ""),
                "strength": pair["strength"],
                "band": pair["band"],
                "band_text": page.label("band", pair["band"]),
                "reasons": pair["reasons"].get(page.lang) or pair["reasons"]["fi"],
            }
        )
    return rows

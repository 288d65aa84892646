"""What ``graphsvc analyze overlap`` shows: the headline, then a table per finding."""

from __future__ import annotations

from typing import Any

from graphsvc.messages import text
from graphsvc.services.analysis_tables import Table, labels


def overlap(r: dict[str, Any], lang: str, rows: int) -> list[Table]:
    """The headline; the bridges, shared actions, themes, rockets apart and introductions."""
    found = [Table(r["text"][lang])]
    sections = (
        ("bridges", ("actor", "why"), lambda b: [b["name"], b["text"][lang]]),
        ("shared_actions", ("action", "why"), lambda a: [a["name"], a["text"][lang]]),
        ("themes", ("theme", "why"), lambda t: [t["name"], t["text"][lang]]),
        ("rockets_apart", ("rocket", "why"), lambda x: [x["name"], x["text"][lang]]),
        (
            "introductions",
            ("actor", "actor", "why"),
            lambda p: [p["a"]["name"], p["b"]["name"], p["text"][lang]],
        ),
    )
    for name, columns, row in sections:
        if r[name]:
            body = [row(item) for item in r[name][:rows]]
            found.append(Table(text(f"cli.overlap.{name}", lang), labels(lang, *columns), body))
    return found

"""The gaps analysis shaped as the worklist page: open gaps grouped by rocket (programme
order 1–5, then the launch pad, then the whole programme), most severe first, and the
handled ones apart; each with what to do next, links and its mark."""

from __future__ import annotations

import datetime as dt
from typing import Any

from graphsvc import messages
from graphsvc.api.ui.pages import Page
from graphsvc.api.ui.results import subject_links
from graphsvc.model import Node

#: The group of gaps that concern no rocket (idle actors, programme indicators).
PROGRAMME = ""


def marked_by(by: str, page: Page) -> str:
    """Who made a mark, as a person reads it: the user's name, an API key, the command line.

    ``user:aino`` is ``aino``; ``key:ab12cd34`` is the key's words with its id.
    """
    source, _, name = by.partition(":")
    if source == "key":
        return page.t("worklist_by_key", key_id=name)
    if source == "cli":
        return page.t("worklist_by_cli", user=name or "—")
    return name or by


def _mark(mark: dict[str, Any] | None, page: Page) -> dict[str, Any] | None:
    if mark is None:
        return None
    try:
        when = messages.date(dt.datetime.fromisoformat(mark["at"]), page.lang)
    except ValueError:
        when = mark["at"]
    return {"by": marked_by(mark["by"], page), "at": when, "note": mark["note"]}


def _item(gap: dict[str, Any], page: Page, rocket_names: dict[str, str]) -> dict[str, Any]:
    return {
        "id": gap["id"],
        "text": gap["text"].get(page.lang) or gap["text"]["fi"],
        "next": gap["next"].get(page.lang) or gap["next"]["fi"],
        "severity": gap["severity"],
        "severity_text": page.label("severity", gap["severity"]),
        "score": gap["score"],
        "links": subject_links(gap.get("subjects", []), rocket_names),
        "handled": _mark(gap.get("handled"), page),
    }


def worklist(
    result: dict[str, Any], page: Page, rockets: list[Node], rocket: str | None
) -> dict[str, Any]:
    """``groups`` of open gaps (``key``, ``name``, ``items``) in programme order, the
    ``handled`` items, and the counts per severity of the open ones."""
    order = [r.key for r in rockets] + [PROGRAMME]
    names = {r.key: page.rocket_name(r) for r in rockets}
    names = {r.key: page.rocket_name(r) for r in rockets}
    names[PROGRAMME] = page.t("worklist_programme")
    groups: dict[str, list[dict[str, Any]]] = {key: [] for key in order}
    handled = []
    for gap in result["result"]["gaps"]:
        item = _item(gap, page, names)
        if item["handled"] is not None:
            handled.append(item)
            continue
        key = rocket or next((r for r in gap.get("rockets", []) if r in groups), PROGRAMME)
        groups[key].append(item)
    open_items = [i for items in groups.values() for i in items]
    return {
        "groups": [
            {"key": key or "programme", "name": names[key], "items": groups[key]}
            for key in order
            if groups[key]
        ],
        "handled": handled,
        "open": len(open_items),
        "by_severity": {
            s: sum(i["severity"] == s for i in open_items) for s in ("high", "medium", "low")
        },
    }

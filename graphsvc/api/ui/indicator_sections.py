"""The indicators' progress shaped for the Indicators and Indicator pages.

:func:`indicator_rows` turns the items of
:func:`graphsvc.services.indicators.indicator_progress_report` into table rows and
:func:`network_blocks` its ``network`` into one block per rocket (or the programme)
measured; :func:`detail_facts` does the same for one indicator of
:func:`~graphsvc.services.indicators.show_indicator`. Every word is in the page language,
numbers and percentages in the reader's locale; nothing here is contact data.
"""

from __future__ import annotations

from typing import Any

from graphsvc import messages
from graphsvc.api.ui.pages import Page

#: The on-track mark: a symbol and a word (never a colour alone), by ``on_track``.
MARKS: dict[bool | None, tuple[str, str, str]] = {
    True: ("\u2713", "mark_on_track", "on-track"),
    False: ("\u2717", "mark_lagging", "lagging"),
    None: ("\u2013", "mark_no_values", "no-values"),
}


def indicator_name(item: dict[str, Any], lang: str) -> str:
    """The indicator's name in ``lang`` (Finnish when it has no English one)."""
    return str((item.get("name_en") or item["name_fi"]) if lang == "en" else item["name_fi"])


def value_in_year(page: Page, value: float, year: int, unit: str = "") -> str:
    """``31 200 työpaikkaa (2020)``: a value with its unit and year, in the reader's locale."""
    shown = messages.number(value, page.lang) + (f" {unit}" if unit else "")
    return page.t("indicator_value_year", value=shown, year=str(year))


def value_cell(page: Page, value: float, year: int) -> dict[str, str]:
    """A value and its year apart, for a table cell that puts the year under the value."""
    return {"value": messages.number(value, page.lang), "year": str(year)}


def share(page: Page, value: float | None) -> dict[str, Any] | None:
    """A progress share as its percentage text and the meter's value (clamped to 0–100),
    or None without one: the text always shows, the meter only draws it."""
    if value is None:
        return None
    if abs(value) < 0.005:  # no "-0 %" for a value that did not move
        value = 0.0
    return {
        "text": messages.percent(value, page.lang),
        "meter": round(max(0.0, min(1.0, value)) * 100),
    }


def mark(page: Page, on_track: bool | None) -> dict[str, str]:
    """The on-track mark: symbol, word and a class for the stylesheet."""
    symbol, word, css = MARKS[on_track]
    return {"symbol": symbol, "word": page.t(word), "css": css}


def trend_word(page: Page, trend: str | None) -> str:
    """The trend in words (``paranee``, ``improving``), or that it is not known."""
    return page.t(f"trend_{trend}" if trend else "trend_none")


def _latest(page: Page, item: dict[str, Any]) -> dict[str, Any] | None:
    latest = item["latest"]
    if latest is None:
        return None
    return {
        "text": value_in_year(page, latest["value"], latest["year"]),
        **value_cell(page, latest["value"], latest["year"]),
        "provisional": bool(latest["provisional"]),
    }


def _expected(page: Page, progress: dict[str, Any], unit: str) -> str | None:
    """The value on the straight path from baseline to target in the latest value's year."""
    if progress["expected"] is None or progress["latest"] is None:
        return None
    return value_in_year(page, progress["expected"], progress["latest"]["year"], unit)


def indicator_rows(report: dict[str, Any], page: Page) -> list[dict[str, Any]]:
    """One row per indicator of the progress report, in the report's order."""
    return [
        {
            "key": item["key"],
            "name": indicator_name(item, page.lang),
            "unit": item["unit"],
            "measures": item["rocket_name"],
            "owner": item["owner_name"],
            "baseline": value_cell(page, item["baseline_value"], item["baseline_year"]),
            "target": value_cell(page, item["target_value"], item["target_year"]),
            "latest": _latest(page, item),
            "progress": share(page, item["progress"]),
            "mark": mark(page, item["on_track"]),
            "trend": trend_word(page, item["trend"]),
        }
        for item in report["items"]
    ]


def network_blocks(report: dict[str, Any], page: Page) -> list[dict[str, Any]]:
    """Per rocket (or the programme) measured: its indicators, actions by status, actors
    and kinds, key actors and gap sentences."""
    blocks = []
    for index, (measured, facts) in enumerate(report["network"].items()):
        items = [i for i in report["items"] if i["rocket"] == measured]
        kinds = facts["actor_kinds"]
        blocks.append(
            {
                "id": f"network-{index + 1}",
                "key": measured,
                "name": items[0]["rocket_name"] if items else measured,
                "indicators": [(i["key"], indicator_name(i, page.lang)) for i in items],
                "statuses": [
                    (page.label("status", s), n) for s, n in facts["actions_by_status"].items() if n
                ],
                "actors": page.t("network_actors", n=facts["actors"], kinds=len(kinds)),
                "kinds": [(k, n) for k, n in kinds.items() if n],
                "key_actors": [
                    {
                        **a,
                        "counts": page.t(
                            "network_key_actor", actions=a["actions"], leads=a["leads"]
                        ),
                    }
                    for a in facts["key_actors"]
                ],
                "gaps": list(facts["gaps"]["texts"]),
                "gap_count": sum(facts["gaps"]["by_severity"].values()),
            }
        )
    return blocks


def detail_facts(shown: dict[str, Any], page: Page) -> dict[str, Any]:
    """One indicator of ``show_indicator`` for its page: facts, progress and value rows."""
    progress = shown["progress"]
    return {
        "key": shown["key"],
        "name": indicator_name(shown, page.lang),
        "measures": shown["rocket_name"],
        "owner": shown["owner_name"],
        "unit": shown["unit"],
        "direction": page.t(f"direction_{shown['direction']}"),
        "baseline": value_in_year(page, shown["baseline_value"], shown["baseline_year"]),
        "target": value_in_year(page, shown["target_value"], shown["target_year"]),
        "source": shown["source"],
        "machine_source": shown["machine_source"],
        "year": str(progress["year"]),
        "latest": _latest(page, {**shown, "latest": progress["latest"]}),
        "progress": share(page, progress["progress"]),
        "expected": _expected(page, progress, shown["unit"]),
        "mark": mark(page, progress["on_track"]),
        "trend": trend_word(page, progress["trend"]),
        "values": [
            {
                "year": str(o["year"]),
                "value": messages.number(o["value"], page.lang),
                "provisional": bool(o["provisional"]),
                "note": o["note"],
            }
            for o in shown["observations"]
        ],
    }

"""The key actors page's results shaped for its template: the centrality ranking by a
chosen measure, the brokers, and a what-if answer, with numbers in the page's locale.

The results come from the ``centrality``, ``brokers`` and ``whatif`` analyses (shapes in
docs/analysis.md); the sentences here are made from their facts through the catalogue.
"""

from __future__ import annotations

from typing import Any

from graphsvc import messages
from graphsvc.api.ui.pages import Page, rocket_order
from graphsvc.services.browse_lists import collation_key

#: The measures a person can rank by, in the order the page explains them; the first is the default.
MEASURES = ("betweenness", "degree", "two_step_reach", "pagerank", "closeness")
#: How many actors the ranking shows.
RANKED = 20
BROKERS = 10


def _figures(page: Page, actor: dict[str, Any]) -> dict[str, str]:
    """The measures of one actor as text: shares as percentages, the rest as decimals."""
    return {
        "degree": messages.number(actor["degree"], page.lang, 0),
        "betweenness": messages.number(actor["betweenness"], page.lang, 3),
        "two_step_reach": messages.percent(actor["two_step_reach"], page.lang),
        "pagerank": messages.number(actor["pagerank"], page.lang, 3),
        "closeness": messages.number(actor["closeness"], page.lang, 3),
    }


def ranking(result: dict[str, Any], page: Page, measure: str) -> list[dict[str, Any]]:
    """The RANKED most central actors by ``measure`` (its competition rank, then name)."""
    actors = sorted(
        result["result"]["actors"],
        key=lambda a: (a["ranks"][measure], collation_key(a.get("name") or a["key"], page.lang)),
    )
    return [
        {
            "key": a["key"],
            "name": a.get("name") or a["key"],
            "kind": a.get("kind"),
            "rank": a["ranks"][measure],
            "figures": _figures(page, a),
        }
        for a in actors[:RANKED]
    ]


def actor_choices(result: dict[str, Any], lang: str) -> list[tuple[str, str]]:
    """Every actor of the centrality result as (key, name) select options, by name."""
    found = [(a["key"], str(a.get("name") or a["key"])) for a in result["result"]["actors"]]
    return sorted(found, key=lambda item: (collation_key(item[1], lang), item[0]))


def brokers(result: dict[str, Any], page: Page) -> list[dict[str, Any]]:
    """The first BROKERS brokers with their open pairs, rockets and what their leaving cuts off."""
    return [
        {
            "key": b["key"],
            "name": b.get("name") or b["key"],
            "kind": b.get("kind"),
            "betweenness": messages.number(b["betweenness"], page.lang, 3),
            "open_pairs": b["open_pairs"],
            "rockets": sorted(b.get("rockets", []), key=lambda r: rocket_order(r, None)),
            "cut_off": b.get("cut_off", 0),
        }
        for b in result["result"]["brokers"][:BROKERS]
    ]


def whatif(result: dict[str, Any], page: Page, rocket_names: dict[str, str]) -> dict[str, Any]:
    """What losing one actor does: figures before and after, and the things it leaves bare."""
    body = result["result"]

    def before_after(pair: dict[str, Any], digits: int = 0) -> str:
        before = messages.number(pair["before"], page.lang, digits)
        after = messages.number(pair["after"], page.lang, digits)
        return page.t("key_before_after", before=before, after=after)

    return {
        "actor": body["actor"],
        "figures": [
            ("key_whatif_ties", messages.number(body["ties_lost"], page.lang, 0)),
            ("key_whatif_cut_off", messages.number(len(body["cut_off"]), page.lang, 0)),
            ("key_whatif_main", before_after(body["main_component"])),
            ("key_whatif_parts", before_after(body["components"])),
            ("key_whatif_reach", before_after(body["average_reach"], 1)),
        ],
        "cut_off": body["cut_off"],
        "without_lead": body["actions_without_lead"],
        "without_actors": body["actions_without_actors"],
        "losing_kind": [
            page.t(
                "key_whatif_kind_in",
                rocket=rocket_names.get(r["key"], r["key"]),
                kind=page.label("kind", r["kind"]),
            )
            for r in body["rockets_losing_kind"]
        ],
    }

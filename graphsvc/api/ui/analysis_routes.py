"""Analysis pages: the dashboard (rockets and the coverage heatmap), the gaps, the recommendations.

Analyses run through the app's analysis runner (worker thread, time budget, cached per
graph version), the same as ``GET /api/v1/analysis/{kind}``; a page whose analysis is
over budget still renders, with a note instead of the table.
"""

from __future__ import annotations

import json
from typing import Annotated, Any

from fastapi import APIRouter, Query
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from graphsvc.api.ui import results
from graphsvc.api.ui.pages import Page, render
from graphsvc.api.ui.read_routes import all_rockets
from graphsvc.api.ui.session import UIRoute, ViewerPage
from graphsvc.errors import GraphsvcError
from graphsvc.model import Label, Node
from graphsvc.stores.base import GraphStore

router = APIRouter(route_class=UIRoute, include_in_schema=False)
RocketParam = Annotated[str | None, Query(max_length=128)]


async def run_ui_analysis(page: Page, kind: str, **params: Any) -> tuple[Any, str | None]:
    """An analysis result, or None and a message saying why it is not available."""
    params = {k: v for k, v in params.items() if v is not None}
    params["lang"] = page.lang
    try:
        encoded = await page.request.app.state.analysis.run(kind, params)
    except GraphsvcError as e:
        if e.status == 404 and params.get("rocket"):
            raise
        return None, page.t("analysis_unavailable", detail=e.message)
    return json.loads(encoded), None


def _rocket_cards(store: GraphStore) -> list[dict[str, Any]]:
    return [
        {
            "node": r,
            "actions": len(store.rocket_actions(r.key)),
            "actors": len(store.rocket_actors(r.key)),
        }
        for r in all_rockets(store)
    ]


def _store(page: Page) -> GraphStore:
    store: GraphStore = page.request.app.state.store
    return store


@router.get("/")
async def dashboard(page: ViewerPage) -> Response:
    """The five rockets and the launch pad with their counts, and the kind × rocket heatmap."""
    cards = await run_in_threadpool(_rocket_cards, _store(page))
    coverage, problem = await run_ui_analysis(page, "coverage")
    table = results.coverage_table(coverage, page) if coverage is not None else None
    totals = await run_in_threadpool(
        lambda: {
            "actions": _store(page).count_nodes(Label.ACTION),
            "actors": _store(page).count_nodes(Label.ACTOR),
        }
    )
    return render(page, "dashboard.html", cards=cards, table=table, problem=problem, totals=totals)


def _check_rocket(store: GraphStore, rocket: str | None) -> None:
    if rocket:
        store.get_node(Label.ROCKET, rocket)


async def _rocket_analysis(
    page: Page, kind: str, rocket: str | None
) -> tuple[Any, str | None, list[Node]]:
    """The analysis of one rocket (404 if it does not exist) or of all, its problem message,
    and every rocket (for the filter)."""
    await run_in_threadpool(_check_rocket, _store(page), rocket)
    result, problem = await run_ui_analysis(page, kind, rocket=rocket)
    rockets = await run_in_threadpool(all_rockets, _store(page))
    return result, problem, rockets


@router.get("/gaps")
async def gaps(page: ViewerPage, rocket: RocketParam = None) -> Response:
    """The gap report, for the whole programme or one rocket."""
    rocket = rocket or None
    result, problem, rockets = await _rocket_analysis(page, "gaps", rocket)
    sections = results.gap_sections(result, page) if result is not None else []
    return render(
        page, "gaps.html", rockets=rockets, rocket=rocket, sections=sections, problem=problem
    )


@router.get("/recommendations")
async def recommendations(page: ViewerPage, rocket: RocketParam = None) -> Response:
    """Recommended introductions: actors worth bringing together."""
    rocket = rocket or None
    result, problem, rockets = await _rocket_analysis(page, "recommend", rocket)
    names = {r.key: page.rocket_name(r) for r in rockets}
    items = results.recommendations(result, page, names) if result is not None else []
    return render(
        page, "recommend.html", rockets=rockets, rocket=rocket, items=items, problem=problem
    )

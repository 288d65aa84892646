"""Analysis pages: the dashboard (rockets and the coverage heatmap), the gaps, the recommendations.

Analyses run through the app's analysis runner (worker thread, time budget, cached per
graph version), the same as ``GET /api/v1/analysis/{kind}``; a page whose analysis is
over budget still renders, with a note instead of the table.
"""

from __future__ import annotations

import json
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, Query
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from graphsvc.api.ui import results
from graphsvc.api.ui.pages import Page, programme_choices, render
from graphsvc.api.ui.read_routes import all_rockets
from graphsvc.api.ui.session import UIRoute, ViewerPage
from graphsvc.api.ui.stores import read_store
from graphsvc.api.ui.worklist import worklist
from graphsvc.errors import GraphsvcError
from graphsvc.model import PROGRAMME_KEY, Label
from graphsvc.services.as_of import history_years, store_on
from graphsvc.stores.base import GraphStore

router = APIRouter(route_class=UIRoute, include_in_schema=False)
RocketParam = Annotated[str | None, Query(max_length=128)]
#: The year (or day) a page shows the network as of; empty or missing: now.
AsOfParam = Annotated[str | None, Query(max_length=10)]


async def run_ui_analysis(page: Page, kind: str, **params: Any) -> tuple[Any, str | None]:
    """An analysis result, or None and a message saying why it is not available."""
    params = {k: v for k, v in params.items() if v is not None}
    params["lang"] = page.lang
    if page.programme is not None and kind != "overlap":
        params.setdefault("programme", page.programme)
    try:
        encoded = await page.request.app.state.analysis.run(kind, params)
    except GraphsvcError as e:
        if e.status == 404 and params.get("rocket"):
            raise
        return None, page.t("analysis_unavailable", detail=e.in_lang(page.lang))
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


def ui_store(page: Page) -> GraphStore:
    """The store the page reads: the chosen programme's part, or the whole portfolio."""
    return read_store(page)


async def _then(
    page: Page, as_of: str | None
) -> tuple[GraphStore, str | None, list[tuple[str, str]]]:
    """The store as of the chosen year (422 for a malformed one), the choice as given, and
    the year selector's options: the years with history, newest first."""
    as_of = as_of or None
    then = await run_in_threadpool(store_on, ui_store(page), as_of)
    years = await run_in_threadpool(history_years, ui_store(page))
    return then, as_of, [(str(y), str(y)) for y in reversed(years)]


async def portfolio_figures(page: Page, as_of: str | None) -> dict[str, Any] | None:
    """The dashboard's portfolio figures (actors in both programmes, ties across, rockets
    apart), or None when the store holds fewer than two programmes to compare."""
    if len(programme_choices(page)) < 2:
        return None
    found, problem = await run_ui_analysis(page, "overlap", as_of=as_of)
    if found is None:
        return {"problem": problem}
    body = found["result"]
    return {
        "programmes": body["programmes"],
        "actors": body["actors"],
        "shared_actors": body["shared_actors"],
        "ties_across": body["ties_across"],
        "rockets_apart": len(body["rockets_apart"]),
        "text": body["text"][page.lang],
        "launchpad_of": body["programmes"][0]["key"] == PROGRAMME_KEY,
    }


@router.get("/")
async def dashboard(page: ViewerPage, as_of: AsOfParam = None) -> Response:
    """The five rockets and the launch pad with their counts, and the kind × rocket heatmap,
    now or as of a chosen year."""
    then, as_of, years = await _then(page, as_of)
    cards = await run_in_threadpool(_rocket_cards, then)
    coverage, problem = await run_ui_analysis(page, "coverage", as_of=as_of)
    table = results.coverage_table(coverage, page) if coverage is not None else None
    totals = await run_in_threadpool(
        lambda: {
            "actions": then.count_nodes(Label.ACTION),
            "actors": then.count_nodes(Label.ACTOR),
        }
    )
    portfolio = await portfolio_figures(page, as_of)
    return render(
        page,
        "dashboard.html",
        cards=cards,
        table=table,
        problem=problem,
        totals=totals,
        years=years,
        as_of=as_of,
        map_query=_map_query(as_of, years),
        portfolio=portfolio,
    )


def _map_query(as_of: str | None, years: list[tuple[str, str]]) -> str:
    """How the dashboard's map links read the graph: as of the chosen year, else over the
    years with history (a map with a year slider), else now.

    >>> _map_query("2023", []), _map_query(None, [("2024", "2024"), ("2022", "2022")])
    ('?as_of=2023', '?from=2022')
    """
    if as_of:
        return f"?as_of={quote(as_of)}"
    return f"?from={years[-1][0]}" if years else ""


def check_rocket(store: GraphStore, rocket: str | None) -> None:
    """NotFoundError (404) unless ``rocket`` is None or exists."""
    if rocket:
        store.get_node(Label.ROCKET, rocket)


async def _rocket_analysis(
    page: Page, kind: str, rocket: str | None, as_of: str | None
) -> tuple[Any, str | None, dict[str, Any]]:
    """The analysis of one rocket (404 if it does not exist) or of all, as of a year, its
    problem message, and what the page's filters need (rockets, years, the choices)."""
    then, as_of, years = await _then(page, as_of)
    await run_in_threadpool(check_rocket, ui_store(page), rocket)
    result, problem = await run_ui_analysis(page, kind, rocket=rocket, as_of=as_of)
    rockets = await run_in_threadpool(all_rockets, then)
    return result, problem, {"rockets": rockets, "rocket": rocket, "years": years, "as_of": as_of}


@router.get("/gaps")
async def gaps(page: ViewerPage, rocket: RocketParam = None, as_of: AsOfParam = None) -> Response:
    """The gaps as a worklist, for the whole programme or one rocket: by rocket, most
    severe first, with next steps and handled marks (editors mark; not for a past year)."""
    result, problem, filters = await _rocket_analysis(page, "gaps", rocket or None, as_of)
    work = worklist(result, page, filters["rockets"], rocket or None) if result else None
    can_mark = page.can_edit and not filters["as_of"]
    intros: list[dict[str, Any]] = []
    if rocket and result is not None:  # the whole network's list is on its own page
        found, _ = await run_ui_analysis(page, "recommend", rocket=rocket, as_of=as_of, top=5)
        names = {r.key: page.rocket_name(r) for r in filters["rockets"]}
        intros = results.recommendations(found, page, names) if found is not None else []
    return render(
        page,
        "gaps.html",
        work=work,
        problem=problem,
        can_mark=can_mark,
        intros=intros,
        survey_note=(result or {}).get("survey"),
        **filters,
    )


@router.get("/recommendations")
async def recommendations(
    page: ViewerPage, rocket: RocketParam = None, as_of: AsOfParam = None
) -> Response:
    """Recommended introductions: actors worth bringing together (now or as of a year)."""
    result, problem, filters = await _rocket_analysis(page, "recommend", rocket or None, as_of)
    names = {r.key: page.rocket_name(r) for r in filters["rockets"]}
    items = results.recommendations(result, page, names) if result is not None else []
    note = (result or {}).get("survey")
    return render(page, "recommend.html", items=items, problem=problem, survey_note=note, **filters)

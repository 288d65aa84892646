"""The "Muutokset / Changes" page: what changed in the network between two chosen years.

The report is the ``change`` analysis (the same as ``GET /api/v1/analysis/change``), run
through the app's analysis runner and shaped into sections by
:func:`graphsvc.api.ui.change_sections.change_sections`.
"""

from __future__ import annotations

from typing import Annotated
from urllib.parse import quote

from fastapi import APIRouter, Query
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from graphsvc.api.ui.analysis_routes import RocketParam, check_rocket, run_ui_analysis, ui_store
from graphsvc.api.ui.change_sections import change_sections, health_rows
from graphsvc.api.ui.pages import Page, render
from graphsvc.api.ui.read_routes import all_rockets
from graphsvc.api.ui.session import UIRoute, ViewerPage
from graphsvc.services.as_of import history_years
from graphsvc.services.dated_graphs import check_dates

router = APIRouter(route_class=UIRoute, include_in_schema=False)
#: A year (or day) of the comparison; empty or missing: the default.
DateParam = Annotated[str | None, Query(max_length=10)]


@router.get("/changes")
async def changes(
    page: ViewerPage,
    since: Annotated[str | None, Query(alias="from", max_length=10)] = None,
    to: DateParam = None,
    rocket: RocketParam = None,
) -> Response:
    """The change report between two years (default: the first year with history and now),
    for the whole programme or one rocket; 422 for a malformed year or ``from`` after ``to``."""
    since, to, rocket = since or None, to or None, rocket or None
    check_dates(since, to)
    store = ui_store(page)
    await run_in_threadpool(check_rocket, store, rocket)
    years = [str(y) for y in reversed(await run_in_threadpool(history_years, store))]
    result, problem = (None, None)
    if years:
        result, problem = await run_ui_analysis(
            page, "change", **{"from": since, "to": to, "rocket": rocket}
        )
    body = result["result"] if result is not None else None
    return render(
        page,
        "changes.html",
        years=[(y, y) for y in years],
        since=since or (years[-1] if years else ""),
        to=to or "",
        rockets=await run_in_threadpool(all_rockets, store),
        rocket=rocket,
        headline=body["text"][page.lang] if body else None,
        sections=change_sections(body, page) if body else [],
        health=health_rows(body["health"], page) if body else [],
        problem=problem,
        map_url=_map_url(page, since or (years[-1] if years else None), to, rocket),
    )


def _map_url(page: Page, since: str | None, to: str | None, rocket: str | None) -> str:
    """The timeline map of the same years (and rocket): the change drawn year by year."""
    path = f"/maps/rocket/{quote(rocket, safe='')}" if rocket else "/maps/network"
    return page.url(path, **{"from": since[:4] if since else None, "to": to[:4] if to else None})

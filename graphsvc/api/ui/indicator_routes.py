"""The "Mittarit / Indicators" page and the page of one indicator.

The list is :func:`graphsvc.services.indicators.indicator_progress_report` (the same as
``GET /api/v1/indicators/progress``) shaped by :mod:`graphsvc.api.ui.indicator_sections`;
an indicator's page adds its trend chart, the report's chart inlined as SVG with its text
alternative. Both show one year: chosen, else the latest year with values.
"""

from __future__ import annotations

import threading
from typing import Annotated, Any

from fastapi import APIRouter, Query
from fastapi.responses import Response
from markupsafe import Markup
from starlette.concurrency import run_in_threadpool

from graphsvc.api.ui.indicator_sections import detail_facts, indicator_rows, network_blocks
from graphsvc.api.ui.pages import render
from graphsvc.api.ui.session import UIRoute, ViewerPage
from graphsvc.api.ui.stores import app_store
from graphsvc.api.ui.svg_styles import presentational
from graphsvc.indicator_model import parse_year
from graphsvc.services.as_of import history_years
from graphsvc.services.indicators import indicator_progress_report, show_indicator, this_year
from graphsvc.stores.base import GraphStore

router = APIRouter(route_class=UIRoute, include_in_schema=False)
#: The year a page shows; empty or missing: the latest year with values.
YearParam = Annotated[str | None, Query(max_length=4)]
#: matplotlib's pyplot is not thread-safe: one chart at a time in this process.
_CHART_LOCK = threading.Lock()


def value_years(store: GraphStore) -> list[int]:
    """The years a page may show: those with an indicator value or with history, up to
    this year, newest first."""
    years = {o.year for o in store.find_observations()} | set(history_years(store))
    return sorted((y for y in years if y <= this_year()), reverse=True)


def latest_value_year(store: GraphStore) -> int:
    """The latest year of any indicator value; this year when there is none."""
    return max((o.year for o in store.find_observations()), default=this_year())


def chosen_year(store: GraphStore, year: str | None) -> int:
    """``year`` as given (ValidationError, shown as 422, for one that is not a year), else
    the latest year with values."""
    return parse_year(year) if year else latest_value_year(store)


def _list_data(store: GraphStore, year: str | None, lang: str) -> dict[str, Any]:
    chosen = chosen_year(store, year)
    return {
        "report": indicator_progress_report(store, chosen, lang),
        "year": str(chosen),
        "years": [(str(y), str(y)) for y in value_years(store)],
    }


@router.get("/indicators")
async def indicators(page: ViewerPage, year: YearParam = None) -> Response:
    """Every indicator's progress in a year, and the network beside each rocket measured."""
    data = await run_in_threadpool(_list_data, app_store(page), year or None, page.lang)
    report = data.pop("report")
    return render(
        page,
        "indicators.html",
        counts=report["counts"],
        rows=indicator_rows(report, page),
        blocks=network_blocks(report, page),
        **data,
    )


def _chart(store: GraphStore, key: str, year: int, shown: dict[str, Any], lang: str) -> str:
    """The indicator's trend chart: the report's inline SVG, made to draw under the UI's
    policy (no inline styles)."""
    from graphsvc.analysis.indicators import indicator_progress
    from graphsvc.render.indicator_chart import trend_chart_svg
    from graphsvc.render.report_data import IndicatorSection

    indicator = store.get_indicator(key)
    values = sorted(store.find_observations(key), key=lambda o: o.year)
    section = IndicatorSection(
        progress=indicator_progress(indicator, values, year),
        observations=tuple(values),
        measures_name=shown["rocket_name"],
        owner_name=shown["owner_name"],
    )
    with _CHART_LOCK:
        svg = trend_chart_svg(section, lang)  # checked by inline_svg, its title escaped
    return presentational(svg)


def _detail_data(store: GraphStore, key: str, year: str | None, lang: str) -> dict[str, Any]:
    chosen = chosen_year(store, year)
    shown = show_indicator(store, key, chosen, lang)  # NotFoundError (404) for an unknown key
    return {
        "shown": shown,
        "chart": _chart(store, key, chosen, shown, lang),
        "years": [(str(y), str(y)) for y in value_years(store)],
    }


@router.get("/indicators/{key}")
async def indicator_page(page: ViewerPage, key: str, year: YearParam = None) -> Response:
    """One indicator: its chart, values, progress in a year, owner and source."""
    data = await run_in_threadpool(_detail_data, app_store(page), key, year or None, page.lang)
    facts = detail_facts(data["shown"], page)
    return render(
        page,
        "indicator.html",
        ind=facts,
        chart=Markup(data["chart"]),  # checked SVG, every text in it escaped
        years=data["years"],
        year=facts["year"],
    )

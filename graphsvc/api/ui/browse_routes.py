"""The browse lists: ``/actors`` and ``/actions`` as filtered, sorted, paged tables, and the
same filtered lists as CSV and XLSX downloads (``/actors.csv``, ``/actions.xlsx``, …).

Every parameter travels in the URL, so sorting, filtering and paging work without
JavaScript and a link restores the view. Rows come from
:mod:`graphsvc.services.browse_lists` (one cached snapshot per graph version).
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from graphsvc.api.ui.analysis_routes import ui_store
from graphsvc.api.ui.browse_downloads import check_format, download, list_table
from graphsvc.api.ui.browse_query import BrowseQuery, read_query
from graphsvc.api.ui.pages import Page, render
from graphsvc.api.ui.read_routes import all_rockets
from graphsvc.api.ui.session import UIRoute, ViewerPage
from graphsvc.model import ActorKind, Label, Status
from graphsvc.services.as_of import history_years
from graphsvc.services.browse_lists import FLAGS, PAGE_SIZES, filtered, list_rows, page_of
from graphsvc.services.browse_lists import sorted_rows as in_order

router = APIRouter(route_class=UIRoute, include_in_schema=False)
#: The columns of each table, every one sortable: (row field, catalogue word of its heading).
TABLE_COLUMNS: dict[Label, tuple[tuple[str, str], ...]] = {
    Label.ACTOR: (
        ("name", "name"),
        ("kind", "kind"),
        ("rockets", "rockets"),
        ("actions", "browse_col_actions"),
        ("partners", "browse_col_partners"),
        ("municipality", "municipality"),
    ),
    Label.ACTION: (
        ("title", "title"),
        ("status", "status"),
        ("rockets", "rockets"),
        ("runners", "browse_col_runners"),
        ("leads", "browse_col_leads"),
        ("start", "start"),
    ),
}
_TEMPLATES = {Label.ACTOR: "actors.html", Label.ACTION: "actions.html"}


def _listed(page: Page, label: Label) -> tuple[BrowseQuery, list[dict[str, Any]], dict[str, Any]]:
    """The checked query, its filtered and sorted rows, and what the filter form needs."""
    store = ui_store(page)
    rockets = all_rockets(store)
    query = read_query(page, label, [r.key for r in rockets])
    rows = list_rows(store, label, query.as_of or None)
    kept = filtered(rows, label, query.list_filter)
    rows = in_order(kept, query.sort_column, query.descending, page.lang)
    years = [(str(y), str(y)) for y in reversed(history_years(store))]
    form = {
        "rockets": rockets,
        "rocket_names": {r.key: page.rocket_name(r) for r in rockets},
        "years": years,
    }
    return query, rows, form


@router.get("/actors")
async def actors(page: ViewerPage) -> Response:
    """Every actor as a table: kind, rocket, text, "no actions" and "no partners" filters."""
    return await run_in_threadpool(_list_page, page, Label.ACTOR)


@router.get("/actions")
async def actions(page: ViewerPage) -> Response:
    """Every action as a table: rocket, status, text, "no lead" and "one actor" filters."""
    return await run_in_threadpool(_list_page, page, Label.ACTION)


def _list_page(page: Page, label: Label) -> Response:
    query, rows, form = _listed(page, label)
    shown, number, pages = page_of(rows, query.page, query.size)
    return render(
        page,
        _TEMPLATES[label],
        query=query,
        rows=shown,
        total=len(rows),
        page_number=number,
        pages=pages,
        columns=TABLE_COLUMNS[label],
        flags=FLAGS[label],
        sizes=[(str(n), str(n)) for n in PAGE_SIZES],
        kinds=list(ActorKind),
        statuses=list(Status),
        **form,
    )


@router.get("/actors.{fmt}")
async def actors_download(page: ViewerPage, fmt: str) -> Response:
    """The filtered actor list as ``csv`` or ``xlsx`` (contacts only for editors and admins)."""
    return await run_in_threadpool(_download, page, Label.ACTOR, fmt)


@router.get("/actions.{fmt}")
async def actions_download(page: ViewerPage, fmt: str) -> Response:
    """The filtered action list as ``csv`` or ``xlsx``."""
    return await run_in_threadpool(_download, page, Label.ACTION, fmt)


def _download(page: Page, label: Label, fmt: str) -> Response:
    check_format(page, fmt)
    _, rows, form = _listed(page, label)
    return download(page, label, fmt, list_table(page, label, rows, form["rocket_names"]))

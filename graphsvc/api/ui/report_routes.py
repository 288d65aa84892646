"""The "Vuosiraportti / Annual report" page: choose a year and a language, then download.

The files come from ``GET /api/v1/reports/{year}`` itself (built in a work process of the
file pool): that route admits a signed-in browser's session cookie for reading, so the
page links to it rather than building reports of its own. Both links are downloads
(``<a download>``), the HTML one too: the API answers with its own policy
(``default-src 'none'``), under which a browser would show the report's inline styles
and charts broken; a saved file opens as written.
"""

from __future__ import annotations

from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Query
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from graphsvc.api.ui.indicator_routes import YearParam, latest_value_year, value_years
from graphsvc.api.ui.pages import Page, pick_lang, render
from graphsvc.api.ui.session import UIRoute, ViewerPage
from graphsvc.api.ui.stores import read_store
from graphsvc.messages import LANGS
from graphsvc.services.annual_report import check_report_year, report_file_name
from graphsvc.services.indicators import this_year
from graphsvc.stores.base import GraphStore

router = APIRouter(route_class=UIRoute, include_in_schema=False)
#: The report's language (``lang`` is the page's own); empty or missing: the page's.
LanguageParam = Annotated[str | None, Query(max_length=2)]


def report_url(year: int, lang: str, fmt: str, programme: str | None = None) -> str:
    """The API address of the report file (of one programme, when given).

    >>> report_url(2024, "en", "pdf")
    '/api/v1/reports/2024?format=pdf&lang=en'
    >>> report_url(2024, "fi", "html", "hv")
    '/api/v1/reports/2024?format=html&lang=fi&programme=hv'
    """
    query = {"format": fmt, "lang": lang} | ({"programme": programme} if programme else {})
    return f"/api/v1/reports/{year}?{urlencode(query)}"


def _years(store: GraphStore) -> tuple[list[int], int]:
    """The years offered, newest first (this year when there are none), and the default:
    the latest year with values, if it can be reported."""
    years = value_years(store) or [this_year()]
    latest = latest_value_year(store)
    return years, latest if latest in years else years[0]


@router.get("/report")
async def report_page(
    page: ViewerPage, year: YearParam = None, language: LanguageParam = None
) -> Response:
    """The year and language of the annual report, and its PDF and HTML links (422 for a
    year that is not one or lies in the future)."""
    store = read_store(page)
    years, default = await run_in_threadpool(_years, store)
    chosen = check_report_year(year) if year else default
    lang = pick_lang(language) or page.lang
    return render(
        page,
        "report.html",
        years=[(str(y), str(y)) for y in years],
        year=str(chosen),
        languages=_languages(page),
        language=lang,
        pdf_url=report_url(chosen, lang, "pdf", page.programme),
        html_url=report_url(chosen, lang, "html", page.programme),
        pdf_name=report_file_name(chosen, lang, "pdf"),
        html_name=report_file_name(chosen, lang, "html"),
    )


def _languages(page: Page) -> list[tuple[str, str]]:
    return [(code, page.t(f"report_language_{code}")) for code in LANGS]

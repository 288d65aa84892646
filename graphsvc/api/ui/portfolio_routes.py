"""The portfolio page: two programmes side by side (``/overlap``).

It reads ``analyze overlap`` through the app's analysis runner, like every analysis
page; the programmes compared default to the first two growth programmes.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from fastapi.responses import Response

from graphsvc.api.ui.analysis_routes import AsOfParam, run_ui_analysis
from graphsvc.api.ui.pages import programme_choices, render
from graphsvc.api.ui.session import UIRoute, ViewerPage

router = APIRouter(route_class=UIRoute, include_in_schema=False)
ProgrammeKey = Annotated[str | None, Query(max_length=128)]


@router.get("/overlap")
async def overlap(
    page: ViewerPage,
    first: ProgrammeKey = None,
    second: ProgrammeKey = None,
    as_of: AsOfParam = None,
) -> Response:
    """Two programmes side by side (``first`` and ``second``; by default the first two
    growth programmes): who works in both, who ties them together, the themes and actions
    they share, the rockets apart and the introductions across."""
    choices = programme_choices(page)
    asked = f"{first},{second}" if first and second else None
    found, problem = await run_ui_analysis(
        page, "overlap", programmes=asked, as_of=as_of or None, top=10
    )
    body = found["result"] if found else None
    pair = [p["key"] for p in body["programmes"]] if body else []
    return render(
        page,
        "overlap.html",
        body=body,
        problem=problem,
        choices=choices,
        first=pair[0] if pair else "",
        second=pair[1] if pair else "",
        as_of=as_of or "",
    )

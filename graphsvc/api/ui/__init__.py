"""The web UI: server-rendered pages for people (sign-in, dashboard, search, browse lists,
key actors, gaps, changes, indicators, the annual report, presentations, maps, forms).

``ui_router`` holds every page; the app factory includes it after the API routers.
"""

from __future__ import annotations

from fastapi import APIRouter

from graphsvc.api.ui import (
    analysis_routes,
    assets,
    auth_routes,
    browse_routes,
    change_routes,
    delete_routes,
    edit_routes,
    indicator_routes,
    key_actor_routes,
    map_routes,
    portfolio_routes,
    presentation_routes,
    read_routes,
    report_routes,
    survey_form_routes,
    survey_routes,
    worklist_routes,
)

ui_router = APIRouter(include_in_schema=False)
for _module in (
    assets,
    auth_routes,
    analysis_routes,
    portfolio_routes,
    browse_routes,
    worklist_routes,
    change_routes,
    delete_routes,
    edit_routes,
    read_routes,
    indicator_routes,
    key_actor_routes,
    report_routes,
    presentation_routes,
    map_routes,
    survey_routes,
    survey_form_routes,
):
    ui_router.include_router(_module.router)

__all__ = ["ui_router"]

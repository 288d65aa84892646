"""The interactive map pages under ``/maps/…``, served with the map's strict CSP.

The page is :func:`graphsvc.services.maps.build_map` as is: vis-network and the page
script inlined, the data as escaped JSON, no contact data. The header policy allows
only the inline blocks whose SHA-256 hashes the map renderer names, and no framing.
Pages are built in the export and map work processes (:mod:`graphsvc.api.file_jobs`)
and cached per selection, language and graph version.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query
from fastapi.responses import HTMLResponse, Response

from graphsvc.api.file_jobs import map_page
from graphsvc.api.ui.pages import Page, remember_lang, security_headers
from graphsvc.api.ui.session import UIRoute, ViewerPage

router = APIRouter(route_class=UIRoute, include_in_schema=False, prefix="/maps")
#: Where a super-node of the overview map (very large networks) leads.
ROCKET_MAP_PATTERN = "/maps/rocket/{rocket}"


def map_policy() -> str:
    """The Content-Security-Policy header of map pages: the renderer's policy, no framing."""
    from graphsvc.render.page import content_security_policy

    return f"{content_security_policy()}; frame-ancestors 'none'"


async def _map_page(page: Page, **selection: Any) -> Response:
    selection = {**selection, "lang": page.lang, "link_pattern": ROCKET_MAP_PATTERN}
    html = await map_page(page.request, selection)
    response = HTMLResponse(html, headers=security_headers(map_policy()))
    remember_lang(page.request, response)
    return response


Gaps = Annotated[bool, Query(description="Draw the gaps and recommended introductions")]


@router.get("/network")
async def network_map(page: ViewerPage, gaps: Gaps = False) -> Response:
    """The whole network (an overview of rockets and communities on very large graphs)."""
    return await _map_page(page, gaps=gaps)


@router.get("/rocket/{key}")
async def rocket_map(page: ViewerPage, key: str, gaps: Gaps = False) -> Response:
    """One rocket: its actions and the actors running them."""
    return await _map_page(page, rocket=key, gaps=gaps)


@router.get("/actor/{key}")
async def actor_map(
    page: ViewerPage,
    key: str,
    depth: Annotated[int, Query(ge=1, le=10, description="Steps from the actor")] = 1,
    gaps: Gaps = False,
) -> Response:
    """One actor's neighbourhood, ``depth`` steps along who runs what and reported ties."""
    return await _map_page(page, focus=key, depth=depth, gaps=gaps)

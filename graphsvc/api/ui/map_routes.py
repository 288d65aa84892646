"""The interactive map pages under ``/maps/…``, served with the map's strict CSP.

The page is :func:`graphsvc.services.maps.build_map` as is: vis-network and the page
script inlined, the data as escaped JSON, no contact data. The header policy allows
only the inline blocks whose SHA-256 hashes the map renderer names, and no framing.
Pages are cached per selection, language and graph version.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Hashable
from typing import Annotated, Any

from fastapi import APIRouter, Query
from fastapi.responses import HTMLResponse, Response
from starlette.concurrency import run_in_threadpool

from graphsvc.api.ui.pages import Page, remember_lang, security_headers
from graphsvc.api.ui.session import UIRoute, ViewerPage
from graphsvc.stores.base import GraphStore

router = APIRouter(route_class=UIRoute, include_in_schema=False, prefix="/maps")
#: Where a super-node of the overview map (very large networks) leads.
ROCKET_MAP_PATTERN = "/maps/rocket/{rocket}"
CACHE_ENTRIES = 16
_cache: OrderedDict[Hashable, str] = OrderedDict()
_lock = threading.Lock()


def map_policy() -> str:
    """The Content-Security-Policy header of map pages: the renderer's policy, no framing."""
    from graphsvc.render.page import content_security_policy

    return f"{content_security_policy()}; frame-ancestors 'none'"


def _build(store: GraphStore, selection: dict[str, Any]) -> str:
    from graphsvc.services.maps import build_map

    key = (id(store), store.version(), tuple(sorted(selection.items())))
    with _lock:
        if key in _cache:
            _cache.move_to_end(key)
            return _cache[key]
    html = build_map(store, link_pattern=ROCKET_MAP_PATTERN, **selection)
    with _lock:
        _cache[key] = html
        while len(_cache) > CACHE_ENTRIES:
            _cache.popitem(last=False)
    return html


async def _map_page(page: Page, **selection: Any) -> Response:
    store: GraphStore = page.request.app.state.store
    html = await run_in_threadpool(_build, store, {**selection, "lang": page.lang})
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

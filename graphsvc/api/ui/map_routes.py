"""The interactive map pages under ``/maps/…``, served with the map's strict CSP.

The page is :func:`graphsvc.services.maps.build_map` as is: vis-network and the page
script inlined, the data as escaped JSON, no contact data. The header policy allows
only the inline blocks whose SHA-256 hashes the map renderer names, and no framing.
Pages are built in the export and map work processes (:mod:`graphsvc.api.file_jobs`)
and cached per selection, language and graph version. Every map takes ``?as_of=DAY``
(the graph as it stood then) or ``?from=YEAR&to=YEAR`` (a timeline with a year slider),
checked here (422 page for a malformed one) and normalised into the cache key.
"""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Query
from fastapi.responses import HTMLResponse, Response

from graphsvc.api.file_jobs import map_page
from graphsvc.api.ui.map_player import with_player
from graphsvc.api.ui.pages import Page, remember_lang, security_headers
from graphsvc.api.ui.session import UIRoute, ViewerPage
from graphsvc.render.mapdata import COLOUR_BY
from graphsvc.services.map_period import MapPeriod, map_period

router = APIRouter(route_class=UIRoute, include_in_schema=False, prefix="/maps")
#: Where a super-node of the overview map (very large networks) leads.
ROCKET_MAP_PATTERN = "/maps/rocket/{rocket}"


def map_policy() -> str:
    """The Content-Security-Policy header of map pages: the renderer's policy, no framing."""
    from graphsvc.render.page import content_security_policy

    return f"{content_security_policy()}; frame-ancestors 'none'"


_Date = Query(max_length=10, description="YYYY-MM-DD, or YYYY for 31 December")


def period_params(
    as_of: Annotated[str | None, _Date] = None,
    from_year: Annotated[str | None, Query(alias="from", max_length=10)] = None,
    to_year: Annotated[str | None, Query(alias="to", max_length=10)] = None,
) -> MapPeriod:
    """The map's period from the query, checked (ValidationError: a 422 page)."""
    return map_period(as_of, from_year, to_year)


Period = Annotated[MapPeriod, Depends(period_params)]


async def _map_page(
    page: Page, period: MapPeriod, presentation: str | None = None, **selection: Any
) -> Response:
    """The page of ``selection`` in ``period``, cached under the normalised period, with
    the slides of ``presentation`` (and editors' "save as a slide") added per request."""
    day = period.day
    same = [("as_of", day)] if day else []  # drill down on the same day and programme
    same += [("programme", selection["programme"])] if selection.get("programme") else []
    links = ROCKET_MAP_PATTERN + (f"?{urlencode(same)}" if same else "")
    selection = {**selection, **period.selection(), "lang": page.lang, "link_pattern": links}
    selection["ui_links"] = True
    if not selection.get("gaps"):
        selection["gaps_link"] = _with_gaps(page.request.url.path, period, selection)
    selection["colour_links"] = _colour_links(page.request.url.path, period, selection)
    html = await map_page(page.request, selection)
    html = await with_player(page, html, presentation, period.as_of)
    response = HTMLResponse(html, headers=security_headers(map_policy()))
    remember_lang(page.request, response)
    return response


def _same_map(period: MapPeriod, selection: dict[str, Any]) -> list[tuple[str, Any]]:
    """The query of the same map: its period normalised, its depth and programme."""
    query: list[tuple[str, Any]] = []
    if period.years:
        query += [("from", period.years[0]), ("to", period.years[-1])]
    elif period.as_of:
        query.append(("as_of", period.as_of))
    if selection.get("focus") is not None:
        query.append(("depth", selection.get("depth", 1)))
    if selection.get("programme"):
        query.append(("programme", selection["programme"]))
    return query


def _with_gaps(path: str, period: MapPeriod, selection: dict[str, Any]) -> str:
    """The address of the same map with the gaps drawn (the period normalised)."""
    return f"{path}?{urlencode([*_same_map(period, selection), ('gaps', 1)])}"


def _colour_links(
    path: str, period: MapPeriod, selection: dict[str, Any]
) -> tuple[tuple[str, str], ...]:
    """The addresses of the same map (the period normalised) coloured by each choice of
    :data:`COLOUR_BY` (pairs, so that the selection stays a cache key)."""
    query = _same_map(period, selection) + ([("gaps", 1)] if selection.get("gaps") else [])
    return tuple(
        (
            f"colour_{by}",
            f"{path}?{urlencode([*query, *([('colour', by)] if by != 'kind' else [])])}",
        )
        for by in COLOUR_BY
    )


Gaps = Annotated[bool, Query(description="Draw the gaps and recommended introductions")]
Colour = Annotated[
    str | None, Query(max_length=16, description="Colour by kind, programme or theme")
]
Playing = Annotated[str | None, Query(max_length=128, description="A presentation to play")]
Programme = Annotated[str | None, Query(max_length=128, description="Only this programme")]


@router.get("/network")
async def network_map(
    page: ViewerPage,
    period: Period,
    gaps: Gaps = False,
    presentation: Playing = None,
    programme: Programme = None,
    colour: Colour = None,
) -> Response:
    """The whole network (an overview of rockets and communities on very large graphs), of
    the programme the reader chose unless the URL names one."""
    chosen = programme or page.programme
    return await _map_page(
        page, period, presentation, gaps=gaps, programme=chosen, colour_by=colour
    )


@router.get("/rocket/{key}")
async def rocket_map(
    page: ViewerPage,
    key: str,
    period: Period,
    gaps: Gaps = False,
    presentation: Playing = None,
    programme: Programme = None,
    colour: Colour = None,
) -> Response:
    """One rocket: its actions and the actors running them."""
    return await _map_page(
        page, period, presentation, rocket=key, gaps=gaps, programme=programme, colour_by=colour
    )


@router.get("/actor/{key}")
async def actor_map(
    page: ViewerPage,
    key: str,
    period: Period,
    depth: Annotated[int, Query(ge=1, le=10, description="Steps from the actor")] = 1,
    gaps: Gaps = False,
    presentation: Playing = None,
    programme: Programme = None,
    colour: Colour = None,
) -> Response:
    """One actor's neighbourhood, ``depth`` steps along who runs what and reported ties."""
    return await _map_page(
        page,
        period,
        presentation,
        focus=key,
        depth=depth,
        gaps=gaps,
        programme=programme,
        colour_by=colour,
    )

"""Timeline maps: one selection read year by year, drawn as one map with a year slider.

Each year is read once, as of 31 December, through the cached as-of views of
:func:`graphsvc.services.as_of.store_on` (a year not yet over reads the store itself), so
a map of four years costs four snapshot reads the first time and none again until the
graph changes. The selection (rocket, focus) is made in each year, and the union is laid
out and rendered once (:mod:`graphsvc.render.timeline`). Gaps and sizes are those of the
last year. Overviews (more than 10,000 nodes) have no slider: a whole-network timeline of
a graph that large is drawn as the overview of its last year.
"""

from __future__ import annotations

from collections.abc import Sequence

from graphsvc.dates import today, year_end
from graphsvc.errors import NotFoundError, ValidationError
from graphsvc.messages import said
from graphsvc.records import Snapshot
from graphsvc.render.layout import DEFAULT_SEED
from graphsvc.render.mapdata import MapData
from graphsvc.render.overview import DEFAULT_COMMUNITY_PATTERN, DEFAULT_LINK_PATTERN
from graphsvc.render.selection import drawable
from graphsvc.render.timeline import build_timeline_data
from graphsvc.render.words import word
from graphsvc.services.as_of import store_on
from graphsvc.services.maps import OVERVIEW_MIN_NODES, map_data, mark_focus, selected
from graphsvc.stores.base import GraphStore
from graphsvc.values import quoted


def timeline_map_data(
    store: GraphStore,
    years: Sequence[int],
    *,
    rocket: str | None = None,
    focus: str | None = None,
    depth: int = 1,
    gaps: bool = False,
    size_by: str | None = None,
    lang: str = "fi",
    overview: bool | None = None,
    community: int | None = None,
    link_pattern: str = DEFAULT_LINK_PATTERN,
    community_pattern: str = DEFAULT_COMMUNITY_PATTERN,
    seed: int = DEFAULT_SEED,
) -> MapData:
    """The map of ``years`` (oldest first, checked by
    :func:`~graphsvc.services.map_period.map_period`): the selection as of the end of each
    year, each node and link with the years it is on the map.

    A focus missing in some years is simply not on the map then. Raises NotFoundError for
    an unknown rocket, or a focus missing in every year; ValidationError for a community
    or an explicit overview (neither has a slider).
    """
    if community is not None:
        raise ValidationError(
            said("errors.map.timeline_community"),
            value=community,
        )
    if overview:
        raise ValidationError(
            said("errors.map.timeline_overview"),
            value=[years[0], years[-1]],
        )
    days = [year_end(y) for y in years]
    last = store_on(store, days[-1])
    newest = drawable(last.snapshot(rocket))
    if rocket is None and focus is None and overview is None:
        if len(newest.nodes) > OVERVIEW_MIN_NODES:
            return map_data(
                store,
                as_of=days[-1] if days[-1] < today() else None,
                gaps=gaps,
                size_by=size_by,
                lang=lang,
                link_pattern=link_pattern,
                community_pattern=community_pattern,
                seed=seed,
            )
    parts: list[Snapshot] = []
    title: str | None = None
    for day in days:
        snapshot = newest if day == days[-1] else drawable(store_on(store, day).snapshot(rocket))
        try:
            part, title_then = selected(snapshot, rocket, focus, depth, None, lang)
        except NotFoundError:
            if focus is None:
                raise
            part, title_then = Snapshot(version=snapshot.version), None
        parts.append(part)
        title = title_then or title
    if title is None:
        raise NotFoundError(
            said(
                "errors.map.timeline_focus",
                focus=quoted(focus),
                first=str(years[0]),
                last=str(years[-1]),
            ),
            key=focus,
        )
    from graphsvc.services.map_findings import map_findings

    findings = map_findings(last, rocket=rocket, gaps=gaps, size_by=size_by, lang=lang)
    title = word("title_timeline", lang, title=title, first=str(years[0]), last=str(years[-1]))
    if gaps:
        title = word("title_gaps", lang, title=title)
    data = build_timeline_data(parts, years, title=title, lang=lang, findings=findings, seed=seed)
    return mark_focus(data, focus)

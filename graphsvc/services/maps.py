"""The map use case: read a snapshot, pick its part, add analysis findings, render a page.

Shared by ``graphsvc map`` and the web UI's ``/maps/…`` pages. The map is drawn from one
:meth:`GraphStore.snapshot` (as of a day through :func:`~graphsvc.services.as_of.store_on`;
a timeline map, one per year: :mod:`graphsvc.services.map_timeline`); gaps and measures
come from the analysis use case (cached per graph version, see
:mod:`graphsvc.services.map_findings`) and reach the renderer only as plain
:class:`~graphsvc.render.findings.MapFindings`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from graphsvc.errors import NotFoundError, ValidationError
from graphsvc.messages import LANGS, said
from graphsvc.model import Label
from graphsvc.records import Snapshot
from graphsvc.render.layout import DEFAULT_SEED
from graphsvc.render.mapdata import MapData
from graphsvc.render.overview import (
    DEFAULT_COMMUNITY_PATTERN,
    DEFAULT_LINK_PATTERN,
    build_overview_data,
    rank_communities,
)
from graphsvc.render.page import render_page
from graphsvc.render.selection import (
    check_depth,
    drawable,
    focus_node,
    members_subgraph,
    neighbourhood,
)
from graphsvc.render.static import STATIC_DPI, STATIC_SIZE, render_static
from graphsvc.render.visdata import build_map_data, rocket_name
from graphsvc.render.words import word
from graphsvc.services.as_of import store_on
from graphsvc.services.map_period import map_period, period_of
from graphsvc.settings import get_settings
from graphsvc.stores.base import GraphStore
from graphsvc.values import quoted

#: Above this many nodes the whole network is drawn as an overview of super-nodes.
OVERVIEW_MIN_NODES = 10_000


def one_of(value: str, choices: Iterable[str], problem: str, **values: str) -> str:
    """``value`` if it is one of ``choices``, else ValidationError: the message ``problem``
    with ``values`` and the choices as ``allowed``."""
    names = tuple(choices)
    if value not in names:
        raise ValidationError(said(problem, **values, allowed=", ".join(names)), value=value)
    return value


def check_lang(lang: str) -> str:
    """Return ``lang`` if maps speak it, else ValidationError naming the choices."""
    return one_of(lang, LANGS, "errors.map.lang", lang=quoted(lang))


def map_data(
    store: GraphStore,
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
    as_of: str | None = None,
    from_year: str | int | None = None,
    to_year: str | int | None = None,
    colour_by: str | None = None,
) -> MapData:
    """The data of one map: the whole network, one rocket, an actor's neighbourhood, or one
    community of the overview (numbered as the overview numbers them, largest first).
    ``colour_by`` (``kind``, ``programme``, ``theme``) chooses what the colours tell.

    ``as_of`` draws the graph as it stood on that day (``YYYY-MM-DD``, or ``YYYY`` for
    31 December). ``from_year`` and ``to_year`` (default this year) make a timeline map with
    a year slider: see :func:`graphsvc.services.map_timeline.timeline_map_data`.
    ``overview`` None draws the overview only when the whole network has more than
    :data:`OVERVIEW_MIN_NODES` nodes; its super-nodes link to ``link_pattern`` (rockets) and
    ``community_pattern`` (communities). Raises NotFoundError for an unknown rocket, focus or
    community, ValidationError for a depth beyond ``GRAPHSVC_MAX_DEPTH``, an unknown measure
    or language, or a period :func:`~graphsvc.services.map_period.map_period` refuses.
    """
    check_lang(lang)
    if focus is not None:
        check_depth(depth, get_settings().max_depth)
    if size_by is not None:
        from graphsvc.services.map_findings import check_measure

        check_measure(size_by)
    period = map_period(as_of, from_year, to_year)
    from graphsvc.services.map_colours import coloured, map_colours, theme_names

    colours = map_colours(store_on(store, period.as_of), colour_by, lang)
    if period.years:
        from graphsvc.services.map_timeline import timeline_map_data

        timeline = timeline_map_data(
            store,
            period.years,
            rocket=rocket,
            focus=focus,
            depth=depth,
            gaps=gaps,
            size_by=size_by,
            lang=lang,
            overview=overview,
            community=community,
            link_pattern=link_pattern,
            community_pattern=community_pattern,
            seed=seed,
        )
        return coloured(timeline, colours)
    store = store_on(store, period.as_of)
    snapshot = drawable(store.snapshot(rocket))
    if focus is None and rocket is None and community is None and overview is not False:
        if overview or len(snapshot.nodes) > OVERVIEW_MIN_NODES:
            from graphsvc.services.map_findings import community_numbers

            actor_groups, action_groups = community_numbers(snapshot)
            overview_data = build_overview_data(
                snapshot,
                actor_groups,
                action_communities=action_groups,
                title=dated(word("title_overview", lang), period.as_of, lang),
                lang=lang,
                link_pattern=link_pattern,
                community_pattern=community_pattern,
                seed=seed,
            )
            return coloured(overview_data, colours)
    snapshot, title = selected(snapshot, rocket, focus, depth, community, lang)
    title = dated(title, period.as_of, lang)
    from graphsvc.services.map_findings import map_findings

    findings = map_findings(store, rocket=rocket, gaps=gaps, size_by=size_by, lang=lang)
    if gaps:
        title = word("title_gaps", lang, title=title)
    themes = theme_names(store, lang)
    data = build_map_data(
        snapshot, title=title, lang=lang, findings=findings, seed=seed, themes=themes
    )
    return coloured(mark_focus(data, focus), colours)


def mark_focus(data: MapData, focus: str | None) -> MapData:
    """``data`` with its focal node (an actor, else an action, of key ``focus``) marked."""
    if focus is not None:
        found = [n for n in data.nodes if n.key == focus and n.group not in ("rocket", "launchpad")]
        found.sort(key=lambda n: n.group == "action")  # an actor first, as focus_node does
        data.focus = found[0].id if found else None
    return data


def dated(title: str, day: str | None, lang: str) -> str:
    """``title`` with the day the map shows (in the reader's locale), if it is not now."""
    if day is None:
        return title
    return word("title_as_of", lang, title=title, day=dt.date.fromisoformat(day))


def selected(
    snapshot: Snapshot,
    rocket: str | None,
    focus: str | None,
    depth: int,
    community: int | None,
    lang: str,
) -> tuple[Snapshot, str]:
    """The part of ``snapshot`` a map draws (community, neighbourhood or all), and its title.

    Raises NotFoundError for a focus or community the snapshot does not hold.
    """
    if community is not None:
        snapshot = _community(snapshot, community)
        return snapshot, word("community", lang, n=community)
    if focus is not None:
        label, key = focus_node(snapshot, focus)
        snapshot = neighbourhood(snapshot, key, depth)
        name = next(n.name for n in snapshot.nodes if n.label is label and n.key == key)
        return snapshot, word("title_focus", lang, name=name, depth=depth)
    if rocket is not None:
        node = next(n for n in snapshot.nodes if n.label is Label.ROCKET and n.key == rocket)
        return snapshot, word("title_rocket", lang, name=rocket_name(node, lang))
    return snapshot, word("title", lang)


def _community(snapshot: Snapshot, number: int) -> Snapshot:
    """The members of overview community ``number``, with their actions and rockets."""
    from graphsvc.services.map_findings import community_numbers

    actors, _ = community_numbers(snapshot)
    rank = rank_communities(actors, actors)
    members = {key for key, c in actors.items() if rank.get(c) == number}
    if not members:
        raise NotFoundError(
            said("errors.map.community", number=str(number), n=str(len(rank))),
            value=number,
        )
    return members_subgraph(snapshot, members)


#: Where a page served by the web UI links: the dashboard and each node's page.
UI_LINKS = {
    "home": "/",
    "actor": "/actors/{key}",
    "action": "/actions/{key}",
    "rocket": "/rockets/{key}",
}


def build_map(
    store: GraphStore,
    *,
    ui_links: bool = False,
    gaps_link: str | None = None,
    colour_links: tuple[tuple[str, str], ...] = (),
    **selection: Any,
) -> str:
    """The interactive map as one self-contained HTML page (same selection as :func:`map_data`).

    A file links nowhere; with ``ui_links`` (a page the web UI serves) the header links to
    the dashboard, the profile panel to each node's page (:data:`UI_LINKS`) and the gaps
    switch to ``gaps_link``, the same map with the gaps (None: the map has them), and the
    legend to ``colour_links`` ((``colour_kind``, address) …: the same map coloured
    otherwise).
    """
    data = map_data(store, **selection)
    if ui_links:
        data.links = dict(UI_LINKS, **({"gaps": gaps_link} if gaps_link else {}))
        data.links.update(colour_links)
    return render_page(data)


def build_static_map(
    store: GraphStore,
    fmt: str = "png",
    *,
    size: tuple[float, float] | None = None,
    dpi: int | None = None,
    **selection: Any,
) -> bytes:
    """The map as a PNG or SVG picture for reports (same selection as :func:`map_data`),
    ``size`` inches at ``dpi`` (default: the full page of :func:`render_static`).

    Raises ValidationError for a timeline: a picture has no slider (draw one year with
    ``as_of``).
    """
    period = period_of(selection)
    if period.years:
        raise ValidationError(
            said("errors.map.picture_timeline"),
            value=[period.years[0], period.years[-1]],
        )
    data = map_data(store, overview=False, **selection)
    return render_static(data, fmt, dpi=dpi or STATIC_DPI, size=size or STATIC_SIZE)


def map_file_name(
    *,
    rocket: str | None = None,
    focus: str | None = None,
    depth: int = 1,
    gaps: bool = False,
    community: int | None = None,
    fmt: str = "html",
    as_of: str | None = None,
    from_year: str | int | None = None,
    to_year: str | int | None = None,
) -> str:
    """The default file name of a map in ``visuals/``: ``network``, ``rocket-R``, ``focus-A-2``,
    ``community-N``, then the day (``-2023-12-31``) or the years (``-2021-2024``) it shows.

    >>> map_file_name(rocket="centre", gaps=True)
    'rocket-centre-gaps.html'
    >>> map_file_name(from_year=2021, to_year=2024)
    'network-2021-2024.html'
    """
    if community is not None:
        stem = f"community-{community}"
    elif focus is not None:
        stem = f"focus-{focus}-{depth}"
    elif rocket is not None:
        stem = f"rocket-{rocket}"
    else:
        stem = "network"
    if gaps:
        stem += "-gaps"
    period = map_period(as_of, from_year, to_year)
    if period.years:
        stem += f"-{period.years[0]}-{period.years[-1]}"
    elif period.as_of is not None:
        stem += f"-{period.as_of}"
    return re.sub(r"[^\w.-]", "_", stem) + f".{fmt}"


def write_map(store: GraphStore, path: Path, *, fmt: str = "html", **selection: Any) -> list[Path]:
    """Write a map to ``path`` (HTML, PNG or SVG) and return the files written.

    When the map is an overview, the rocket and community maps it links to are written
    beside it (``rocket-R.html``, ``community-N.html``), so the drill-down links work.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    if fmt != "html":
        path.write_bytes(build_static_map(store, fmt, **selection))
        return [path]
    data = map_data(store, **selection)
    path.write_text(render_page(data), encoding="utf-8")
    written = [path]
    if data.overview:
        keep = {k: v for k, v in selection.items() if k in ("lang", "seed")}
        # The maps it links to show its day (a timeline drawn as an overview: its last year).
        keep["as_of"] = period_of(selection).day
        for rocket in (r.key for r in data.rockets):
            target = path.parent / map_file_name(rocket=rocket)
            target.write_text(build_map(store, rocket=rocket, **keep), encoding="utf-8")
            written.append(target)
        numbers = [int(n.key.split(":")[1]) for n in data.nodes if n.group == "community"]
        for number in (n for n in numbers if n > 0):
            target = path.parent / map_file_name(community=number)
            target.write_text(build_map(store, community=number, **keep), encoding="utf-8")
            written.append(target)
    return written

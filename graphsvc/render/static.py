"""Static PNG and SVG pictures of a map for reports, drawn with matplotlib from the same data.

The picture uses the positions, groups, sizes and highlights of the interactive map, so the
two agree. Names are drawn with ``parse_math=False`` (a ``$`` in a name is just a dollar) and
SVG output is deterministic (fixed hash salt, no date).
"""

from __future__ import annotations

import io
from collections import Counter, defaultdict
from typing import Any

from graphsvc.errors import ValidationError
from graphsvc.messages import said
from graphsvc.render.findings import Highlight
from graphsvc.render.mapdata import MapData, MapNode
from graphsvc.render.page import legend
from graphsvc.render.style import EDGE_STYLES, GROUPS, HIGHLIGHT_COLOURS
from graphsvc.values import quoted

FORMATS = ("png", "svg")
#: The default picture: a full landscape page (inches) at print resolution.
STATIC_SIZE, STATIC_DPI = (16.0, 11.0), 150
_MARKERS = {"star": "*", "hexagon": "h", "diamond": "D", "dot": "o"}
#: Labels drawn besides rockets: the biggest (else best-connected) actors, or all in small maps.
LABELLED_ACTORS = 15
SMALL_MAP = 120


def render_static(
    data: MapData,
    fmt: str = "png",
    *,
    dpi: int = STATIC_DPI,
    size: tuple[float, float] = STATIC_SIZE,
) -> bytes:
    """The map as PNG or SVG bytes, ``size`` inches wide and high (ValidationError for
    another format)."""
    if fmt not in FORMATS:
        raise ValidationError(
            said("errors.map.static_format", fmt=quoted(fmt), allowed=", ".join(FORMATS))
        )
    import matplotlib

    matplotlib.use("Agg", force=False)
    import matplotlib.pyplot as plt
    from matplotlib.collections import LineCollection
    from matplotlib.lines import Line2D

    by_id = {n.id: n for n in data.nodes}
    with matplotlib.rc_context({"svg.hashsalt": "graphsvc", "svg.fonttype": "none"}):
        fig, ax = plt.subplots(figsize=size)
        try:
            _draw_edges(ax, data, by_id, LineCollection)
            _draw_nodes(ax, data)
            _draw_labels(ax, data)
            ax.set_title(data.title, fontsize=16, loc="left", parse_math=False)
            ax.invert_yaxis()
            ax.set_aspect("equal", adjustable="datalim")
            ax.axis("off")
            ax.legend(
                handles=_legend_handles(data, Line2D),
                loc="upper left",
                bbox_to_anchor=(1.0, 1.0),
                fontsize=9,
                frameon=False,
            )
            fig.tight_layout()
            out = io.BytesIO()
            metadata: dict[str, Any] = {"Date": None} if fmt == "svg" else {}
            fig.savefig(out, format=fmt, dpi=dpi, metadata=metadata)
        finally:
            plt.close(fig)
    return out.getvalue()


def _draw_edges(ax: Any, data: MapData, by_id: dict[int, MapNode], collection: Any) -> None:
    segments: dict[str, list[tuple[tuple[float, float], tuple[float, float]]]] = defaultdict(list)
    for e in data.edges:
        a, b = by_id[e.start], by_id[e.end]
        segments[e.style].append(((a.x, a.y), (b.x, b.y)))
    for name, lines in segments.items():
        style = EDGE_STYLES[name]
        ax.add_collection(
            collection(
                lines,
                colors=style.colour,
                linewidths=style.width * 0.6,
                linestyles="--" if style.dashed else "-",
                zorder=3 if style.dashed else 1,
            )
        )


def _draw_nodes(ax: Any, data: MapData) -> None:
    by_group: dict[str, list[MapNode]] = defaultdict(list)
    for n in data.nodes:
        by_group[n.group].append(n)
    for group, nodes in by_group.items():
        style = GROUPS[group]
        borders = [
            HIGHLIGHT_COLOURS[Highlight(n.highlights[0])] if n.highlights else style.border
            for n in nodes
        ]
        widths = [2.5 if n.highlights else 0.5 for n in nodes]
        ax.scatter(
            [n.x for n in nodes],
            [n.y for n in nodes],
            s=[((n.size or style.size) * 0.9) ** 2 / 4 for n in nodes],
            c=style.colour,
            marker=_MARKERS.get(style.shape, "o"),
            edgecolors=borders,
            linewidths=widths,
            zorder=4 if group in ("rocket", "launchpad", "community") else 2,
        )


def _draw_labels(ax: Any, data: MapData) -> None:
    actors = [n for n in data.nodes if n.group.startswith("actor_")]
    if len(data.nodes) > SMALL_MAP:
        degree: Counter[int] = Counter()
        for e in data.edges:
            degree[e.start] += 1
            degree[e.end] += 1
        actors = sorted(actors, key=lambda n: (-(n.size or 0), -degree[n.id], n.id))
        actors = actors[:LABELLED_ACTORS]
    shown = [n for n in data.nodes if n.group in ("rocket", "launchpad", "community")] + actors
    for n in shown:
        big = n.group in ("rocket", "launchpad")
        ax.annotate(
            n.label,
            (n.x, n.y),
            xytext=(0, 10 if big else 6),
            textcoords="offset points",
            ha="center",
            fontsize=11 if big else 7,
            fontweight="bold" if big else "normal",
            zorder=5,
            parse_math=False,
        )


def _legend_handles(data: MapData, line: Any) -> list[Any]:
    entries = legend(data)
    handles = [
        line(
            [],
            [],
            marker=_MARKERS.get(g["shape"], "o"),
            linestyle="",
            markersize=9,
            markerfacecolor=g["colour"],
            markeredgecolor=g["border"],
            label=g["text"],
        )
        for g in entries["groups"]
    ]
    handles += [
        line(
            [],
            [],
            color=e["colour"],
            linewidth=2,
            linestyle="--" if e["dashed"] else "-",
            label=e["text"],
        )
        for e in entries["edges"]
    ]
    handles += [
        line(
            [],
            [],
            marker="o",
            linestyle="",
            markersize=9,
            markerfacecolor="white",
            markeredgecolor=h["colour"],
            markeredgewidth=2.5,
            label=h["text"],
        )
        for h in entries["highlights"]
    ]
    return handles

"""The typed map payload, and the one place it becomes the compact JSON the page script reads.

Builders (:mod:`graphsvc.render.visdata`, :mod:`graphsvc.render.overview`) fill these
dataclasses with readable names; :func:`page_json` turns them into the short keys of
``assets/map.js`` (``k`` key, ``t`` tooltip lines, ``r`` rocket bit mask, ``h`` highlight
kinds, ``s`` edge style, ``w`` edge width, ``yr`` years on a timeline map, ``m`` measure
values, ``st`` an action's status, ``cut`` an articulation point), leaving out empty
optional fields.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(slots=True)
class MapNode:
    """A drawn node: ``rockets`` is a bit mask of :attr:`RocketChoice.bit` values; on a
    timeline, ``years`` is a bit mask of the years it is on the map (bit i: ``MapData.years[i]``;
    None: every year)."""

    id: int
    key: str
    label: str
    group: str
    x: float
    y: float
    tooltip: list[str]
    rockets: int
    size: float | None = None
    highlights: list[str] = field(default_factory=list)
    href: str | None = None
    years: int | None = None
    measures: list[float | None] | None = None
    status: str | None = None
    cut_point: bool = False
    #: Its entry in ``MapData.palette`` when the map is coloured by programme or theme.
    colour: int | None = None


@dataclass(slots=True)
class MapEdge:
    """A drawn link between node ids ``start`` and ``end`` in an edge ``style``; ``years`` as
    for :class:`MapNode` (None: whenever both ends are drawn)."""

    id: int
    start: int
    end: int
    style: str
    tooltip: list[str] = field(default_factory=list)
    width: float | None = None
    years: int | None = None


@dataclass(frozen=True, slots=True)
class RocketChoice:
    """An entry of the rocket filter: the node ``id`` and its ``bit`` in node masks."""

    id: int
    bit: int
    key: str
    name: str


#: What a map may be coloured by (``kind``: the default, each node kind its colour).
COLOUR_BY: tuple[str, ...] = ("kind", "programme", "theme")


@dataclass(frozen=True, slots=True)
class PaletteEntry:
    """A colour of a map coloured by programme or theme, and what it stands for."""

    text: str
    colour: str


@dataclass(frozen=True)
class NodeColours:
    """How a map is coloured (``by``: ``programme`` or ``theme``): the palette, and each
    node's entry by (label, key); nodes left out keep their kind's colour."""

    by: str
    palette: list[PaletteEntry]
    of_node: dict[tuple[str, str], int]


@dataclass(frozen=True, slots=True)
class ListedFinding:
    """A line of the findings list: the node it is about, its highlight kind and text."""

    node: int
    highlight: str
    text: str


@dataclass
class MapData:
    """Everything the page needs (the page adds only fixed words); ``years`` (oldest first)
    makes it a timeline map with a year slider."""

    title: str
    lang: str
    nodes: list[MapNode]
    edges: list[MapEdge]
    physics: bool = False
    physics_toggle: bool = False
    measure: str | None = None
    rockets: list[RocketChoice] = field(default_factory=list)
    findings: list[ListedFinding] = field(default_factory=list)
    overview: bool = False
    years: list[int] = field(default_factory=list)
    #: The measures on each node (``MapNode.measures``, in this order) and the one sized by.
    measures: list[str] = field(default_factory=list)
    measure_shown: str | None = None
    #: The focal node of a neighbourhood map, marked and centred.
    focus: int | None = None
    #: Links into the web UI (``home``, ``actor``, ``action``, ``rocket``: ``{key}`` patterns,
    #: ``gaps``: the same map with the gaps); empty in a file written by the CLI.
    links: dict[str, str] = field(default_factory=dict)
    #: What the nodes are coloured by (None: their kind) and the colours' meanings.
    colour_by: str | None = None
    palette: list[PaletteEntry] = field(default_factory=list)


def _node_json(n: MapNode) -> dict[str, Any]:
    record: dict[str, Any] = {
        "id": n.id,
        "k": n.key,
        "label": n.label,
        "group": n.group,
        "x": n.x,
        "y": n.y,
        "t": n.tooltip,
        "r": n.rockets,
    }
    optional = {
        "size": n.size,
        "h": n.highlights,
        "href": n.href,
        "yr": n.years,
        "m": n.measures,
        "st": n.status,
        "cut": 1 if n.cut_point else None,
        "c": n.colour,
    }
    return _with_optional(record, optional)


def _edge_json(e: MapEdge) -> dict[str, Any]:
    record: dict[str, Any] = {"id": e.id, "from": e.start, "to": e.end, "s": e.style}
    if not e.tooltip and e.width is None and e.years is None:
        return record  # most edges: endpoints and style only
    return _with_optional(record, {"t": e.tooltip, "w": e.width, "yr": e.years})


def _with_optional(record: dict[str, Any], optional: dict[str, Any]) -> dict[str, Any]:
    """``record`` plus the optional fields that are set (not None, not an empty list)."""
    record.update((k, v) for k, v in optional.items() if v is not None and v != [])
    return record


def page_json(data: MapData) -> dict[str, Any]:
    """The compact JSON of ``data`` that ``assets/map.js`` reads (``years`` only on a timeline)."""
    record = {
        "title": data.title,
        "lang": data.lang,
        "nodes": [_node_json(n) for n in data.nodes],
        "edges": [_edge_json(e) for e in data.edges],
        "physics": data.physics,
        "physicsToggle": data.physics_toggle,
        "measure": data.measure,
        "rockets": [{"id": r.id, "bit": r.bit, "key": r.key, "name": r.name} for r in data.rockets],
        "findings": [{"id": f.node, "h": f.highlight, "text": f.text} for f in data.findings],
        "overview": data.overview,
        "measures": data.measures,
        "measureShown": data.measure_shown,
        "focus": data.focus,
        "links": data.links,
    }
    palette = [{"text": e.text, "colour": e.colour} for e in data.palette]
    return _with_optional(record, {"years": data.years, "palette": palette})

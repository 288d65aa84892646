"""Timeline maps: the yearly snapshots of one selection drawn as one map with a year slider.

Every node and link that is on the map in any of the years is drawn once (with its latest
properties), at one position laid out over all of them, and carries a bit mask of the
years it is on the map. The page shows a year's nodes and links, highlights those that
began that year (on the map, and not the year before) and fades those that ended (on the
map the year before, not now); the first year has no year before it, so nothing in it
begins or ends.
"""

from __future__ import annotations

from collections.abc import Sequence

from graphsvc.model import Edge, Label, Node, RelType
from graphsvc.records import Snapshot
from graphsvc.render.findings import MapFindings
from graphsvc.render.layout import DEFAULT_SEED
from graphsvc.render.mapdata import MapData
from graphsvc.render.visdata import build_map_data

NodeId = tuple[Label, str]
EdgeId = tuple[RelType, str, str]
#: The relationship each drawn edge style stands for (introductions are findings, not ties).
STYLE_TYPES = {
    "runs": RelType.RUNS,
    "lead": RelType.RUNS,
    "fuels": RelType.FUELS,
    "fuels2": RelType.FUELS,
    "collab": RelType.COLLABORATES_WITH,
}


def union(snapshots: Sequence[Snapshot]) -> tuple[Snapshot, dict[NodeId, int], dict[EdgeId, int]]:
    """Every node and edge of ``snapshots`` once (latest properties win), and per node and
    edge the bit mask of the snapshots holding it (bit i: ``snapshots[i]``).

    >>> from graphsvc.model import Node
    >>> merged, nodes, _ = union([Snapshot([Node(Label.ACTOR, "a", {"name": "A"})]),
    ...                           Snapshot([Node(Label.ACTOR, "a", {"name": "A2"})])])
    >>> merged.nodes[0].name, nodes[(Label.ACTOR, "a")]
    ('A2', 3)
    """
    nodes: dict[NodeId, Node] = {}
    edges: dict[EdgeId, Edge] = {}
    node_years: dict[NodeId, int] = {}
    edge_years: dict[EdgeId, int] = {}
    for i, snap in enumerate(snapshots):
        bit = 1 << i
        for n in snap.nodes:
            nid = (n.label, n.key)
            nodes[nid] = n
            node_years[nid] = node_years.get(nid, 0) | bit
        for e in snap.edges:
            eid = (e.type, e.start, e.end)
            edges[eid] = e
            edge_years[eid] = edge_years.get(eid, 0) | bit
    version = max((s.version for s in snapshots), default=0)
    merged = Snapshot(list(nodes.values()), list(edges.values()), version)
    return merged, node_years, edge_years


def build_timeline_data(
    snapshots: Sequence[Snapshot],
    years: Sequence[int],
    *,
    title: str,
    lang: str = "fi",
    findings: MapFindings | None = None,
    seed: int = DEFAULT_SEED,
) -> MapData:
    """Map data of ``snapshots`` (the selection as of the end of each of ``years``) with
    each node's and link's years; ``findings`` are drawn whatever the year (the service
    gives those of the last year).

    Raises ValueError when ``snapshots`` and ``years`` differ in length.
    """
    if len(snapshots) != len(years):
        raise ValueError(f"{len(snapshots)} snapshots for {len(years)} years")
    merged, node_years, edge_years = union(snapshots)
    data = build_map_data(merged, title=title, lang=lang, findings=findings, seed=seed)
    every = (1 << len(years)) - 1
    for n in data.nodes:
        mask = node_years.get((_label_of(n.group), n.key), every)
        n.years = None if mask == every else mask
    for e in data.edges:
        kind = STYLE_TYPES.get(e.style)
        if kind is None:
            continue  # a recommended introduction: drawn whenever both actors are
        start, end = data.nodes[e.start].key, data.nodes[e.end].key  # ids are positions
        mask = edge_years.get((kind, start, end), every)
        e.years = None if mask == every else mask
    data.years = list(years)
    return data


def _label_of(group: str) -> Label:
    """The label of a node drawn in style ``group``."""
    if group in ("rocket", "launchpad"):
        return Label.ROCKET
    return Label.ACTION if group == "action" else Label.ACTOR

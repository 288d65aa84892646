"""Facts per drawn node that the page sizes, filters and emphasises by: measures, cut points.

The page sizes nodes by one of :data:`PAGE_MEASURES` (picked in the page): the degree is
counted here on the drawn links, for every node; the others come from the analysis
(through :attr:`graphsvc.render.findings.MapFindings.measures`) and exist for actors only.
Articulation points are the actors whose removal splits the drawn actor–action graph
(rockets left out: as hubs they would hold everything together).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import igraph as ig

from graphsvc.model import Label, Node
from graphsvc.render.findings import MapFindings

#: The measures a person can size the map by, in the page's menu order.
PAGE_MEASURES: tuple[str, ...] = ("degree", "betweenness", "two_step_reach", "pagerank")
#: Link styles between actors and actions (what an articulation point can cut).
_PEOPLE_LINKS = frozenset({"runs", "lead", "collab"})


def page_measures(findings: MapFindings) -> tuple[list[str], dict[str, Mapping[str, float]]]:
    """The measures the page offers (the sized-by one added when it is another) and values.

    >>> from graphsvc.render.findings import Measure
    >>> page_measures(MapFindings(measure=Measure("closeness", {"a": 1.0})))[0][-1]
    'closeness'
    """
    values = dict(findings.measures)
    names = list(PAGE_MEASURES)
    if findings.measure is not None:
        values[findings.measure.name] = findings.measure.values
        if findings.measure.name not in names:
            names.append(findings.measure.name)
    return names, values


def degrees(count: int, links: Sequence[tuple[int, int, str]]) -> list[int]:
    """The number of drawn links of each of ``count`` nodes.

    >>> degrees(3, [(0, 1, "runs"), (1, 2, "fuels")])
    [1, 2, 1]
    """
    found = [0] * count
    for u, v, _ in links:
        found[u] += 1
        found[v] += 1
    return found


def measure_table(
    nodes: Sequence[Node],
    links: Sequence[tuple[int, int, str]],
    measures: Mapping[str, Mapping[str, float]],
    names: Sequence[str] = PAGE_MEASURES,
) -> list[list[float | None]]:
    """Per node, its value of each measure of ``names`` (None: not measured); ``degree``
    is counted on ``links`` for every node, the others read from ``measures`` for actors.

    >>> from graphsvc.model import Node, Label
    >>> nodes = [Node(Label.ACTOR, "a", {}), Node(Label.ACTION, "x", {})]
    >>> measure_table(nodes, [(0, 1, "runs")], {"pagerank": {"a": 0.5}})
    [[1, None, None, 0.5], [1, None, None, None]]
    """
    counted = degrees(len(nodes), links)
    table: list[list[float | None]] = []
    for i, node in enumerate(nodes):
        row: list[float | None] = []
        for name in names:
            if name == "degree":
                row.append(counted[i])
                continue
            values = measures.get(name, {})
            value = values.get(node.key) if node.label is Label.ACTOR else None
            row.append(None if value is None else round(float(value), 6))
        table.append(row)
    return table


def cut_points(nodes: Sequence[Node], links: Sequence[tuple[int, int, str]]) -> set[int]:
    """The actors whose removal splits the drawn graph of actors and actions.

    >>> from graphsvc.model import Node, Label
    >>> nodes = [Node(Label.ACTION, "x", {}), Node(Label.ACTOR, "b", {}),
    ...          Node(Label.ACTION, "y", {})]
    >>> cut_points(nodes, [(1, 0, "runs"), (1, 2, "runs")])
    {1}
    """
    pairs = [(u, v) for u, v, style in links if style in _PEOPLE_LINKS]
    if not pairs:
        return set()
    graph = ig.Graph(n=len(nodes), edges=pairs)
    return {i for i in graph.articulation_points() if nodes[i].label is Label.ACTOR}

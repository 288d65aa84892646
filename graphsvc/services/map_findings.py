"""Analysis results turned into the plain findings a map draws (the only place maps meet analysis).

The renderer knows nothing of :mod:`graphsvc.analysis`; this module runs the analyses on the
snapshot the map was drawn from and copies their results into
:class:`~graphsvc.render.findings.MapFindings`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import networkx as nx

from graphsvc.analysis import compute
from graphsvc.analysis.bridge import actor_network, programme_graph
from graphsvc.render.findings import Highlight, Introduction, MapFindings, Measure, NodeFinding
from graphsvc.stores.base import Snapshot


def _degree(A: nx.Graph) -> dict[Any, float]:
    return {k: float(d) for k, d in A.degree()}


def _weighted_degree(A: nx.Graph) -> dict[Any, float]:
    return {k: float(d) for k, d in A.degree(weight="weight")}


#: Measures a map can be sized by: name -> function of the actor network.
MEASURES: dict[str, Callable[[nx.Graph], dict[Any, float]]] = {
    "degree": _degree,
    "weighted_degree": _weighted_degree,
    "betweenness": lambda A: compute.betweenness(A)[0],
    "closeness": lambda A: compute.closeness(A)[0],
    "eigenvector": compute.eigenvector,
    "pagerank": compute.pagerank,
    "core": lambda A: {k: float(v) for k, v in compute.core_number(A).items()},
}


def community_numbers(snapshot: Snapshot) -> dict[str, int]:
    """Actor key -> community number (Leiden on the co-participation network, largest first)."""
    A = actor_network(programme_graph(snapshot))
    return {str(key): i for i, part in enumerate(compute.communities(A)) for key in part}


def map_findings(
    snapshot: Snapshot,
    *,
    rocket: str | None = None,
    gaps: bool = False,
    size_by: str | None = None,
    lang: str = "fi",
) -> MapFindings:
    """The measure named ``size_by`` and, with ``gaps``, the gap findings of ``snapshot``."""
    G = programme_graph(snapshot)
    A = actor_network(G)
    measure = Measure(size_by, MEASURES[size_by](A)) if size_by else None
    if not gaps:
        return MapFindings(measure=measure)
    introductions, nodes = _gap_findings(snapshot, G, A, lang)
    return MapFindings(introductions=introductions, nodes=nodes, measure=measure)


def _gap_findings(
    snapshot: Snapshot, G: nx.Graph, A: nx.Graph, lang: str
) -> tuple[tuple[Introduction, ...], tuple[NodeFinding, ...]]:
    from graphsvc.analysis.cuts import cut_structure

    nodes: list[NodeFinding] = []
    for label, key in G:
        if label != "Action":
            continue
        node = (label, key)
        roles = [G[node][other].get("role") for other in G[node] if other[0] == "Actor"]
        if len(roles) == 1:
            nodes.append(NodeFinding("Action", key, Highlight.SOLO_ACTION))
        elif roles and "lead" not in roles:
            nodes.append(NodeFinding("Action", key, Highlight.NO_LEAD))
    for key in A:
        if A.degree(key) == 0:
            nodes.append(NodeFinding("Actor", key, Highlight.ISOLATED_ACTOR))
    points, _ = cut_structure(A)
    for p in points:
        nodes.append(NodeFinding("Actor", str(p.node), Highlight.SINGLE_POINT))
    return (), tuple(nodes)

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
    "k_core": lambda A: {k: float(v) for k, v in compute.core_number(A).items()},
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
    introductions, nodes = _gap_findings(G, A, lang)
    return MapFindings(introductions=introductions, nodes=nodes, measure=measure)


#: Gap kinds of :func:`graphsvc.analysis.gaps.gaps` drawn on a map, and how.
GAP_HIGHLIGHTS: dict[str, Highlight] = {
    "solo_action": Highlight.SOLO_ACTION,
    "action_without_lead": Highlight.NO_LEAD,
    "isolated_actor": Highlight.ISOLATED_ACTOR,
    "actor_without_actions": Highlight.ISOLATED_ACTOR,
    "articulation_point": Highlight.SINGLE_POINT,
}
#: Introductions drawn on a gaps map (the best ones of the whole network or rocket).
INTRODUCTIONS = 25


def _gap_findings(
    G: nx.Graph, A: nx.Graph, lang: str
) -> tuple[tuple[Introduction, ...], tuple[NodeFinding, ...]]:
    from graphsvc.analysis.gaps import gaps as find_gaps
    from graphsvc.analysis.recommend import introductions

    nodes = []
    for gap in find_gaps(G, A)["gaps"]:
        kind = GAP_HIGHLIGHTS.get(gap["kind"])
        if kind is not None:
            subject = gap["subjects"][0]
            nodes.append(
                NodeFinding(subject["label"], str(subject["key"]), kind, gap["text"][lang])
            )
    pairs = introductions(A, top=INTRODUCTIONS)["introductions"]
    intros = tuple(
        Introduction(
            str(p["actors"][0]["key"]),
            str(p["actors"][1]["key"]),
            float(p["score"]),
            p["text"][lang],
        )
        for p in pairs
    )
    return intros, tuple(nodes)

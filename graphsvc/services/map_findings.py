"""Analysis results turned into the plain findings a map draws (the only place maps meet analysis).

The renderer knows nothing of :mod:`graphsvc.analysis`. This module asks the analysis use
case (:func:`graphsvc.services.analysis.run_analysis`, cached per graph version, the same
answers as ``graphsvc analyze``) and copies its results into
:class:`~graphsvc.render.findings.MapFindings`.
"""

from __future__ import annotations

from graphsvc.analysis.measures import MEASURES
from graphsvc.model import Label, RelType
from graphsvc.records import Snapshot
from graphsvc.render.findings import Highlight, Introduction, MapFindings, Measure, NodeFinding
from graphsvc.render.nodefacts import PAGE_MEASURES
from graphsvc.services.maps import one_of
from graphsvc.stores.base import GraphStore

#: Gap kinds of ``graphsvc analyze gaps`` drawn on a map, and how.
GAP_HIGHLIGHTS: dict[str, Highlight] = {
    "solo_action": Highlight.SOLO_ACTION,
    "action_without_lead": Highlight.NO_LEAD,
    "isolated_actor": Highlight.ISOLATED_ACTOR,
    "actor_without_actions": Highlight.ISOLATED_ACTOR,
    "articulation_point": Highlight.SINGLE_POINT,
}
#: Introductions drawn on a gaps map: the best ones of the network (or rocket).
INTRODUCTIONS = 25


def check_measure(name: str) -> str:
    """``name`` if nodes can be sized by it, else ValidationError listing the measures."""
    return one_of(name, MEASURES, "errors.map.measure", name=repr(name))


def map_findings(
    store: GraphStore,
    *,
    rocket: str | None = None,
    gaps: bool = False,
    size_by: str | None = None,
    lang: str = "fi",
) -> MapFindings:
    """The measure ``size_by``, the measures the page offers (:data:`PAGE_MEASURES`) and,
    with ``gaps``, the gaps and introductions of the store.

    With ``rocket``, the analyses run inside that rocket, as ``graphsvc analyze --rocket``.
    """
    from graphsvc.services.analysis import run_analysis

    rows = run_analysis(store, "centrality", rocket=rocket)["result"]["actors"]
    measures = {
        name: {str(r["key"]): float(r[name]) for r in rows if r.get(name) is not None}
        for name in PAGE_MEASURES
    }
    measure = None
    if size_by is not None:
        check_measure(size_by)
        measure = Measure(size_by, {str(r["key"]): float(r[size_by]) for r in rows})
    if not gaps:
        return MapFindings(measure=measure, measures=measures)
    nodes = []
    for gap in run_analysis(store, "gaps", rocket=rocket, lang=lang)["result"]["gaps"]:
        kind = GAP_HIGHLIGHTS.get(gap["kind"])
        if kind is not None:
            subject = gap["subjects"][0]
            text = gap["text"][lang]
            nodes.append(NodeFinding(subject["label"], str(subject["key"]), kind, text))
    pairs = run_analysis(store, "recommend", rocket=rocket, lang=lang, top=INTRODUCTIONS)
    introductions = tuple(
        Introduction(
            str(p["actors"][0]["key"]),
            str(p["actors"][1]["key"]),
            float(p["score"]),
            p["text"][lang],
        )
        for p in pairs["result"]["introductions"]
    )
    return MapFindings(
        introductions=introductions, nodes=tuple(nodes), measure=measure, measures=measures
    )


def community_numbers(snapshot: Snapshot, seed: int = 0) -> tuple[dict[str, int], dict[str, int]]:
    """Community numbers of actors and of actions, for the overview of a very large network.

    Leiden (modularity, two passes, seeded) on the actor–action graph itself (``RUNS`` and
    ``COLLABORATES_WITH``), built straight into igraph: about a second at 100×, where the
    co-participation projection behind ``graphsvc analyze communities`` takes tens of
    seconds. An overview needs groups to draw, not the analysis's exact partition.
    """
    import igraph as ig

    from graphsvc.igraph_random import seeded_igraph

    actors = [n.key for n in snapshot.nodes if n.label is Label.ACTOR]
    actions = [n.key for n in snapshot.nodes if n.label is Label.ACTION]
    actor_ix = {k: i for i, k in enumerate(actors)}
    action_ix = {k: len(actors) + i for i, k in enumerate(actions)}
    pairs = []
    for e in snapshot.edges:
        if e.type is RelType.RUNS:
            u, v = actor_ix.get(e.start), action_ix.get(e.end)
        elif e.type is RelType.COLLABORATES_WITH:
            u, v = actor_ix.get(e.start), actor_ix.get(e.end)
        else:
            continue
        if u is not None and v is not None and u != v:
            pairs.append((u, v))
    graph = ig.Graph(n=len(actors) + len(actions), edges=pairs)
    with seeded_igraph(seed):
        parts = graph.community_leiden(objective_function="modularity", n_iterations=2)
    membership = parts.membership
    offset = len(actors)
    return (
        {key: membership[i] for i, key in enumerate(actors)},
        {key: membership[offset + i] for i, key in enumerate(actions)},
    )

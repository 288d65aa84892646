"""Centrality of every actor in the co-participation network, each measure with its rank."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import networkx as nx

from graphsvc.analysis import compute
from graphsvc.analysis.findings import actor_ref, ranks, rounded
from graphsvc.analysis.measures import MEASURES


def centrality(
    A: nx.Graph,
    *,
    top: int | None = None,
    pivots: int | None = None,
    seed: int = 0,
    progress: Callable[[str], None] | None = None,
) -> dict[str, Any]:
    """Per actor: degree, weighted degree, betweenness, closeness, eigenvector, PageRank,
    two-step reach, reach efficiency and k-core, each with its rank (1 = most central).

    Betweenness is normalised and unweighted (``nx.betweenness_centrality``), exact up to
    :data:`compute.EXACT_WORK` (actors × ties) and sampled above it with its error bound
    in ``betweenness_method``; closeness is ``nx.closeness_centrality``; eigenvector and
    PageRank use the ``weight`` (shared actions). Two-step reach is the share of other actors
    within two steps; reach efficiency divides the actors reached in two steps by the sum of
    the partners' degrees. Actors are ordered by betweenness, then weighted degree.

    Parameters
    ----------
    A : nx.Graph
        The actor network from :func:`graphsvc.analysis.bridge.actor_network`.
    top : int, optional
        Keep only the first ``top`` actors.

    Examples
    --------
    >>> A = nx.freeze(nx.star_graph(3))
    >>> first = centrality(A)["actors"][0]
    >>> first["key"], first["degree"], first["betweenness"], first["ranks"]["betweenness"]
    (0, 3, 1.0, 1)
    """
    step = progress or (lambda _: None)
    n = A.number_of_nodes()
    step("degree")
    degree = {v: float(d) for v, d in A.degree()}
    weighted = {v: float(d) for v, d in A.degree(weight="weight")}
    step("betweenness")
    betweenness, how = compute.betweenness(A, pivots=pivots, seed=seed)
    step("closeness")
    closeness, closeness_how = compute.closeness(A, sources=pivots, seed=seed)
    step("eigenvector and PageRank")
    eigenvector = compute.eigenvector(A)
    pagerank = compute.pagerank(A)
    step("two-step reach and k-core")
    reach, walks = compute.two_step_reach(A)
    reach_share = {v: reach[v] / (n - 1) if n > 1 else 0.0 for v in A}
    efficiency = {v: reach[v] / walks[v] if walks[v] else 0.0 for v in A}
    core = compute.core_number(A)
    values: dict[str, dict[Any, float]] = {
        "degree": degree,
        "weighted_degree": weighted,
        "betweenness": betweenness,
        "closeness": closeness,
        "eigenvector": eigenvector,
        "pagerank": pagerank,
        "two_step_reach": reach_share,
        "reach_efficiency": efficiency,
        "k_core": {v: float(k) for v, k in core.items()},
    }
    ranked = {m: ranks(values[m]) for m in MEASURES}
    order = sorted(A, key=lambda v: (ranked["betweenness"][v], ranked["weighted_degree"][v], v))
    actors = []
    for v in order[:top] if top else order:
        row = actor_ref(A, v)
        for m in MEASURES:
            value = values[m][v]
            row[m] = (
                int(value) if m in ("degree", "weighted_degree", "k_core") else rounded(value, 6)
            )
        row["two_step_reach_count"] = reach[v]
        row["ranks"] = {m: ranked[m][v] for m in MEASURES}
        actors.append(row)
    return {
        "actors_total": n,
        "ties_total": A.number_of_edges(),
        "betweenness_method": how,
        "closeness_method": closeness_how,
        "actors": actors,
    }

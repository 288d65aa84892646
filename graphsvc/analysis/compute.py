"""The compute backend: heavy algorithms on a NetworkX graph run in igraph (C) and scipy.sparse.

Every function takes a NetworkX graph and returns plain dicts keyed by its nodes, with the same
definitions (and normalisations) as the NetworkX function named in its docstring, so NetworkX
stays the public model and the reference the tests compare against. Conversions come from
:mod:`graphsvc.analysis.arrays`, cached per graph object.
"""

from __future__ import annotations

import math
import random
from collections.abc import Hashable
from typing import Any

import networkx as nx
import numpy as np

from graphsvc.analysis.arrays import adjacency, nodelist, to_igraph
from graphsvc.analysis.distances import (
    components,
    core_numbers,
    distance_sums,
    distance_totals,
    two_step_counts,
)
from graphsvc.igraph_random import seeded_igraph

#: Above this many actors, closeness is estimated from sampled source actors.
EXACT_BETWEENNESS_LIMIT = 5000
#: Betweenness is exact up to this much work (actors × ties: about 0.2 s in igraph here).
EXACT_WORK = 2e7
#: Sampled betweenness is within EPSILON of the exact value, for every actor at once, with
#: probability at least 1 - DELTA.
EPSILON, DELTA = 0.005, 0.1
#: Sampling spends about this many edge visits (pivots × ties): ~15 s on 2 busy cores.
PIVOT_WORK = 2e8
#: Pivots are kept between these bounds.
MIN_PIVOTS, MAX_PIVOTS = 100, 1000


def default_pivots(G: nx.Graph) -> int:
    """How many pivots (sources) sampling uses on ``G``: 0 (exact) up to the exact limit.

    >>> default_pivots(nx.path_graph(10))
    0
    """
    if G.number_of_nodes() <= EXACT_BETWEENNESS_LIMIT:
        return 0
    by_work = int(PIVOT_WORK / max(G.number_of_edges(), 1))
    return max(MIN_PIVOTS, min(MAX_PIVOTS, by_work))


def _as_dict(G: nx.Graph, values: Any) -> dict[Hashable, float]:
    return {n: float(v) for n, v in zip(nodelist(G), values, strict=True)}


def betweenness(
    G: nx.Graph,
    *,
    pivots: int | None = None,
    seed: int = 0,
    confidence: float = 0.95,
) -> tuple[dict[Hashable, float], dict[str, Any]]:
    """Normalised betweenness on the unweighted graph, as ``nx.betweenness_centrality``.

    Exact while actors × ties stay within :data:`EXACT_WORK` (or when ``pivots`` is 0); above
    it, shortest paths are sampled (:mod:`graphsvc.analysis.path_sampling`) so that every
    value is within :data:`EPSILON` of the exact one with probability ≥ 1 − :data:`DELTA`.
    Given ``pivots``, it is instead estimated from that many source nodes (Brandes–Pich) with
    a Hoeffding bound at ``confidence``. The second value says how: ``{"sampled": bool,
    "error_bound": ε, "confidence": 1-δ, "method": …}`` and the samples or pivots taken.

    >>> values, how = betweenness(nx.path_graph(3))
    >>> values, how["sampled"]
    ({0: 0.0, 1: 1.0, 2: 0.0}, False)
    """
    n = G.number_of_nodes()
    if n < 3:
        return dict.fromkeys(G, 0.0), {"sampled": False, "pivots": n, "error_bound": 0.0}
    scale = 2.0 / ((n - 1) * (n - 2))
    if pivots is None and n * G.number_of_edges() > EXACT_WORK:
        return _sampled_paths(G, seed)
    g = to_igraph(G)
    if not pivots or pivots >= n:
        exact = {"sampled": False, "pivots": n, "error_bound": 0.0}
        return _as_dict(G, np.asarray(g.betweenness(directed=False)) * scale), exact
    sources = random.Random(seed).sample(range(n), pivots)
    raw = np.asarray(g.betweenness(directed=False, sources=sources)) * (n / pivots)
    delta = 1.0 - confidence
    bound = n / (n - 1) * math.sqrt(math.log(2 * n / delta) / (2 * pivots))
    how = {
        "sampled": True,
        "pivots": pivots,
        "error_bound": round(bound, 4),
        "confidence": confidence,
        "method": "Brandes-Pich source sampling; Hoeffding bound with a union bound over nodes",
    }
    return _as_dict(G, np.clip(raw * scale, 0.0, None)), how


def _sampled_paths(G: nx.Graph, seed: int) -> tuple[dict[Hashable, float], dict[str, Any]]:
    """Betweenness from sampled shortest paths, within EPSILON with probability 1 - DELTA."""
    from graphsvc.analysis import path_sampling

    n = G.number_of_nodes()
    to_normalised = n / (n - 2)  # the sampler's scale (ordered pairs) to NetworkX's
    found = path_sampling.betweenness(
        adjacency(G), epsilon=EPSILON / to_normalised, delta=DELTA, seed=seed
    )
    how = {
        "sampled": True,
        "samples": found.samples,
        "error_bound": EPSILON,
        "confidence": round(1 - DELTA, 6),
        "vertex_diameter_bound": found.vertex_diameter,
        "method": "Riondato-Kornaropoulos shortest-path sampling; (epsilon, delta) guarantee "
        "from the vertex diameter",
    }
    return _as_dict(G, found.scores * to_normalised), how


def closeness(
    G: nx.Graph, *, sources: int | None = None, seed: int = 0, confidence: float = 0.95
) -> tuple[dict[Hashable, float], dict[str, Any]]:
    """Closeness as ``nx.closeness_centrality`` (Wasserman–Faust scaling when disconnected).

    Exact up to :data:`EXACT_BETWEENNESS_LIMIT` nodes; above it, distances inside components
    larger than that are estimated from ``sources`` sampled BFS roots (Eppstein–Wang): with
    probability ≥ ``confidence`` each average distance is within ``error_bound`` × the
    component's diameter of the exact one.

    >>> closeness(nx.path_graph(3))[0]
    {0: 0.6666666666666666, 1: 1.0, 2: 0.6666666666666666}
    """
    n = G.number_of_nodes()
    if n < 2:
        return dict.fromkeys(G, 0.0), {"sampled": False, "sources": n, "error_bound": 0.0}
    adj = adjacency(G)
    count, labels = components(adj)
    sizes = np.bincount(labels, minlength=count)[labels]
    members_of = np.split(np.argsort(labels, kind="stable"), np.cumsum(np.bincount(labels))[:-1])
    big = [c.tolist() for c in members_of if len(c) > EXACT_BETWEENNESS_LIMIT]
    if sources is None:
        sources = default_pivots(G) or MAX_PIVOTS
    if not big or sources == 0:
        raw = _exact_closeness(adj, np.arange(n))
        return _as_dict(G, raw * (sizes - 1) / (n - 1)), {
            "sampled": False,
            "sources": n,
            "error_bound": 0.0,
        }
    raw = np.zeros(n)
    in_big = np.zeros(n, dtype=bool)
    rng = random.Random(seed)
    for members in big:
        in_big[members] = True
        picked = rng.sample(members, min(sources, len(members)))
        total = distance_totals(adj, np.asarray(picked))[members].astype(float)
        own = np.isin(members, picked)
        mean = total / np.maximum(len(picked) - own, 1)
        raw[members] = np.where(mean > 0, 1.0 / np.where(mean > 0, mean, 1.0), 0.0)
    small = np.flatnonzero(~in_big)
    if len(small):
        raw[small] = _exact_closeness(adj, small)
    k = min(sources, max(len(c) for c in big))
    bound = math.sqrt(math.log(2 * n / (1 - confidence)) / (2 * k))
    how = {
        "sampled": True,
        "sources": k,
        "error_bound": round(bound, 4),
        "confidence": confidence,
        "method": "Eppstein-Wang source sampling; bound in units of the component's diameter",
    }
    return _as_dict(G, raw * (sizes - 1) / (n - 1)), how


def _exact_closeness(adj: Any, nodes: np.ndarray) -> np.ndarray:
    """Per node: the nodes it reaches over the sum of their distances (0 when alone), as
    igraph's normalised closeness computes it."""
    sums, reached = distance_sums(adj, nodes)
    inverse = np.divide(1.0, sums, out=np.zeros(len(sums)), where=sums > 0)
    return inverse * reached


def eigenvector(G: nx.Graph, weight: str | None = "weight") -> dict[Hashable, float]:
    """Eigenvector centrality with unit Euclidean norm, as ``nx.eigenvector_centrality``.

    >>> {k: round(v, 3) for k, v in eigenvector(nx.path_graph(3)).items()}
    {0: 0.5, 1: 0.707, 2: 0.5}
    """
    A = adjacency(G, weight)
    n = A.shape[0]
    if n == 0 or A.nnz == 0:
        return dict.fromkeys(G, 0.0)
    if n < 3:
        vector = np.ones(n)
    else:
        from scipy.sparse.linalg import eigsh

        _, vectors = eigsh(A.astype(float), k=1, which="LA", v0=np.ones(n), tol=1e-12)
        vector = vectors[:, 0]
    vector = np.abs(vector)
    return _as_dict(G, vector / np.linalg.norm(vector))


def pagerank(
    G: nx.Graph, weight: str | None = "weight", alpha: float = 0.85
) -> dict[Hashable, float]:
    """PageRank with damping ``alpha``, as ``nx.pagerank`` (isolated nodes teleport evenly).

    Solved, not iterated: on an undirected graph the scores are proportional to ``y`` with
    ``(I - alpha W D⁻¹) y = 1`` (D the strengths), and ``z = D^-½ y`` solves a symmetric
    positive definite system, which conjugate gradients solve to machine precision in a few
    dozen products (condition number at most (1 + alpha) / (1 - alpha)).

    >>> {k: round(v, 4) for k, v in pagerank(nx.path_graph(3)).items()}
    {0: 0.2568, 1: 0.4865, 2: 0.2568}
    """
    W = adjacency(G, weight if weight and G.number_of_edges() else None)
    n = W.shape[0]
    if n == 0:
        return {}
    strength = np.asarray(W.sum(axis=1)).ravel()
    live = np.flatnonzero(strength > 0)
    y = np.ones(n)
    if len(live):
        from scipy.sparse import diags_array, identity
        from scipy.sparse.linalg import cg

        scale = diags_array(1.0 / np.sqrt(strength[live]))
        S = scale @ W[live][:, live] @ scale
        system = identity(len(live), format="csr") - alpha * S
        z, _ = cg(system, scale.diagonal(), rtol=1e-15, atol=0.0, maxiter=10 * len(live))
        y[live] = z * np.sqrt(strength[live])
    return _as_dict(G, y / y.sum())


def core_number(G: nx.Graph) -> dict[Hashable, int]:
    """The k-core number of every node, as ``nx.core_number``.

    >>> core_number(nx.complete_graph(3))
    {0: 2, 1: 2, 2: 2}
    """
    return {n: int(k) for n, k in zip(nodelist(G), core_numbers(adjacency(G)), strict=True)}


def two_step_reach(G: nx.Graph) -> tuple[dict[Hashable, int], dict[Hashable, int]]:
    """Per node: how many others lie within two steps, and how many walks of length ≤ 2 there are.

    The second number is the sum of the neighbours' degrees; reach efficiency is the first
    divided by the second (1 when no contact is reached twice).

    >>> two_step_reach(nx.path_graph(3))
    ({0: 2, 1: 2, 2: 2}, {0: 2, 1: 2, 2: 2})
    """
    A = adjacency(G)
    reach = two_step_counts(A)
    degree = np.diff(A.indptr).astype(np.int64)
    walks = (A != 0).astype(np.int64) @ degree
    nodes = nodelist(G)
    return (
        {n: int(r) for n, r in zip(nodes, reach, strict=True)},
        {n: int(w) for n, w in zip(nodes, walks, strict=True)},
    )


def communities(G: nx.Graph, weight: str | None = "weight", seed: int = 0) -> list[set[Hashable]]:
    """Communities maximising modularity, largest first: igraph's multilevel (Louvain)
    partition, refined by two iterations of Leiden started from it.

    An iteration of Leiden never lowers the quality of the partition it starts from, so the
    modularity is at least multilevel's with the same seed, and Leiden's refinement leaves no
    community internally disconnected. Deterministic for a given ``seed``. Isolated nodes
    form communities of their own.

    >>> sorted(map(sorted, communities(nx.barbell_graph(4, 0))))
    [[0, 1, 2, 3], [4, 5, 6, 7]]
    """
    g = to_igraph(G)
    if g.vcount() == 0:
        return []
    weights = "weight" if weight and g.ecount() else None
    with seeded_igraph(seed):  # this thread's own stream: concurrent calls do not disturb it
        start = g.community_multilevel(weights=weights).membership
        parts = g.community_leiden(
            objective_function="modularity",
            weights=weights,
            n_iterations=2,
            initial_membership=start,
        )
    nodes = nodelist(G)
    found = [{nodes[i] for i in c} for c in parts]
    return sorted(found, key=lambda c: (-len(c), min(map(nodes.index, c)) if len(c) < 2 else 0))


def modularity(G: nx.Graph, parts: list[set[Hashable]], weight: str | None = "weight") -> float:
    """Modularity of a partition, as ``nx.community.modularity``.

    >>> round(modularity(nx.barbell_graph(3, 0), [{0, 1, 2}, {3, 4, 5}], None), 4)
    0.3571
    """
    g = to_igraph(G)
    if g.ecount() == 0:
        return 0.0
    index = {n: i for i, n in enumerate(nodelist(G))}
    membership = [0] * g.vcount()
    for c, part in enumerate(parts):
        for n in part:
            membership[index[n]] = c
    return float(g.modularity(membership, weights="weight" if weight else None))

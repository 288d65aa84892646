"""The health figures of a programme network, overall and per rocket, for year-to-year follow-up.

A handful of figures that can be compared across dates: size, density, how much of the
network hangs together, how far actors reach, how many actions are run alone and how many
actor kinds take part. Per-rocket figures come from the sparse incidence matrix (the rocket's
columns of B, then B·Bᵀ), so no NetworkX graph is built per rocket; they equal the overall
figures of :func:`graphsvc.analysis.bridge.within_rocket`'s part of the graph.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import networkx as nx
import numpy as np
import scipy.sparse as sp

from graphsvc.analysis import arrays
from graphsvc.analysis.bridge import actor_network, programme_arrays
from graphsvc.analysis.cuts import average_reach
from graphsvc.analysis.distances import components
from graphsvc.analysis.findings import rounded
from graphsvc.analysis.programme import Programme

#: The figures of every entry, in output order.
FIGURES: tuple[str, ...] = (
    "actors",
    "actions",
    "ties",
    "density",
    "main_component_share",
    "average_reach",
    "solo_action_share",
    "kinds",
)


def health(P: nx.Graph, A: nx.Graph | None = None) -> dict[str, Any]:
    """The health figures of a programme graph, overall and for every rocket.

    Per entry: ``actors``, ``actions``, ``ties`` (pairs of actors in the co-participation
    network, reported ties included), ``density`` (ties / possible ties),
    ``main_component_share`` (share of actors in the largest connected part),
    ``average_reach`` (the mean, over actors, of the share of the other actors they can reach
    through the network in any number of steps), ``solo_action_share`` (actions run by exactly
    one actor / actions run by anyone) and ``kinds`` (how many actor kinds are among the
    actors). A rocket's entry is about its own part of the graph (the actions fuelling it and
    the actors running them), as ``--rocket`` gives.

    Parameters
    ----------
    P : nx.Graph
        A programme graph from :func:`graphsvc.analysis.bridge.programme_graph`.
    A : nx.Graph, optional
        Its actor network (computed when not given).

    Examples
    --------
    >>> from graphsvc.analysis.bridge import _tiny
    >>> result = health(_tiny())
    >>> result["overall"]["ties"], result["overall"]["average_reach"], result["overall"]["kinds"]
    (2, 1.0, 3)
    >>> [(r["key"], r["actors"], r["solo_action_share"]) for r in result["rockets"]]
    [('centre', 2, 0.0)]
    """
    A = actor_network(P) if A is None else A
    return health_of(programme_arrays(P), A)


def health_of(programme: Programme, A: Any) -> dict[str, Any]:
    """:func:`health` of a programme's arrays and its actor network (NetworkX or a
    :class:`~graphsvc.analysis.network.Network`)."""
    inc = programme.incidence
    runners = np.asarray(inc.matrix.sum(axis=0)).ravel()
    kinds = np.array([str(A.nodes[k].get("kind", "")) for k in inc.actors], dtype=object)
    all_kinds = {str(A.nodes[v].get("kind", "")) for v in A}
    overall = _figures(arrays.adjacency(A), runners, len(all_kinds))
    rockets = []
    for rocket, cols, members, W in rocket_parts(programme):
        figures = _figures(W, runners[cols], len(set(kinds[members])))
        rockets.append({"key": rocket, **figures})
    return {"overall": overall, "rockets": rockets}


def rocket_parts(
    programme: Programme,
) -> Iterator[tuple[str, list[int], np.ndarray, sp.csr_array]]:
    """Each rocket of the programme: its key, the positions of its actions, of the actors
    running them, and their network (:func:`rocket_network`)."""
    reported = [(int(i), int(j)) for i, j in programme.reported.tolist()]
    for rocket in programme.present:
        cols = programme.rocket_columns(rocket).tolist()
        members, W = rocket_network(programme.incidence.matrix, cols, reported)
        yield rocket, cols, members, W


def rocket_network(
    B: sp.csr_array, cols: list[int], reported: list[tuple[int, int]]
) -> tuple[np.ndarray, sp.csr_array]:
    """The actors (rows of B) running the given actions, and their co-participation adjacency
    with the reported ties among them.

    >>> B = sp.csr_array(np.array([[1, 0], [1, 1], [0, 1]]))
    >>> members, W = rocket_network(B, [1], [(0, 2)])
    >>> members.tolist(), W.toarray().tolist()
    ([1, 2], [[0, 1], [1, 0]])
    """
    part = B[:, cols].tocsr() if cols else sp.csr_array((B.shape[0], 0))
    members = np.flatnonzero(np.diff(part.indptr) > 0)
    part = part[members]
    W = (part @ part.T).tocsr()
    position = {int(a): i for i, a in enumerate(members)}
    ties = [(position[u], position[v]) for u, v in reported if u in position and v in position]
    if ties:
        r, c = np.array(ties).T
        extra = sp.csr_array((np.ones(len(ties)), (r, c)), shape=W.shape)
        W = (W + extra + extra.T).tocsr()
    W.setdiag(0)
    W.eliminate_zeros()
    return members, W


def difference(before: dict[str, Any], after: dict[str, Any]) -> dict[str, Any]:
    """Figure by figure, ``after`` minus ``before`` (two :func:`health` results), overall and
    for the rockets both have.

    >>> then = {"overall": {"actors": 3, "density": 0.5}, "rockets": []}
    >>> now = {"overall": {"actors": 5, "density": 0.4}, "rockets": []}
    >>> difference(then, now)
    {'overall': {'actors': 2, 'density': -0.1}, 'rockets': []}
    """
    earlier = {r["key"]: r for r in before["rockets"]}
    return {
        "overall": _minus(before["overall"], after["overall"]),
        "rockets": [
            {"key": r["key"], **_minus(earlier[r["key"]], r)}
            for r in after["rockets"]
            if r["key"] in earlier
        ],
    }


def _minus(before: dict[str, Any], after: dict[str, Any]) -> dict[str, Any]:
    return {
        k: after[k] - before[k] if isinstance(after[k], int) else rounded(after[k] - before[k], 6)
        for k in after
        if k != "key"
    }


def _figures(W: sp.csr_array, runners: np.ndarray, kinds: int) -> dict[str, Any]:
    """The figures of one network: adjacency ``W``, and per action how many actors run it."""
    n = W.shape[0]
    m = W.nnz // 2
    sizes = np.bincount(components(W)[1]) if n else np.zeros(0, int)
    run = int((runners > 0).sum())
    return {
        "actors": n,
        "actions": len(runners),
        "ties": m,
        "density": rounded(2 * m / (n * (n - 1)) if n > 1 else 0.0, 6),
        "main_component_share": rounded(sizes.max() / n if n else 0.0),
        "average_reach": rounded(average_reach(sizes.tolist(), n) / (n - 1) if n > 1 else 0.0),
        "solo_action_share": rounded(int((runners == 1).sum()) / run if run else 0.0),
        "kinds": kinds,
    }

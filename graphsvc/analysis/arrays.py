"""The arrays behind a frozen graph: node order, index, adjacency, igraph copy, rocket masks,
kinds and reported ties.

Each is computed once per graph object and cached (weakly), which is safe because the bridge
hands out frozen graphs; an unfrozen graph is converted again on every call. A
:class:`~graphsvc.analysis.network.Network` already is arrays: its matrices are taken as
they are, and the rest is cached on it.
"""

from __future__ import annotations

import weakref
from collections.abc import Hashable
from typing import Any

import networkx as nx
import numpy as np
import scipy.sparse as sp

from graphsvc.analysis.network import Network

_CACHE: weakref.WeakKeyDictionary[nx.Graph, dict[Any, Any]] = weakref.WeakKeyDictionary()


def cache_of(G: nx.Graph) -> dict[Any, Any]:
    """The cache of computed arrays of a frozen graph (a fresh dict for an unfrozen one)."""
    if isinstance(G, Network):
        return G.cache
    if not nx.is_frozen(G):
        return {}
    return _CACHE.setdefault(G, {})


def nodelist(G: nx.Graph) -> list[Hashable]:
    """The node order shared by every matrix and igraph conversion of ``G``."""
    cache = cache_of(G)
    if "nodes" not in cache:
        cache["nodes"] = list(G)
    return list(cache["nodes"])


def node_index(G: nx.Graph) -> dict[Hashable, int]:
    """Position of every node in :func:`nodelist` order (cached; do not modify)."""
    cache = cache_of(G)
    if "index" not in cache:
        cache["index"] = {n: i for i, n in enumerate(nodelist(G))}
    index: dict[Hashable, int] = cache["index"]
    return index


def adjacency(G: nx.Graph, weight: str | None = None) -> sp.csr_array:
    """The symmetric adjacency matrix (``weight`` values, or 1) in :func:`nodelist` order.

    >>> adjacency(nx.path_graph(3)).toarray().tolist()
    [[0.0, 1.0, 0.0], [1.0, 0.0, 1.0], [0.0, 1.0, 0.0]]
    """
    cache = cache_of(G)
    if isinstance(G, Network) and ("adj", weight) not in cache:
        cache[("adj", weight)] = G.matrix(weight)
    if ("adj", weight) not in cache:
        rows, cols = _edge_ends(G)
        vals = np.ones(len(rows), dtype=float)
        if weight is not None:
            vals = np.fromiter(
                (w for _, _, w in G.edges(data=weight, default=1)), dtype=float, count=len(rows)
            )
        n = G.number_of_nodes()
        upper = sp.coo_array((vals, (rows, cols)), shape=(n, n))
        cache[("adj", weight)] = (upper + upper.T).tocsr()
    return cache[("adj", weight)]


def _edge_ends(G: nx.Graph) -> tuple[np.ndarray, np.ndarray]:
    """The positions of both ends of every edge, in ``G.edges()`` order (cached)."""
    cache = cache_of(G)
    if "ends" not in cache:
        index = node_index(G)
        flat = np.fromiter(
            (index[x] for edge in G.edges() for x in edge), dtype=np.int64, count=2 * len(G.edges)
        )
        cache["ends"] = (flat[0::2], flat[1::2])
    ends: tuple[np.ndarray, np.ndarray] = cache["ends"]
    return ends


def to_igraph(G: nx.Graph) -> Any:
    """``G`` as an undirected igraph Graph: vertex i is ``nodelist(G)[i]``, with edge weights."""
    import igraph as ig

    cache = cache_of(G)
    if "igraph" not in cache:
        upper = sp.triu(adjacency(G, "weight"), k=1).tocoo()
        edges = np.column_stack([upper.row, upper.col])
        g = ig.Graph(n=G.number_of_nodes(), edges=edges.tolist(), directed=False)
        g.es["weight"] = upper.data.tolist()
        cache["igraph"] = g
    return cache["igraph"]


def rocket_masks(G: nx.Graph) -> np.ndarray:
    """Per node (in :func:`nodelist` order) a bit mask of its ``rockets`` attribute.

    >>> G = nx.Graph(rockets={"logistics": {}, "centre": {}})
    >>> G.add_nodes_from([("a", {"rockets": ("centre",)}),
    ...                   ("b", {"rockets": ("logistics", "centre")})])
    >>> rocket_masks(G).tolist()
    [2, 3]
    """
    cache = cache_of(G)
    if "masks" not in cache:
        order = {k: i for i, k in enumerate(G.graph.get("rockets", {}))}
        nodes = nodelist(G)
        masks = np.zeros(len(nodes), dtype=np.int64)
        for i, v in enumerate(nodes):
            for r in G.nodes[v].get("rockets", ()):
                masks[i] |= 1 << order.setdefault(r, len(order))
        cache["masks"] = masks
    result: np.ndarray = cache["masks"]
    return result


def kind_codes(G: nx.Graph) -> np.ndarray:
    """Per node (in :func:`nodelist` order) a small integer standing for its ``kind``.

    >>> G = nx.Graph()
    >>> G.add_nodes_from([("a", {"kind": "city"}), ("b", {"kind": "company"}), ("c", {})])
    >>> kind_codes(G).tolist()
    [1, 2, 0]
    """
    cache = cache_of(G)
    if "kinds" not in cache:
        kinds = [str(G.nodes[v].get("kind", "")) for v in nodelist(G)]
        codes = {k: i for i, k in enumerate(sorted(set(kinds)))}
        cache["kinds"] = np.array([codes[k] for k in kinds], dtype=np.int64)
    result: np.ndarray = cache["kinds"]
    return result


def reported_ties(G: nx.Graph) -> list[tuple[Hashable, Hashable]]:
    """The edges of an actor network that carry a reported tie (``reported`` true), cached.

    >>> G = nx.Graph()
    >>> G.add_edges_from([("a", "b", {"reported": True}), ("b", "c", {"reported": False})])
    >>> reported_ties(G)
    [('a', 'b')]
    """
    cache = cache_of(G)
    if isinstance(G, Network) and "reported" not in cache:
        rows, cols, entries = G.upper_ties()
        keep = G.reported[entries]
        ends = zip(rows[keep].tolist(), cols[keep].tolist(), strict=True)
        cache["reported"] = [(G.keys[i], G.keys[j]) for i, j in ends]
    if "reported" not in cache:
        cache["reported"] = [(u, v) for u, v, r in G.edges(data="reported") if r]
    found: list[tuple[Hashable, Hashable]] = cache["reported"]
    return found

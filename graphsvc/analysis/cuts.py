"""Single points of failure: articulation points and bridges, with how many nodes each cuts off.

One iterative depth-first search (Hopcroft–Tarjan lowpoints) finds both in linear time and
also yields the sizes of the pieces a removal leaves, which NetworkX's functions do not.
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass

import networkx as nx
import numpy as np

from graphsvc.analysis.arrays import adjacency, nodelist


@dataclass(frozen=True)
class CutPoint:
    """A node whose removal splits its component: the pieces left, largest first."""

    node: Hashable
    pieces: tuple[int, ...]

    @property
    def cut_off(self) -> int:
        """Nodes no longer connected to the largest remaining piece."""
        return sum(self.pieces[1:])


@dataclass(frozen=True)
class CutTie:
    """A tie whose removal splits its component; ``cut_off`` is the smaller side."""

    u: Hashable
    v: Hashable
    cut_off: int
    kept: int


def cut_structure(G: nx.Graph) -> tuple[list[CutPoint], list[CutTie]]:
    """Articulation points and bridges of ``G`` with the piece sizes of each cut.

    Agrees with ``nx.articulation_points`` and ``nx.bridges``; sorted by nodes cut off,
    most first.

    >>> points, ties = cut_structure(nx.Graph([(1, 2), (2, 3), (3, 4), (4, 2), (4, 5)]))
    >>> [(p.node, p.pieces) for p in points]
    [(2, (3, 1)), (4, (3, 1))]
    >>> [(t.u, t.v, t.cut_off) for t in ties]
    [(1, 2, 1), (4, 5, 1)]
    """
    A = adjacency(G).tocsr()
    nodes = nodelist(G)
    indptr, indices = A.indptr.tolist(), A.indices.tolist()
    n = len(nodes)
    disc = [-1] * n
    low = [0] * n
    size = [1] * n
    parent = [-1] * n
    separated: dict[int, list[int]] = {}
    tie_cuts: list[tuple[int, int, int]] = []
    comp_size: dict[int, int] = {}
    root_of = [0] * n
    clock = 0
    for root in range(n):
        if disc[root] >= 0:
            continue
        disc[root] = low[root] = clock
        clock += 1
        root_of[root] = root
        stack = [(root, indptr[root])]
        while stack:
            v, pos = stack[-1]
            if pos < indptr[v + 1]:
                stack[-1] = (v, pos + 1)
                w = indices[pos]
                if disc[w] < 0:
                    parent[w] = v
                    root_of[w] = root
                    disc[w] = low[w] = clock
                    clock += 1
                    stack.append((w, indptr[w]))
                elif w != parent[v]:
                    low[v] = min(low[v], disc[w])
                continue
            stack.pop()
            p = parent[v]
            if p < 0:
                continue
            size[p] += size[v]
            low[p] = min(low[p], low[v])
            if low[v] >= disc[p]:
                separated.setdefault(p, []).append(size[v])
            if low[v] > disc[p]:
                tie_cuts.append((p, v, size[v]))
        comp_size[root] = size[root]
    points = []
    for v, subtrees in separated.items():
        total = comp_size[root_of[v]]
        if parent[v] < 0:
            if len(subtrees) < 2:
                continue
            pieces = subtrees
        else:
            pieces = [*subtrees, total - 1 - sum(subtrees)]
        points.append(CutPoint(nodes[v], tuple(sorted(pieces, reverse=True))))
    ties = []
    for p, v, below in tie_cuts:
        total = comp_size[root_of[v]]
        a, b = (p, v) if p < v else (v, p)
        ties.append(
            CutTie(nodes[a], nodes[b], min(below, total - below), max(below, total - below))
        )
    rank = {n: i for i, n in enumerate(nodes)}
    points.sort(key=lambda c: (-c.cut_off, rank[c.node]))
    ties.sort(key=lambda t: (-t.cut_off, rank[t.u], rank[t.v]))
    return points, ties


def pieces_without(G: nx.Graph, removed: Hashable) -> list[int]:
    """Component sizes of ``G`` without one node, largest first.

    >>> pieces_without(nx.path_graph(5), 2)
    [2, 2]
    """
    keep = [n for n in nodelist(G) if n != removed]
    H = G.subgraph(keep)
    return sorted((len(c) for c in nx.connected_components(H)), reverse=True) if keep else []


def average_reach(sizes: list[int], n: int) -> float:
    """Average number of others each of ``n`` nodes can reach, given component sizes.

    >>> average_reach([3, 1], 4)
    1.5
    """
    if n == 0:
        return 0.0
    s = np.asarray(sizes, dtype=float)
    return float((s * (s - 1)).sum() / n)

"""Breadth-first distances on a CSR graph from many sources at once, compiled (numba), parallel.

Path lengths and sampled closeness need the distances from a few hundred sources to every
node; one search per source runs on its own core, with no distance matrix kept beyond a
chunk of sources. Unweighted: every tie is one step.
"""

from __future__ import annotations

import threading

import numba
import numpy as np
import scipy.sparse as sp

# numba's own thread pool is safe in a forked process (the API's work processes are);
# it takes one parallel call at a time, so callers take turns (each call uses every core).
numba.config.THREADING_LAYER = "workqueue"  # type: ignore[attr-defined]  # set at run time
ONE_AT_A_TIME = threading.Lock()

#: Sources searched together by :func:`distance_totals` (one row of distances each).
CHUNK = 64


def distance_sums(adj: sp.csr_array, sources: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per source: the sum of its distances to the nodes it reaches, and how many it reaches
    (itself not counted).

    >>> path = sp.csr_array(np.eye(4, k=1) + np.eye(4, k=-1))
    >>> [a.tolist() for a in distance_sums(path, np.array([0, 1]))]
    [[6, 4], [3, 3]]
    """
    with ONE_AT_A_TIME:
        found = _sums(_int32(adj.indptr), _int32(adj.indices), _int32(sources), adj.shape[0])
    return found[0], found[1]


def distance_totals(adj: sp.csr_array, sources: np.ndarray) -> np.ndarray:
    """Per node: the sum of its distances from every source that reaches it.

    >>> path = sp.csr_array(np.eye(3, k=1) + np.eye(3, k=-1))
    >>> distance_totals(path, np.array([0, 2])).tolist()
    [2, 2, 2]
    """
    n = adj.shape[0]
    indptr, indices = _int32(adj.indptr), _int32(adj.indices)
    total = np.zeros(n, dtype=np.int64)
    for start in range(0, len(sources), CHUNK):
        chunk = _int32(sources[start : start + CHUNK])
        with ONE_AT_A_TIME:
            rows = _rows(indptr, indices, chunk, n)
        total += np.where(rows > 0, rows, 0).sum(axis=0)
    return total


def two_step_counts(adj: sp.csr_array) -> np.ndarray:
    """Per node: how many other nodes lie within two steps of it.

    >>> star = sp.csr_array(([1.0] * 6, ([0, 0, 0, 1, 2, 3], [1, 2, 3, 0, 0, 0])), shape=(5, 5))
    >>> two_step_counts(star).tolist()
    [3, 3, 3, 3, 0]
    """
    n = adj.shape[0]
    blocks = min(BLOCKS, max(n, 1))
    with ONE_AT_A_TIME:
        return _two_step(_int32(adj.indptr), _int32(adj.indices), n, blocks)


def components(adj: sp.csr_array) -> tuple[int, np.ndarray]:
    """The connected components of a symmetric pattern: how many, and each node's label,
    numbered in the order of their first node (as scipy's ``connected_components``, without
    importing scipy's linear algebra).

    >>> two_and_one = sp.csr_array(np.array([[0, 0, 0], [0, 0, 1], [0, 1, 0]]))
    >>> count, labels = components(two_and_one)
    >>> count, labels.tolist()
    (2, [0, 1, 1])
    """
    labels = _components(_int32(adj.indptr), _int32(adj.indices))
    return (int(labels.max()) + 1 if len(labels) else 0), labels


def core_numbers(adj: sp.csr_array) -> np.ndarray:
    """The k-core number of every node (Batagelj–Zaversnik peeling in linear time).

    >>> ties = [[0, 1, 1, 0], [1, 0, 1, 0], [1, 1, 0, 1], [0, 0, 1, 0]]
    >>> core_numbers(sp.csr_array(np.array(ties))).tolist()
    [2, 2, 2, 1]
    """
    return _cores(_int32(adj.indptr), _int32(adj.indices))


#: Nodes are counted in this many blocks, each with its own marks (one row of n).
BLOCKS = 64


def _int32(values: np.ndarray) -> np.ndarray:
    return np.ascontiguousarray(values, dtype=np.int32)


#: A level is searched bottom-up (each unreached node looks for a parent in the frontier)
#: once the frontier's ties outnumber the unreached nodes' ties over this (Beamer et al. 2012).
BOTTOM_UP = 14


@numba.njit(cache=True)
def breadth_first(
    indptr: np.ndarray, indices: np.ndarray, source: int, dist: np.ndarray, queue: np.ndarray
) -> int:
    """Fill ``dist`` (all -1 on entry) from ``source``; returns how many nodes were reached.

    ``queue[:returned]`` holds the nodes reached, level after level. Direction-optimising:
    a level that reaches most of the graph (a hub in the frontier) is found bottom-up, where
    an unreached node stops at its first parent instead of every frontier tie being scanned.
    """
    n = indptr.shape[0] - 1
    dist[source] = 0
    queue[0] = source
    head, tail, level = 0, 1, 0
    frontier_ties = indptr[source + 1] - indptr[source]
    unreached_ties = indptr[n] - frontier_ties
    while head < tail:
        stop = tail
        if frontier_ties * BOTTOM_UP > unreached_ties:
            for v in range(n):
                if dist[v] < 0:
                    for p in range(indptr[v], indptr[v + 1]):
                        if dist[indices[p]] == level:
                            dist[v] = level + 1
                            queue[tail] = v
                            tail += 1
                            break
        else:
            for k in range(head, stop):
                v = queue[k]
                for p in range(indptr[v], indptr[v + 1]):
                    w = indices[p]
                    if dist[w] < 0:
                        dist[w] = level + 1
                        queue[tail] = w
                        tail += 1
        frontier_ties = 0
        for k in range(stop, tail):
            frontier_ties += indptr[queue[k] + 1] - indptr[queue[k]]
        unreached_ties -= frontier_ties
        head, level = stop, level + 1
    return tail


@numba.njit(parallel=True, cache=True)
def _sums(
    indptr: np.ndarray, indices: np.ndarray, sources: np.ndarray, n: int
) -> tuple[np.ndarray, np.ndarray]:
    k = len(sources)
    sums = np.zeros(k, dtype=np.int64)
    reached = np.zeros(k, dtype=np.int64)
    for i in numba.prange(k):
        dist = np.full(n, -1, dtype=np.int32)
        queue = np.empty(n, dtype=np.int32)
        tail = breadth_first(indptr, indices, sources[i], dist, queue)
        total = 0
        for q in range(tail):
            total += dist[queue[q]]
        sums[i] = total
        reached[i] = tail - 1
    return sums, reached


@numba.njit(parallel=True, cache=True)
def _rows(indptr: np.ndarray, indices: np.ndarray, sources: np.ndarray, n: int) -> np.ndarray:
    rows = np.full((len(sources), n), -1, dtype=np.int32)
    for i in numba.prange(len(sources)):
        queue = np.empty(n, dtype=np.int32)
        breadth_first(indptr, indices, sources[i], rows[i], queue)
    return rows


@numba.njit(parallel=True, cache=True)
def _two_step(indptr: np.ndarray, indices: np.ndarray, n: int, blocks: int) -> np.ndarray:
    counts = np.zeros(n, dtype=np.int64)
    size = (n + blocks - 1) // blocks
    for b in numba.prange(blocks):
        seen = np.full(n, -1, dtype=np.int32)  # seen[w] == v: w already counted for v
        for v in range(b * size, min(n, (b + 1) * size)):
            seen[v] = v
            found = 0
            for p in range(indptr[v], indptr[v + 1]):
                u = indices[p]
                if seen[u] != v:
                    seen[u] = v
                    found += 1
                for q in range(indptr[u], indptr[u + 1]):
                    w = indices[q]
                    if seen[w] != v:
                        seen[w] = v
                        found += 1
            counts[v] = found
    return counts


@numba.njit(cache=True)
def _cores(indptr: np.ndarray, indices: np.ndarray) -> np.ndarray:
    n = indptr.shape[0] - 1
    degree = np.empty(n, dtype=np.int64)
    for v in range(n):
        degree[v] = indptr[v + 1] - indptr[v]
    top = degree.max() if n else 0
    start = np.zeros(top + 2, dtype=np.int64)  # nodes sorted by degree: each degree's first
    for v in range(n):
        start[degree[v] + 1] += 1
    for d in range(1, top + 2):
        start[d] += start[d - 1]
    order = np.empty(n, dtype=np.int64)
    position = np.empty(n, dtype=np.int64)
    fill = start.copy()
    for v in range(n):
        position[v] = fill[degree[v]]
        order[position[v]] = v
        fill[degree[v]] += 1
    for i in range(n):  # the lowest remaining degree is final; its neighbours lose one
        v = order[i]
        for p in range(indptr[v], indptr[v + 1]):
            u = indices[p]
            if degree[u] > degree[v]:
                du = degree[u]
                first = start[du]
                w = order[first]
                if u != w:  # swap u to the front of its degree's block, then shrink it
                    order[position[u]], order[first] = w, u
                    position[w], position[u] = position[u], first
                start[du] = first + 1
                degree[u] -= 1
    return degree


@numba.njit(cache=True)
def _components(indptr: np.ndarray, indices: np.ndarray) -> np.ndarray:
    n = indptr.shape[0] - 1
    labels = np.empty(n, dtype=np.int32)
    dist = np.full(n, -1, dtype=np.int32)  # shared: a search never crosses into another part
    queue = np.empty(n, dtype=np.int32)
    count = 0
    for source in range(n):
        if dist[source] < 0:
            tail = breadth_first(indptr, indices, source, dist, queue)
            for k in range(tail):
                labels[queue[k]] = count
            count += 1
    return labels

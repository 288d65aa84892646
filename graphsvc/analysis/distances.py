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


#: Nodes are counted in this many blocks, each with its own marks (one row of n).
BLOCKS = 64


def _int32(values: np.ndarray) -> np.ndarray:
    return np.ascontiguousarray(values, dtype=np.int32)


@numba.njit(cache=True)
def breadth_first(
    indptr: np.ndarray, indices: np.ndarray, source: int, dist: np.ndarray, queue: np.ndarray
) -> int:
    """Fill ``dist`` (all -1 on entry) from ``source``; returns how many nodes were reached."""
    dist[source] = 0
    queue[0] = source
    head, tail = 0, 1
    while head < tail:
        v = queue[head]
        head += 1
        for p in range(indptr[v], indptr[v + 1]):
            w = indices[p]
            if dist[w] < 0:
                dist[w] = dist[v] + 1
                queue[tail] = w
                tail += 1
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

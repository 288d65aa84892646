"""Betweenness with an (ε, δ) guarantee: shortest paths drawn at random (Riondato–Kornaropoulos).

``r = ⌈c/ε² · (⌊log₂(VD − 2)⌋ + 1 + ln(1/δ))⌉`` pairs of actors are drawn uniformly (c = ½, VD an
upper bound of the vertex diameter); for each pair one of its shortest paths is drawn uniformly
(a balanced bidirectional breadth-first search counts them, σ-weighted backtracking picks one)
and every node inside it scores 1/r. With probability at least 1 − δ, every score is within ε of
the node's betweenness over all ordered pairs (Riondato & Kornaropoulos 2016, *Fast approximation
of betweenness centrality through sampling*). The searches run compiled (numba) in parallel; the
pairs and choices are drawn from a seeded NumPy generator beforehand, so a seed gives one answer
whatever the number of threads.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numba
import numpy as np
import scipy.sparse as sp

from graphsvc.analysis.distances import ONE_AT_A_TIME, breadth_first, components

#: The universal constant of the sample size (Löffler and Phillips, as the paper uses).
C = 0.5


@dataclass(frozen=True)
class Sampled:
    """Scores (betweenness over ordered pairs) of every node and how they were found."""

    scores: np.ndarray
    samples: int
    vertex_diameter: int
    epsilon: float
    delta: float


def sample_size(epsilon: float, delta: float, vertex_diameter: int) -> int:
    """How many paths give every score within ``epsilon`` with probability ``1 - delta``.

    >>> sample_size(0.01, 0.1, 7)
    26513
    """
    if vertex_diameter < 3:
        return 0
    steps = math.floor(math.log2(vertex_diameter - 2)) + 1 + math.log(1 / delta)
    return math.ceil(C / epsilon**2 * steps)


def vertex_diameter_bound(adj: sp.csr_array) -> int:
    """An upper bound of the most nodes on any shortest path: per component, twice the
    eccentricity of its best-connected node, plus one (at most the component's size).

    >>> vertex_diameter_bound(sp.csr_array(np.eye(4, k=1) + np.eye(4, k=-1)))
    4
    """
    if adj.shape[0] == 0:
        return 0
    return _diameter_bound(adj, *components(adj))


def _diameter_bound(adj: sp.csr_array, count: int, labels: np.ndarray) -> int:
    """:func:`vertex_diameter_bound` given the components."""
    sizes = np.bincount(labels, minlength=count)
    degree = np.diff(adj.indptr)
    order = np.lexsort((-degree, labels))
    firsts = order[np.searchsorted(labels[order], np.arange(count))]
    bound = 1
    for component, start in enumerate(firsts.tolist()):
        if sizes[component] <= 2:
            bound = max(bound, int(sizes[component]))
            continue
        ecc = _eccentricity(adj.indptr, adj.indices, start)
        bound = max(bound, min(2 * ecc + 1, int(sizes[component])))
    return bound


def betweenness(
    adj: sp.csr_array, *, epsilon: float, delta: float, seed: int = 0, threads: int | None = None
) -> Sampled:
    """Sampled betweenness of every node of the symmetric 0/1 pattern ``adj``.

    The score of a node is the share of ordered pairs of other nodes whose shortest paths
    pass through it (for NetworkX's normalisation multiply by n / (n - 2)).

    >>> path = sp.csr_array(np.eye(3, k=1) + np.eye(3, k=-1))
    >>> found = betweenness(path, epsilon=0.05, delta=0.1)
    >>> found.samples, bool(abs(found.scores[1] - 1 / 3) < 0.05), float(found.scores[0])
    (661, True, 0.0)
    """
    n = adj.shape[0]
    count, labels = components(adj)
    vd = _diameter_bound(adj, count, labels) if n else 0
    r = sample_size(epsilon, delta, vd)
    if r == 0 or n < 3:
        return Sampled(np.zeros(n), 0, vd, epsilon, delta)
    rng = np.random.default_rng(seed)
    starts = rng.integers(0, n, size=r)
    ends = (starts + rng.integers(1, n, size=r)) % n  # uniform among the other nodes
    choices = rng.random((r, vd + 1))
    chunks = max(1, min(threads or numba.get_num_threads(), r))
    indptr = adj.indptr.astype(np.int64)
    indices = adj.indices.astype(np.int64)
    with ONE_AT_A_TIME:
        counts = _sample_paths(
            indptr, indices, labels.astype(np.int64), starts, ends, choices, chunks
        )
    return Sampled(counts.sum(axis=0) / r, r, vd, epsilon, delta)


@numba.njit(cache=True)
def _eccentricity(indptr: np.ndarray, indices: np.ndarray, source: int) -> int:
    n = indptr.shape[0] - 1
    dist = np.full(n, -1, dtype=np.int64)
    queue = np.empty(n, dtype=np.int64)
    tail = breadth_first(indptr, indices, source, dist, queue)
    return int(dist[queue[tail - 1]])  # the last node reached is a farthest one


@numba.njit(parallel=True, cache=True)
def _sample_paths(
    indptr: np.ndarray,
    indices: np.ndarray,
    labels: np.ndarray,
    starts: np.ndarray,
    ends: np.ndarray,
    choices: np.ndarray,
    chunks: int,
) -> np.ndarray:
    n = indptr.shape[0] - 1
    r = starts.shape[0]
    counts = np.zeros((chunks, n), dtype=np.float64)
    for c in numba.prange(chunks):
        side = np.zeros(n, dtype=np.int8)  # 0 unseen, 1 reached from the start, 2 from the end
        dist = np.zeros(n, dtype=np.int64)
        sigma = np.zeros(n, dtype=np.float64)
        queue = np.empty(n, dtype=np.int64)
        meet_x = np.empty(indices.shape[0], dtype=np.int64)
        meet_y = np.empty(indices.shape[0], dtype=np.int64)
        for i in range(c, r, chunks):
            u, v = starts[i], ends[i]
            if labels[u] != labels[v]:
                continue
            tail, found = _meet(indptr, indices, u, v, side, dist, sigma, queue, meet_x, meet_y)
            if found > 0:
                _walk_back(
                    indptr,
                    indices,
                    found,
                    side,
                    dist,
                    sigma,
                    meet_x,
                    meet_y,
                    u,
                    v,
                    choices[i],
                    counts[c],
                )
            for k in range(tail):
                side[queue[k]] = 0
    return counts


@numba.njit(cache=True)
def _meet(indptr, indices, u, v, side, dist, sigma, queue, meet_x, meet_y):  # type: ignore[no-untyped-def]
    """Grow balls around ``u`` and ``v`` a level at a time (the side with the fewer edges to
    scan first) until they touch; the touching edges go to ``meet_x``/``meet_y``. Returns how
    many nodes were reached and how many edges touch."""
    queue[0], queue[1] = u, v
    side[u], side[v] = 1, 2
    dist[u], dist[v] = 0, 0
    sigma[u], sigma[v] = 1.0, 1.0
    tail = 2
    lo = np.array([0, 1])  # the frontier of each side: queue[lo:hi]
    hi = np.array([1, 2])
    work = np.array([indptr[u + 1] - indptr[u], indptr[v + 1] - indptr[v]])
    found = 0
    while found == 0:
        s = 0 if work[0] <= work[1] else 1
        if lo[s] == hi[s]:
            break
        start, stop = lo[s], hi[s]
        lo[s] = tail
        scan = 0
        for k in range(start, stop):  # a side's level is contiguous in ``queue``
            x = queue[k]
            for e in range(indptr[x], indptr[x + 1]):
                y = indices[e]
                if side[y] == 0:
                    side[y] = s + 1
                    dist[y] = dist[x] + 1
                    sigma[y] = sigma[x]
                    queue[tail] = y
                    tail += 1
                    scan += indptr[y + 1] - indptr[y]
                elif side[y] != s + 1:
                    meet_x[found] = x if s == 0 else y
                    meet_y[found] = y if s == 0 else x
                    found += 1
                elif dist[y] == dist[x] + 1:
                    sigma[y] += sigma[x]
        hi[s] = tail
        work[s] = scan
        if scan == 0 and found == 0:
            break
    return tail, found


@numba.njit(cache=True)
def _walk_back(indptr, indices, found, side, dist, sigma, meet_x, meet_y, u, v, rand, out):  # type: ignore[no-untyped-def]
    """Pick one touching edge by the paths through it, then walk to ``u`` and ``v`` picking
    each predecessor by its share of paths; every node passed (not ``u``, ``v``) scores one."""
    total = 0.0
    for k in range(found):
        total += sigma[meet_x[k]] * sigma[meet_y[k]]
    target = rand[0] * total
    pick = found - 1
    acc = 0.0
    for k in range(found):
        acc += sigma[meet_x[k]] * sigma[meet_y[k]]
        if acc > target:
            pick = k
            break
    step = 1
    for end, mark in ((meet_x[pick], 1), (meet_y[pick], 2)):
        x = end
        while x != u and x != v:
            out[x] += 1.0
            target = rand[min(step, rand.shape[0] - 1)] * sigma[x]
            step += 1
            if dist[x] == 1:  # the only predecessor is the root: a hub's ties go unscanned
                x = u if mark == 1 else v
                continue
            acc = 0.0
            chosen = -1
            for e in range(indptr[x], indptr[x + 1]):
                y = indices[e]
                if side[y] == mark and dist[y] == dist[x] - 1:
                    chosen = y
                    acc += sigma[y]
                    if acc > target:
                        break
            x = chosen

"""The best introductions of every actor at once, compiled (numba), in parallel.

For each actor u, every actor w two steps away (and not already tied to u) scores
``Σ spread(z)`` over their shared partners z (partners whose spread is 0 add nothing), times
``1 + rocket_boost × shared rockets`` and ``kind_boost`` when their kinds differ; the ``k``
best of each actor are kept (highest score, then lowest position). The sums run over z in
position order, as the sparse product ``W·diag(spread)·W`` adds them, so the scores are
those of :mod:`graphsvc.analysis.recommend`'s definition to the last bit.
"""

from __future__ import annotations

import numba
import numpy as np
import scipy.sparse as sp

from graphsvc.analysis.distances import ONE_AT_A_TIME

#: Actors are scored in this many blocks, each with its own sums (one row of n).
BLOCKS = 64


def best_pairs(
    adj: sp.csr_array,
    spread: np.ndarray,
    masks: np.ndarray,
    kinds: np.ndarray,
    rows: np.ndarray,
    *,
    k: int,
    upper_only: bool,
    boosts: tuple[float, float],
) -> tuple[np.ndarray, np.ndarray, int]:
    """For each actor of ``rows``: the scores and positions of its ``k`` best candidates
    (position -1 where it has fewer), and how many candidates there were in all.
    ``upper_only`` keeps only candidates after the actor (each pair once).

    >>> path = sp.csr_array(([1.0] * 4, ([0, 1, 1, 2], [1, 0, 2, 1])), shape=(3, 3))
    >>> scores, cols, seen = best_pairs(path, np.array([1.0, 0.5, 1.0]), np.zeros(3, int),
    ...     np.zeros(3, int), np.arange(3), k=1, upper_only=True, boosts=(0.5, 1.25))
    >>> scores.tolist(), cols.tolist(), seen
    ([[0.5], [-1.0], [-1.0]], [[2], [-1], [-1]], 1)
    """
    indptr = np.ascontiguousarray(adj.indptr, dtype=np.int64)
    indices = np.ascontiguousarray(adj.indices, dtype=np.int64)
    blocks = min(BLOCKS, max(len(rows), 1))
    with ONE_AT_A_TIME:
        scores, cols, seen = _best(
            indptr,
            indices,
            np.ascontiguousarray(spread, dtype=np.float64),
            np.ascontiguousarray(masks, dtype=np.int64),
            np.ascontiguousarray(kinds, dtype=np.int64),
            np.ascontiguousarray(rows, dtype=np.int64),
            max(k, 1),
            upper_only,
            boosts[0],
            boosts[1],
            blocks,
        )
    return scores, cols, int(seen.sum())


@numba.njit(cache=True)
def _popcount(x: int) -> int:
    count = 0
    while x:
        x &= x - 1
        count += 1
    return count


@numba.njit(cache=True)
def _keep(scores: np.ndarray, cols: np.ndarray, filled: int, score: float, col: int) -> int:
    """Insert (score, col) into the row's best list (sorted: score down, col up)."""
    k = len(scores)
    at = filled
    while at > 0 and (scores[at - 1] < score or (scores[at - 1] == score and cols[at - 1] > col)):
        at -= 1
    if at >= k:
        return filled
    end = min(filled, k - 1)
    for q in range(end, at, -1):
        scores[q] = scores[q - 1]
        cols[q] = cols[q - 1]
    scores[at] = score
    cols[at] = col
    return min(filled + 1, k)


@numba.njit(parallel=True, cache=True)
def _best(
    indptr: np.ndarray,
    indices: np.ndarray,
    spread: np.ndarray,
    masks: np.ndarray,
    kinds: np.ndarray,
    rows: np.ndarray,
    k: int,
    upper_only: bool,
    rocket_boost: float,
    kind_boost: float,
    blocks: int,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    n = len(indptr) - 1
    m = len(rows)
    out_scores = np.full((m, k), -1.0)
    out_cols = np.full((m, k), -1, dtype=np.int64)
    seen = np.zeros(m, dtype=np.int64)
    size = (m + blocks - 1) // blocks
    for b in numba.prange(blocks):
        sums = np.zeros(n)
        touched = np.empty(n, dtype=np.int64)
        tied = np.full(n, -1, dtype=np.int64)
        for t in range(b * size, min(m, (b + 1) * size)):
            u = rows[t]
            for p in range(indptr[u], indptr[u + 1]):
                tied[indices[p]] = u
            count = 0
            for p in range(indptr[u], indptr[u + 1]):
                z = indices[p]
                share = spread[z]
                if share == 0.0:
                    continue
                for q in range(indptr[z], indptr[z + 1]):
                    w = indices[q]
                    if sums[w] == 0.0:
                        touched[count] = w
                        count += 1
                    sums[w] += share
            filled = 0
            for c in range(count):
                w = touched[c]
                score = sums[w]
                sums[w] = 0.0
                if w == u or tied[w] == u or (upper_only and w < u) or score <= 0.0:
                    continue
                seen[t] += 1
                score = score * (1 + rocket_boost * _popcount(masks[u] & masks[w]))
                score = score * (kind_boost if kinds[u] != kinds[w] else 1.0)
                filled = _keep(out_scores[t], out_cols[t], filled, score, w)
    return out_scores, out_cols, seen

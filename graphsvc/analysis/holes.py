"""Burt's structural holes for every node at once, with sparse matrices.

Constraint and effective size match ``nx.constraint`` and ``nx.effective_size``; hierarchy,
which NetworkX lacks, follows Burt (1992): how much of the constraint on a node is
concentrated in a single contact (0 = spread evenly, 1 = all in one contact).
"""

from __future__ import annotations

from collections.abc import Hashable

import networkx as nx
import numpy as np
import scipy.sparse as sp

from graphsvc.analysis.arrays import adjacency, nodelist


def structural_holes(
    G: nx.Graph, weight: str | None = "weight", nodes: list[Hashable] | None = None
) -> dict[Hashable, tuple[float, float, float]]:
    """Per node (or per node of ``nodes``) ``(constraint, effective size, hierarchy)``.

    NaN for isolated nodes. Only the rows of ``nodes`` are multiplied, so asking for a few
    nodes of a big graph is cheap.

    Hierarchy is ``Σ_j (r_j ln r_j) / (N ln N)`` with ``r_j = c_ij / (C_i / N)``, where
    ``c_ij`` is the local constraint of contact j, ``C_i`` their sum and N the number of
    contacts; it is 0 for a node with one contact.

    >>> holes = structural_holes(nx.star_graph(2), None)
    >>> holes[0]
    (0.5, 2.0, 0.0)
    """
    W = adjacency(G, weight).tocsr()
    n = W.shape[0]
    order = nodelist(G)
    if n == 0:
        return {}
    if nodes is None:
        rows = np.arange(n)
    else:
        index = {v: i for i, v in enumerate(order)}
        rows = np.array([index[v] for v in nodes], dtype=np.int64)
    strength = np.asarray(W.sum(axis=1)).ravel()
    inv = np.divide(1.0, strength, out=np.zeros(n), where=strength > 0)
    P = (sp.diags_array(inv) @ W).tocsr()
    pattern = W[rows].copy()
    pattern.data[:] = 1.0
    local = (P[rows] + (P[rows] @ P).multiply(pattern)).tocsr()
    local.data **= 2
    constraint = np.asarray(local.sum(axis=1)).ravel()
    strongest = np.asarray(W.max(axis=1).toarray()).ravel()
    inv_max = np.divide(1.0, strongest, out=np.zeros(n), where=strongest > 0)
    redundancy = (P[rows] @ (W @ sp.diags_array(inv_max)).T).multiply(pattern)
    degree = np.diff(W.indptr)[rows].astype(float)
    effective = degree - np.asarray(redundancy.sum(axis=1)).ravel()
    hierarchy = _hierarchy(local, constraint, degree)
    isolated = degree == 0
    constraint[isolated] = effective[isolated] = hierarchy[isolated] = np.nan
    return {
        order[i]: (float(c), float(e), float(h))
        for i, c, e, h in zip(rows.tolist(), constraint, effective, hierarchy, strict=True)
    }


def _hierarchy(local: sp.csr_array, constraint: np.ndarray, degree: np.ndarray) -> np.ndarray:
    rows = np.repeat(np.arange(local.shape[0]), np.diff(local.indptr))
    mean = np.divide(
        constraint, degree, out=np.zeros_like(constraint, dtype=float), where=degree > 0
    )
    ratio = np.divide(
        local.data, mean[rows], out=np.zeros_like(local.data, dtype=float), where=mean[rows] > 0
    )
    terms = np.where(ratio > 0, ratio * np.log(np.where(ratio > 0, ratio, 1.0)), 0.0)
    sums = np.bincount(rows, weights=terms, minlength=local.shape[0])
    norm = degree * np.log(np.where(degree > 1, degree, 1.0))
    return np.divide(sums, norm, out=np.zeros_like(sums, dtype=float), where=norm > 0)

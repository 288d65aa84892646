"""Brokers: actors who bridge otherwise separate parts of the network, ranked, with why."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any

import networkx as nx
import numpy as np
import scipy.sparse as sp

from graphsvc.analysis import arrays, compute
from graphsvc.analysis.cuts import cut_structure
from graphsvc.analysis.findings import actor_ref, rounded
from graphsvc.analysis.holes import structural_holes


def open_pairs(
    A: nx.Graph, nodes: list[Hashable] | None = None
) -> dict[Hashable, tuple[int, int, int]]:
    """Per actor (or per actor of ``nodes``): pairs of its partners not tied to each other —
    in all, across actor kinds, and across rockets (the two partners share no rocket).

    >>> A = nx.Graph([("h", "a"), ("h", "b"), ("h", "c"), ("a", "b")])
    >>> nx.set_node_attributes(A, {"a": "city", "b": "city", "c": "company", "h": "city"}, "kind")
    >>> nx.set_node_attributes(A, {"a": ("centre",), "b": ("centre",), "c": ("logistics",),
    ...                            "h": ("centre", "logistics")}, "rockets")
    >>> open_pairs(nx.freeze(A))["h"]
    (2, 2, 2)
    """
    W = arrays.adjacency(A).tocsr()
    n = W.shape[0]
    order = arrays.nodelist(A)
    if n == 0:
        return {}
    if nodes is None:
        picked = np.arange(n)
    else:
        index = arrays.node_index(A)
        picked = np.array([index[v] for v in nodes], dtype=np.int64)
    degree = np.diff(W.indptr).astype(np.int64)[picked]
    kind_codes = arrays.kind_codes(A)
    masks = arrays.rocket_masks(A)
    mask_codes = _codes(masks.tolist())
    unique_masks = np.array(sorted(set(masks.tolist()), key=str), dtype=np.int64)
    rows = np.repeat(np.arange(n), np.diff(W.indptr))
    cols = W.indices
    Wp = W[picked]
    tied = _tied_pairs(W, Wp, rows, cols, np.ones(len(cols), dtype=bool))
    all_open = degree * (degree - 1) // 2 - tied
    by_kind = _counts(Wp, kind_codes)
    kind_pairs = (degree**2 - (by_kind**2).sum(axis=1)) // 2
    kind_open = kind_pairs - _tied_pairs(W, Wp, rows, cols, kind_codes[rows] != kind_codes[cols])
    by_mask = _counts(Wp, mask_codes)
    disjoint = (unique_masks[:, None] & unique_masks[None, :]) == 0
    same = (by_mask @ disjoint.astype(np.int64)) * by_mask
    self_pairs = by_mask[:, unique_masks == 0].sum(axis=1)
    rocket_pairs = (same.sum(axis=1) - self_pairs) // 2
    across = (masks[rows] & masks[cols]) == 0
    rocket_open = rocket_pairs - _tied_pairs(W, Wp, rows, cols, across)
    return {
        order[i]: (int(a), int(k), int(r))
        for i, a, k, r in zip(picked.tolist(), all_open, kind_open, rocket_open, strict=True)
    }


def brokers(
    A: nx.Graph,
    *,
    top: int | None = 20,
    pivots: int | None = None,
    seed: int = 0,
    progress: Callable[[str], None] | None = None,
) -> dict[str, Any]:
    """Actors ranked by how much they broker: betweenness first, then lower constraint.

    Each broker carries betweenness, Burt's constraint, effective size and hierarchy, the
    open pairs of partners it bridges (in all, across actor kinds, across rockets), the
    rockets and kinds it links and how many actors would be cut off if it left. Actors
    with fewer than two partners broker nothing and are left out.

    Examples
    --------
    >>> A = nx.Graph([("h", "a"), ("h", "b")])
    >>> nx.set_node_attributes(A, {"h": "Hub", "a": "A", "b": "B"}, "name")
    >>> result = brokers(nx.freeze(A))
    >>> [b["key"] for b in result["brokers"]], result["brokers"][0]["cut_off"]
    (['h'], 1)
    """
    step = progress or (lambda _: None)
    step("betweenness")
    betweenness, how = compute.betweenness(A, pivots=pivots, seed=seed)
    step("structural holes")
    candidates = [v for v in A if A.degree(v) >= 2]
    candidates.sort(key=lambda v: (-betweenness[v], str(v)))
    if top:
        cutoff = betweenness[candidates[top - 1]] if len(candidates) >= top else -1.0
        candidates = [v for v in candidates if betweenness[v] >= cutoff]
    holes = structural_holes(A, nodes=candidates)
    pairs = open_pairs(A, nodes=candidates)
    candidates.sort(key=lambda v: (-betweenness[v], holes[v][0], str(v)))
    step("articulation points")
    points, _ = cut_structure(A)
    cut_off = {p.node: p.cut_off for p in points}
    found = []
    for v in candidates[:top] if top else candidates:
        constraint, effective, hierarchy = holes[v]
        open_all, open_kinds, open_rockets = pairs[v]
        partner_kinds = {A.nodes[u].get("kind", "") for u in A.neighbors(v)}
        rockets = list(A.nodes[v].get("rockets", ()))
        row = actor_ref(A, v)
        row.update(
            betweenness=rounded(betweenness[v], 6),
            constraint=rounded(constraint),
            effective_size=rounded(effective),
            hierarchy=rounded(hierarchy),
            partners=A.degree(v),
            open_pairs=open_all,
            open_pairs_across_kinds=open_kinds,
            open_pairs_across_rockets=open_rockets,
            rockets=rockets,
            partner_kinds=sorted(k for k in partner_kinds if k),
            cut_off=cut_off.get(v, 0),
        )
        found.append(row)
    return {"actors_total": A.number_of_nodes(), "betweenness_method": how, "brokers": found}


def _codes(values: list[Any]) -> np.ndarray:
    index = {v: i for i, v in enumerate(sorted(set(values), key=str))}
    return np.array([index[v] for v in values], dtype=np.int64)


def _counts(W: sp.csr_array, codes: np.ndarray) -> np.ndarray:
    onehot = (
        sp.csr_array(
            (np.ones(len(codes)), (np.arange(len(codes)), codes)),
            shape=(len(codes), codes.max() + 1),
        )
        if len(codes)
        else sp.csr_array((0, 1))
    )
    return np.asarray((W @ onehot).toarray(), dtype=np.int64)


def _tied_pairs(
    W: sp.csr_array, Wp: sp.csr_array, rows: np.ndarray, cols: np.ndarray, keep: np.ndarray
) -> np.ndarray:
    """Per picked node (rows ``Wp`` of ``W``): pairs of its neighbours tied by a kept edge."""
    n = W.shape[0]
    D = sp.csr_array((np.ones(int(keep.sum())), (rows[keep], cols[keep])), shape=(n, n))
    closed = (Wp @ D).multiply(Wp)
    return np.asarray(closed.sum(axis=1)).ravel().astype(np.int64) // 2

"""The compiled introduction scores against the definition, written out in Python."""

from __future__ import annotations

import random

import networkx as nx
import numpy as np
import pytest

from graphsvc.analysis import arrays
from graphsvc.analysis.pair_scores import best_pairs

BOOSTS = (0.5, 1.25)


def reference(G: nx.Graph, spread, masks, kinds, rows, k, upper_only):
    """Per row: the k best (score, position) by the definition, and the candidates counted."""
    nodes = arrays.nodelist(G)
    index = arrays.node_index(G)
    best, seen = [], 0
    for u in rows:
        partners = {index[z] for z in G[nodes[u]]}
        found = []
        for w in range(len(nodes)):
            common = sorted(z for z in partners if z != w and nodes[w] in G[nodes[z]])
            if w == u or w in partners or (upper_only and w < u):
                continue
            score = 0.0
            for z in common:
                score += spread[z]
            if score <= 0:
                continue
            seen += 1
            score = score * (1 + BOOSTS[0] * bin(int(masks[u] & masks[w])).count("1"))
            score = score * (BOOSTS[1] if kinds[u] != kinds[w] else 1.0)
            found.append((-score, w))
        best.append(sorted(found)[:k])
    return best, seen


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("upper_only", [True, False])
def test_best_pairs_follow_the_definition(seed, upper_only):
    G = nx.freeze(nx.gnm_random_graph(120, 300, seed=seed))
    rng = np.random.default_rng(seed)
    degree = np.array([G.degree(v) for v in arrays.nodelist(G)], dtype=float)
    spread = np.divide(1.0, degree, out=np.zeros(len(degree)), where=degree > 0)
    spread[rng.random(len(spread)) < 0.1] = 0.0  # some hubs left out
    masks = rng.integers(0, 8, len(spread))
    kinds = rng.integers(0, 3, len(spread))
    rows = np.array(sorted(random.Random(seed).sample(range(120), 40)))
    k = 3
    scores, cols, seen = best_pairs(
        arrays.adjacency(G), spread, masks, kinds, rows, k=k, upper_only=upper_only, boosts=BOOSTS
    )
    expected, expected_seen = reference(G, spread, masks, kinds, rows, k, upper_only)
    assert seen == expected_seen
    for t, row in enumerate(expected):
        ours = [(-s, c) for s, c in zip(scores[t], cols[t], strict=True) if c >= 0]
        assert ours == row

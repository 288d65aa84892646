"""Compiled breadth-first distances against scipy's shortest paths on random graphs."""

from __future__ import annotations

import networkx as nx
import numpy as np
import pytest
from scipy.sparse.csgraph import shortest_path

from graphsvc.analysis import arrays, compute
from graphsvc.analysis.distances import CHUNK, distance_sums, distance_totals


@pytest.fixture(params=[1, 2])
def graph(request) -> nx.Graph:
    """A sparse random graph with several components and isolated nodes."""
    return nx.freeze(nx.gnm_random_graph(300, 330, seed=request.param))


def test_sums_and_reach_match_scipy(graph):
    adj = arrays.adjacency(graph)
    sources = np.arange(0, 300, 7)
    dist = shortest_path(adj, unweighted=True, directed=False, indices=sources)
    reached = np.isfinite(dist)
    sums, counts = distance_sums(adj, sources)
    assert sums.tolist() == np.where(reached, dist, 0).sum(axis=1).astype(int).tolist()
    assert counts.tolist() == (reached.sum(axis=1) - 1).tolist()


def test_totals_match_scipy_over_several_chunks(graph):
    adj = arrays.adjacency(graph)
    sources = np.arange(0, 300, 2)
    assert len(sources) > 2 * CHUNK
    dist = shortest_path(adj, unweighted=True, directed=False, indices=sources)
    expected = np.where(np.isfinite(dist), dist, 0).sum(axis=0).astype(int)
    assert distance_totals(adj, sources).tolist() == expected.tolist()


def test_sampled_closeness_with_every_source_is_exact(monkeypatch):
    G = nx.freeze(nx.connected_watts_strogatz_graph(400, 6, 0.2, seed=4))
    monkeypatch.setattr(compute, "EXACT_BETWEENNESS_LIMIT", 100)
    values, how = compute.closeness(G, sources=400)
    assert how["sampled"] is True
    reference = nx.closeness_centrality(G)
    assert max(abs(values[v] - reference[v]) for v in G) < 1e-12


def test_two_step_counts_match_networkx(graph):
    from graphsvc.analysis.distances import two_step_counts

    expected = [len(nx.single_source_shortest_path_length(graph, v, cutoff=2)) - 1 for v in graph]
    assert two_step_counts(arrays.adjacency(graph)).tolist() == expected

"""Compiled breadth-first distances against scipy's shortest paths on random graphs."""

from __future__ import annotations

import networkx as nx
import numpy as np
import pytest
from scipy.sparse.csgraph import shortest_path

from graphsvc.analysis import arrays, compute
from graphsvc.analysis.distances import (
    CHUNK,
    components,
    core_numbers,
    distance_sums,
    distance_totals,
)


@pytest.fixture(params=[1, 2])
def graph(request) -> nx.Graph:
    """A sparse random graph with several components and isolated nodes."""
    return nx.freeze(nx.gnm_random_graph(300, 330, seed=request.param))


def assert_sums_match_scipy(G: nx.Graph, sources: np.ndarray) -> None:
    adj = arrays.adjacency(G)
    dist = shortest_path(adj, unweighted=True, directed=False, indices=sources)
    reached = np.isfinite(dist)
    sums, counts = distance_sums(adj, sources)
    assert sums.tolist() == np.where(reached, dist, 0).sum(axis=1).astype(int).tolist()
    assert counts.tolist() == (reached.sum(axis=1) - 1).tolist()


def test_sums_and_reach_match_scipy(graph):
    assert_sums_match_scipy(graph, np.arange(0, 300, 7))


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


@pytest.fixture(params=[3, 4])
def hub_graph(request) -> nx.Graph:
    """A hub tied to most nodes over a sparse random graph: its searches turn bottom-up."""
    G = nx.gnm_random_graph(400, 900, seed=request.param)
    G.add_edges_from((0, v) for v in range(1, 400, 3))
    G.add_nodes_from(range(400, 405))  # isolated
    return nx.freeze(G)


def test_direction_optimising_search_matches_scipy(hub_graph):
    assert_sums_match_scipy(hub_graph, np.arange(0, 405, 5))


def test_components_number_as_scipy(graph, hub_graph):
    from scipy.sparse.csgraph import connected_components

    for G in (graph, hub_graph):
        adj = arrays.adjacency(G)
        count, labels = connected_components(adj, directed=False)
        ours = components(adj)
        assert ours[0] == count > 1
        assert ours[1].tolist() == labels.tolist()


def test_core_numbers_match_networkx(graph, hub_graph):
    for G in (graph, hub_graph, nx.freeze(nx.powerlaw_cluster_graph(300, 4, 0.4, seed=2))):
        assert core_numbers(arrays.adjacency(G)).tolist() == [nx.core_number(G)[v] for v in G]

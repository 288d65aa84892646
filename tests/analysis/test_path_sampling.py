"""Sampled betweenness keeps its (ε, δ) promise against exact betweenness, on graphs whose
shortest paths are many and uneven (where a sampler that does not weigh them is wrong)."""

from __future__ import annotations

import networkx as nx
import numpy as np
import pytest

from graphsvc.analysis import compute, path_sampling
from graphsvc.analysis.arrays import adjacency, nodelist, to_igraph


def _sampled(G: nx.Graph, epsilon: float, seed: int = 0, threads: int | None = None) -> dict:
    found = path_sampling.betweenness(
        adjacency(nx.freeze(G)), epsilon=epsilon, delta=0.1, seed=seed, threads=threads
    )
    n = G.number_of_nodes()
    return dict(zip(nodelist(G), found.scores * n / (n - 2), strict=True))


def _worst(estimate: dict, exact: dict) -> float:
    return max(abs(estimate[v] - exact[v]) for v in exact)


@pytest.mark.parametrize(
    "G",
    [
        nx.grid_2d_graph(12, 12),  # many shortest paths, their counts uneven
        nx.connected_watts_strogatz_graph(400, 6, 0.1, seed=3),
        nx.disjoint_union(nx.barbell_graph(30, 8), nx.path_graph(40)),  # two components
    ],
    ids=["grid", "small-world", "two-components"],
)
def test_every_estimate_is_within_epsilon_of_exact(G: nx.Graph) -> None:
    exact = nx.betweenness_centrality(G)
    assert _worst(_sampled(G, epsilon=0.01), exact) <= 0.01


def test_a_seed_gives_one_answer_whatever_the_threads() -> None:
    G = nx.connected_watts_strogatz_graph(300, 6, 0.2, seed=1)
    one, two = _sampled(G, 0.02, seed=5, threads=1), _sampled(G, 0.02, seed=5, threads=2)
    assert one == two
    assert one != _sampled(G, 0.02, seed=6)


@pytest.mark.parametrize(
    "G", [nx.path_graph(9), nx.grid_2d_graph(5, 7), nx.barbell_graph(6, 4), nx.star_graph(5)]
)
def test_the_vertex_diameter_bound_is_an_upper_bound(G: nx.Graph) -> None:
    bound = path_sampling.vertex_diameter_bound(adjacency(nx.freeze(G)))
    assert nx.diameter(G) + 1 <= bound <= 2 * nx.diameter(G) + 1


def test_the_sample_size_follows_the_vertex_diameter() -> None:
    assert path_sampling.sample_size(0.01, 0.1, 2) == 0  # no node can lie between two others
    assert path_sampling.sample_size(0.01, 0.1, 10) > path_sampling.sample_size(0.01, 0.1, 5)
    assert path_sampling.sample_size(0.005, 0.1, 7) == 4 * path_sampling.sample_size(0.01, 0.1, 7)


def test_large_networks_are_sampled_with_the_stated_guarantee() -> None:
    """Above EXACT_WORK actors × ties, centrality says how it sampled and keeps its bound."""
    G = nx.freeze(nx.connected_watts_strogatz_graph(2500, 12, 0.05, seed=7))
    assert G.number_of_nodes() * G.number_of_edges() > compute.EXACT_WORK
    estimate, how = compute.betweenness(G)
    assert how["sampled"] and how["error_bound"] == compute.EPSILON <= 0.005
    assert how["confidence"] == pytest.approx(0.9) and how["samples"] > 0
    n = G.number_of_nodes()
    raw = np.asarray(to_igraph(G).betweenness(directed=False)) * 2 / ((n - 1) * (n - 2))
    exact = dict(zip(nodelist(G), raw, strict=True))
    assert _worst(estimate, exact) <= how["error_bound"]


def test_small_networks_stay_exact() -> None:
    G = nx.freeze(nx.karate_club_graph())
    values, how = compute.betweenness(G)
    assert not how["sampled"]
    assert _worst(values, nx.betweenness_centrality(G)) < 1e-12

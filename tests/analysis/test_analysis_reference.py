"""Classic data sets turned into workbooks reproduce NetworkX and their published centralities.

Zachary's karate club (Zachary 1977) and Padgett's Florentine marriages (Padgett & Ansell
1993) become programmes with one action per tie, run by both ends; the actor network is then
the original graph, and every measure must match NetworkX on it and the published figures.
"""

from __future__ import annotations

import math

import networkx as nx
import pytest
from analysis_planted import workbook_snapshot

from graphsvc.analysis import compute
from graphsvc.analysis.bridge import actor_network, programme_graph
from graphsvc.analysis.centrality import centrality
from graphsvc.analysis.communities import communities
from graphsvc.analysis.cuts import cut_structure
from graphsvc.analysis.holes import structural_holes


def karate() -> tuple[nx.Graph, nx.Graph]:
    """The karate club as NetworkX has it (unweighted) and as our actor network."""
    G = nx.Graph(nx.karate_club_graph().edges())
    A = actor_network(programme_graph(workbook_snapshot(G)))
    return nx.relabel_nodes(G, {v: f"n{v}" for v in G}), A


def florentine() -> tuple[nx.Graph, nx.Graph]:
    """Padgett's Florentine marriage network and our actor network of it."""
    G = nx.florentine_families_graph()
    A = actor_network(programme_graph(workbook_snapshot(G)))
    return nx.relabel_nodes(G, {v: v.lower() for v in G}), A


@pytest.fixture(params=["karate", "florentine"])
def pair(request):
    return karate() if request.param == "karate" else florentine()


def close(ours: dict, ref: dict, tol: float = 1e-6) -> bool:
    return set(ours) == set(ref) and all(math.isclose(ours[k], ref[k], abs_tol=tol) for k in ref)


def test_actor_network_is_the_original_graph(pair):
    G, A = pair
    assert {frozenset(e) for e in A.edges()} == {frozenset(e) for e in G.edges()}


def test_measures_match_networkx(pair):
    G, A = pair
    assert close(compute.betweenness(A)[0], nx.betweenness_centrality(G))
    assert close(compute.closeness(A)[0], nx.closeness_centrality(G))
    assert close(
        compute.eigenvector(A), nx.eigenvector_centrality(G, max_iter=1000, tol=1e-10), 1e-5
    )
    assert close(compute.pagerank(A), nx.pagerank(G, tol=1e-12), 1e-6)
    assert compute.core_number(A) == nx.core_number(G)


def test_structural_holes_match_networkx(pair):
    G, A = pair
    holes = structural_holes(A)
    assert close({k: v[0] for k, v in holes.items()}, nx.constraint(G))
    assert close({k: v[1] for k, v in holes.items()}, nx.effective_size(G))


def test_cuts_match_networkx(pair):
    G, A = pair
    points, ties = cut_structure(A)
    assert {p.node for p in points} == set(nx.articulation_points(G))
    assert {frozenset((t.u, t.v)) for t in ties} == {frozenset(e) for e in nx.bridges(G)}


def test_karate_published_figures():
    """Zachary's actor 1 (the instructor) and 34 (the administrator): degree 16 and 17,
    raw betweenness 231.07 and 160.55, closeness 0.569 and 0.550 (e.g. Hanneman & Riddle)."""
    _, A = karate()
    result = {a["key"]: a for a in centrality(A)["actors"]}
    n = A.number_of_nodes()
    scale = (n - 1) * (n - 2) / 2
    assert result["n0"]["degree"] == 16 and result["n33"]["degree"] == 17
    assert round(result["n0"]["betweenness"] * scale, 2) == 231.07
    assert round(result["n33"]["betweenness"] * scale, 2) == 160.55
    assert round(result["n0"]["closeness"], 3) == 0.569
    assert round(result["n33"]["closeness"], 3) == 0.550
    assert result["n0"]["ranks"]["betweenness"] == 1 and result["n33"]["ranks"]["degree"] == 1


def test_florentine_published_figures():
    """The Medici: degree 6, normalised betweenness 0.522 (47.5 of 91 pairs), highest of all."""
    _, A = florentine()
    result = centrality(A)["actors"]
    medici = result[0]
    assert medici["key"] == "medici"
    assert medici["degree"] == 6 and round(medici["betweenness"], 3) == 0.522


def test_karate_communities_are_good():
    """Leiden finds a partition at least as modular as NetworkX's Louvain (about 0.42)."""
    G, A = karate()
    ours = communities(A)
    louvain = nx.community.louvain_communities(G, seed=1)
    assert ours["modularity"] >= nx.community.modularity(G, louvain) - 0.01
    assert ours["modularity"] > 0.41


def test_weighted_pagerank_matches_networkx():
    G = nx.powerlaw_cluster_graph(300, 3, 0.3, seed=5)
    for u, v in G.edges:
        G.edges[u, v]["weight"] = 1 + (u * v) % 4
    G.add_nodes_from([300, 301])  # isolated: they teleport evenly
    ours = compute.pagerank(nx.freeze(G))
    assert close(ours, nx.pagerank(G, tol=1e-14, max_iter=1000), 1e-12)


def test_communities_are_at_least_multilevel_with_the_same_seed():
    """Ours refines igraph's multilevel partition, so it never finds less modularity."""
    from graphsvc.analysis.arrays import to_igraph
    from graphsvc.igraph_random import seeded_igraph

    G = nx.powerlaw_cluster_graph(400, 3, 0.2, seed=7)
    for u, v in G.edges:
        G.edges[u, v]["weight"] = 1 + (u + v) % 3
    G = nx.freeze(G)
    for seed in range(5):
        with seeded_igraph(seed):
            theirs = to_igraph(G).community_multilevel(weights="weight").modularity
        ours = compute.modularity(G, compute.communities(G, seed=seed))
        assert ours >= theirs - 1e-12
        assert ours == compute.modularity(G, compute.communities(G, seed=seed))


def test_equal_scores_share_their_ranks():
    """On the dodecahedron every actor is alike, but the exact betweenness leaves three
    different last bits on them: every rank is still 1."""
    result = centrality(nx.freeze(nx.dodecahedral_graph()))
    assert {r for a in result["actors"] for r in a["ranks"].values()} == {1}


def test_sampled_betweenness_is_within_its_bound():
    G = nx.freeze(nx.barabasi_albert_graph(600, 3, seed=4))
    exact = nx.betweenness_centrality(G)
    estimate, how = compute.betweenness(G, pivots=150, seed=2)
    assert how["sampled"] and how["pivots"] == 150
    worst = max(abs(estimate[v] - exact[v]) for v in G)
    assert worst <= how["error_bound"]
    top = sorted(G, key=exact.get, reverse=True)[:5]
    assert set(top[:3]) <= set(sorted(G, key=estimate.get, reverse=True)[:8])

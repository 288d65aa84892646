"""The bridge: snapshots become the programme graph and the actor co-participation network."""

from __future__ import annotations

import networkx as nx
import pytest
from networkx.algorithms import bipartite

from graphsvc.analysis.bridge import (
    ACTOR,
    actor_network,
    co_participation,
    incidence,
    programme_graph,
    within_rocket,
)
from graphsvc.errors import NotFoundError


def test_projection_equals_networkx_weighted_projection(P, A):
    actors = [n for n in P if n[0] == ACTOR]
    runs = nx.Graph((u, v) for u, v, t in P.edges(data="type") if t == "RUNS")
    runs.add_nodes_from(actors)
    reference = bipartite.weighted_projected_graph(runs, actors)
    shared = {frozenset((u[1], v[1])): w for u, v, w in reference.edges(data="weight")}
    ours = {frozenset((u, v)): s for u, v, s in A.edges(data="shared") if s}
    assert ours == shared


def test_reported_ties_are_added_with_weight_one(A):
    assert A["w3"]["w1"]["reported"] is True
    assert A["w3"]["w1"]["shared"] == 0 and A["w3"]["w1"]["weight"] == 1
    assert A["w1"]["w2"]["reported"] is False


def test_node_attributes(A):
    assert A.nodes["bridge-co"]["rockets"] == ("logistics", "centre", "wellbeing")
    assert A.nodes["lab"]["main_rocket"] == "competence"
    assert A.nodes["idle"]["actions"] == 0 and A.degree("idle") == 0
    assert A.nodes["c1"]["leads"] == 1


def test_no_contact_data_in_graphs(P, A):
    for G in (P, A):
        for _, data in G.nodes(data=True):
            assert not any(k.startswith("contact_") for k in data)


def test_shared_action_counts(P):
    inc = incidence(P)
    pairs = co_participation(inc)
    i, j = inc.actors.index("c1"), inc.actors.index("c3")
    weights = {(a, b): w for a, b, w in zip(pairs.row, pairs.col, pairs.data, strict=True)}
    assert weights[(min(i, j), max(i, j))] == 2


def test_within_rocket_keeps_one_rocket(snapshot):
    P = programme_graph(snapshot, "centre")
    A = actor_network(P)
    assert sorted(A) == ["bridge-co", "c1", "c2", "c3", "c4", "lcity"]  # x10 fuels centre too
    assert P.graph["rocket"] == "centre"
    assert A.nodes["bridge-co"]["rockets"] == ("centre",)


def test_unknown_rocket_names_the_choices(P):
    with pytest.raises(NotFoundError, match="logistics"):
        within_rocket(P, "moon")


def test_graphs_are_frozen(P, A):
    assert nx.is_frozen(P) and nx.is_frozen(A)

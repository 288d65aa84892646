"""The imperfections planted in the packaged workbook are there, counted from its rows."""

from __future__ import annotations

import itertools

import networkx as nx

from graphsvc.demo import DemoData
from graphsvc.model import ROCKET_KEYS

from .conftest import Network

Rows = dict[str, list[dict[str, str]]]


def test_about_a_tenth_of_actions_are_solo(network: Network, demo: DemoData) -> None:
    solo = sorted(a for a, team in network.teams.items() if len(team) == 1)
    assert 0.07 <= len(solo) / len(network.teams) <= 0.13
    assert tuple(solo) == demo.planted.solo_actions
    assert all(list(network.teams[a].values()) == ["lead"] for a in solo)


def test_some_actions_have_no_lead(network: Network, demo: DemoData) -> None:
    leaderless = sorted(a for a, team in network.teams.items() if "lead" not in team.values())
    assert 0.05 <= len(leaderless) / len(network.teams) <= 0.11
    assert tuple(leaderless) == demo.planted.leaderless_actions
    assert all(len(network.teams[a]) >= 2 for a in leaderless)


def test_one_rocket_has_no_school_the_others_have_several(network: Network, demo: DemoData) -> None:
    def schools(rocket: str) -> set[str]:
        return {
            actor
            for action, team in network.teams.items()
            if rocket in network.rockets[action]
            for actor in team
            if network.kinds[actor] == "education"
        }

    assert demo.planted.schoolless_rocket == "centre"
    assert schools("centre") == set()
    assert all(len(schools(r)) >= 3 for r in ROCKET_KEYS if r != "centre")


def test_a_few_actors_run_nothing(workbook: Rows, network: Network, demo: DemoData) -> None:
    idle = tuple(a for a in network.kinds if not network.actions_of(a))
    assert idle == demo.planted.idle and 2 <= len(idle) <= 8
    tied = {r["actor_a"] for r in workbook["collaborations"]}
    tied |= {r["actor_b"] for r in workbook["collaborations"]}
    assert not tied.intersection(idle)


def test_a_few_actors_run_only_solo_actions(network: Network, demo: DemoData) -> None:
    running = [a for a in network.kinds if network.actions_of(a)]
    isolated = tuple(a for a in running if network.graph.degree(a) == 0)
    assert isolated == demo.planted.isolated and 2 <= len(isolated) <= 8
    # everybody else who runs something is in one connected network
    others = network.graph.subgraph(a for a in running if a not in isolated)
    assert nx.is_connected(others)


def test_one_obvious_broker_links_every_rocket(network: Network, demo: DemoData) -> None:
    broker = demo.planted.broker
    assert network.rockets_of(broker) == set(ROCKET_KEYS)
    betweenness = nx.betweenness_centrality(network.graph)
    first, second = sorted(betweenness.values(), reverse=True)[:2]
    assert betweenness[broker] == first and first >= 2 * second


def test_a_pair_in_one_rocket_never_meets_but_shares_partners(
    workbook: Rows, network: Network, demo: DemoData
) -> None:
    a, b = demo.planted.pair
    assert network.rockets_of(a) == network.rockets_of(b) == {"wellbeing"}
    assert not set(network.actions_of(a)) & set(network.actions_of(b))
    shared = set(network.graph[a]) & set(network.graph[b])
    assert shared == set(demo.planted.shared_partners)
    ties = {frozenset((r["actor_a"], r["actor_b"])) for r in workbook["collaborations"]}
    assert frozenset((a, b)) not in ties
    # among actors who both fuel wellbeing and never meet, no pair shares more of its partners
    wellbeing = {
        actor
        for action, team in network.teams.items()
        if network.rockets[action][0] == "wellbeing"
        for actor in team
    }
    strangers = [
        (x, y) for x, y in itertools.combinations(sorted(wellbeing), 2)
        if not network.graph.has_edge(x, y)
    ]  # fmt: skip
    scores = {(x, y): s for x, y, s in nx.jaccard_coefficient(network.graph, strangers)}
    best = max(scores.values())
    assert scores[tuple(sorted((a, b)))] == best
    assert sum(1 for s in scores.values() if s == best) == 1

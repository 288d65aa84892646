"""Scaled copies for benchmarks: ten times the rows, the same planted gaps."""

from __future__ import annotations

from pathlib import Path

import networkx as nx

from graphsvc.demo import build, generate

from .conftest import network_of, read_workbook


def test_scale_10_has_ten_times_the_rows_and_keeps_the_gaps(tmp_path: Path) -> None:
    one, ten = build(1), generate(10, out_dir=tmp_path)
    assert 9.0 <= len(ten.actors) / len(one.actors) <= 10.5
    assert len(ten.actions) == 10 * len(one.actions)
    assert 8.0 <= len(ten.participation) / len(one.participation) <= 12.0
    assert len(ten.collaborations) == 10 * len(one.collaborations)
    rows = read_workbook(tmp_path)
    assert len({a["key"] for a in rows["actors"]}) == len(ten.actors)
    assert len({a["key"] for a in rows["actions"]}) == len(ten.actions)
    network = network_of(rows)
    schools_on_centre = {
        actor
        for action, team in network.teams.items()
        if ten.planted.schoolless_rocket in network.rockets[action]
        for actor in team
        if network.kinds[actor] == "education"
    }
    assert schools_on_centre == set()
    solo = [a for a, team in network.teams.items() if len(team) == 1]
    assert 0.07 <= len(solo) / len(network.teams) <= 0.13
    a, b = ten.planted.pair
    assert not set(network.actions_of(a)) & set(network.actions_of(b))
    running = [k for k in network.kinds if network.graph.degree(k) or network.actions_of(k)]
    assert set(network.kinds) - set(running) == set(ten.planted.idle)
    isolated = {k for k in running if network.graph.degree(k) == 0}
    assert isolated == set(ten.planted.isolated)
    assert nx.is_connected(network.graph.subgraph(k for k in running if k not in isolated))

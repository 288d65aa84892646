"""The yearly rounds 2021–2024: each a valid workbook that loads, the planted changes there,
counted from the packaged rows, and the rounds seeded like the data set."""

from __future__ import annotations

import networkx as nx
import pytest

from graphsvc.demo import PlantedChanges, Round, build, build_rounds, demo_rounds
from graphsvc.model import ROCKET_KEYS, Label, RelType, Status
from graphsvc.services.analysis import clear_cache, run_analysis
from graphsvc.services.workbook import import_workbook
from graphsvc.stores.base import GraphStore

from .conftest import Network, network_of, read_workbook

Rows = dict[str, list[dict[str, str]]]
YEARS = [2021, 2022, 2023, 2024]
LADDER = ["proposed", "planned", "ongoing", "done"]


@pytest.fixture(scope="session")
def rounds() -> list[Round]:
    return build_rounds()


@pytest.fixture(scope="session")
def changes(rounds: list[Round]) -> PlantedChanges:
    return rounds[0].changes


@pytest.fixture(scope="session")
def sheets() -> dict[int, Rows]:
    """The packaged rounds, as committed, by year."""
    return {year: read_workbook(folder) for year, folder in demo_rounds()}


@pytest.fixture(scope="session")
def networks(sheets: dict[int, Rows]) -> dict[int, Network]:
    return {year: network_of(rows) for year, rows in sheets.items()}


def meets(rows: Rows, network: Network) -> nx.Graph:
    """Actors linked when they run an action together or report a tie."""
    graph = network.graph.copy()
    graph.add_edges_from((r["actor_a"], r["actor_b"]) for r in rows["collaborations"])
    return graph


def test_demo_rounds_are_the_four_years_in_order() -> None:
    found = demo_rounds()
    assert [year for year, _ in found] == YEARS
    assert all(folder.is_dir() and folder.parent.name == "rounds" for _, folder in found)


def test_the_last_round_is_the_data_set(rounds: list[Round], sheets: dict[int, Rows]) -> None:
    assert [r.year for r in rounds] == YEARS
    assert rounds[-1].data == build()
    assert sheets[2024] == read_workbook(demo_rounds()[-1][1].parents[1])


@pytest.mark.parametrize("year", YEARS)
def test_each_round_imports_into_a_fresh_store(
    year: int, sheets: dict[int, Rows], sqlite_store: GraphStore
) -> None:
    folder = dict(demo_rounds())[year]
    rows = sheets[year]
    report = import_workbook(sqlite_store, folder)
    assert report["rows"]["actors"] == len(rows["actors"]) and not report["notes"]
    assert report["nodes_created"] == len(rows["actors"]) + len(rows["actions"])
    assert sqlite_store.count_nodes(Label.ACTOR) == len(rows["actors"])
    assert sqlite_store.count_nodes(Label.ACTION) == len(rows["actions"])
    runs = len(sqlite_store.find_edges(RelType.RUNS))
    assert runs == len(rows["participation"])
    ties = len(sqlite_store.find_edges(RelType.COLLABORATES_WITH))
    assert ties == len(rows["collaborations"])


@pytest.mark.parametrize("year", YEARS)
def test_each_round_is_consistent(year: int, sheets: dict[int, Rows]) -> None:
    rows = sheets[year]
    actors = {a["key"] for a in rows["actors"]}
    actions = {a["key"] for a in rows["actions"]}
    assert len(actors) == len(rows["actors"]) == len({a["name"] for a in rows["actors"]})
    assert len(actions) == len(rows["actions"]) == len({a["title"] for a in rows["actions"]})
    assert {a["status"] for a in rows["actions"]} <= {s.value for s in Status}
    runs = [(r["actor"], r["action"]) for r in rows["participation"]]
    assert len(set(runs)) == len(runs) and {b for _, b in runs} == actions  # nobody runs nothing
    assert all(a in actors for a, _ in runs)
    for team in network_of(rows).teams.values():
        assert list(team.values()).count("lead") <= 1
    assert all({r["actor_a"], r["actor_b"]} <= actors for r in rows["collaborations"])
    assert all(int(r["since"][:4]) <= year or year == 2024 for r in rows["collaborations"])


def test_statuses_only_move_forward(sheets: dict[int, Rows]) -> None:
    for before, after in zip(YEARS, YEARS[1:], strict=False):
        old = {a["key"]: a["status"] for a in sheets[before]["actions"]}
        for action in sheets[after]["actions"]:
            was, now = old.get(action["key"]), action["status"]
            if was is None or was == now:
                continue
            assert was not in ("done", "dropped"), action["key"]
            assert now == "dropped" or LADDER.index(now) > LADDER.index(was), action["key"]


@pytest.mark.parametrize("before, after", list(zip(YEARS, YEARS[1:], strict=False)))
def test_every_year_has_each_kind_of_change(
    before: int, after: int, sheets: dict[int, Rows]
) -> None:
    old, new = sheets[before], sheets[after]
    status = [{a["key"]: a["status"] for a in rows["actions"]} for rows in (old, new)]
    kept = [k for k in status[1] if k in status[0] and status[0][k] != status[1][k]]
    assert len(status[1].keys() - status[0].keys()) >= 3  # begun
    assert len(status[0].keys() - status[1].keys()) >= 3  # removed from the sheet
    assert sum(status[1][k] == "done" for k in kept) >= 3  # finished
    assert sum(status[1][k] == "dropped" for k in kept) >= 2
    assert sum(status[1][k] in ("planned", "ongoing") for k in kept) >= 3
    actors = [{a["key"] for a in rows["actors"]} for rows in (old, new)]
    assert actors[1] - actors[0] and actors[0] - actors[1]  # joined, left
    runs = [{(r["actor"], r["action"]) for r in rows["participation"]} for rows in (old, new)]
    assert runs[1] - runs[0] and runs[0] - runs[1]
    ties = [{(r["actor_a"], r["actor_b"]) for r in rows["collaborations"]} for rows in (old, new)]
    assert ties[1] - ties[0]


def test_introduced_pairs_share_partners_early_and_an_action_later(
    changes: PlantedChanges, sheets: dict[int, Rows], networks: dict[int, Network]
) -> None:
    assert len(changes.introduced) == len(changes.introducing_actions) == 2
    for (a, b), action in zip(changes.introduced, changes.introducing_actions, strict=True):
        for year in (2021, 2022):
            graph = meets(sheets[year], networks[year])
            assert not graph.has_edge(a, b), (year, a, b)
            assert len(set(graph[a]) & set(graph[b])) >= 3
            assert action not in networks[year].teams
        for year in (2023, 2024):
            assert {a, b} <= set(networks[year].teams[action])


@pytest.mark.parametrize("year", [2021, 2022])
def test_a_recommender_suggests_the_introductions_before_they_happen(
    year: int, changes: PlantedChanges, sqlite_store: GraphStore
) -> None:
    clear_cache()
    import_workbook(sqlite_store, dict(demo_rounds())[year])
    for a, b in changes.introduced:
        found = run_analysis(sqlite_store, "recommend", actor=a, top=3)["result"]
        offered = [k["key"] for pair in found["introductions"] for k in pair["actors"]]
        assert b in offered, (year, a, b)


def test_the_planted_pair_stays_unmet_in_every_round(
    rounds: list[Round], sheets: dict[int, Rows], networks: dict[int, Network]
) -> None:
    a, b = rounds[-1].data.planted.pair
    for year in YEARS:
        assert not meets(sheets[year], networks[year]).has_edge(a, b)


def test_a_broker_of_two_rockets_leaves_and_the_network_splits(
    changes: PlantedChanges, sheets: dict[int, Rows], networks: dict[int, Network]
) -> None:
    broker, village = changes.leaving_broker, changes.bridged_actions[0]
    one, other = changes.bridged_rockets
    cut_off = set(changes.cut_off)
    for year in (2021, 2022):
        net, graph = networks[year], meets(sheets[year], networks[year])
        assert {net.rockets[k][0] for k in net.actions_of(broker)} == {one, other}
        assert set(net.actions_of(broker)) == set(changes.bridged_actions)
        assert set(net.teams[village]) == cut_off | {broker}
        assert all(set(graph[a]) <= cut_off | {broker} for a in cut_off)  # they meet no one else
        without = graph.subgraph(set(graph) - {broker})
        assert nx.node_connected_component(without, changes.cut_off[0]) == cut_off
        partners = {a for k in changes.bridged_actions[1:] for a in net.teams[k]} - {broker}
        assert set(graph[broker]) == cut_off | partners and len(partners) >= 3
    actors_2023 = {a["key"] for a in sheets[2023]["actors"]}
    assert broker not in actors_2023 and cut_off <= actors_2023
    graph = meets(sheets[2023], networks[2023])
    assert nx.node_connected_component(graph, changes.cut_off[0]) == cut_off
    actors_2024 = {a["key"] for a in sheets[2024]["actors"]}
    assert not ({broker} | cut_off) & actors_2024 and village not in networks[2024].teams


def test_a_rocket_without_schools_gets_them_in_2023(
    changes: PlantedChanges, networks: dict[int, Network]
) -> None:
    def schools(year: int) -> set[str]:
        net = networks[year]
        return {
            actor
            for action, team in net.teams.items()
            if changes.school_gap_rocket in net.rockets[action]
            for actor in team
            if net.kinds[actor] == "education"
        }

    assert changes.school_gap_rocket in ROCKET_KEYS and changes.school_gap_rocket != "centre"
    assert schools(2021) == schools(2022) == set()
    assert schools(2023) and len(schools(2024)) >= 3


def test_a_solo_action_gains_partners_in_2022(
    changes: PlantedChanges, networks: dict[int, Network]
) -> None:
    assert list(networks[2021].teams[changes.solo_action].values()) == ["lead"]
    assert len(networks[2022].teams[changes.solo_action]) >= 2


def test_each_rounds_planted_keys_describe_that_round(
    rounds: list[Round], networks: dict[int, Network]
) -> None:
    for round_ in rounds:
        net, planted = networks[round_.year], round_.data.planted
        solo = sorted(a for a, team in net.teams.items() if len(team) == 1)
        assert tuple(solo) == planted.solo_actions
        assert all(not net.actions_of(a) for a in planted.idle)
        assert all(net.graph.degree(a) == 0 and net.actions_of(a) for a in planted.isolated)
        assert net.rockets_of(planted.broker) == set(ROCKET_KEYS)
        a, b = planted.pair
        assert set(net.graph[a]) & set(net.graph[b]) == set(planted.shared_partners)


def test_same_seed_same_rounds_other_seed_other_rounds() -> None:
    assert build_rounds(1, 7) == build_rounds(1, 7)
    assert build_rounds(1, 7)[0].data.participation != build_rounds(1, 8)[0].data.participation


@pytest.mark.parametrize("scale, seed", [(1, 1), (1, 3), (2, 2030)])
def test_other_seeds_and_scales_plant_the_same_kinds(scale: int, seed: int) -> None:
    built = build_rounds(scale, seed)
    assert built[-1].data == build(scale, seed)
    changes = built[0].changes
    first = {a["key"] for a in built[0].data.actors}
    last = {a["key"] for a in built[-1].data.actors}
    assert changes.leaving_broker in first and changes.leaving_broker not in last
    assert all(a in first and b in first for a, b in changes.introduced)


def test_rows_change_between_rounds_only_in_an_actions_status(sheets: dict[int, Rows]) -> None:
    keys = {"actors": ("key",), "actions": ("key",), "participation": ("actor", "action")}
    keys["collaborations"] = ("actor_a", "actor_b")
    seen: dict[str, dict[tuple[str, ...], dict[str, str]]] = {sheet: {} for sheet in keys}
    for year in YEARS:
        for sheet, columns in keys.items():
            for row in sheets[year][sheet]:
                same = {k: v for k, v in row.items() if sheet != "actions" or k != "status"}
                key = tuple(row[c] for c in columns)
                assert seen[sheet].setdefault(key, same) == same, (year, sheet, key)

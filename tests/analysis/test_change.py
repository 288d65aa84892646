"""The yearly comparison finds what was planted in three years of a programme, and nothing when
nothing changed; the timeline gives every figure per year; health per rocket is the rocket's
own part of the graph."""

from __future__ import annotations

import json

import networkx as nx
import pytest
from change_planted import YEARS, year_snapshot
from hypothesis import given, settings
from hypothesis import strategies as st

from graphsvc.analysis.bridge import actor_network, programme_graph, within_rocket
from graphsvc.analysis.change import change, timeline
from graphsvc.analysis.health import FIGURES, health
from graphsvc.model import Edge, Label, Node, RelType, builtin_edges, builtin_nodes
from graphsvc.records import Snapshot


def graphs(snapshot: Snapshot) -> tuple[nx.Graph, nx.Graph]:
    P = programme_graph(snapshot)
    return P, actor_network(P)


@pytest.fixture(scope="module")
def years() -> dict[str, tuple[nx.Graph, nx.Graph]]:
    return {year: graphs(year_snapshot(year)) for year in YEARS}


@pytest.fixture(scope="module")
def report(years) -> dict:
    return change(years["2022"], years["2024"])


def keys(rows: list[dict]) -> list[str]:
    return [r["key"] for r in rows]


def pairs(rows: list[dict]) -> set[tuple[str, ...]]:
    return {tuple(sorted(a["key"] for a in r["actors"])) for r in rows}


def gap_ids(rows: list[dict]) -> set[tuple]:
    """Each gap as (kind, subject keys..., the kind it misses if any)."""
    found = set()
    for g in rows:
        missing = [g["details"]["missing_kind"]] if "missing_kind" in g["details"] else []
        found.add((g["kind"], *(s["key"] for s in g["subjects"]), *missing))
    return found


def test_the_broker_left_and_the_college_joined(report):
    assert keys(report["actors"]["left"]) == ["b"]
    assert report["actors"]["joined"] == [
        {"key": "e2", "name": "Centre College", "kind": "education"}
    ]


def test_actions_begun_finished_dropped_and_changed(report):
    actions = report["actions"]
    assert keys(actions["begun"]) == ["a-new1", "c-new"]
    assert keys(actions["finished"]) == ["a1"]
    assert [(a["key"], a["how"]) for a in actions["dropped"]] == [
        ("a-gone", "gone"),
        ("ab1", "gone"),
        ("ab2", "gone"),
        ("c-a3", "status"),
    ]
    assert [(a["key"], a["from"], a["to"]) for a in actions["status_changed"]] == [
        ("a1", "planned", "done"),
        ("a5", "planned", "ongoing"),
        ("c-a3", "ongoing", "dropped"),
    ]


def test_ties_formed_and_ended(report):
    shared, reported = report["ties"]["co_participation"], report["ties"]["reported"]
    assert pairs(shared["formed"]) == {("lab", "rail"), ("l2", "lc"), ("c1", "e2"), ("c4", "e2")}
    assert pairs(shared["ended"]) == {("b", "c1"), ("b", "lc")}
    assert shared["counts"] == {"formed": 4, "ended": 2}
    assert pairs(reported["formed"]) == {("l2", "lc")} and reported["ended"] == []
    assert reported["formed"][0]["reported"] and reported["formed"][0]["shared"] == 0


def test_introductions_that_happened_and_one_that_did_not(years, report):
    intros = report["introductions"]
    assert pairs(intros["happened"]) == {("lab", "rail"), ("l2", "lc")}
    by_pair = {tuple(sorted(a["key"] for a in r["actors"])): r for r in intros["happened"]}
    assert by_pair[("lab", "rail")]["shared"] == 1 and not by_pair[("lab", "rail")]["reported"]
    assert by_pair[("l2", "lc")]["reported"] and by_pair[("l2", "lc")]["shared"] == 0
    waiting = {tuple(sorted(a["key"] for a in r["actors"])): r for r in intros["not_happened"]}
    assert ("c2", "c3") in waiting and waiting[("c2", "c3")]["left"] == []
    assert all(r["left"] == ["b"] for p, r in waiting.items() if "b" in p)
    assert intros["suggested"] == len(intros["happened"]) + len(intros["not_happened"])
    assert sorted(r["rank"] for r in intros["happened"] + intros["not_happened"]) == list(
        range(1, intros["suggested"] + 1)
    )
    assert (
        intros["happened"][0]["rank"] == 1
    )  # the best suggestion of 2022 is the one that happened
    halfway = change(years["2022"], years["2023"])["introductions"]
    assert pairs(halfway["happened"]) == {("lab", "rail")}


def test_gaps_closed_and_opened(report):
    gaps = report["gaps"]
    assert gap_ids(gaps["closed"]) == {
        ("solo_action", "a-solo", "l2"),
        ("rocket_missing_kind", "centre", "education"),
        ("articulation_point", "b"),
        ("articulation_point", "lc"),
        ("articulation_point", "c1"),
        ("bridge_tie", "b", "lc"),
        ("bridge_tie", "b", "c1"),
    }
    assert gap_ids(gaps["opened"]) == {
        ("rocket_pair_without_shared_actor", "logistics", "centre"),
    }
    assert gaps["counts"]["solo_action"] == {"before": 1, "after": 0, "closed": 1, "opened": 0}
    assert gaps["counts"]["action_without_lead"] == {
        "before": 1,
        "after": 1,
        "closed": 0,
        "opened": 0,
    }
    per_rocket = {r["key"]: (r["closed"], r["opened"]) for r in gaps["rockets"]}
    assert per_rocket["centre"] == (6, 1) and per_rocket["logistics"] == (5, 1)
    assert per_rocket["competence"] == (0, 0)
    missing = next(g for g in gaps["closed"] if g["kind"] == "rocket_missing_kind")
    assert missing["rockets"] == ["centre"]


def test_the_broker_fell_and_the_articulation_points_vanished(report):
    betweenness = report["centrality"]["betweenness"]
    assert [
        (r["key"], r["rank_before"], r["rank_after"], r["after"]) for r in betweenness["left_top"]
    ] == [("b", 2, None, None)]
    assert "lc" in keys(betweenness["fell"])
    reach = report["centrality"]["two_step_reach"]
    assert keys(reach["left_top"]) == ["b"] and keys(reach["entered_top"]) == ["e2"]
    points = report["articulation_points"]
    assert points["appeared"] == []
    assert {p["key"]: p["cut_off"] for p in points["vanished"]} == {"lc": 5, "b": 4, "c1": 3}


def test_health_then_now_and_the_difference(report):
    health_ = report["health"]
    before, after = health_["before"]["overall"], health_["after"]["overall"]
    assert before["main_component_share"] == 1.0 and after["main_component_share"] == 0.5455
    assert (before["solo_action_share"], after["solo_action_share"]) == (0.0588, 0.0)
    difference = health_["difference"]["overall"]
    assert difference["main_component_share"] == -0.4545 and difference["ties"] == 2
    assert difference["kinds"] == -1  # the city company left; the college is not a new kind
    assert set(difference) == set(FIGURES)


def test_the_report_is_json_and_deterministic(years, report):
    assert json.loads(json.dumps(report)) == report
    again = change(years["2022"], years["2024"])
    assert again == report


def test_the_timeline_gives_every_figure_per_year(years):
    series = timeline([(y, *years[y]) for y in YEARS])
    assert series["points"] == list(YEARS)
    assert series["overall"]["actions"] == [17, 18, 16]
    assert series["overall"]["main_component_share"] == [1.0, 1.0, 0.5455]
    centre = next(r for r in series["rockets"] if r["key"] == "centre")
    assert centre["actors"] == [6, 6, 5] and set(centre) == {"key", *FIGURES}
    assert [r["key"] for r in series["rockets"]] == list(years["2024"][0].graph["rockets"])
    assert all(len(v) == 3 for r in series["rockets"] for k, v in r.items() if k != "key")


@pytest.mark.parametrize("year", YEARS)
def test_health_per_rocket_is_the_rockets_own_part(years, year):
    P, A = years[year]
    result = health(P, A)
    for row in result["rockets"]:
        part = within_rocket(P, row["key"])
        assert health(part)["overall"] == {k: v for k, v in row.items() if k != "key"}


def test_nothing_changed_in_the_planted_years(years):
    for year in YEARS:
        assert_nothing_changed(change(years[year], graphs(year_snapshot(year))))


def assert_nothing_changed(report: dict) -> None:
    assert report["actors"] == {"joined": [], "left": []}
    assert all(rows == [] for rows in report["actions"].values())
    for part in report["ties"].values():
        assert part["counts"] == {"formed": 0, "ended": 0}
    assert report["introductions"]["happened"] == []
    assert report["gaps"]["closed"] == [] and report["gaps"]["opened"] == []
    for measure in ("betweenness", "two_step_reach"):
        assert all(rows == [] for rows in report["centrality"][measure].values())
    assert report["articulation_points"] == {"appeared": [], "vanished": []}
    assert report["health"]["before"] == report["health"]["after"]
    difference = report["health"]["difference"]
    assert all(v == 0 for v in difference["overall"].values())


STATUSES = st.sampled_from(["proposed", "planned", "ongoing", "done", "dropped", None])
ROCKETS = st.sampled_from(["logistics", "competence", "centre", "launchpad"])
KINDS = st.sampled_from(["company", "education", "citizen", "city"])


@st.composite
def snapshots(draw) -> Snapshot:
    """A small random programme: actors, actions with random runners, some reported ties."""
    n = draw(st.integers(1, 9))
    actors = [f"p{i}" for i in range(n)]
    nodes = builtin_nodes()
    nodes += [Node(Label.ACTOR, k, {"name": k.upper(), "kind": draw(KINDS)}) for k in actors]
    edges = builtin_edges()
    for j in range(draw(st.integers(0, 8))):
        key = f"x{j}"
        status = draw(STATUSES)
        nodes.append(
            Node(Label.ACTION, key, {"title": key} | ({"status": status} if status else {}))
        )
        edges.append(Edge(RelType.FUELS, key, draw(ROCKETS), {"primary": True}))
        team = draw(st.lists(st.sampled_from(actors), max_size=4, unique=True))
        roles = [draw(st.sampled_from(["lead", "partner"])) for _ in team]
        edges += [Edge(RelType.RUNS, a, key, {"role": r}) for a, r in zip(team, roles, strict=True)]
    ties = draw(st.lists(st.tuples(st.sampled_from(actors), st.sampled_from(actors)), max_size=3))
    edges += [Edge(RelType.COLLABORATES_WITH, a, b, {}) for a, b in ties if a != b]
    return Snapshot(nodes, edges, version=1)


@settings(max_examples=60, deadline=None)
@given(snapshots())
def test_a_programme_compared_with_itself_has_not_changed(snapshot):
    report = change(graphs(snapshot), graphs(snapshot), top=5)
    assert_nothing_changed(report)
    json.dumps(report)

"""Every analysis finds what was planted: the broker, the pair who should meet, the solo action,
the action without a lead, the rocket without an educational partner, the actor who runs nothing."""

from __future__ import annotations

import json

import pytest

from graphsvc.services.analysis import KINDS, analyze_snapshot


def run(snapshot, kind, **kw):
    return analyze_snapshot(snapshot, kind, **kw)["result"]


def gaps_of(result, kind):
    return [g for g in result["gaps"] if g["kind"] == kind]


def test_centrality_puts_the_broker_first(snapshot):
    actors = run(snapshot, "centrality")["actors"]
    assert actors[0]["key"] == "bridge-co"
    assert actors[0]["ranks"]["betweenness"] == 1
    idle = next(a for a in actors if a["key"] == "idle")
    assert idle["degree"] == 0 and idle["betweenness"] == 0.0 and idle["closeness"] == 0.0


def test_brokers_rank_the_broker_with_a_reason(snapshot):
    result = run(snapshot, "brokers", lang="en")
    top = result["brokers"][0]
    assert top["key"] == "bridge-co"
    assert top["rockets"] == ["logistics", "centre", "wellbeing"]
    assert top["cut_off"] == 7 and top["open_pairs_across_rockets"] == 2
    assert (
        "links 3 rockets" in top["text"]["en"] and "yhdistää 3 kantorakettia" in top["text"]["fi"]
    )
    assert top["constraint"] < min(b["constraint"] for b in result["brokers"][1:])


def test_gaps_find_every_planted_gap(snapshot):
    result = run(snapshot, "gaps")
    solo = gaps_of(result, "solo_action")
    assert [g["subjects"][0]["key"] for g in solo] == ["x-solo"]
    assert [g["subjects"][0]["key"] for g in gaps_of(result, "action_without_lead")] == ["y-nolead"]
    assert [g["subjects"][0]["key"] for g in gaps_of(result, "actor_without_actions")] == ["idle"]
    missing = {
        (g["subjects"][0]["key"], g["details"]["missing_kind"])
        for g in gaps_of(result, "rocket_missing_kind")
    }
    assert ("centre", "education") in missing
    assert ("logistics", "education") not in missing
    empty = {g["subjects"][0]["key"] for g in gaps_of(result, "rocket_without_actions")}
    assert empty == {"accessibility", "launchpad"}
    points = {g["subjects"][0]["key"]: g for g in gaps_of(result, "articulation_point")}
    assert points["bridge-co"]["severity"] == "high"
    assert points["bridge-co"]["details"]["pieces"] == [6, 4, 3]
    pairs = {
        tuple(s["key"] for s in g["subjects"])
        for g in gaps_of(result, "rocket_pair_without_shared_actor")
    }
    assert pairs == {("competence", "wellbeing")}
    assert all(g["text"]["fi"] and g["text"]["en"] for g in result["gaps"])
    severities = [g["severity"] for g in result["gaps"]]
    assert severities == sorted(severities, key=["high", "medium", "low"].index)


def test_recommend_introduces_the_planted_pair(snapshot):
    result = run(snapshot, "recommend", lang="en")
    best = result["introductions"][0]
    assert {a["key"] for a in best["actors"]} == {"rail-co", "lab"}
    assert {p["key"] for p in best["shared_partners"]} == {"lc1", "lcity", "le"}
    assert best["shared_rockets"] == ["logistics"] and best["complementary_kinds"]
    assert "Rail Terminal Oy" in best["text"]["en"] and "Logistinen keskus" in best["text"]["fi"]
    for pair in result["introductions"]:
        a, b = (x["key"] for x in pair["actors"])
        assert not _run_together(snapshot, a, b)


def test_recommend_for_one_actor(snapshot):
    result = run(snapshot, "recommend", actor="rail-co", top=3)
    assert result["actor"]["key"] == "rail-co"
    assert result["introductions"][0]["actors"][1]["key"] == "lab"
    assert all(p["actors"][0]["key"] == "rail-co" for p in result["introductions"])


def test_recommend_for_an_actor_without_partners_uses_its_rockets():
    from analysis_planted import planted_records

    from graphsvc.model import Edge, Label, Node, RelType
    from graphsvc.records import Snapshot

    nodes, edges = planted_records()
    nodes += [
        Node(Label.ACTOR, "loner", {"name": "Loner", "kind": "education"}),
        Node(Label.ACTION, "solo2", {"title": "Alone"}),
    ]
    edges += [
        Edge(RelType.RUNS, "loner", "solo2", {"role": "lead"}),
        Edge(RelType.FUELS, "solo2", "centre", {"primary": True}),
    ]
    result = run(Snapshot(nodes, edges), "recommend", actor="loner")
    suggested = [p["actors"][1]["key"] for p in result["introductions"]]
    assert suggested and set(suggested) <= {"c1", "c2", "c3", "c4", "bridge-co", "lcity"}


def test_coverage_shows_the_missing_school(snapshot):
    result = run(snapshot, "coverage")
    assert result["actors"]["education"]["centre"] == 0
    assert result["actors"]["education"]["logistics"] == 2
    assert result["actions"]["company"]["logistics"] == 6  # x1 x3 x4 x6 x8 x-solo
    assert ["education", "centre"] in result["empty"]
    assert [r["key"] for r in result["rockets"]][-1] == "launchpad"
    assert result["totals"]["centre"] == {"actors": 6, "actions": 6}


def test_communities_follow_the_planted_groups(snapshot):
    result = run(snapshot, "communities")
    assert result["modularity"] > 0.4
    groups = [{a["key"] for a in c["core_actors"]} for c in result["communities"]]
    assert any({"c1", "c2", "c3", "c4"} <= g for g in groups)
    assert result["isolated"] == 1  # idle


def test_whatif_the_broker_leaves(snapshot):
    result = run(snapshot, "whatif", actor="bridge-co")
    assert result["components"] == {"before": 2, "after": 4}
    assert len(result["cut_off"]) == 7
    assert [a["key"] for a in result["actions_without_lead"]] == ["x10", "y4", "z3"]
    assert result["average_reach"]["change"] < 0
    result = run(snapshot, "whatif", actor="lc2")
    assert [a["key"] for a in result["actions_without_actors"]] == ["x-solo"]
    assert result["cut_off"] == []


def test_summary_counts(snapshot):
    result = run(snapshot, "summary")
    overall = result["overall"]
    assert (overall["actors"], overall["actions"], overall["isolated_actors"]) == (15, 19, 1)
    assert overall["solo_action_share"] == round(1 / 19, 4)
    centre = next(r for r in result["rockets"] if r["key"] == "centre")
    assert centre["actions"] == 6 and centre["components"] == 1


#: Overlap compares two programmes (the planted network has one): tests/analysis/test_overlap.py.
ONE_PROGRAMME = [k for k in KINDS if k != "overlap"]


@pytest.mark.parametrize("kind", ONE_PROGRAMME)
def test_every_kind_inside_one_rocket(snapshot, kind):
    actor = "c1" if kind in ("whatif", "recommend") else None
    data = analyze_snapshot(snapshot, kind, rocket="centre", actor=actor)
    text = json.dumps(data)
    assert data["rocket"] == "centre"
    assert "rail-co" not in text and "w2" not in text


@pytest.mark.parametrize("kind", ONE_PROGRAMME)
def test_no_contact_data_in_any_result(snapshot, kind):
    actor = "bridge-co" if kind in ("whatif", "recommend") else None
    text = json.dumps(analyze_snapshot(snapshot, kind, actor=actor), ensure_ascii=False)
    assert "contact_" not in text and "Maija" not in text and "maija@" not in text


def _run_together(snapshot, a, b):
    from graphsvc.model import RelType

    runs = {}
    for e in snapshot.edges:
        if e.type is RelType.RUNS:
            runs.setdefault(e.end, set()).add(e.start)
    return any({a, b} <= who for who in runs.values())


def test_recommend_keeps_hubs_from_crowding_the_list(snapshot):
    pairs = run(snapshot, "recommend", per_actor=1)["introductions"]
    keys = [a["key"] for p in pairs for a in p["actors"]]
    assert len(keys) == len(set(keys))

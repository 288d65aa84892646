"""Upserts, all-or-nothing batches, deletes and the graph version, on both stores."""

from __future__ import annotations

import pytest
from sample_graph import ACTIONS, ACTORS, EDGES, content, load_sample

from graphsvc.errors import ConflictError, NotFoundError, ValidationError
from graphsvc.model import Edge, Label, Node, RelType
from graphsvc.records import Batch


def test_upsert_reports_created_then_unchanged(store):
    first = store.apply(Batch(nodes=ACTORS + ACTIONS, edges=EDGES))
    assert (first.nodes_created, first.edges_created) == (len(ACTORS + ACTIONS), len(EDGES))
    before = content(store)
    second = store.apply(Batch(nodes=ACTORS + ACTIONS, edges=EDGES))
    assert not second.changed
    assert (second.nodes_unchanged, second.edges_unchanged) == (len(ACTORS + ACTIONS), len(EDGES))
    assert content(store) == before


def test_upsert_replaces_properties(store):
    load_sample(store)
    report = store.upsert_nodes([Node(Label.ACTOR, "amk", {"name": "AMK", "kind": "education"})])
    assert report.nodes_updated == 1
    assert store.get_node(Label.ACTOR, "amk").props == {"name": "AMK", "kind": "education"}
    report = store.upsert_edges([Edge(RelType.RUNS, "amk", "rrt", {"role": "funder"})])
    assert report.edges_updated == 1
    assert store.find_edges(RelType.RUNS, start="amk")[0].props == {"role": "funder"}


def test_duplicate_in_one_batch_last_wins(store):
    nodes = [
        Node(Label.ACTOR, "x", {"name": "First", "kind": "company"}),
        Node(Label.ACTOR, "x", {"name": "Second", "kind": "company"}),
    ]
    assert store.upsert_nodes(nodes).nodes_created == 1
    assert store.get_node(Label.ACTOR, "x").name == "Second"


def test_batch_with_missing_end_writes_nothing(store):
    load_sample(store)
    before, version = content(store), store.version()
    batch = Batch(
        nodes=[Node(Label.ACTOR, "new", {"name": "Uusi", "kind": "company"})],
        edges=[Edge(RelType.RUNS, "new", "rrt"), Edge(RelType.RUNS, "new", "no-such-action")],
    )
    with pytest.raises(NotFoundError, match="no-such-action"):
        store.apply(batch)
    assert content(store) == before
    assert store.version() == version


def test_batch_with_invalid_value_writes_nothing(store):
    load_sample(store)
    before = content(store)
    batch = Batch(
        nodes=[
            Node(Label.ACTOR, "ok", {"name": "OK", "kind": "company"}),
            Node(Label.ACTOR, "bad", {"name": "Bad", "kind": "compny"}),
        ]
    )
    with pytest.raises(ValidationError, match="'compny' is not one of company, education"):
        store.apply(batch)
    assert content(store) == before


def test_delete_node_removes_its_relationships(store):
    load_sample(store)
    assert store.delete_node(Label.ACTION, "rrt") is True
    assert store.delete_node(Label.ACTION, "rrt") is False
    assert not [e for e in store.find_edges() if "rrt" in (e.start, e.end)]
    assert [p.node.key for p in store.actions_of("haminan")] == []
    with pytest.raises(NotFoundError):
        store.get_node(Label.ACTION, "rrt")


def test_delete_edge(store):
    load_sample(store)
    assert store.delete_edge(RelType.RUNS, "amk", "rrt") is True
    assert store.delete_edge(RelType.RUNS, "amk", "rrt") is False
    assert "amk" not in [p.node.key for p in store.who_runs("rrt")]


def test_version_grows_only_with_changes(store):
    v0 = store.version()
    load_sample(store)
    v1 = store.version()
    assert v1 > v0
    load_sample(store)
    assert store.version() == v1
    store.clear()
    assert store.version() > v1


def test_clear_keeps_builtin_rockets(store):
    load_sample(store)
    store.clear()
    assert store.find_nodes(Label.ACTOR) == []
    rockets = {n.key: n for n in store.find_nodes(Label.ROCKET)}
    assert set(rockets) == {
        "logistics",
        "accessibility",
        "competence",
        "centre",
        "wellbeing",
        "launchpad",
    }
    assert rockets["centre"].props["name_fi"] == "Elävä keskusta"
    assert rockets["launchpad"].props["number"] == 0
    assert len(store.find_edges(RelType.PART_OF)) == 6


def test_ensure_schema_is_idempotent_and_keeps_renames(store):
    renamed = Node(Label.ROCKET, "centre", {"number": 4, "name_fi": "Keskusta", "kind": "rocket"})
    store.upsert_nodes([renamed])
    store.ensure_schema()
    store.ensure_schema()
    assert store.get_node(Label.ROCKET, "centre").props["name_fi"] == "Keskusta"
    assert store.count_nodes(Label.ROCKET) == 6


def test_insert_creates_a_node_with_its_edges(store):
    before = store.version()
    report = store.insert_node(
        Node(Label.ACTION, "new", {"title": "Uusi"}),
        [Edge(RelType.FUELS, "new", "logistics", {"primary": True})],
    )
    assert (report.nodes_created, report.edges_created) == (1, 1)
    assert store.get_node(Label.ACTION, "new").props == {"title": "Uusi"}
    assert [e.end for e in store.find_edges(RelType.FUELS, start="new")] == ["logistics"]
    assert store.version() > before


def test_insert_of_an_existing_key_is_refused_and_writes_nothing(store):
    store.upsert_nodes([Node(Label.ACTION, "taken", {"title": "Vanha"})])
    before = store.version()
    with pytest.raises(ConflictError, match="Action 'taken' already exists"):
        store.insert_node(
            Node(Label.ACTION, "taken", {"title": "Uusi"}),
            [Edge(RelType.FUELS, "taken", "logistics", {"primary": True})],
        )
    assert store.get_node(Label.ACTION, "taken").props == {"title": "Vanha"}
    assert store.find_edges(RelType.FUELS, start="taken") == []
    assert store.version() == before

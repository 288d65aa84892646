"""The everyday questions, lookups, search and snapshots, on both stores."""

from __future__ import annotations

import pytest
from sample_graph import load_sample

from graphsvc.dates import today
from graphsvc.errors import NotFoundError, ValidationError
from graphsvc.model import Label, RelType, Role
from graphsvc.stores.snapshot_view import SnapshotView


@pytest.fixture(params=["live", "as-of-view"])
def sample(store, request):
    """The sample graph, read from the store itself and from a view of it as of today
    (what every read with ``as_of`` answers from): both must answer alike."""
    load_sample(store)
    if request.param == "live":
        return store
    return SnapshotView(store.snapshot(as_of=today()), store.url, today())


def test_who_runs_lists_lead_first_with_roles(sample):
    answer = [(p.node.key, p.role) for p in sample.who_runs("rrt")]
    assert answer == [("haminan", Role.LEAD), ("amk", Role.PARTNER), ("kaupunki", Role.PARTNER)]


def test_actions_of_orders_by_title(sample):
    answer = [(p.node.key, p.role) for p in sample.actions_of("kaupunki")]
    assert answer == [("asema", Role.LEAD), ("rrt", Role.PARTNER)]


def test_unknown_action_or_actor_is_not_found(sample):
    with pytest.raises(NotFoundError, match="Action 'nope' not found"):
        sample.who_runs("nope")
    with pytest.raises(NotFoundError, match="Actor 'nope' not found"):
        sample.actions_of("nope")
    with pytest.raises(NotFoundError, match="Rocket 'nope'"):
        sample.rocket_actors("nope")


def test_rocket_actions_and_actors(sample):
    assert [n.key for n in sample.rocket_actions("logistics")] == ["asema", "rrt"]
    assert [n.key for n in sample.rocket_actors("logistics")] == ["amk", "haminan", "kaupunki"]
    assert [n.key for n in sample.rocket_actors("wellbeing")] == ["yhdistys"]
    assert sample.rocket_actors("competence") == []


def test_get_and_find_nodes(sample):
    assert sample.get_node(Label.ACTOR, "amk").props["kind"] == "education"
    keys = [n.key for n in sample.find_nodes(Label.ACTOR)]
    assert keys == sorted(keys) and len(keys) == 4
    assert [n.key for n in sample.find_nodes(Label.ACTOR, limit=2, offset=1)] == keys[1:3]
    assert [n.key for n in sample.find_nodes(Label.ACTOR, filters={"kind": "city"})] == ["kaupunki"]
    assert [n.key for n in sample.find_nodes(Label.ACTOR, filters={"tags": "rata"})] == ["amk"]
    addressing = sample.find_edges(RelType.ADDRESSES, end="environment")
    assert [e.start for e in addressing] == ["ruoka"]
    assert sample.count_nodes(Label.ACTION) == 3
    assert sample.count_nodes(Label.ACTION, filters={"status": "planned"}) == 1


def test_unknown_filter_is_rejected(sample):
    with pytest.raises(ValidationError, match="cannot filter Actor by 'colour'"):
        sample.find_nodes(Label.ACTOR, filters={"colour": "red"})


def test_find_edges_and_neighbours(sample):
    runs = sample.find_edges(RelType.RUNS, end="rrt")
    assert [(e.start, e.props["role"]) for e in runs] == [
        ("amk", "partner"),
        ("haminan", "lead"),
        ("kaupunki", "partner"),
    ]
    pairs = sample.neighbours(Label.ACTOR, "amk")
    assert [(e.type, n.label, n.key) for e, n in pairs] == [
        (RelType.COLLABORATES_WITH, Label.ACTOR, "yhdistys"),
        (RelType.RUNS, Label.ACTION, "rrt"),
    ]
    with pytest.raises(NotFoundError):
        sample.neighbours(Label.ACTOR, "nope")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("kouvola", ["kaupunki"]),
        ("hame", ["haminan"]),
        ("HÄMEEN", ["haminan"]),
        ("aaneen", ["yhdistys"]),
    ],
)
def test_search_ignores_case_and_accents(sample, text, expected):
    assert [n.key for n in sample.search(text, labels=[Label.ACTOR])] == expected


def test_search_spans_labels_and_keys_and_limits(sample):
    found = sample.search("a")
    labels = [n.label for n in found]
    assert labels == sorted(labels, key=list(Label).index)
    assert len(sample.search("a", limit=2)) == 2
    assert [n.key for n in sample.search("rrt")] == ["rrt"]
    assert sample.search("100%") == []
    with pytest.raises(ValidationError, match="empty"):
        sample.search("  ")


def test_snapshot_of_everything(sample):
    snap = sample.snapshot()
    assert len([n for n in snap.nodes if n.label is Label.ACTOR]) == 4
    assert len([n for n in snap.nodes if n.label is Label.ROCKET]) == 6
    assert len([e for e in snap.edges if e.type is RelType.RUNS]) == 5
    assert snap.version == sample.version()


def test_snapshot_of_one_rocket(sample):
    snap = sample.snapshot(rocket="logistics")
    assert {(n.label, n.key) for n in snap.nodes} == {
        (Label.ROCKET, "logistics"),
        (Label.ACTION, "rrt"),
        (Label.ACTION, "asema"),
        (Label.ACTOR, "amk"),
        (Label.ACTOR, "haminan"),
        (Label.ACTOR, "kaupunki"),
    }
    assert all(e.end == "logistics" for e in snap.edges if e.type is RelType.FUELS)
    assert not [e for e in snap.edges if e.type is RelType.COLLABORATES_WITH]
    with pytest.raises(NotFoundError):
        sample.snapshot(rocket="nope")


@pytest.mark.parametrize(
    "ask",
    [
        lambda s: s.get_node("Planet", "x"),
        lambda s: s.find_nodes("Planet"),
        lambda s: s.count_nodes("Planet"),
        lambda s: s.neighbours("Planet", "x"),
        lambda s: s.search("a", labels=["Planet"]),
    ],
)
def test_an_unknown_label_is_a_validation_error(store, ask):
    with pytest.raises(ValidationError, match="Planet"):
        ask(store)


def test_an_unknown_relationship_type_is_a_validation_error(store):
    with pytest.raises(ValidationError, match="LOVES"):
        store.find_edges("LOVES")


def test_accounts_are_chosen_by_the_store_url(store):
    from graphsvc.accounts import open_accounts

    accounts = open_accounts(store)
    assert type(accounts).__name__ == (
        "SQLiteAccounts" if store.url.startswith("sqlite") else "Neo4jAccounts"
    )
    assert accounts.find_users() == []

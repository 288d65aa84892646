"""History on both stores: validity periods, as-of reads, writes on a past day, deletes that end."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graphsvc.dates import today
from graphsvc.errors import NotFoundError, ValidationError
from graphsvc.model import Edge, Label, Node, RelType
from graphsvc.records import Batch

Y21, Y22, Y23, Y24 = "2021-12-31", "2022-12-31", "2023-12-31", "2024-12-31"


def actor(key: str, name: str | None = None) -> Node:
    return Node(Label.ACTOR, key, {"name": name or key.upper(), "kind": "company"})


def action(key: str, status: str = "ongoing") -> Node:
    return Node(Label.ACTION, key, {"title": key.upper(), "status": status})


def runs(who: str, what: str, role: str = "lead") -> Edge:
    return Edge(RelType.RUNS, who, what, {"role": role})


def keys(store, day, label=Label.ACTOR) -> list[str]:
    return [n.key for n in store.snapshot(as_of=day).nodes if n.label is label]


def state(store, day) -> tuple[dict, dict]:
    snap = store.snapshot(as_of=day)
    return (
        {(n.label, n.key): n.props for n in snap.nodes},
        {(e.type, e.start, e.end): e.props for e in snap.edges},
    )


def test_status_is_kept_per_period(store):
    store.apply(Batch(nodes=[action("teko-017", "planned")], on="2022-03-01"))
    store.apply(Batch(nodes=[action("teko-017", "ongoing")], on="2023-05-01"))
    store.apply(Batch(nodes=[action("teko-017", "done")], on="2024-06-01"))
    status = {
        day: state(store, day)[0][(Label.ACTION, "teko-017")]["status"]
        for day in ("2022-12-31", Y23, Y24)
    }
    assert status == {"2022-12-31": "planned", Y23: "ongoing", Y24: "done"}
    assert (Label.ACTION, "teko-017") not in state(store, "2022-02-28")[0]
    assert store.get_node(Label.ACTION, "teko-017").props["status"] == "done"


def test_a_delete_ends_the_item_and_keeps_its_past(store):
    store.apply(Batch(nodes=[actor("a"), actor("b"), action("x")], on=Y21))
    store.apply(Batch(edges=[runs("a", "x"), runs("b", "x", "partner")], on=Y22))
    assert store.delete_node(Label.ACTOR, "a")
    assert store.delete_edge(RelType.RUNS, "b", "x")
    nodes, edges = state(store, Y23)
    assert (Label.ACTOR, "a") in nodes and (RelType.RUNS, "a", "x") in edges
    assert (RelType.RUNS, "b", "x") in edges
    with pytest.raises(NotFoundError):
        store.get_node(Label.ACTOR, "a")
    assert store.find_edges(RelType.RUNS) == []
    nodes, edges = state(store, today())
    assert (Label.ACTOR, "a") not in nodes and edges.keys() <= {
        (e.type, e.start, e.end) for e in store.find_edges()
    }


def test_a_past_day_fixes_the_state_up_to_the_next_change(store):
    store.apply(Batch(nodes=[actor("a", "First")], on=Y21))
    store.apply(Batch(nodes=[actor("a", "Third")], on=Y24))
    report = store.apply(Batch(nodes=[actor("a", "Second")], on=Y22))
    assert (report.nodes_updated, report.later_changes) == (1, 1)
    names = {day: state(store, day)[0][(Label.ACTOR, "a")]["name"] for day in (Y21, Y22, Y23, Y24)}
    assert names == {Y21: "First", Y22: "Second", Y23: "Second", Y24: "Third"}
    assert store.get_node(Label.ACTOR, "a").name == "Third"


def test_an_end_on_a_past_day_lasts_until_the_next_change(store):
    store.apply(Batch(nodes=[actor("a", "First")], on=Y21))
    store.apply(Batch(nodes=[actor("a", "Back")], on=Y24))
    report = store.apply(Batch(node_deletes=[(Label.ACTOR, "a")], on=Y22))
    assert (report.nodes_deleted, report.later_changes) == (1, 1)
    assert [bool(keys(store, d)) for d in (Y21, Y22, Y23, Y24)] == [True, False, False, True]
    assert store.get_node(Label.ACTOR, "a").name == "Back"


def test_a_recorded_end_stays_when_an_earlier_day_is_written_again(store):
    """Deleted in 2024, then the 2022 round is loaded twice (once without the actor, once
    corrected with it): the actor holds again from 2022 only up to the 2024 end."""
    store.apply(Batch(nodes=[actor("a", "First")], on=Y21))
    store.apply(Batch(node_deletes=[(Label.ACTOR, "a")], on=Y24))
    store.apply(Batch(node_deletes=[(Label.ACTOR, "a")], on=Y22))
    store.apply(Batch(nodes=[actor("a", "Corrected")], on=Y22))
    assert [keys(store, d) for d in (Y21, Y22, Y23, Y24)] == [["a"], ["a"], ["a"], []]
    assert state(store, Y23)[0][(Label.ACTOR, "a")]["name"] == "Corrected"
    assert store.find_nodes(Label.ACTOR) == []


def test_the_same_batch_on_the_same_day_changes_nothing(store):
    batch = Batch(nodes=[actor("a"), action("x")], edges=[runs("a", "x")], on=Y22)
    store.apply(batch)
    version, before = store.version(), state(store, Y23)
    again = store.apply(batch)
    assert not again.changed and (again.nodes_unchanged, again.edges_unchanged) == (2, 1)
    assert store.version() == version and state(store, Y23) == before


def test_a_relationship_needs_both_ends_on_its_day(store):
    store.apply(Batch(nodes=[actor("a")], on=Y22))
    store.apply(Batch(nodes=[action("x")], on=Y23))
    with pytest.raises(NotFoundError, match="x"):
        store.apply(Batch(edges=[runs("a", "x")], on=Y22))
    assert store.find_edges(RelType.RUNS) == []
    assert not any(t is RelType.RUNS for t, _, _ in state(store, Y24)[1])


def test_an_ended_node_ends_its_relationships_for_good(store):
    store.apply(Batch(nodes=[actor("a"), action("x")], edges=[runs("a", "x")], on=Y21))
    report = store.apply(Batch(node_deletes=[(Label.ACTOR, "a")], on=Y22))
    assert (report.nodes_deleted, report.edges_deleted) == (1, 1)
    store.apply(Batch(nodes=[actor("a")], on=Y23))
    assert (RelType.RUNS, "a", "x") not in state(store, Y24)[1]
    assert (RelType.RUNS, "a", "x") in state(store, Y21)[1]
    assert store.find_edges(RelType.RUNS) == []


def test_a_day_before_any_history_holds_only_the_built_in_frame(store):
    store.apply(Batch(nodes=[actor("a")], on=Y22))
    snap = store.snapshot(as_of="1999-12-31")
    assert {n.label for n in snap.nodes} == {Label.PROGRAMME, Label.ROCKET, Label.THEME}
    assert {e.type for e in snap.edges} == {RelType.PART_OF}
    assert len(snap.nodes) == len(store.snapshot(as_of=Y22).nodes) - 1


def test_a_rocket_part_as_of_a_day(store):
    store.apply(Batch(nodes=[actor("a"), action("x")], on=Y21))
    store.apply(Batch(edges=[Edge(RelType.FUELS, "x", "centre"), runs("a", "x")], on=Y23))
    assert keys(store, Y22, Label.ACTION) == ["x"]
    assert keys(store, Y22) == ["a"]
    assert [n.key for n in store.snapshot("centre", as_of=Y22).nodes] == ["centre"]
    part = store.snapshot("centre", as_of=Y24)
    assert sorted(n.key for n in part.nodes) == ["a", "centre", "x"]


def test_a_day_in_the_future_is_refused(store):
    version = store.version()
    with pytest.raises(ValidationError, match="future"):
        store.apply(Batch(nodes=[actor("a")], on="2999-01-01"))
    with pytest.raises(ValidationError, match="not a date"):
        store.apply(Batch(nodes=[actor("a")], on="20245"))
    assert store.version() == version


def test_clear_forgets_history_and_history_days_list_changes(store):
    store.apply(Batch(nodes=[actor("a")], on=Y21))
    store.apply(Batch(node_deletes=[(Label.ACTOR, "a")], on=Y23))
    assert {Y21, Y23} <= set(store.history_days())
    store.clear()
    assert keys(store, Y22) == []
    assert Y21 not in store.history_days()


def test_insert_node_begins_today(store):
    store.insert_node(actor("a"))
    assert keys(store, today()) == ["a"]
    assert keys(store, "2000-01-01") == []


def test_erasure_removes_a_node_and_all_its_history(store):
    store.apply(Batch(nodes=[actor("a", "Maija"), actor("b"), action("x")], on=Y21))
    store.apply(Batch(edges=[runs("a", "x"), runs("b", "x", "partner")], on=Y21))
    store.apply(Batch(edges=[Edge(RelType.COLLABORATES_WITH, "a", "b")], on=Y22))
    store.apply(Batch(nodes=[actor("a", "Maija M.")], on=Y23))
    store.delete_node(Label.ACTOR, "a")  # left: only history holds it now
    assert store.erase_node(Label.ACTOR, "a") == 2
    for day in (Y21, Y22, Y23, today()):
        nodes, edges = state(store, day)
        assert (Label.ACTOR, "a") not in nodes and (Label.ACTOR, "b") in nodes
        assert not any("a" in (s, e) for _, s, e in edges)
        assert (RelType.RUNS, "b", "x") in edges
    with pytest.raises(NotFoundError):
        store.erase_node(Label.ACTOR, "a")
    with pytest.raises(NotFoundError):
        store.erase_node(Label.ACTOR, "never")


#: A step-function model: per item, the days it was written on and what it was then
#: (None: ended). A write on a day holds until the item's next written day.
DAYS = st.sampled_from(["2021-06-30", Y21, "2022-06-30", Y22, Y23])
CHANGES = st.lists(
    st.tuples(st.sampled_from(["a", "b"]), DAYS, st.sampled_from(["N1", "N2", None])),
    min_size=1,
    max_size=8,
)


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(changes=CHANGES)
def test_as_of_reads_agree_with_a_step_function_model(store, changes):
    store.clear()
    points: dict[str, dict[str, str | None]] = {}

    def model(key: str, day: str) -> str | None:
        known = [d for d in points.get(key, {}) if d <= day]
        return points[key][max(known)] if known else None

    for key, day, name in changes:
        if name is None:
            store.apply(Batch(node_deletes=[(Label.ACTOR, key)], on=day))
            if model(key, day) is None:
                continue  # ending what does not hold records nothing
        else:
            store.apply(Batch(nodes=[actor(key, name)], on=day))
        points.setdefault(key, {})[day] = name
    for day in ("2021-01-01", "2021-06-30", Y21, "2022-07-01", Y22, Y23, Y24):
        expected = {key: model(key, day) for key in points if model(key, day) is not None}
        got = {
            n.key: n.props["name"]
            for n in store.snapshot(as_of=day).nodes
            if n.label is Label.ACTOR
        }
        assert got == expected, day
    current = {n.key: n.name for n in store.find_nodes(Label.ACTOR)}
    assert current == {
        n.key: n.props["name"]
        for n in store.snapshot(as_of=today()).nodes
        if n.label is Label.ACTOR
    }

"""Undo of deletions: :func:`graphsvc.services.editing.restore` puts back exactly what a
delete removed, on SQLite and on Neo4j, and the UI's undo cookie carries it signed."""

from __future__ import annotations

from typing import Any

import pytest
from sample_graph import load_sample

from graphsvc.accounts import open_accounts
from graphsvc.api.ui import undo
from graphsvc.errors import ConflictError, NotFoundError
from graphsvc.model import Label, Node, RelType
from graphsvc.services import editing
from graphsvc.stores.base import GraphStore


def _state(store: GraphStore, label: Label, key: str) -> tuple[Node, list[Any]]:
    edges = [(e.type.value, e.start, e.end, e.props) for e, _ in store.neighbours(label, key)]
    return store.get_node(label, key), sorted(edges, key=lambda e: e[:3])


@pytest.fixture
def by(store: GraphStore) -> Any:
    """An editor writing to ``store``'s audit log."""
    accounts = open_accounts(store)
    yield editing.Author(accounts, "user:tester", "editor")
    accounts.close()


@pytest.mark.parametrize(("label", "key"), [(Label.ACTOR, "amk"), (Label.ACTION, "asema")])
def test_restore_puts_back_the_node_and_every_relationship(
    store: GraphStore, by: Any, label: Label, key: str
) -> None:
    load_sample(store)
    before = _state(store, label, key)
    delete = editing.delete_actor if label is Label.ACTOR else editing.delete_action
    removed = delete(store, key, by)
    with pytest.raises(NotFoundError):
        store.get_node(label, key)
    assert editing.restore(store, removed, by) == 0
    assert _state(store, label, key) == before
    actions = [e.action for e in by.accounts.find_audit(limit=2, offset=0)]
    assert actions == [f"{label.value.lower()}.restore", f"{label.value.lower()}.delete"]


def test_restore_leaves_out_links_to_what_is_gone_and_refuses_a_taken_key(
    store: GraphStore, by: Any
) -> None:
    load_sample(store)
    removed = editing.delete_actor(store, "amk", by)
    editing.delete_action(store, "rrt", by)
    assert editing.restore(store, removed, by) == 1  # amk ran rrt, which is gone now
    assert [e.end for e in store.find_edges(RelType.COLLABORATES_WITH, start="amk")] == ["yhdistys"]
    with pytest.raises(ConflictError):
        editing.restore(store, removed, by)


def test_restoring_a_removed_partner_keeps_its_role(store: GraphStore, by: Any) -> None:
    load_sample(store)
    removed = editing.remove_participation(store, "rrt", "haminan", by)
    assert not store.find_edges(RelType.RUNS, start="haminan", end="rrt")
    editing.restore(store, removed, by)
    assert [e.props for e in store.find_edges(RelType.RUNS, start="haminan", end="rrt")] == [
        {"role": "lead"}
    ]


def test_the_undo_cookie_is_signed_personal_and_round_trips(sqlite_store: GraphStore) -> None:
    load_sample(sqlite_store)
    node = sqlite_store.get_node(Label.ACTOR, "yhdistys")
    edges = tuple(e for e, _ in sqlite_store.neighbours(Label.ACTOR, "yhdistys"))
    removed = editing.Removed(node, edges)
    value = undo.encode("secret-1", removed, "removed_actor", {"name": node.name}, "user:a")
    assert value is not None and "a@esim.example" not in value
    offer = undo.decode("secret-1", value, "user:a")
    assert offer is not None and offer.removed == removed
    assert offer.text("fi") == "Poistettu: toimija ”Ääneen yhdistys”."
    assert offer.text("en") == "Removed: the actor “Ääneen yhdistys”."
    assert undo.decode("secret-2", value, "user:a") is None, "another secret: forged"
    assert undo.decode("secret-1", value, "user:b") is None, "another person's undo"
    assert undo.decode("secret-1", value[:-1] + "0", "user:a") is None

"""Write use cases shared by the web UI and the API: actors, actions, participation, erasure.

Every change validates through the model, writes one Batch (one transaction), appends
its audit entry for the :class:`Author` who made it, and returns JSON-ready data with
contact fields shown (only editors and admins write). "Create" is an insert the store
refuses when the key exists (ConflictError), so of two concurrent creates one wins.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from graphsvc.errors import NotFoundError, ValidationError
from graphsvc.messages import said
from graphsvc.model import (
    ENDPOINTS,
    REQUIRED_PROPERTIES,
    Edge,
    Label,
    Node,
    RelType,
    Role,
)
from graphsvc.model_rules import parse_enum, theme_key
from graphsvc.public_form import node_public
from graphsvc.records import Batch
from graphsvc.services.accounts import Author
from graphsvc.stores.base import GraphStore

#: The message of a required property removed, per label that has one.
_REQUIRED = {
    Label.PROGRAMME: "errors.service.programme_required",
    Label.ACTION: "errors.service.action_required",
    Label.ACTOR: "errors.service.actor_required",
}
#: The message of a node not found, per label that can be deleted.
_NOT_FOUND = {
    Label.ACTION: "errors.service.action_not_found",
    Label.ACTOR: "errors.service.actor_not_found",
}


@dataclass(frozen=True)
class Removed:
    """What a deletion took away, enough to put it back exactly with :func:`restore`:
    the node (None when only relationships went) and the relationships."""

    node: Node | None
    edges: tuple[Edge, ...]


def _exists(store: GraphStore, label: Label, key: str) -> bool:
    try:
        store.get_node(label, key)
    except NotFoundError:
        return False
    return True


def _merge(node: Node, changes: dict[str, Any]) -> Node:
    """The node with ``changes`` applied; a ``None`` value removes the property.

    Raises ValidationError when a change would remove or empty a required property
    (an actor's ``name`` or ``kind``, an action's ``title``).
    """
    for name in REQUIRED_PROPERTIES[node.label]:
        if name in changes and not str(changes[name] or "").strip():
            raise ValidationError(
                said(_REQUIRED[node.label], key=repr(node.key), name=name),
                value=name,
            )
    props = {**node.props, **changes}
    return Node(node.label, node.key, {k: v for k, v in props.items() if v is not None})


def create_actor(store: GraphStore, data: dict[str, Any], by: Author) -> dict[str, Any]:
    """Create an actor from ``data`` (with ``key``); ConflictError if the key is taken."""
    props = dict(data)
    key = str(props.pop("key"))
    store.insert_node(Node(Label.ACTOR, key, props))
    by.record("actor.create", by.actor(key))
    return node_public(store.get_node(Label.ACTOR, key), include_contacts=True)


def update_actor(
    store: GraphStore, key: str, changes: dict[str, Any], by: Author
) -> dict[str, Any]:
    """Change some properties of an actor (NotFoundError if it does not exist)."""
    node = _merge(store.get_node(Label.ACTOR, key), changes)
    store.apply(Batch(nodes=[node]))
    by.record("actor.update", by.actor(key))
    return node_public(store.get_node(Label.ACTOR, key), include_contacts=True)


def _delete(store: GraphStore, label: Label, key: str) -> Removed:
    node = store.get_node(label, key)
    edges = tuple(edge for edge, _ in store.neighbours(label, key))
    if not store.delete_node(label, key):
        raise NotFoundError(said(_NOT_FOUND[label], key=repr(key)))
    return Removed(node, edges)


def delete_actor(store: GraphStore, key: str, by: Author) -> Removed:
    """Delete an actor and its relationships (NotFoundError if it does not exist);
    returns what went, for :func:`restore`."""
    removed = _delete(store, Label.ACTOR, key)
    by.record("actor.delete", by.actor(key))
    return removed


def erase_actor(store: GraphStore, key: str) -> dict[str, Any]:
    """Erase a person or organisation: the node, every relationship and all their history
    (also of an actor who has left), in one transaction.

    Returns a receipt without any of the erased data (only the key and counts).
    """
    relationships = store.erase_node(Label.ACTOR, key)
    return {"erased": key, "relationships_removed": relationships}


def _check_rockets(store: GraphStore, rockets: list[str]) -> list[str]:
    missing = [r for r in rockets if not _exists(store, Label.ROCKET, r)]
    if missing:
        keys = [n.key for n in store.find_nodes(Label.ROCKET)]
        raise ValidationError(
            said("errors.service.rocket_missing", rocket=repr(missing[0]), allowed=", ".join(keys)),
            value=missing[0],
        )
    return list(dict.fromkeys(rockets))


def _check_themes(store: GraphStore, words: list[str]) -> list[str]:
    """The keys of the themes named (a built-in one also by its Finnish or English word);
    ValidationError naming the themes for one that does not exist."""
    keys = list(dict.fromkeys(theme_key(w) for w in words))
    missing = [k for k in keys if not _exists(store, Label.THEME, k)]
    if missing:
        known = ", ".join(n.key for n in store.find_nodes(Label.THEME))
        raise ValidationError(
            said("errors.service.theme_missing", theme=repr(missing[0]), allowed=known),
            value=missing[0],
        )
    return keys


def _fuels(key: str, rockets: list[str]) -> list[Edge]:
    return [Edge(RelType.FUELS, key, r, {"primary": i == 0}) for i, r in enumerate(rockets)]


def _ties(
    store: GraphStore, key: str, rel_type: RelType, wanted: list[Edge]
) -> list[tuple[RelType, str, str]]:
    """The relationships of a type from the action that ``wanted`` no longer has."""
    kept = {e.end for e in wanted}
    return [
        (rel_type, key, e.end) for e in store.find_edges(rel_type, start=key) if e.end not in kept
    ]


def action_public(store: GraphStore, key: str) -> dict[str, Any]:
    """An action as JSON with ``rockets`` (the keys it fuels, primary first) and ``themes``
    (the keys of the themes it addresses; absent when none, like an empty list property)."""
    node = store.get_node(Label.ACTION, key)
    edges = store.find_edges(RelType.FUELS, start=key)
    rockets = sorted(edges, key=lambda e: (not e.props.get("primary"), e.end))
    themes = [e.end for e in store.find_edges(RelType.ADDRESSES, start=key)]
    public = {**node_public(node), "rockets": [e.end for e in rockets]}
    return public | ({"themes": themes} if themes else {})


def create_action(store: GraphStore, data: dict[str, Any], by: Author) -> dict[str, Any]:
    """Create an action fuelling ``rockets`` (the first primary); ConflictError if it exists."""
    props = dict(data)
    key = str(props.pop("key"))
    rockets = _check_rockets(store, list(props.pop("rockets", None) or []))
    if not rockets:
        raise ValidationError(said("errors.service.no_rocket", key=repr(key)))
    themes = _check_themes(store, list(props.pop("themes", None) or []))
    addresses = [Edge(RelType.ADDRESSES, key, t) for t in themes]
    store.insert_node(Node(Label.ACTION, key, props), [*_fuels(key, rockets), *addresses])
    by.record("action.create", f"Action:{key}")
    return action_public(store, key)


def update_action(
    store: GraphStore, key: str, changes: dict[str, Any], by: Author
) -> dict[str, Any]:
    """Change some properties of an action; ``rockets`` replaces the rockets it fuels."""
    changes = dict(changes)
    node = _merge(store.get_node(Label.ACTION, key), changes | {"rockets": None, "themes": None})
    edges: list[Edge] = []
    deletes: list[tuple[RelType, str, str]] = []
    if "rockets" in changes and changes["rockets"] is not None:
        edges = _fuels(key, _check_rockets(store, list(changes["rockets"])))
        deletes = _ties(store, key, RelType.FUELS, edges)
    elif "rockets" in changes:
        raise ValidationError(said("errors.service.rockets_kept", key=repr(key)))
    if "themes" in changes:
        themes = _check_themes(store, list(changes["themes"] or []))
        addresses = [Edge(RelType.ADDRESSES, key, t) for t in themes]
        edges += addresses
        deletes += _ties(store, key, RelType.ADDRESSES, addresses)
    store.apply(Batch(nodes=[node], edges=edges, edge_deletes=deletes))
    by.record("action.update", f"Action:{key}")
    return action_public(store, key)


def delete_action(store: GraphStore, key: str, by: Author) -> Removed:
    """Delete an action and its relationships (NotFoundError if it does not exist);
    returns what went, for :func:`restore`."""
    removed = _delete(store, Label.ACTION, key)
    by.record("action.delete", f"Action:{key}")
    return removed


def set_participation(
    store: GraphStore, action_key: str, actor_key: str, role: str, by: Author
) -> tuple[dict[str, Any], bool]:
    """Make an actor run an action in ``role``; returns the answer and whether it is new."""
    parsed = parse_enum(Role, role, "role")
    store.get_node(Label.ACTION, action_key)
    store.get_node(Label.ACTOR, actor_key)
    existed = bool(store.find_edges(RelType.RUNS, start=actor_key, end=action_key))
    store.apply(Batch(edges=[Edge(RelType.RUNS, actor_key, action_key, {"role": parsed.value})]))
    by.record("participation.set", by.runs(actor_key, action_key))
    return {"action": action_key, "actor": actor_key, "role": parsed.value}, not existed


def remove_participation(store: GraphStore, action_key: str, actor_key: str, by: Author) -> Removed:
    """Stop an actor running an action (NotFoundError if it did not); returns what went."""
    edges = tuple(store.find_edges(RelType.RUNS, start=actor_key, end=action_key))
    if not store.delete_edge(RelType.RUNS, actor_key, action_key):
        raise NotFoundError(
            said("errors.service.not_running", actor=repr(actor_key), action=repr(action_key))
        )
    by.record("participation.remove", by.runs(actor_key, action_key))
    return Removed(None, edges)


def _ends_exist(store: GraphStore, edge: Edge, restored: Node | None = None) -> bool:
    """Whether both ends of ``edge`` exist (the ``restored`` node counts as existing)."""
    labels = ENDPOINTS[edge.type]
    return all(
        (restored is not None and (label, key) == (restored.label, restored.key))
        or _exists(store, label, key)
        for label, key in zip(labels, (edge.start, edge.end), strict=True)
    )


def restore(store: GraphStore, removed: Removed, by: Author) -> int:
    """Put back what a deletion removed, in one transaction, as it was (an undo).

    Relationships whose other end has been deleted since are left out; returns how many.
    Raises ConflictError when the node's key has been taken again, NotFoundError when only
    relationships were removed and one of their ends is gone.
    """
    node = removed.node
    if node is None:
        for edge in removed.edges:
            if not _ends_exist(store, edge):
                raise NotFoundError(
                    said(
                        "errors.service.end_gone",
                        type=str(edge.type),
                        start=repr(edge.start),
                        end=repr(edge.end),
                    )
                )
        store.apply(Batch(edges=list(removed.edges)))
        for edge in removed.edges:
            by.record("participation.restore", by.runs(edge.start, edge.end))
        return 0
    others = [e for e in removed.edges if _ends_exist(store, e, node)]
    store.insert_node(node, others)
    target = by.actor(node.key) if node.label is Label.ACTOR else f"{node.label}:{node.key}"
    by.record(f"{node.label.value.lower()}.restore", target)
    return len(removed.edges) - len(others)

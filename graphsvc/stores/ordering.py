"""The one order of every list the stores return, shared by both so that they agree."""

from __future__ import annotations

from graphsvc.model import Edge, Label, Node, Role
from graphsvc.model_rules import fold_text
from graphsvc.records import Participation

_ROLE_ORDER = {role: i for i, role in enumerate(Role)}
_LABEL_ORDER = {label: i for i, label in enumerate(Label)}


def by_name(node: Node) -> tuple[str, str]:
    """Sort key shared by every store: folded name, then key."""
    return (fold_text(node.name), node.key)


def by_role_then_name(participation: Participation) -> tuple[int, str, str]:
    """Sort key of who-runs answers: role order (lead first), then folded name, then key."""
    return (_ROLE_ORDER[participation.role], *by_name(participation.node))


def by_label_then_name(node: Node) -> tuple[int, str, str]:
    """Sort key of search results: label order, then folded name, then key."""
    return (_LABEL_ORDER[node.label], *by_name(node))


def by_label_then_key(node: Node) -> tuple[int, str]:
    """Sort key of snapshots: label order, then key."""
    return (_LABEL_ORDER[node.label], node.key)


def edge_order(edge: Edge) -> tuple[str, str, str]:
    """Sort key of relationships: type, start, end."""
    return (edge.type.value, edge.start, edge.end)

"""The public JSON shape of nodes and relationships, with contact data gated by role."""

from __future__ import annotations

from typing import Any

from graphsvc.model import Edge, Node, without_contacts
from graphsvc.records import Participation


def node_public(node: Node, *, include_contacts: bool = False) -> dict[str, Any]:
    """A node as JSON: ``key`` first, then its properties; contacts only when allowed."""
    shown = node if include_contacts else without_contacts(node)
    return {"key": shown.key, **shown.props}


def edge_public(edge: Edge) -> dict[str, Any]:
    """A relationship as JSON: type, start and end keys, then its properties."""
    return {"type": edge.type.value, "start": edge.start, "end": edge.end, **edge.props}


def participation_public(
    participation: Participation, *, include_contacts: bool = False
) -> dict[str, Any]:
    """The other end of a ``RUNS`` relationship as JSON, with the ``role`` added."""
    return {
        **node_public(participation.node, include_contacts=include_contacts),
        "role": participation.role.value,
    }

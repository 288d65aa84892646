"""Whole-graph documents: JSON (see docs/formats.md), and GraphML and GEXF for Gephi."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path
from typing import IO, Any

from graphsvc.exporters.tables import cell, in_model_order, rockets_by_action
from graphsvc.model import (
    CONTACT_FIELDS,
    EDGE_PROPERTIES,
    NODE_PROPERTIES,
    Edge,
    Label,
    Node,
    RelType,
)
from graphsvc.public_form import edge_public, node_public
from graphsvc.records import Snapshot

#: Version of the JSON export shape; it grows when the shape changes incompatibly.
JSON_FORMAT_VERSION = 1
#: Action properties renamed in GraphML/GEXF, where ``start`` and ``end`` mean time spans.
_RENAMED = {"start": "start_date", "end": "end_date"}


def graph_document(snapshot: Snapshot, *, include_contacts: bool = False) -> dict[str, Any]:
    """The JSON export: every node (``label``, ``key``, properties) and relationship."""
    return {
        "format": "graphsvc-graph",
        "format_version": JSON_FORMAT_VERSION,
        "graph_version": snapshot.version,
        "contacts_included": include_contacts,
        "nodes": [
            {"label": n.label.value, **node_public(_ordered(n), include_contacts=include_contacts)}
            for n in snapshot.nodes
        ],
        "relationships": [edge_public(_ordered_edge(e)) for e in snapshot.edges],
    }


def _ordered(node: Node) -> Node:
    return Node(node.label, node.key, in_model_order(node.props, NODE_PROPERTIES[node.label]))


def _ordered_edge(edge: Edge) -> Edge:
    props = in_model_order(edge.props, EDGE_PROPERTIES[edge.type])
    return Edge(edge.type, edge.start, edge.end, props)


def write_json(snapshot: Snapshot, out: IO[str], *, include_contacts: bool = False) -> None:
    """Write the JSON export (UTF-8 text, indented) to a text stream."""
    json.dump(
        graph_document(snapshot, include_contacts=include_contacts),
        out,
        ensure_ascii=False,
        indent=2,
    )
    out.write("\n")


def node_id(label: Label, key: str) -> str:
    """The id of a node in GraphML and GEXF: unique across labels.

    >>> node_id(Label.ACTOR, "a-1")
    'Actor:a-1'
    """
    return f"{label.value}:{key}"


def to_networkx(snapshot: Snapshot, *, include_contacts: bool = False) -> Any:
    """A NetworkX DiGraph for Gephi: node ``label`` is the display name, ``node_type`` the
    graph label; ``kind``, ``rocket``/``rockets`` and ``roles`` (actors) and the
    relationship ``role`` are attributes; lists are joined with ``;``.
    """
    import networkx as nx

    action_rockets = rockets_by_action(snapshot.edges)
    actor_rockets: dict[str, set[str]] = defaultdict(set)
    actor_roles: dict[str, set[str]] = defaultdict(set)
    for edge in snapshot.edges:
        if edge.type is RelType.RUNS:
            actor_rockets[edge.start].update(action_rockets.get(edge.end, []))
            actor_roles[edge.start].add(str(edge.props.get("role", "")))
    graph = nx.DiGraph(name="graphsvc")
    for node in map(_ordered, snapshot.nodes):
        attrs: dict[str, Any] = {"label": node.name, "node_type": node.label.value, "key": node.key}
        for name, value in node.props.items():
            if include_contacts or name not in CONTACT_FIELDS:
                attrs[_RENAMED.get(name, name)] = cell(value) if isinstance(value, list) else value
        if node.label is Label.ACTION and node.key in action_rockets:
            attrs["rocket"] = action_rockets[node.key][0]
            attrs["rockets"] = cell(action_rockets[node.key])
        elif node.label is Label.ROCKET:
            attrs["rocket"] = attrs["rockets"] = node.key
        elif node.label is Label.ACTOR and node.key in actor_rockets:
            attrs["rockets"] = cell(sorted(actor_rockets[node.key]))
            attrs["roles"] = cell(sorted(actor_roles[node.key]))
        graph.add_node(node_id(node.label, node.key), **attrs)
    for edge in map(_ordered_edge, snapshot.edges):
        attrs = {"label": edge.type.value, "rel_type": edge.type.value, **edge.props}
        graph.add_edge(
            node_id(edge.start_label, edge.start), node_id(edge.end_label, edge.end), **attrs
        )
    return graph


def write_graphml(snapshot: Snapshot, path: Path, *, include_contacts: bool = False) -> None:
    """Write GraphML (opens in Gephi, yEd, Cytoscape)."""
    import networkx as nx

    nx.write_graphml(to_networkx(snapshot, include_contacts=include_contacts), str(path))

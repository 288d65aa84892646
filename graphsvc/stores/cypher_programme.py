"""The Cypher of one programme's part of the Neo4j store's graph (see ``programme_subgraph``).

A part is read in steps within one transaction: the keys of its programmes, rockets,
actions and actors (each step from the keys of the one before, by index), then only the
nodes and relationships among them. Each step has a statement for the graph now
(:data:`NOW`), for the periods holding on ``$day`` (:data:`ON_DAY`) and for every period
(:data:`EVERY_PERIOD`). Keys travel as ``$keys`` (and ``$within``: the keys a
relationship's other end must have); labels and types come from the vocabulary's enums.
"""

from __future__ import annotations

from dataclasses import dataclass

from graphsvc.model import ENDPOINTS, Label, RelType
from graphsvc.stores.cypher_history import EDGE_PERIOD, NODE_PERIOD

_WITHIN = "($within IS NULL OR {end} IN $within)"


@dataclass(frozen=True)
class PartQueries:
    """The statements of one kind of read; each returns one record of ``rows``."""

    starts: dict[RelType, str]  # distinct start keys of relationships ending at $keys
    nodes: dict[Label, str]  # rows of the nodes keyed $keys
    every: dict[Label, str]  # rows of every node of a label
    ending: dict[RelType, str]  # rows of relationships ending at $keys
    starting: dict[RelType, str]  # rows of relationships starting at $keys (ending $within)


def _graph() -> PartQueries:
    node_rows = "RETURN collect([n.key, properties(n)]) AS rows"
    edge_rows = "RETURN collect([a.key, b.key, properties(r)]) AS rows"
    within = _WITHIN.format(end="b.key")
    return PartQueries(
        starts={
            t: f"UNWIND $keys AS k MATCH (a:{s})-[:{t}]->(:{e} {{key: k}}) "
            "RETURN collect(DISTINCT a.key) AS rows"
            for t, (s, e) in ENDPOINTS.items()
        },
        nodes={
            label: f"UNWIND $keys AS k MATCH (n:{label} {{key: k}}) {node_rows}" for label in Label
        },
        every={label: f"MATCH (n:{label}) {node_rows}" for label in Label},
        ending={
            t: f"UNWIND $keys AS k MATCH (a:{s})-[r:{t}]->(b:{e} {{key: k}}) {edge_rows}"
            for t, (s, e) in ENDPOINTS.items()
        },
        starting={
            t: f"UNWIND $keys AS k MATCH (a:{s} {{key: k}})-[r:{t}]->(b:{e}) "
            f"WHERE {within} {edge_rows}"
            for t, (s, e) in ENDPOINTS.items()
        },
    )


def _periods(holds: str, node_row: str, edge_row: str) -> PartQueries:
    """The statements over the period nodes whose periods meet ``holds`` (on ``p``)."""
    within = _WITHIN.format(end="p.end")
    return PartQueries(
        starts={
            t: f"UNWIND $keys AS k MATCH (p:{EDGE_PERIOD} {{end: k}}) "
            f"WHERE p.type = '{t}' AND {holds} RETURN collect(DISTINCT p.start) AS rows"
            for t in RelType
        },
        nodes={
            label: f"UNWIND $keys AS k MATCH (p:{NODE_PERIOD} {{label: '{label}', key: k}}) "
            f"WHERE {holds} RETURN collect({node_row}) AS rows"
            for label in Label
        },
        every={
            label: f"MATCH (p:{NODE_PERIOD} {{label: '{label}'}}) WHERE {holds} "
            f"RETURN collect({node_row}) AS rows"
            for label in Label
        },
        ending={
            t: f"UNWIND $keys AS k MATCH (p:{EDGE_PERIOD} {{end: k}}) "
            f"WHERE p.type = '{t}' AND {holds} RETURN collect({edge_row}) AS rows"
            for t in RelType
        },
        starting={
            t: f"UNWIND $keys AS k MATCH (p:{EDGE_PERIOD} {{start: k}}) "
            f"WHERE p.type = '{t}' AND {within} AND {holds} RETURN collect({edge_row}) AS rows"
            for t in RelType
        },
    )


NOW = _graph()
ON_DAY = _periods(
    "p.valid_from <= $day AND (p.valid_to IS NULL OR p.valid_to > $day) AND p.props IS NOT NULL",
    "[p.label, p.key, p.props]",
    "[p.type, p.start, p.end, p.props]",
)
EVERY_PERIOD = _periods(
    "p.props IS NOT NULL",
    "[p.label, p.key, p.valid_from, p.valid_to, p.props]",
    "[p.type, p.start, p.end, p.valid_from, p.valid_to, p.props]",
)

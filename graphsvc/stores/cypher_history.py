"""The Cypher of the Neo4j store's history: validity periods kept as their own nodes.

A period is a node ``(:_GraphsvcNodePeriod {label, key, valid_from, valid_to, props})`` or
``(:_GraphsvcEdgePeriod {type, start, end, valid_from, valid_to, props})``: ``props`` is
the canonical JSON of the item's properties in that period (missing: the item had ended)
and ``valid_to`` is missing while the period is open. Values always travel as parameters;
rows are lists ``[id..., valid_from, valid_to, props]`` in one record (``rows``).
"""

from __future__ import annotations

NODE_PERIOD = "_GraphsvcNodePeriod"
EDGE_PERIOD = "_GraphsvcEdgePeriod"

#: (name, statement) of the indexes that period reads filter on.
SCHEMA: tuple[tuple[str, str], ...] = tuple(
    (name, f"CREATE INDEX {name} IF NOT EXISTS FOR (p:{label}) ON ({fields})")
    for name, label, fields in (
        ("graphsvc_node_period_item", NODE_PERIOD, "p.label, p.key"),
        ("graphsvc_node_period_day", NODE_PERIOD, "p.valid_from"),
        ("graphsvc_edge_period_item", EDGE_PERIOD, "p.type, p.start, p.end"),
        ("graphsvc_edge_period_start", EDGE_PERIOD, "p.start"),
        ("graphsvc_edge_period_end", EDGE_PERIOD, "p.end"),
        ("graphsvc_edge_period_day", EDGE_PERIOD, "p.valid_from"),
    )
)

_NODE_ROW = "[p.label, p.key, p.valid_from, p.valid_to, p.props]"
_EDGE_ROW = "[p.type, p.start, p.end, p.valid_from, p.valid_to, p.props]"

ALL_NODE_PERIODS = f"MATCH (p:{NODE_PERIOD}) RETURN collect({_NODE_ROW}) AS rows"
NODE_PERIODS = (
    f"UNWIND $ids AS id MATCH (p:{NODE_PERIOD} {{label: id[0], key: id[1]}}) "
    f"RETURN collect({_NODE_ROW}) AS rows"
)
ALL_EDGE_PERIODS = f"MATCH (p:{EDGE_PERIOD}) RETURN collect({_EDGE_ROW}) AS rows"
EDGE_PERIODS = (
    f"UNWIND $ids AS id MATCH (p:{EDGE_PERIOD} {{type: id[0], start: id[1], end: id[2]}}) "
    f"RETURN collect({_EDGE_ROW}) AS rows"
)
EDGE_PERIODS_TOUCHING = (
    f"CALL {{ UNWIND $keys AS k MATCH (p:{EDGE_PERIOD} {{start: k}}) RETURN p "
    f"UNION UNWIND $keys AS k MATCH (p:{EDGE_PERIOD} {{end: k}}) RETURN p }} "
    f"RETURN collect({_EDGE_ROW}) AS rows"
)
DELETE_NODE_PERIODS = (
    f"UNWIND $rows AS r MATCH (p:{NODE_PERIOD} {{label: r[0], key: r[1], valid_from: r[2]}}) "
    "DELETE p"
)
DELETE_EDGE_PERIODS = (
    f"UNWIND $rows AS r MATCH (p:{EDGE_PERIOD} "
    "{type: r[0], start: r[1], end: r[2], valid_from: r[3]}) DELETE p"
)
ADD_NODE_PERIODS = (
    f"UNWIND $rows AS r CREATE (:{NODE_PERIOD} "
    "{label: r[0], key: r[1], valid_from: r[2], valid_to: r[3], props: r[4]})"
)
ADD_EDGE_PERIODS = (
    f"UNWIND $rows AS r CREATE (:{EDGE_PERIOD} "
    "{type: r[0], start: r[1], end: r[2], valid_from: r[3], valid_to: r[4], props: r[5]})"
)
ADD_MISSING_NODE_PERIODS = (
    f"UNWIND $rows AS r MERGE (p:{NODE_PERIOD} {{label: r[0], key: r[1], valid_from: r[2]}}) "
    "ON CREATE SET p.props = r[4]"
)
ADD_MISSING_EDGE_PERIODS = (
    f"UNWIND $rows AS r MERGE (p:{EDGE_PERIOD} "
    "{type: r[0], start: r[1], end: r[2], valid_from: r[3]}) ON CREATE SET p.props = r[5]"
)
_HOLDS = (
    "WHERE p.valid_from <= $day AND (p.valid_to IS NULL OR p.valid_to > $day) "
    "AND p.props IS NOT NULL"
)
NODES_ON = f"MATCH (p:{NODE_PERIOD}) {_HOLDS} RETURN collect([p.label, p.key, p.props]) AS rows"
EDGES_ON = (
    f"MATCH (p:{EDGE_PERIOD}) {_HOLDS} RETURN collect([p.type, p.start, p.end, p.props]) AS rows"
)
HAS_HISTORY = f"MATCH (p:{NODE_PERIOD}) RETURN true AS found LIMIT 1"
HISTORY_DAYS = (
    f"MATCH (p) WHERE p:{NODE_PERIOD} OR p:{EDGE_PERIOD} "
    "RETURN collect(DISTINCT p.valid_from) + collect(DISTINCT p.valid_to) AS rows"
)
CLEAR_PERIODS = f"MATCH (p) WHERE p:{NODE_PERIOD} OR p:{EDGE_PERIOD} DELETE p"

#: Backups carry every period as a plain record (see graphsvc.stores.neo4j_backup).
ALL_PERIODS: dict[str, str] = {
    label: f"MATCH (p:{label}) RETURN collect(properties(p)) AS rows"
    for label in (NODE_PERIOD, EDGE_PERIOD)
}
CREATE_PERIODS: dict[str, str] = {
    label: f"UNWIND $rows AS row CREATE (p:{label}) SET p = row"
    for label in (NODE_PERIOD, EDGE_PERIOD)
}
#: Erasure: every period of one node, and of the relationships at one end of it.
ERASE_NODE_PERIODS = f"MATCH (p:{NODE_PERIOD} {{label: $label, key: $key}}) DELETE p"
ERASE_EDGE_PERIODS = (
    f"UNWIND $types AS t MATCH (p:{EDGE_PERIOD} {{type: t[0]}}) "
    "WHERE (t[1] AND p.start = $key) OR (t[2] AND p.end = $key) "
    "WITH collect(p) AS found, count(DISTINCT [p.type, p.start, p.end]) AS items "
    "FOREACH (p IN found | DELETE p) RETURN items"
)

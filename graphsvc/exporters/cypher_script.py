"""The Cypher export: a script that recreates the graph in an empty Neo4j.

Run it with ``cypher-shell -f graph.cypher`` (or paste it into Neo4j Browser).
Every value is written as a Cypher literal: strings in single quotes with
backslash escapes, and every control character, quote, backslash and ``;`` escaped
as ``\\uXXXX`` or ``\\'``, so no value can end a string or a statement. Labels,
relationship types and property names come only from the model's vocabulary.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import IO, Any

from graphsvc.exporters.tables import in_model_order
from graphsvc.model import (
    CONTACT_FIELDS,
    EDGE_PROPERTIES,
    ENDPOINTS,
    NODE_PROPERTIES,
    Label,
    RelType,
)
from graphsvc.records import Snapshot

#: Rows per UNWIND statement.
CHUNK = 500
_SAFE = {"\\": "\\\\", "'": "\\'"}


def literal(value: Any) -> str:
    r"""A Cypher literal for a property value (text, number, boolean or list of text).

    >>> print(literal("O'Neil; 1\\2"), literal(True), literal(["a", "b"]), literal(3))
    'O\'Neil\u003b 1\\2' true ['a', 'b'] 3
    """
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise ValueError(f"cannot write {value!r} as a Cypher literal")
        return repr(value)
    if isinstance(value, list):
        return "[" + ", ".join(literal(v) for v in value) + "]"
    text = str(value)
    out = []
    for char in text:
        if char in _SAFE:
            out.append(_SAFE[char])
        elif (
            char == ";"
            or char == "`"
            or ord(char) < 0x20
            or 0x7F <= ord(char) < 0xA0
            or char in "\u2028\u2029"
        ):
            out.append(f"\\u{ord(char):04x}")
        else:
            out.append(char)
    return "'" + "".join(out) + "'"


def _map(props: dict[str, Any]) -> str:
    return "{" + ", ".join(f"`{name}`: {literal(v)}" for name, v in props.items()) + "}"


def _chunks(rows: list[str]) -> Iterator[list[str]]:
    for i in range(0, len(rows), CHUNK):
        yield rows[i : i + CHUNK]


def cypher_statements(snapshot: Snapshot, *, include_contacts: bool = False) -> Iterator[str]:
    """The statements of the script, each ending with ``;`` (constraints, nodes, relationships)."""
    for label in Label:
        yield f"CREATE CONSTRAINT IF NOT EXISTS FOR (n:{label.value}) REQUIRE n.key IS UNIQUE;"
    for label in Label:
        rows = []
        for node in snapshot.nodes:
            if node.label is label:
                props = {
                    k: v
                    for k, v in node.props.items()
                    if include_contacts or k not in CONTACT_FIELDS
                }
                props = in_model_order(props, NODE_PROPERTIES[label])
                rows.append(_map({"key": node.key, **props}))
        for chunk in _chunks(rows):
            yield (
                f"UNWIND [{', '.join(chunk)}] AS row "
                f"MERGE (n:{label.value} {{key: row.key}}) SET n = row;"
            )
    for rel_type in RelType:
        start, end = ENDPOINTS[rel_type]
        rows = []
        for e in snapshot.edges:
            if e.type is rel_type:
                text = _map(in_model_order(e.props, EDGE_PROPERTIES[rel_type]))
                rows.append(
                    f"{{`start`: {literal(e.start)}, `end`: {literal(e.end)}, `props`: {text}}}"
                )
        for chunk in _chunks(rows):
            yield (
                f"UNWIND [{', '.join(chunk)}] AS row "
                f"MATCH (a:{start.value} {{key: row.start}}) "
                f"MATCH (b:{end.value} {{key: row.end}}) "
                f"MERGE (a)-[r:{rel_type.value}]->(b) SET r = row.props;"
            )


def write_cypher(snapshot: Snapshot, out: IO[str], *, include_contacts: bool = False) -> None:
    """Write the script to a text stream, one statement per line."""
    out.write(
        "// graphsvc export: recreates the programme graph in an empty Neo4j.\n"
        "// Run: cypher-shell -f THIS_FILE  (values are escaped Cypher literals)\n"
    )
    for statement in cypher_statements(snapshot, include_contacts=include_contacts):
        out.write(statement + "\n")

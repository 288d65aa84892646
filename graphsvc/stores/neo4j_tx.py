"""Transaction functions of the Neo4j store: what runs inside ``execute_write`` / ``execute_read``.

Each takes a managed transaction and may be run again by the driver after a transient
error, so each starts from what the database holds and is safe to repeat.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any, TypeVar

from neo4j import ManagedTransaction

from graphsvc.model import (
    ENDPOINTS,
    Edge,
    Label,
    Node,
    RelType,
    builtin_edges,
    builtin_nodes,
)
from graphsvc.records import WriteReport
from graphsvc.stores import cypher
from graphsvc.stores.base import missing_end_error, search_text

T = TypeVar("T")
#: Rows sent in one UNWIND statement; a batch may hold many chunks, still in one transaction.
CHUNK = 20_000
#: Parameters naming the meta node.
META = {"id": cypher.META_ID}


def stored_row(node: Node) -> dict[str, Any]:
    """The complete property map stored for a node: its props, ``key`` and the search text."""
    hidden = {cypher.SEARCH_PROPERTY: search_text(node.label, node.key, node.props)}
    return {**node.props, "key": node.key, **hidden}


def to_node(label: Label, key: str, stored: dict[str, Any]) -> Node:
    """A model node from a stored map, without ``key`` and the hidden ``_`` properties."""
    return Node(label, key, {k: v for k, v in stored.items() if k != "key" and k[:1] != "_"})


def chunks(rows: list[T]) -> Iterator[list[T]]:
    """``rows`` in slices of at most CHUNK."""
    for i in range(0, len(rows), CHUNK):
        yield rows[i : i + CHUNK]


def run(tx: ManagedTransaction, query: str, **params: Any) -> list[Any]:
    """Run one statement in a transaction function and fetch every record."""
    return list(tx.run(query, params))


def rows_of(tx: ManagedTransaction, query: str, **params: Any) -> list[Any] | None:
    """The ``rows`` list of a one-record answer, or None when there is no record."""
    records = run(tx, query, **params)
    return records[0]["rows"] if records else None


def lock(tx: ManagedTransaction) -> None:
    """Serialise graphsvc writers: lock the meta node first in every write transaction."""
    if not run(tx, cypher.LOCK, **META):  # a database that ensure_schema has not seen
        tx.run(cypher.ADD_META, META).consume()
        run(tx, cypher.LOCK, **META)


def count_outcomes(records: list[Any], report: WriteReport, kind: str) -> None:
    """Add ``created`` / ``updated`` / ``unchanged`` counts to ``report`` (kind: nodes, edges)."""
    for rec in records:
        name = f"{kind}_{rec['outcome']}"
        setattr(report, name, getattr(report, name) + rec["count"])


def write_nodes(tx: ManagedTransaction, nodes: Sequence[Node], report: WriteReport) -> None:
    """Create or replace nodes (validated, de-duplicated), writing only what changes."""
    by_label: dict[Label, list[dict[str, Any]]] = {}
    for node in nodes:
        by_label.setdefault(node.label, []).append(stored_row(node))
    for label, rows in by_label.items():
        for part in chunks(rows):
            count_outcomes(run(tx, cypher.UPSERT_NODES[label], rows=part), report, "nodes")


def write_edges(tx: ManagedTransaction, edges: Sequence[Edge], report: WriteReport) -> None:
    """Create or replace relationships; NotFoundError (rolling back) if an end is missing."""
    by_type: dict[RelType, list[dict[str, Any]]] = {}
    for i, e in enumerate(edges):
        by_type.setdefault(e.type, []).append(
            {"i": i, "start": e.start, "end": e.end, "props": e.props}
        )
    missing: dict[int, bool] = {}
    for rel_type, rows in by_type.items():
        for part in chunks(rows):
            missing.update(rows_of(tx, cypher.MISSING_ENDS[rel_type], rows=part) or [])
    if missing:
        first = min(missing)
        edge, (start_label, end_label) = edges[first], ENDPOINTS[edges[first].type]
        if not missing[first]:
            raise missing_end_error(edge, start_label, edge.start)
        raise missing_end_error(edge, end_label, edge.end)
    for rel_type, rows in by_type.items():
        for part in chunks(rows):
            count_outcomes(run(tx, cypher.UPSERT_EDGES[rel_type], rows=part), report, "edges")


def delete_edges(
    tx: ManagedTransaction, deletes: Sequence[tuple[RelType, str, str]], report: WriteReport
) -> None:
    """Delete relationships by (type, start, end); a missing one counts 0."""
    by_type: dict[RelType, dict[tuple[str, str], None]] = {}
    for rel_type, start, end in deletes:
        by_type.setdefault(rel_type, {})[(start, end)] = None
    for rel_type, pairs in by_type.items():
        rows = [{"start": s, "end": e} for s, e in pairs]
        for part in chunks(rows):
            report.edges_deleted += run(tx, cypher.DELETE_EDGES[rel_type], rows=part)[0]["deleted"]


def delete_nodes(
    tx: ManagedTransaction, deletes: Sequence[tuple[Label, str]], report: WriteReport
) -> None:
    """Delete nodes with all their relationships (counted once each); a missing one counts 0."""
    by_label: dict[Label, dict[str, None]] = {}
    for label, key in deletes:
        by_label.setdefault(label, {})[key] = None
    for label, keys in by_label.items():
        for part in chunks(list(keys)):
            rec = run(tx, cypher.DELETE_NODES[label], keys=part)[0]
            report.nodes_deleted += rec["nodes"]
            report.edges_deleted += rec["rels"]


def add_missing_builtins(tx: ManagedTransaction) -> int:
    """Create the built-in programme, rockets and PART_OF where missing; how many were."""
    created = 0
    for label in Label:
        rows = [stored_row(n) for n in builtin_nodes() if n.label is label]
        if rows:
            created += run(tx, cypher.ADD_MISSING_NODES[label], rows=rows)[0]["created"]
    for rel_type in RelType:
        pairs = [{"start": e.start, "end": e.end} for e in builtin_edges() if e.type is rel_type]
        if pairs:
            created += run(tx, cypher.ADD_MISSING_EDGES[rel_type], rows=pairs)[0]["created"]
    return created


def read_graph(tx: ManagedTransaction) -> tuple[list[Node], list[Edge]]:
    """Every node and relationship of the current graph."""
    nodes = [
        to_node(label, k, p)
        for label in Label
        for k, p in rows_of(tx, cypher.ALL_NODES[label]) or []
    ]
    edges = [
        Edge(t, a, b, props)
        for t in RelType
        for a, b, props in rows_of(tx, cypher.EDGES_ALL[t]) or []
    ]
    return nodes, edges


def read_page(tx: ManagedTransaction, label: Label, offset: int, limit: int) -> list[Node]:
    """One page of a label's nodes in key order (sorted here, as SQLite sorts)."""
    keys = sorted(rows_of(tx, cypher.NODE_KEYS[label]) or [])[offset : offset + limit]
    found = dict(rows_of(tx, cypher.NODES_BY_KEYS[label], keys=keys) or [])
    return [to_node(label, k, found[k]) for k in keys if k in found]

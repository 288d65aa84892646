"""How SQLiteStore writes a batch: rows sorted into new, changed and unchanged, then written."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from graphsvc.model import ENDPOINTS, Edge, Label, Node
from graphsvc.records import WriteReport
from graphsvc.stores import sql
from graphsvc.stores.base import missing_end_error, search_text
from graphsvc.stores.history import dump_edge_props, dump_props

#: (type, start label, end label) as stored text, per relationship type.
_EDGE_COLUMNS = {t: (t.value, s.value, e.value) for t, (s, e) in ENDPOINTS.items()}
#: Batches larger than this read the stored rows in one query instead of one per row.
BULK_LOOKUP = 1000


def edge_ends(edge: Edge) -> tuple[tuple[Label, str], tuple[Label, str]]:
    """The (label, key) of both ends of a relationship."""
    start_label, end_label = ENDPOINTS[edge.type]
    return (start_label, edge.start), (end_label, edge.end)


def stored_props(
    conn: sqlite3.Connection, all_query: str, one_query: str, ids: Sequence[tuple[str, ...]]
) -> dict[tuple[str, ...], str]:
    """Stored property text by row id: one scan for big batches, one lookup per id otherwise."""
    if len(ids) > BULK_LOOKUP:
        return {tuple(row[:-1]): row[-1] for row in conn.execute(all_query)}
    found = {}
    for row_id in ids:
        row = conn.execute(one_query, row_id).fetchone()
        if row is not None:
            found[row_id] = row[0]
    return found


def write_nodes(conn: sqlite3.Connection, nodes: Sequence[Node], report: WriteReport) -> None:
    """Insert new nodes and update changed ones, counting each in ``report``."""
    ids = [(n.label.value, n.key) for n in nodes]
    stored = stored_props(conn, sql.ALL_NODES, sql.GET_NODE, ids)
    inserts: list[tuple[str, ...]] = []
    updates: list[tuple[str, ...]] = []
    for n, node_id in zip(nodes, ids, strict=True):
        text = dump_props(n.props)
        old = stored.get(node_id)
        if old is None:
            inserts.append((*node_id, text, search_text(n.label, n.key, n.props)))
        elif old != text:
            updates.append((text, search_text(n.label, n.key, n.props), *node_id))
        else:
            report.nodes_unchanged += 1
    conn.executemany(sql.INSERT_NODE, sorted(inserts))
    conn.executemany(sql.UPDATE_NODE, updates)
    report.nodes_created += len(inserts)
    report.nodes_updated += len(updates)


def edge_row_order(row: tuple[str, ...]) -> tuple[str, str, str]:
    """Primary-key order of an edge row (type, start key, end key): inserts run faster."""
    return (row[0], row[2], row[4])


def write_edges(conn: sqlite3.Connection, edges: Sequence[Edge], report: WriteReport) -> None:
    """Insert new relationships and update changed ones; NotFoundError for a missing end."""
    if not edges:
        return
    columns = [_EDGE_COLUMNS[e.type] for e in edges]
    ends = {(sl, e.start) for e, (_, sl, _) in zip(edges, columns, strict=True)}
    ends |= {(el, e.end) for e, (_, _, el) in zip(edges, columns, strict=True)}
    present = stored_props(conn, sql.ALL_NODES, sql.GET_NODE, sorted(ends))
    ids = [(t, e.start, e.end) for e, (t, _, _) in zip(edges, columns, strict=True)]
    stored = stored_props(conn, sql.ALL_EDGES, sql.GET_EDGE, ids)
    inserts: list[tuple[str, ...]] = []
    updates: list[tuple[str, ...]] = []
    for e, edge_id, (t, sl, el) in zip(edges, ids, columns, strict=True):
        if (sl, e.start) not in present or (el, e.end) not in present:
            label, key = edge_ends(e)[0 if (sl, e.start) not in present else 1]
            raise missing_end_error(e, label, key)
        text = dump_edge_props(e.props)
        old = stored.get(edge_id)
        if old is None:
            inserts.append((t, sl, e.start, el, e.end, text))
        elif old != text:
            updates.append((text, *edge_id))
        else:
            report.edges_unchanged += 1
    inserts.sort(key=edge_row_order)
    conn.executemany(sql.INSERT_EDGE, inserts)
    conn.executemany(sql.UPDATE_EDGE, updates)
    report.edges_created += len(inserts)
    report.edges_updated += len(updates)

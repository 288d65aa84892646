"""How SQLiteStore writes the current rows of a history plan (see graphsvc.stores.history)."""

from __future__ import annotations

import sqlite3

from graphsvc.model import ENDPOINTS
from graphsvc.stores import sql
from graphsvc.stores.base import search_text
from graphsvc.stores.history_plan import HistoryPlan

#: (type, start label, end label) as stored text, per relationship type.
_EDGE_COLUMNS = {t: (t.value, s.value, e.value) for t, (s, e) in ENDPOINTS.items()}
#: Batches larger than this read the stored periods in one query instead of one per id.
BULK_LOOKUP = 1000


def edge_row_order(row: tuple[str, ...]) -> tuple[str, ...]:
    """Primary-key order of an edge row (type, start key, end key): inserts run faster."""
    return (row[0], row[2], row[4])


def write_current(conn: sqlite3.Connection, plan: HistoryPlan) -> None:
    """Write a history plan's current rows: removals, then new and changed rows (the plan
    knows which rows exist and has checked every relationship's ends)."""
    current = plan.current
    conn.executemany(sql.DELETE_EDGE, [(t.value, s, e) for t, s, e in current.edge_deletes])
    conn.executemany(sql.DELETE_NODE, [(label.value, key) for label, key in current.node_deletes])
    inserts: list[tuple[str, ...]] = []
    updates: list[tuple[str, ...]] = []
    for n in current.nodes:
        item = (n.label.value, n.key)
        text, search = plan.texts[item], search_text(n.label, n.key, n.props)
        if item in plan.existing:
            updates.append((text, search, *item))
        else:
            inserts.append((*item, text, search))
    conn.executemany(sql.INSERT_NODE, sorted(inserts))
    conn.executemany(sql.UPDATE_NODE, updates)
    edge_inserts: list[tuple[str, ...]] = []
    edge_updates: list[tuple[str, ...]] = []
    for e in current.edges:
        t, sl, el = _EDGE_COLUMNS[e.type]
        text = plan.texts[(t, e.start, e.end)]
        if (t, e.start, e.end) in plan.existing:
            edge_updates.append((text, t, e.start, e.end))
        else:
            edge_inserts.append((t, sl, e.start, el, e.end, text))
    edge_inserts.sort(key=edge_row_order)
    conn.executemany(sql.INSERT_EDGE, edge_inserts)
    conn.executemany(sql.UPDATE_EDGE, edge_updates)

"""How SQLiteStore keeps history: the period tables read and written in its transactions."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence

from orjson import loads

from graphsvc.model import Edge, Label, Node, RelType, builtin_edges, builtin_nodes
from graphsvc.stores import sql, theme_migration
from graphsvc.stores.base import search_text
from graphsvc.stores.history import ItemId, Period, builtin_periods, dump_props, period_of
from graphsvc.stores.history_plan import HistoryPlan
from graphsvc.stores.sqlite_writes import BULK_LOOKUP, write_current


class SQLitePeriods:
    """The PeriodTable of one SQLite write transaction."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def _periods(self, every: str, one: str, ids: Sequence[ItemId], width: int) -> list[Period]:
        if len(ids) > BULK_LOOKUP:
            wanted = set(ids)
            rows = [r for r in self.conn.execute(every) if tuple(r[:width]) in wanted]
        else:
            rows = [r for i in ids for r in self.conn.execute(one, i)]
        return [period_of(r, width) for r in rows]

    def node_periods(self, ids: Sequence[ItemId]) -> list[Period]:
        """The periods of these nodes."""
        return self._periods(sql.ALL_NODE_PERIODS, sql.NODE_PERIODS, ids, 2)

    def edge_periods(self, ids: Sequence[ItemId]) -> list[Period]:
        """The periods of these relationships."""
        return self._periods(sql.ALL_EDGE_PERIODS, sql.EDGE_PERIODS, ids, 3)

    def edge_periods_touching(self, keys: Sequence[str]) -> list[Period]:
        """The periods of every relationship starting or ending at one of these keys."""
        wanted = json.dumps(list(keys))
        rows = self.conn.execute(sql.EDGE_PERIODS_TOUCHING, (wanted, wanted))
        return [period_of(r, 3) for r in rows]


def write_periods(conn: sqlite3.Connection, plan: HistoryPlan) -> None:
    """Remove and add the plan's periods."""
    conn.executemany(sql.DELETE_NODE_PERIOD, [(*p.item, p.valid_from) for p in plan.removed_nodes])
    conn.executemany(sql.DELETE_EDGE_PERIOD, [(*p.item, p.valid_from) for p in plan.removed_edges])
    conn.executemany(sql.INSERT_NODE_PERIOD, sorted(_row(p) for p in plan.added_nodes))
    rows = sorted(
        (p.item[1], p.item[2], p.item[0], p.valid_from, p.valid_to, p.props)
        for p in plan.added_edges
    )
    conn.executemany(sql.INSERT_EDGE_PERIOD_BY_KEY, rows)


def _row(p: Period) -> tuple[str | None, ...]:
    return (*p.item, p.valid_from, p.valid_to, p.props)


def add_builtin_periods(conn: sqlite3.Connection) -> None:
    """The open periods of the built-in programme and rockets, where missing."""
    nodes, edges = builtin_periods()
    conn.executemany(sql.INSERT_NODE_PERIOD_IF_MISSING, [_row(p) for p in nodes])
    conn.executemany(sql.INSERT_EDGE_PERIOD_IF_MISSING, [_row(p) for p in edges])


def insert_builtins(conn: sqlite3.Connection) -> None:
    """The built-in programme, rockets, themes and PART_OF, and their periods, where
    missing."""
    for n in builtin_nodes():
        params = (n.label.value, n.key, dump_props(n.props), search_text(n.label, n.key, n.props))
        conn.execute(sql.INSERT_NODE_IF_MISSING, params)
    for e in builtin_edges():
        if conn.execute(sql.GET_EDGE, (e.type.value, e.start, e.end)).fetchone() is None:
            row = (e.type.value, e.start_label.value, e.start, e.end_label.value, e.end, "{}")
            conn.execute(sql.INSERT_EDGE, row)
    add_builtin_periods(conn)


def migrate_themes(conn: sqlite3.Connection) -> None:
    """The themes migration (see :mod:`graphsvc.stores.theme_migration`) in the migration's
    transaction: the built-in themes first, for the relationships to end at."""
    insert_builtins(conn)
    nodes = [period_of(r, 2) for r in conn.execute(sql.ALL_NODE_PERIODS)]
    plan = theme_migration.plan_migration(nodes)
    if plan.changed:
        write_periods(conn, plan)
        write_current(conn, plan)


def graph_on(conn: sqlite3.Connection, day: str) -> tuple[list[Node], list[Edge]]:
    """The nodes and relationships that held on ``day``."""
    nodes = [Node(Label(lb), k, loads(p)) for lb, k, p in conn.execute(sql.NODES_ON, (day, day))]
    edges = [
        Edge(RelType(t), s, e, loads(p)) for t, s, e, p in conn.execute(sql.EDGES_ON, (day, day))
    ]
    return nodes, edges


def history_days(conn: sqlite3.Connection) -> list[str]:
    """Every day on which something began or ended, in order."""
    return sorted(row[0] for row in conn.execute(sql.HISTORY_DAYS))


def all_periods(conn: sqlite3.Connection) -> tuple[list[Period], list[Period]]:
    """Every period of every node and relationship."""
    nodes = [period_of(r, 2) for r in conn.execute(sql.ALL_NODE_PERIODS)]
    edges = [period_of(r, 3) for r in conn.execute(sql.ALL_EDGE_PERIODS)]
    return nodes, edges

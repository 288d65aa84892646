"""How Neo4jStore keeps history: period nodes read and written in its transaction functions."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from neo4j import ManagedTransaction
from orjson import loads

from graphsvc.dates import BEGINNING, today
from graphsvc.model import Edge, Label, Node, RelType
from graphsvc.records import Batch, History, WriteReport
from graphsvc.stores import cypher_history as cypher
from graphsvc.stores import theme_migration
from graphsvc.stores.cypher import BUMP_VERSION, MIGRATION_RAN, RECORD_MIGRATION
from graphsvc.stores.history import (
    ItemId,
    Period,
    as_history,
    builtin_periods,
    dump_edge_props,
    dump_props,
    edge_id,
    node_id,
    period_of,
)
from graphsvc.stores.history_plan import HistoryPlan, plan
from graphsvc.stores.indicator_plan import IndicatorWrites, has_indicator_writes, plan_indicators
from graphsvc.stores.neo4j_indicators import Neo4jIndicatorTable, write_indicators
from graphsvc.stores.neo4j_tx import (
    META,
    chunks,
    delete_edges,
    delete_nodes,
    lock,
    read_graph,
    rows_of,
    write_edges,
    write_nodes,
)

#: Above this many ids, read every period of the kind at once.
BULK_LOOKUP = 1000


class Neo4jPeriods:
    """The PeriodTable of one Neo4j write transaction."""

    def __init__(self, tx: ManagedTransaction) -> None:
        self.tx = tx

    def _periods(self, every: str, some: str, ids: Sequence[ItemId], width: int) -> list[Period]:
        if len(ids) > BULK_LOOKUP:
            wanted = set(ids)
            return [p for p in self._every(every, width) if p.item in wanted]
        rows = [r for part in chunks(list(ids)) for r in rows_of(self.tx, some, ids=part) or []]
        return [period_of(r, width) for r in rows]

    def _every(self, query: str, width: int) -> list[Period]:
        return [period_of(r, width) for r in rows_of(self.tx, query) or []]

    def every_node_period(self) -> list[Period]:
        """Every period of every node."""
        return self._every(cypher.ALL_NODE_PERIODS, 2)

    def every_edge_period(self) -> list[Period]:
        """Every period of every relationship."""
        return self._every(cypher.ALL_EDGE_PERIODS, 3)

    def node_periods(self, ids: Sequence[ItemId]) -> list[Period]:
        """The periods of these nodes."""
        return self._periods(cypher.ALL_NODE_PERIODS, cypher.NODE_PERIODS, ids, 2)

    def edge_periods(self, ids: Sequence[ItemId]) -> list[Period]:
        """The periods of these relationships."""
        return self._periods(cypher.ALL_EDGE_PERIODS, cypher.EDGE_PERIODS, ids, 3)

    def edge_periods_touching(self, keys: Sequence[str]) -> list[Period]:
        """The periods of every relationship starting or ending at one of these keys."""
        rows = rows_of(self.tx, cypher.EDGE_PERIODS_TOUCHING, keys=list(keys)) or []
        return [period_of(r, 3) for r in rows]


def _rows(periods: list[Period]) -> list[list[Any]]:
    return [[*p.item, p.valid_from, p.valid_to, p.props] for p in periods]


def _run_chunked(tx: ManagedTransaction, query: str, rows: list[list[Any]]) -> None:
    for part in chunks(rows):
        tx.run(query, rows=part).consume()


def write_batch(tx: ManagedTransaction, batch: Batch) -> WriteReport:
    """A prepared batch in one transaction function: take the writer lock, plan the batch
    on its day, write its periods and current graph (safe to repeat: it starts afresh)."""
    lock(tx)
    planned = plan(batch, batch.on or today(), Neo4jPeriods(tx))
    if planned.changed:
        write_periods(tx, planned)
        current, scratch = planned.current, WriteReport()
        delete_edges(tx, current.edge_deletes, scratch)
        delete_nodes(tx, current.node_deletes, scratch)
        write_nodes(tx, current.nodes, scratch)
        write_edges(tx, current.edges, scratch)
    indicators = IndicatorWrites()
    if has_indicator_writes(batch):
        indicators = plan_indicators(batch, Neo4jIndicatorTable(tx), planned.report)
        write_indicators(tx, indicators)
    if planned.changed or indicators.changed:
        tx.run(BUMP_VERSION, META).consume()
    return planned.report


def write_periods(tx: ManagedTransaction, planned: HistoryPlan) -> None:
    """Remove and add the plan's periods."""
    removed_nodes = [[*p.item, p.valid_from] for p in planned.removed_nodes]
    _run_chunked(tx, cypher.DELETE_NODE_PERIODS, removed_nodes)
    removed_edges = [[*p.item, p.valid_from] for p in planned.removed_edges]
    _run_chunked(tx, cypher.DELETE_EDGE_PERIODS, removed_edges)
    _run_chunked(tx, cypher.ADD_NODE_PERIODS, _rows(planned.added_nodes))
    _run_chunked(tx, cypher.ADD_EDGE_PERIODS, _rows(planned.added_edges))


def add_missing_periods(tx: ManagedTransaction) -> None:
    """Open periods for a graph that has none yet (a database from before history): the
    built-in programme and rockets from the beginning, everything else from today; then
    the built-in periods wherever they are missing."""
    builtin_nodes, builtin_edges = builtin_periods()
    if tx.run(cypher.HAS_HISTORY).single() is None:
        builtins = {p.item for p in (*builtin_nodes, *builtin_edges)}
        nodes, edges = read_graph(tx)
        seeded = [(node_id(n), dump_props(n.props)) for n in nodes]
        seeded += [(edge_id(e), dump_edge_props(e.props)) for e in edges]
        periods = [Period(i, BEGINNING if i in builtins else today(), None, p) for i, p in seeded]
        _run_chunked(tx, cypher.ADD_NODE_PERIODS, _rows([p for p in periods if len(p.item) == 2]))
        _run_chunked(tx, cypher.ADD_EDGE_PERIODS, _rows([p for p in periods if len(p.item) == 3]))
    _run_chunked(tx, cypher.ADD_MISSING_NODE_PERIODS, _rows(builtin_nodes))
    _run_chunked(tx, cypher.ADD_MISSING_EDGE_PERIODS, _rows(builtin_edges))


def migrate_themes(tx: ManagedTransaction) -> bool:
    """The themes migration (see :mod:`graphsvc.stores.theme_migration`) unless recorded as
    run; whether it changed anything. The built-in themes must exist."""
    if tx.run(MIGRATION_RAN, name=theme_migration.NAME).single() is not None:
        return False
    planned = theme_migration.plan_migration(Neo4jPeriods(tx).every_node_period())
    if planned.changed:
        write_periods(tx, planned)
        write_nodes(tx, planned.current.nodes, WriteReport())
        write_edges(tx, planned.current.edges, WriteReport())
    tx.run(RECORD_MIGRATION, name=theme_migration.NAME).consume()
    return planned.changed


def graph_on(tx: ManagedTransaction, day: str) -> tuple[list[Node], list[Edge]]:
    """The nodes and relationships that held on ``day``."""
    nodes = [
        Node(Label(lb), k, loads(p)) for lb, k, p in rows_of(tx, cypher.NODES_ON, day=day) or []
    ]
    edges = [
        Edge(RelType(t), s, e, loads(p))
        for t, s, e, p in rows_of(tx, cypher.EDGES_ON, day=day) or []
    ]
    return nodes, edges


def history_days(tx: ManagedTransaction) -> list[str]:
    """Every day on which something began or ended, in order."""
    return sorted(set(rows_of(tx, cypher.HISTORY_DAYS) or []))


def all_periods(tx: ManagedTransaction) -> History:
    """Every period of every node and relationship."""
    table = Neo4jPeriods(tx)
    return as_history(table.every_node_period(), table.every_edge_period())

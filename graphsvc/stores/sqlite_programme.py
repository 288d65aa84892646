"""One programme's part of the SQLite store's graph, cut by SQL (see ``programme_subgraph``).

One statement finds the programme (a strategy: the programmes carrying it out), its
rockets, the actions fuelling them and the actors running those, each from the keys of
the one before, and returns only the nodes and relationships among them (and the
themes): now (the graph tables), on a day, or in every period (the period tables).
Values travel as parameters (``:programme``, ``:day``); labels and types come from the
vocabulary's enums.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any

from orjson import loads

from graphsvc.model import Edge, Label, Node, RelType
from graphsvc.stores.history import Period, period_of

_LABELS = {label.value: label for label in Label}
_TYPES = {rel.value: rel for rel in RelType}
Rows = tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]
_HOLDS_ON = (
    "{a}.valid_from <= :day AND ({a}.valid_to IS NULL OR {a}.valid_to > :day) "
    "AND {a}.props IS NOT NULL"
)


@dataclass(frozen=True)
class _Tables:
    """Where one kind of read finds its graph, and what it returns of a row."""

    nodes: str
    edges: str
    node_columns: str
    edge_columns: str
    holds: str = ""  # what a row must meet (``{a}`` its alias), "" for every row
    labelled: bool = False  # the edges carry their ends' labels (and are indexed by them)

    def held(self, alias: str) -> str:
        """The rows' condition as an ``AND`` clause."""
        return f" AND {self.holds.format(a=alias)}" if self.holds else ""

    def ends_at(self, label: Label) -> str:
        """The ``AND``-ed condition that a relationship ends at a node of ``label`` ("" when
        the table does not say)."""
        return f"e.end_label = '{label.value}' AND " if self.labelled else ""


def _statement(tables: _Tables) -> str:
    """The one statement of the programme's part in ``tables``: relationship rows
    ``[type, start, end, ...]`` and node rows ``[NULL, label, key, ...]``."""
    e_held, n_held = tables.held("e"), tables.held("n")
    edge_columns = tables.edge_columns

    def ending_at(found: str, label: Label, rel: RelType) -> str:
        return (
            f"SELECT {edge_columns} FROM {tables.edges} e "  # noqa: S608 (names and enum values only)
            f"WHERE e.type = '{rel.value}' AND {tables.ends_at(label)}e.end_key IN {found}{e_held}"
        )

    def starting_at(found: str, rel: RelType, also: str = "") -> str:
        return (
            f"SELECT {edge_columns} FROM {tables.edges} e "  # noqa: S608 (names and enum values only)
            f"WHERE e.type = '{rel.value}' AND e.start_key IN {found}{also}{e_held}"
        )

    programmes = (
        f"SELECT e.start_key FROM programmes s JOIN {tables.edges} e "  # noqa: S608 (names and enum values only)
        f"ON {tables.ends_at(Label.PROGRAMME)}e.end_key = s.key "
        f"WHERE e.type = '{RelType.CARRIES_OUT.value}'{e_held}"
    )
    sets = (
        f"WITH RECURSIVE programmes(key) AS (SELECT :programme UNION {programmes}), "  # noqa: S608 (names and enum values only)
        "rockets(key) AS MATERIALIZED (SELECT DISTINCT start_key FROM "
        f"({ending_at('programmes', Label.PROGRAMME, RelType.PART_OF)})), "
        f"fuels AS MATERIALIZED ({ending_at('rockets', Label.ROCKET, RelType.FUELS)}), "
        "actions(key) AS MATERIALIZED (SELECT DISTINCT start_key FROM fuels), "
        f"runs AS MATERIALIZED ({ending_at('actions', Label.ACTION, RelType.RUNS)}), "
        "actors(key) AS MATERIALIZED (SELECT DISTINCT start_key FROM runs) "
    )
    members = {
        Label.PROGRAMME: "programmes",
        Label.ROCKET: "rockets",
        Label.ACTION: "actions",
        Label.ACTOR: "actors",
    }
    parts = [
        f"SELECT NULL, {tables.node_columns} FROM {found} s JOIN {tables.nodes} n "  # noqa: S608 (names and enum values only)
        f"ON n.label = '{label.value}' AND n.key = s.key{n_held}"
        for label, found in members.items()
    ]
    parts += [
        f"SELECT NULL, {tables.node_columns} FROM {tables.nodes} n "  # noqa: S608 (names and enum values only)
        f"WHERE n.label = '{Label.THEME.value}'{n_held}",
        "SELECT * FROM fuels",
        "SELECT * FROM runs",
        starting_at("actions", RelType.ADDRESSES),
        starting_at("actors", RelType.COLLABORATES_WITH, " AND +e.end_key IN actors"),
        starting_at("rockets", RelType.PART_OF),
        starting_at("programmes", RelType.CARRIES_OUT, " AND +e.end_key IN programmes"),
    ]
    return sets + " UNION ALL ".join(parts)


_NOW = _statement(
    _Tables(
        "nodes",
        "edges",
        "n.label, n.key, n.props",
        "e.type, e.start_key, e.end_key, e.props",
        labelled=True,
    )
)
_ON_DAY = _statement(
    _Tables(
        "node_periods",
        "edge_periods",
        "n.label, n.key, n.props",
        "e.type, e.start_key, e.end_key, e.props",
        holds=_HOLDS_ON,
    )
)
_EVERY_PERIOD = _statement(
    _Tables(
        "node_periods",
        "edge_periods",
        "n.label, n.key, n.valid_from, n.valid_to, n.props",
        "e.type, e.start_key, e.end_key, e.valid_from, e.valid_to, e.props",
        holds="{a}.props IS NOT NULL",
    )
)


def _part_rows(conn: sqlite3.Connection, statement: str, **params: str | None) -> Rows:
    """The part's node rows (led by NULL) and relationship rows."""
    rows = conn.execute(statement, params).fetchall()
    return [r for r in rows if r[0] is None], [r for r in rows if r[0] is not None]


def programme_graph(
    conn: sqlite3.Connection, programme: str, day: str | None = None
) -> tuple[list[Node], list[Edge]]:
    """The nodes and relationships of ``programme``'s part now (or on ``day``), unordered."""
    nodes, edges = _part_rows(conn, _NOW if day is None else _ON_DAY, programme=programme, day=day)
    return (
        [Node(_LABELS[lb], k, loads(p)) for _, lb, k, p in nodes],
        [Edge(_TYPES[t], s, e, loads(p)) for t, s, e, p in edges],
    )


def programme_periods(
    conn: sqlite3.Connection, programme: str
) -> tuple[list[Period], list[Period]]:
    """Every period of what belonged to ``programme``'s part on some day."""
    nodes, edges = _part_rows(conn, _EVERY_PERIOD, programme=programme)
    return [period_of(r[1:], 2) for r in nodes], [period_of(r, 3) for r in edges]

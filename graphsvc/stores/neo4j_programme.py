"""One programme's part of the Neo4j store's graph, read by its own Cypher
(:mod:`graphsvc.stores.cypher_programme`) in one transaction."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from neo4j import ManagedTransaction
from orjson import loads

from graphsvc.model import Edge, Label, Node, RelType
from graphsvc.stores import cypher_programme as cypher
from graphsvc.stores.history import Period, period_of
from graphsvc.stores.neo4j_tx import rows_of, to_node


def _part_rows(
    tx: ManagedTransaction, queries: cypher.PartQueries, programme: str, **params: Any
) -> tuple[list[tuple[Label, Any]], list[tuple[RelType, Any]]]:
    """The rows of the part's nodes (by label) and relationships (by type)."""

    def rows(query: str, keys: Iterable[str], within: set[str] | None = None) -> list[Any]:
        ends = None if within is None else sorted(within)
        return rows_of(tx, query, keys=sorted(keys), within=ends, **params) or []

    programmes, frontier = {programme}, {programme}
    while frontier:
        frontier = set(rows(queries.starts[RelType.CARRIES_OUT], frontier)) - programmes
        programmes |= frontier
    rockets = set(rows(queries.starts[RelType.PART_OF], programmes))
    actions = set(rows(queries.starts[RelType.FUELS], rockets))
    actors = set(rows(queries.starts[RelType.RUNS], actions))
    members = {
        Label.PROGRAMME: programmes,
        Label.ROCKET: rockets,
        Label.ACTION: actions,
        Label.ACTOR: actors,
    }
    nodes = [
        (label, r) for label, keys in members.items() for r in rows(queries.nodes[label], keys)
    ]
    nodes += [(Label.THEME, r) for r in rows(queries.every[Label.THEME], ())]
    ending = {RelType.FUELS: rockets, RelType.RUNS: actions}
    starting = {
        RelType.ADDRESSES: (actions, None),
        RelType.COLLABORATES_WITH: (actors, actors),
        RelType.PART_OF: (rockets, None),
        RelType.CARRIES_OUT: (programmes, programmes),
    }
    edges = [(t, r) for t, keys in ending.items() for r in rows(queries.ending[t], keys)]
    edges += [
        (t, r)
        for t, (keys, within) in starting.items()
        for r in rows(queries.starting[t], keys, within)
    ]
    return nodes, edges


def programme_graph(
    tx: ManagedTransaction, programme: str, day: str | None = None
) -> tuple[list[Node], list[Edge]]:
    """The nodes and relationships of ``programme``'s part now (or on ``day``), unordered."""
    if day is None:
        node_rows, edge_rows = _part_rows(tx, cypher.NOW, programme)
        return (
            [to_node(label, k, p) for label, (k, p) in node_rows],
            [Edge(t, a, b, props) for t, (a, b, props) in edge_rows],
        )
    node_rows, edge_rows = _part_rows(tx, cypher.ON_DAY, programme, day=day)
    return (
        [Node(label, k, loads(p)) for label, (_, k, p) in node_rows],
        [Edge(t, a, b, loads(p)) for t, (_, a, b, p) in edge_rows],
    )


def programme_periods(tx: ManagedTransaction, programme: str) -> tuple[list[Period], list[Period]]:
    """Every period of what belonged to ``programme``'s part on some day."""
    node_rows, edge_rows = _part_rows(tx, cypher.EVERY_PERIOD, programme)
    return [period_of(r, 2) for _, r in node_rows], [period_of(r, 3) for _, r in edge_rows]

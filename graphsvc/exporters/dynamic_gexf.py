"""The dynamic GEXF export: the graph's history as spells that Gephi's timeline plays.

Every node and relationship that ever held is written once, with its latest properties,
and its validity periods as ``<spells>`` (``mode="dynamic"``, ``timeformat="date"``).
GEXF intervals are closed, so a period ``[valid_from, valid_to)`` is the spell from
``valid_from`` to the day before ``valid_to``; an open period has no end. An action's
``status`` is a dynamic attribute (one value per period), so Gephi can colour actions by
their status in the year the timeline shows.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Hashable
from pathlib import Path
from typing import Any

from graphsvc.exporters.documents import node_id, to_networkx
from graphsvc.model import Edge, Node
from graphsvc.records import History, Snapshot

Span = tuple[str, str | None]
#: Properties written as dynamic attributes (a value per period).
DYNAMIC = ("status",)


def up_to(history: History, day: str | None) -> History:
    """The history as known on ``day``: later periods left out, and those holding on
    ``day`` open (what came after is not yet known then)."""
    if day is None:
        return history

    def known(rows: list[Any]) -> list[Any]:
        return [
            (item, start, None if end is not None and end > day else end)
            for item, start, end in rows
            if start <= day
        ]

    return History(known(history.nodes), known(history.edges))


def last_day(valid_to: str | None) -> str | None:
    """The last day of a period that ends before ``valid_to`` (GEXF ends are inclusive).

    >>> last_day("2023-01-01"), last_day(None)
    ('2022-12-31', None)
    """
    if valid_to is None:
        return None
    return (dt.date.fromisoformat(valid_to) - dt.timedelta(days=1)).isoformat()


def spells(periods: list[tuple[str, str | None]]) -> list[Span]:
    """Periods (in time order) as closed spells, touching periods joined into one.

    >>> spells([("2021-01-01", "2022-01-01"), ("2022-01-01", None)])
    [('2021-01-01', None)]
    >>> spells([("2021-01-01", "2021-06-01"), ("2022-01-01", "2023-01-01")])
    [('2021-01-01', '2021-05-31'), ('2022-01-01', '2022-12-31')]
    """
    joined: list[list[Any]] = []
    for start, end in periods:
        if joined and joined[-1][1] == start:
            joined[-1][1] = end
        else:
            joined.append([start, end])
    return [(start, last_day(end)) for start, end in joined]


def write_dynamic_gexf(
    history: History, path: Path, *, include_contacts: bool = False, day: str | None = None
) -> dict[str, int]:
    """Write the history (as known on ``day``, default all of it) as dynamic GEXF 1.2;
    how many nodes and relationships were written."""
    import networkx as nx

    history = up_to(history, day)
    nodes = _by_item(history.nodes, lambda n: (n.label, n.key))
    edges = _by_item(history.edges, lambda e: (e.type, e.start, e.end))
    latest = Snapshot([rows[-1][0] for rows in nodes.values()], [r[-1][0] for r in edges.values()])
    graph = to_networkx(latest, include_contacts=include_contacts)
    graph.graph["mode"] = "dynamic"
    for rows in nodes.values():
        node: Node = rows[0][0]
        _add_time(graph.nodes[node_id(node.label, node.key)], rows)
    for rows in edges.values():
        edge: Edge = rows[0][0]
        start, end = node_id(edge.start_label, edge.start), node_id(edge.end_label, edge.end)
        _add_time(graph.edges[start, end], rows)
    nx.write_gexf(graph, str(path))
    return {"nodes": len(nodes), "relationships": len(edges)}


def _by_item(rows: list[Any], item: Any) -> dict[Hashable, list[Any]]:
    found: dict[Hashable, list[Any]] = {}
    for row in rows:
        found.setdefault(item(row[0]), []).append(row)
    for periods in found.values():
        periods.sort(key=lambda r: r[1])
    return found


def _add_time(attrs: dict[str, Any], rows: list[Any]) -> None:
    """Spells from an item's periods, and its dynamic properties one value per period."""
    attrs["spells"] = spells([(start, end) for _, start, end in rows])
    for name in DYNAMIC:
        values = [(r[0].props[name], r[1], last_day(r[2])) for r in rows if name in r[0].props]
        if values:
            attrs[name] = [(str(value), start, end) for value, start, end in values]

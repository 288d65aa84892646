"""The history of the graph: validity periods, and the one planner both stores write with.

Every node and relationship has periods ``[valid_from, valid_to)`` (days, see
:mod:`graphsvc.dates`) with its properties in each; ``valid_to`` None means "still so".
An item's periods never overlap, and a relationship holds only while both its ends do.
A period starts on a day the item was written (changed, or seen unchanged by a load).
The store's current tables hold exactly the open periods, so reads of today stay as fast
as before.

A batch is applied on one day D (``Batch.on``; today for edits). For each item the
period holding D ends at D and the new state runs from D up to the item's next recorded
change (the period's old end, or the start of the next period): later history stays as
it was. :func:`plan` works that out from the periods a :class:`PeriodTable` reads, in the
write transaction; the store then writes the plan's periods and its current rows.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, NamedTuple, Protocol

from orjson import loads

from graphsvc.dates import BEGINNING, holds_on
from graphsvc.model import ENDPOINTS, Edge, Label, Node, RelType, builtin_edges, builtin_nodes
from graphsvc.records import Batch, History, WriteReport
from graphsvc.stores.base import missing_end_error

_CANONICAL = json.JSONEncoder(sort_keys=True, ensure_ascii=False, separators=(",", ":"))
ItemId = tuple[str, ...]


def dump_props(props: dict[str, Any]) -> str:
    """Canonical JSON of a property map (equal maps give equal text)."""
    return _CANONICAL.encode(props)


@lru_cache(maxsize=256)
def _dump_small(items: tuple[tuple[str, Any], ...]) -> str:
    return _CANONICAL.encode(dict(items))


def dump_edge_props(props: dict[str, Any]) -> str:
    """Canonical JSON of relationship properties; the few common maps are encoded once."""
    if len(props) == 1 and type(next(iter(props.values()))) in (str, bool):
        return _dump_small(tuple(props.items()))
    return _CANONICAL.encode(props)


class Period(NamedTuple):
    """One validity period of a node ``(label, key)`` or relationship ``(type, start, end)``."""

    item: ItemId
    valid_from: str
    valid_to: str | None
    props: str


def period_of(row: Sequence[Any], width: int) -> Period:
    """A period from a stored row ``[id (width values)..., valid_from, valid_to, props]``."""
    return Period(tuple(row[:width]), row[width], row[width + 1], row[width + 2])


class PeriodTable(Protocol):
    """How a store reads periods inside its write transaction (lists in any order)."""

    def node_periods(self, ids: Sequence[ItemId]) -> list[Period]:
        """The periods of these nodes."""

    def edge_periods(self, ids: Sequence[ItemId]) -> list[Period]:
        """The periods of these relationships."""

    def edge_periods_touching(self, keys: Sequence[str]) -> list[Period]:
        """The periods of every relationship that starts or ends at one of these keys."""


@dataclass
class HistoryPlan:
    """What a batch writes: periods removed and added, and the current rows that change."""

    removed_nodes: list[Period] = field(default_factory=list)
    added_nodes: list[Period] = field(default_factory=list)
    removed_edges: list[Period] = field(default_factory=list)
    added_edges: list[Period] = field(default_factory=list)
    #: The current rows: nodes and relationships whose open state changed, and removals.
    current: Batch = field(default_factory=Batch)
    report: WriteReport = field(default_factory=WriteReport)

    @property
    def changed(self) -> bool:
        """Whether anything is written."""
        periods = (self.removed_nodes, self.added_nodes, self.removed_edges, self.added_edges)
        return any(periods)


def node_id(node: Node) -> ItemId:
    """The item id of a node."""
    return (node.label.value, node.key)


def edge_id(edge: Edge) -> ItemId:
    """The item id of a relationship."""
    return (edge.type.value, edge.start, edge.end)


def end_ids(item: ItemId) -> tuple[ItemId, ItemId]:
    """The node ids of both ends of a relationship id."""
    start_label, end_label = ENDPOINTS[RelType(item[0])]
    return (start_label.value, item[1]), (end_label.value, item[2])


def as_history(nodes: Iterable[Period], edges: Iterable[Period]) -> History:
    """Periods as the vocabulary's History record, in item then time order."""
    return History(
        [(_node(p.item, p.props), p.valid_from, p.valid_to) for p in sorted(nodes)],
        [(_edge(p.item, p.props), p.valid_from, p.valid_to) for p in sorted(edges)],
    )


def _node(item: ItemId, props: str) -> Node:
    return Node(Label(item[0]), item[1], loads(props))


def _edge(item: ItemId, props: str) -> Edge:
    return Edge(RelType(item[0]), item[1], item[2], loads(props))


def builtin_periods() -> tuple[list[Period], list[Period]]:
    """The open periods of the built-in programme, rockets and PART_OF, from the beginning."""
    nodes = [Period(node_id(n), BEGINNING, None, dump_props(n.props)) for n in builtin_nodes()]
    edges = [Period(edge_id(e), BEGINNING, None, dump_edge_props(e.props)) for e in builtin_edges()]
    return nodes, edges


def holding(periods: Iterable[Period], day: str) -> Period | None:
    """The period that holds on ``day``, if any."""
    return next((p for p in periods if holds_on(p.valid_from, p.valid_to, day)), None)


def set_on(periods: list[Period], item: ItemId, day: str, props: str) -> list[Period]:
    """The periods after the item is seen with ``props`` on ``day``, up to its next change.

    Seeing it unchanged still records the day (the period is split there), so a later
    write on an earlier day stops at this one: each yearly workbook keeps what it said.
    """
    current = holding(periods, day)
    if current is not None and current.valid_from == day and current.props == props:
        return periods
    until = current.valid_to if current else _next_start(periods, day)
    kept = _cut(periods, current, day)
    return sorted([*kept, Period(item, day, until, props)], key=_start)


def end_on(periods: list[Period], day: str) -> list[Period]:
    """The periods after the item ends on ``day`` (up to its next change)."""
    current = holding(periods, day)
    return periods if current is None else _cut(periods, current, day)


def _cut(periods: list[Period], current: Period | None, day: str) -> list[Period]:
    """``periods`` with ``current`` ending on ``day`` (gone if it began on ``day``)."""
    if current is None:
        return periods
    kept = [p for p in periods if p is not current]
    if current.valid_from < day:
        kept.append(current._replace(valid_to=day))
    return kept


def _next_start(periods: list[Period], day: str) -> str | None:
    later = [p.valid_from for p in periods if p.valid_from > day]
    return min(later) if later else None


def clipped(periods: list[Period], *presences: list[Period]) -> list[Period]:
    """A relationship's periods cut to the days on which every one of its ends holds."""
    result = periods
    for presence in presences:
        result = [
            p._replace(valid_from=start, valid_to=end)
            for p in result
            for start, end in _overlaps(p, presence)
        ]
    return result


def _overlaps(p: Period, presence: list[Period]) -> list[tuple[str, str | None]]:
    found = []
    for q in presence:
        start = max(p.valid_from, q.valid_from)
        ends = [x for x in (p.valid_to, q.valid_to) if x is not None]
        end = min(ends) if ends else None
        if end is None or start < end:
            found.append((start, end))
    return found


def _start(period: Period) -> str:
    return period.valid_from


def _grouped(periods: Iterable[Period]) -> dict[ItemId, list[Period]]:
    """Periods by item, each once (two reads may return the same period), in time order."""
    found: dict[ItemId, dict[str, Period]] = {}
    for p in periods:
        found.setdefault(p.item, {})[p.valid_from] = p
    return {item: sorted(ps.values(), key=_start) for item, ps in found.items()}


def _open(periods: list[Period]) -> Period | None:
    return next((p for p in periods if p.valid_to is None), None)


def plan(batch: Batch, day: str, table: PeriodTable) -> HistoryPlan:
    """What a validated batch writes on ``day``; NotFoundError for a relationship whose end
    does not hold on that day. The report counts, per item, begun (created), changed
    (updated), unchanged and ended (deleted) on ``day``, and ``later_changes``."""
    result = HistoryPlan()
    report = result.report
    node_sets = {node_id(n): dump_props(n.props) for n in batch.nodes}
    node_ends = {(label.value, key) for label, key in batch.node_deletes}
    edge_sets = {edge_id(e): (e, dump_edge_props(e.props)) for e in batch.edges}
    edge_ends = {(t.value, s, e) for t, s, e in batch.edge_deletes}
    ends_of_edges = {end for item in edge_sets for end in end_ids(item)}
    wanted_nodes = sorted(set(node_sets) | node_ends | ends_of_edges)
    old_nodes = _grouped(table.node_periods(wanted_nodes))
    new_nodes = {item: list(old_nodes.get(item, [])) for item in wanted_nodes}
    for item, props in node_sets.items():
        periods = new_nodes[item]
        new_nodes[item] = _counted(report, "nodes", periods, set_on(periods, item, day, props), day)
    for item in node_ends:
        periods = new_nodes[item]
        new_nodes[item] = _counted(report, "nodes", periods, end_on(periods, day), day)
    reshaped = [i for i in wanted_nodes if new_nodes[i] != old_nodes.get(i, [])]
    touching = table.edge_periods_touching(sorted({i[1] for i in reshaped})) if reshaped else []
    old_edges = _grouped([*touching, *table.edge_periods(sorted(set(edge_sets) | edge_ends))])
    presence = _node_presence(table, new_nodes, [*old_edges, *edge_sets, *edge_ends])
    new_edges = {item: list(ps) for item, ps in old_edges.items()}
    for item, (edge, props) in edge_sets.items():
        _check_ends(edge, item, presence, day)
        periods = new_edges.get(item, [])
        new_edges[item] = _counted(report, "edges", periods, set_on(periods, item, day, props), day)
    for item in edge_ends:
        periods = new_edges.get(item, [])
        new_edges[item] = _counted(report, "edges", periods, end_on(periods, day), day)
    for item, periods in new_edges.items():
        start, end = end_ids(item)
        kept = clipped(periods, presence[start], presence[end])
        if item not in edge_sets and item not in edge_ends and kept != periods:
            if holding(periods, day) and not holding(kept, day):
                report.edges_deleted += 1
        new_edges[item] = sorted(kept, key=_start)
    result.removed_nodes, result.added_nodes = _diff(old_nodes, new_nodes)
    result.removed_edges, result.added_edges = _diff(old_edges, new_edges)
    result.current = _current_rows(old_nodes, new_nodes, old_edges, new_edges, presence)
    report.later_changes = _later_changes(old_nodes, new_nodes, day) + _later_changes(
        old_edges, new_edges, day
    )
    return result


def _node_presence(
    table: PeriodTable,
    new_nodes: dict[ItemId, list[Period]],
    edges: list[ItemId],
) -> dict[ItemId, list[Period]]:
    """The periods of every end of the relationships in play, after the batch."""
    presence = dict(new_nodes)
    ends = {e for item in edges for e in end_ids(item)}
    missing = sorted(ends - set(presence))
    for item, periods in _grouped(table.node_periods(missing)).items():
        presence[item] = periods
    for item in missing:
        presence.setdefault(item, [])
    return presence


def _check_ends(edge: Edge, item: ItemId, presence: dict[ItemId, list[Period]], day: str) -> None:
    start, end = end_ids(item)
    for (label, key), side in ((start, presence[start]), (end, presence[end])):
        if holding(side, day) is None:
            raise missing_end_error(edge, Label(label), key)


def _counted(
    report: WriteReport, kind: str, periods: list[Period], changed: list[Period], day: str
) -> list[Period]:
    """``changed``, once one item's change on ``day`` is counted (created, updated,
    unchanged or deleted)."""
    before = holding(periods, day)
    after = holding(changed, day)
    if before is None and after is not None:
        outcome = "created"
    elif before is not None and after is None:
        outcome = "deleted"
    elif before is not None and after is not None and before.props != after.props:
        outcome = "updated"
    elif after is not None:
        outcome = "unchanged"
    else:
        return changed
    name = f"{kind}_{outcome}"
    setattr(report, name, getattr(report, name) + 1)
    return changed


def _diff(
    old: dict[ItemId, list[Period]], new: dict[ItemId, list[Period]]
) -> tuple[list[Period], list[Period]]:
    removed: list[Period] = []
    added: list[Period] = []
    for item, periods in new.items():
        before = set(old.get(item, []))
        after = set(periods)
        removed.extend(before - after)
        added.extend(after - before)
    return removed, added


def _later_changes(
    old: dict[ItemId, list[Period]], new: dict[ItemId, list[Period]], day: str
) -> int:
    """How many changed items have changes recorded after ``day`` (kept as they were)."""
    return sum(
        1
        for item, periods in new.items()
        if periods != old.get(item, [])
        and any(p.valid_from > day or (p.valid_to or "") > day for p in old.get(item, []))
    )


def _current_rows(
    old_nodes: dict[ItemId, list[Period]],
    new_nodes: dict[ItemId, list[Period]],
    old_edges: dict[ItemId, list[Period]],
    new_edges: dict[ItemId, list[Period]],
    presence: dict[ItemId, list[Period]],
) -> Batch:
    """The current rows that change: open periods written, closed ones removed."""
    nodes, node_deletes, edges, edge_deletes = [], [], [], []
    for item, periods in new_nodes.items():
        before, after = _open(old_nodes.get(item, [])), _open(periods)
        if after is not None and after != before:
            nodes.append(_node(item, after.props))
        elif after is None and before is not None:
            node_deletes.append((Label(item[0]), item[1]))
    for item, periods in new_edges.items():
        before, after = _open(old_edges.get(item, [])), _open(periods)
        start, end = end_ids(item)
        if after is not None and _open(presence[start]) and _open(presence[end]):
            if after != before:
                edges.append(_edge(item, after.props))
        elif before is not None:
            edge_deletes.append((RelType(item[0]), item[1], item[2]))
    return Batch(nodes, edges, edge_deletes, node_deletes)

"""The one planner both stores write with: what a batch on a day does to the history.

The store reads the periods the batch touches through its :class:`PeriodTable` inside
its write transaction; :func:`plan` works out which periods go and come, which current
rows change (the current tables hold the open periods) and what the report says; the
store then writes exactly that. Most items of a big load are new or unchanged, so those
take a short path.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from graphsvc.model import Label, RelType
from graphsvc.records import Batch, WriteReport
from graphsvc.stores.base import missing_end_error
from graphsvc.stores.history import (
    ItemId,
    Period,
    clipped,
    covers,
    dump_edge_props,
    dump_props,
    edge_from,
    edge_id,
    end_ids,
    end_on,
    node_from,
    node_id,
    present,
    set_on,
    spans,
    start_of,
)

Periods = dict[ItemId, list[Period]]


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
    #: The ids among ``current.nodes`` and ``current.edges`` whose current row exists.
    existing: set[ItemId] = field(default_factory=set)
    #: The canonical property text of each of them.
    texts: dict[ItemId, str] = field(default_factory=dict)
    report: WriteReport = field(default_factory=WriteReport)

    @property
    def changed(self) -> bool:
        """Whether anything is written."""
        periods = (self.removed_nodes, self.added_nodes, self.removed_edges, self.added_edges)
        return any(periods)


def plan(batch: Batch, day: str, table: PeriodTable) -> HistoryPlan:
    """What a validated batch writes on ``day``; NotFoundError for a relationship whose end
    does not hold on that day. The report counts, per item, begun (created), changed
    (updated), unchanged and ended (deleted) on ``day``, and ``later_changes``."""
    return _Planner(batch, day, table).run()


def grouped(periods: Iterable[Period]) -> Periods:
    """Periods by item, each once (two reads may return the same period), in time order."""
    found: Periods = {}
    for p in periods:
        found.setdefault(p.item, []).append(p)
    for item, ps in found.items():
        if len(ps) > 1:
            found[item] = sorted({p.valid_from: p for p in ps}.values(), key=start_of)
    return found


def _open(periods: list[Period]) -> Period | None:
    """The open period in which the item holds now (only the last period can be open)."""
    last = periods[-1] if periods else None
    return last if last is not None and last.valid_to is None and last.props is not None else None


class _Planner:
    """One run of :func:`plan`: old and new periods per item, then what differs."""

    def __init__(self, batch: Batch, day: str, table: PeriodTable) -> None:
        self.day, self.table = day, table
        self.result = HistoryPlan()
        self.report = self.result.report
        self.node_sets = {node_id(n): (n, dump_props(n.props)) for n in batch.nodes}
        self.node_ends = {(label.value, key) for label, key in batch.node_deletes}
        self.edge_sets = {edge_id(e): (e, dump_edge_props(e.props)) for e in batch.edges}
        self.edge_ends = {(t.value, s, e) for t, s, e in batch.edge_deletes}
        self.edge_end_nodes = {
            n for item in (*self.edge_sets, *self.edge_ends) for n in end_ids(item)
        }
        self.old_nodes: Periods = {}
        self.new_nodes: Periods = {}
        self.old_edges: Periods = {}
        self.new_edges: Periods = {}
        self.presence: Periods = {}
        self.counts: Counter[str] = Counter()

    def run(self) -> HistoryPlan:
        """Plan the nodes, then the relationships, then the rows to write."""
        self._plan_nodes()
        self._plan_edges()
        for name, count in self.counts.items():
            setattr(self.report, name, getattr(self.report, name) + count)
        result = self.result
        result.removed_nodes, result.added_nodes = _diff(self.old_nodes, self.new_nodes)
        result.removed_edges, result.added_edges = _diff(self.old_edges, self.new_edges)
        self._current_rows()
        self.report.later_changes = _later_changes(
            self.old_nodes, self.new_nodes, self.day
        ) + _later_changes(self.old_edges, self.new_edges, self.day)
        return result

    def _step(self, kind: str, item: ItemId, old: list[Period], props: str | None) -> list[Period]:
        """One item set to ``props`` (None: ended) on the day, counted in the report."""
        day = self.day
        if not old:
            if props is None:
                return old
            self.counts[f"{kind}_created"] += 1
            return [Period(item, day, None, props)]
        new = end_on(old, item, day) if props is None else set_on(old, item, day, props)
        before, after = present(old, day), present(new, day)
        if before is None:
            outcome = "created" if after is not None else ""
        elif after is None:
            outcome = "deleted"
        else:
            outcome = "updated" if before.props != after.props else "unchanged"
        if outcome:
            self.counts[f"{kind}_{outcome}"] += 1
        return new

    def _plan_nodes(self) -> None:
        wanted = sorted(set(self.node_sets) | self.node_ends | self.edge_end_nodes)
        self.old_nodes = grouped(self.table.node_periods(wanted))
        new = {item: self.old_nodes.get(item, []) for item in wanted}
        for item, (_, props) in self.node_sets.items():
            new[item] = self._step("nodes", item, new[item], props)
        for item in self.node_ends:
            new[item] = self._step("nodes", item, new[item], None)
        self.new_nodes = new

    def _plan_edges(self) -> None:
        old_nodes, day = self.old_nodes, self.day
        reshaped = sorted({i[1] for i, ps in self.new_nodes.items() if ps != old_nodes.get(i, [])})
        touching = self.table.edge_periods_touching(reshaped) if reshaped else []
        wanted = sorted(set(self.edge_sets) | self.edge_ends)
        self.old_edges = grouped([*touching, *self.table.edge_periods(wanted)])
        self._read_presence([p.item for p in touching])
        #: per end node: whether it holds on the day, and the spans in which it holds
        ends = {i: (present(ps, day) is not None, spans(ps)) for i, ps in self.presence.items()}
        new = dict(self.old_edges)
        for item, (edge, props) in self.edge_sets.items():
            for label, key in end_ids(item):
                if not ends[(label, key)][0]:
                    raise missing_end_error(edge, Label(label), key)
            new[item] = self._step("edges", item, new.get(item, []), props)
        for item in self.edge_ends:
            new[item] = self._step("edges", item, new.get(item, []), None)
        for item, periods in new.items():
            start, end = (ends[i][1] for i in end_ids(item))
            if covers(start, periods) and covers(end, periods):
                continue
            kept = sorted(clipped(periods, start, end), key=start_of)
            if kept == periods:
                continue
            if item not in self.edge_sets and item not in self.edge_ends:
                if present(periods, day) and not present(kept, day):
                    self.counts["edges_deleted"] += 1  # ended with its end node
            new[item] = kept
        self.new_edges = new

    def _read_presence(self, touching: list[ItemId]) -> None:
        """The periods of every end of the relationships in play (those of the batch, read
        with the nodes, and those ``touching`` a reshaped node), after the batch."""
        presence = self.new_nodes.copy()
        missing = sorted({e for item in touching for e in end_ids(item)} - set(presence))
        presence.update(grouped(self.table.node_periods(missing)))
        for item in missing:
            presence.setdefault(item, [])
        self.presence = presence

    def _current_rows(self) -> None:
        """The current rows that change: open periods with new properties written, closed
        ones removed (the batch's own records reused where the open period holds what it
        wrote); an item seen unchanged keeps its row."""
        rows: list[tuple[ItemId, Period, Period | None]] = []
        node_deletes, edge_deletes = [], []
        for item, periods in self.new_nodes.items():
            before, after = _open(self.old_nodes.get(item, [])), _open(periods)
            if after is not None and (before is None or after.props != before.props):
                rows.append((item, after, before))
            elif after is None and before is not None:
                node_deletes.append((Label(item[0]), item[1]))
        count = len(rows)
        for item, periods in self.new_edges.items():
            before, after = _open(self.old_edges.get(item, [])), _open(periods)
            if after is not None:
                if before is None or after.props != before.props:
                    rows.append((item, after, before))
            elif before is not None:
                edge_deletes.append((RelType(item[0]), item[1], item[2]))
        nodes = [self._record(i, p, self.node_sets, node_from) for i, p, _ in rows[:count]]
        edges = [self._record(i, p, self.edge_sets, edge_from) for i, p, _ in rows[count:]]
        self.result.current = Batch(nodes, edges, edge_deletes, node_deletes)
        self.result.existing = {item for item, _, before in rows if before is not None}
        self.result.texts = {item: str(after.props) for item, after, _ in rows}

    @staticmethod
    def _record(item: ItemId, period: Period, written: dict[ItemId, Any], make: Any) -> Any:
        """The batch's own record of ``item`` when it holds ``period``'s properties."""
        record, props = written.get(item, (None, ""))
        return record if record is not None and period.props == props else make(item, period.props)


def _diff(old: Periods, new: Periods) -> tuple[list[Period], list[Period]]:
    removed: list[Period] = []
    added: list[Period] = []
    for item, periods in new.items():
        before = old.get(item)
        if not before:
            added.extend(periods)
        elif periods is not before:
            removed.extend(set(before) - set(periods))
            added.extend(set(periods) - set(before))
    return removed, added


def _later_changes(old: Periods, new: Periods, day: str) -> int:
    """How many changed items have changes recorded after ``day`` (kept as they were)."""
    return sum(
        1
        for item, periods in new.items()
        if (before := old.get(item))
        and periods is not before
        and any(p.valid_from > day or (p.valid_to or "") > day for p in before)
    )

"""The history of the graph: validity periods and what happens to them on a day.

Every node and relationship has periods ``[valid_from, valid_to)`` (days, see
:mod:`graphsvc.dates`) with its properties in each; ``valid_to`` None means "still so".
An item's periods never overlap, and a relationship holds only while both its ends do.
A period starts on a day the item was written (changed, or seen unchanged by a load); an
end is recorded too, as a period without properties (the item was absent from that day),
so a later write on an earlier day stops at it.
The store's current tables hold exactly the open periods, so reads of today stay as fast
as before.

A batch is applied on one day D (``Batch.on``; today for edits). For each item the
period holding D ends at D and the new state runs from D up to the item's next recorded
change (the period's old end, or the start of the next period): later history stays as
it was (:func:`set_on`, :func:`end_on`). :mod:`graphsvc.stores.history_plan` applies that
to a whole batch for both stores.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Any, NamedTuple

from orjson import loads

from graphsvc.dates import BEGINNING
from graphsvc.model import ENDPOINTS, Edge, Label, Node, RelType, builtin_edges, builtin_nodes
from graphsvc.records import History

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
    #: Canonical JSON of the properties; None: the item ended (absent in this period).
    props: str | None


def period_of(row: Sequence[Any], width: int) -> Period:
    """A period from a stored row ``[id (width values)..., valid_from, valid_to, props]``."""
    return Period(tuple(row[:width]), row[width], row[width + 1], row[width + 2])


def node_id(node: Node) -> ItemId:
    """The item id of a node."""
    return (node.label.value, node.key)


def edge_id(edge: Edge) -> ItemId:
    """The item id of a relationship."""
    return (edge.type.value, edge.start, edge.end)


_END_LABELS = {t.value: (s.value, e.value) for t, (s, e) in ENDPOINTS.items()}


def end_ids(item: ItemId) -> tuple[ItemId, ItemId]:
    """The node ids of both ends of a relationship id."""
    start_label, end_label = _END_LABELS[item[0]]
    return (start_label, item[1]), (end_label, item[2])


def as_history(nodes: Iterable[Period], edges: Iterable[Period]) -> History:
    """Periods as the vocabulary's History record, in item then time order."""
    return History(
        [(node_from(p.item, p.props), p.valid_from, p.valid_to) for p in sorted(nodes) if p.props],
        [(edge_from(p.item, p.props), p.valid_from, p.valid_to) for p in sorted(edges) if p.props],
    )


def node_from(item: ItemId, props: str) -> Node:
    """The node of a node id with stored property text."""
    return Node(Label(item[0]), item[1], loads(props))


def edge_from(item: ItemId, props: str) -> Edge:
    """The relationship of a relationship id with stored property text."""
    return Edge(RelType(item[0]), item[1], item[2], loads(props))


def builtin_periods() -> tuple[list[Period], list[Period]]:
    """The open periods of the built-in programme, rockets and PART_OF, from the beginning."""
    nodes = [Period(node_id(n), BEGINNING, None, dump_props(n.props)) for n in builtin_nodes()]
    edges = [Period(edge_id(e), BEGINNING, None, dump_edge_props(e.props)) for e in builtin_edges()]
    return nodes, edges


def present(periods: list[Period], day: str) -> Period | None:
    """The period in which the item holds on ``day``, if it does (not an end)."""
    found = holding(periods, day)
    return found if found is not None and found.props is not None else None


def holding(periods: list[Period], day: str) -> Period | None:
    """The period (of a list in time order, ends included) that holds on ``day``, if any:
    only the last one starting by then can."""
    for p in reversed(periods):
        if p.valid_from <= day:
            return p if p.valid_to is None or p.valid_to > day else None
    return None


def set_on(periods: list[Period], item: ItemId, day: str, props: str) -> list[Period]:
    """The periods after the item is seen with ``props`` on ``day``, up to its next change.

    Seeing it unchanged still records the day (the period is split there), so a later
    write on an earlier day stops at this one: each yearly workbook keeps what it said.
    """
    if not periods:
        return [Period(item, day, None, props)]
    current = holding(periods, day)
    if current is not None and current.valid_from == day and current.props == props:
        return periods
    until = current.valid_to if current else _next_start(periods, day)
    kept = _cut(periods, current, day)
    return sorted([*kept, Period(item, day, until, props)], key=start_of)


def end_on(periods: list[Period], item: ItemId, day: str) -> list[Period]:
    """The periods after the item ends on ``day`` (up to its next change); the end is
    recorded as a period without properties. Nothing changes if it does not hold then."""
    current = holding(periods, day)
    if current is None or current.props is None:
        return periods
    kept = _cut(periods, current, day)
    return sorted([*kept, Period(item, day, current.valid_to, None)], key=start_of)


def _cut(periods: list[Period], current: Period | None, day: str) -> list[Period]:
    """``periods`` with ``current`` ending on ``day`` (gone if it began on ``day``)."""
    if current is None:
        return periods
    if current.valid_from == day:
        return [p for p in periods if p is not current]
    return [p._replace(valid_to=day) if p is current else p for p in periods]


def _next_start(periods: list[Period], day: str) -> str | None:
    later = [p.valid_from for p in periods if p.valid_from > day]
    return min(later) if later else None


Span = tuple[str, str | None]


def spans(periods: list[Period]) -> list[Span]:
    """The days an item holds (periods in time order, ends left out), touching periods
    joined: ``[(start, end), ...]``, an open end None."""
    found: list[list[str | None]] = []
    for p in periods:
        if p.props is None:
            continue
        if found and found[-1][1] == p.valid_from:
            found[-1][1] = p.valid_to
        else:
            found.append([p.valid_from, p.valid_to])
    return [(str(start), end) for start, end in found]


def clipped(periods: list[Period], *presences: list[Span]) -> list[Period]:
    """A relationship's periods (in time order) cut to the spans in which every one of its
    ends holds."""
    result = periods
    for presence in presences:
        if covers(presence, result):
            continue
        result = [
            p._replace(valid_from=start, valid_to=end)
            for p in result
            for start, end in _overlaps(p, presence)
        ]
    return result


def covers(presence: list[Span], periods: list[Period]) -> bool:
    """Whether an end holds in one open span from before the first of ``periods``."""
    return (
        len(presence) == 1
        and presence[0][1] is None
        and (not periods or presence[0][0] <= periods[0].valid_from)
    )


def _overlaps(p: Period, presence: list[Span]) -> list[Span]:
    found = []
    for q_start, q_end in presence:
        start = max(p.valid_from, q_start)
        ends = [x for x in (p.valid_to, q_end) if x is not None]
        end = min(ends) if ends else None
        if end is None or start < end:
            found.append((start, end))
    return found


def start_of(period: Period) -> str:
    """Sort key: the day a period begins."""
    return period.valid_from

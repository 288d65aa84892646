"""The records that stores return and take: batches, write reports, snapshots, participations.

They belong to the vocabulary, so analysis, maps, loaders and exporters use them
without importing a store.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from graphsvc.dates import not_future, parse_day
from graphsvc.errors import ValidationError
from graphsvc.indicator_model import (
    INDICATOR_KEY,
    Indicator,
    Observation,
    parse_year,
    validate_indicator,
    validate_observation,
)
from graphsvc.messages import said
from graphsvc.model import Edge, Label, Node, RelType, Role
from graphsvc.model_rules import (
    LABEL,
    REL_TYPE,
    parse_enum,
    validate_edge,
    validate_key,
    validate_node,
)
from graphsvc.values import SHORT_TEXT, quoted, text_problem


@dataclass(frozen=True)
class Batch:
    """Writes applied together, all or nothing: node upserts, then edge upserts, then deletes.

    The batch is valid from its day ``on`` (today when None): upserts begin or change
    items then, deletes end them then (``edge_deletes`` holds ``(type, start, end)``;
    ``node_deletes`` holds ``(label, key)`` and ends every relationship of the node too),
    and history before that day stays (see :mod:`graphsvc.stores.history`).
    ``validated`` promises that every node and edge is already what validate_node /
    validate_edge return, each id once; only
    :func:`prepare_batch` sets it (no constructor argument, and the record is frozen),
    and stores then skip re-validating.
    """

    nodes: Sequence[Node] = ()
    edges: Sequence[Edge] = ()
    edge_deletes: Sequence[tuple[RelType, str, str]] = ()
    node_deletes: Sequence[tuple[Label, str]] = ()
    #: The day the batch is valid from (ISO ``YYYY-MM-DD``); None means today.
    on: str | None = None
    #: Indicators to create or replace by key (after the graph writes: owners may be new).
    indicators: Sequence[Indicator] = ()
    #: Yearly values to create or replace by (indicator, year).
    observations: Sequence[Observation] = ()
    #: Indicator keys to delete, with their values; and (indicator, year) values to delete.
    indicator_deletes: Sequence[str] = ()
    observation_deletes: Sequence[tuple[str, int]] = ()
    validated: bool = field(default=False, init=False)


@dataclass
class WriteReport:
    """What a batch did on its day: nodes and relationships created (begun), updated
    (changed), unchanged and deleted (ended), and how many have later recorded changes."""

    nodes_created: int = 0
    nodes_updated: int = 0
    nodes_unchanged: int = 0
    nodes_deleted: int = 0
    edges_created: int = 0
    edges_updated: int = 0
    edges_unchanged: int = 0
    edges_deleted: int = 0
    #: Items changed on a past day that have changes recorded after it (kept as they were).
    later_changes: int = 0
    indicators_created: int = 0
    indicators_updated: int = 0
    indicators_unchanged: int = 0
    indicators_deleted: int = 0
    values_created: int = 0
    values_updated: int = 0
    values_unchanged: int = 0
    values_deleted: int = 0

    @property
    def changed(self) -> bool:
        """Whether the batch changed anything in the store."""
        return any(
            (
                self.nodes_created,
                self.nodes_updated,
                self.nodes_deleted,
                self.edges_created,
                self.edges_updated,
                self.edges_deleted,
                self.indicators_created,
                self.indicators_updated,
                self.indicators_deleted,
                self.values_created,
                self.values_updated,
                self.values_deleted,
            )
        )

    def as_dict(self) -> dict[str, int]:
        """The counts as a plain dict (the JSON shape of import reports)."""
        return dict(self.__dict__)


@dataclass(frozen=True)
class Participation:
    """One ``RUNS`` relationship seen from one side: the other node and the role."""

    node: Node
    role: Role


@dataclass
class Snapshot:
    """A consistent copy of (part of) the graph, for analysis, maps and export."""

    nodes: list[Node] = field(default_factory=list)
    edges: list[Edge] = field(default_factory=list)
    version: int = 0


@dataclass
class History:
    """Every validity period of the graph: each node and relationship with the days
    ``[valid_from, valid_to)`` it held with those properties (``valid_to`` None: still so)."""

    nodes: list[tuple[Node, str, str | None]] = field(default_factory=list)
    edges: list[tuple[Edge, str, str | None]] = field(default_factory=list)


def prepare_batch(batch: Batch, *, records_checked: bool = False) -> Batch:
    """The batch validated against the vocabulary, duplicates collapsed (last one wins).

    ``records_checked`` is for the workbook loader, whose nodes and edges are built by
    validate_node / validate_edge, each id once (checked by its tests): they are kept
    as they are. Raises ValidationError for anything outside the vocabulary, before any
    write.
    """
    edge_deletes = [(parse_enum(RelType, t, REL_TYPE), s, e) for t, s, e in batch.edge_deletes]
    node_deletes = [(parse_enum(Label, label, LABEL), key) for label, key in batch.node_deletes]
    day = said("errors.model.what.batch_day")
    on = None if batch.on is None else not_future(parse_day(batch.on, day), day)
    indicators = {i.key: i for i in map(validate_indicator, batch.indicators)}
    values = {(o.indicator, o.year): o for o in map(validate_observation, batch.observations)}
    dated: dict[str, Any] = {
        "on": on,
        "indicators": list(indicators.values()),
        "observations": list(values.values()),
        "indicator_deletes": [validate_key(k, INDICATOR_KEY) for k in batch.indicator_deletes],
        "observation_deletes": [
            (validate_key(k, INDICATOR_KEY), parse_year(y)) for k, y in batch.observation_deletes
        ],
    }
    if batch.validated or records_checked:
        return _validated(Batch(batch.nodes, batch.edges, edge_deletes, node_deletes, **dated))
    nodes = {(n.label, n.key): n for n in map(validate_node, batch.nodes)}
    edges = {(e.type, e.start, e.end): e for e in map(validate_edge, batch.edges)}
    kept = Batch(list(nodes.values()), list(edges.values()), edge_deletes, node_deletes, **dated)
    return _validated(kept)


def _validated(batch: Batch) -> Batch:
    object.__setattr__(batch, "validated", True)
    return batch


class GapMarkLabel(StrEnum):
    """The node label of a handled mark in Neo4j (query text is built only from this)."""

    GAP_MARK = "GapMark"


#: A gap id as :func:`graphsvc.analysis.gap_scores.gap_id` makes it: kind, ``-``, 12 hex.
GAP_ID_SHAPE = re.compile(r"^[a-z_]{3,60}-[0-9a-f]{12}$")


@dataclass(frozen=True)
class GapMark:
    """A gap marked handled: by whom (``user:NAME``, ``key:ID``), when (UTC ISO) and an
    optional note. Kept by the gap's id, so the mark follows the gap while it exists."""

    gap_id: str
    by: str
    at: str
    note: str = ""


def check_gap_mark(mark: GapMark) -> GapMark:
    """The mark with its note trimmed; ValidationError naming a malformed id or note."""
    check_gap_id(mark.gap_id)
    note = mark.note.strip()
    problem = text_problem(note, SHORT_TEXT)
    if problem:
        raise ValidationError(said("errors.value.note", problem=problem), value=note[:40])
    return GapMark(mark.gap_id, mark.by[:200], mark.at, note)


def check_gap_id(gap_id: str) -> str:
    """``gap_id`` if it has the shape of a gap id, else ValidationError saying the shape.

    >>> check_gap_id("solo_action-96d21cde999a")
    'solo_action-96d21cde999a'
    """
    if not GAP_ID_SHAPE.match(gap_id or ""):
        raise ValidationError(
            said("errors.model.gap_id", value=quoted(gap_id)),
            value=gap_id,
        )
    return gap_id

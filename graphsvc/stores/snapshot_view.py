"""SnapshotView: the read side of GraphStore over one snapshot, for the graph as of a day.

Every read of the API and the CLI takes an as-of day; the services answer those reads
from a view of ``store.snapshot(as_of=day)`` built once per graph version and day, so a
question about 2023 costs what a question about today costs. A view never writes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import cached_property

from graphsvc.errors import NotFoundError, ValidationError
from graphsvc.indicator_model import Indicator, Observation
from graphsvc.messages import said
from graphsvc.model import ENDPOINTS, Edge, Label, Node, RelType, Role
from graphsvc.model_rules import parse_enum
from graphsvc.presentation_model import Presentation
from graphsvc.records import GapMark, History, Participation, Snapshot, WriteReport
from graphsvc.stores.base import (
    SharedQueries,
    assemble_snapshot,
    indicator_not_found,
    not_found,
    page,
    presentation_not_found,
    programme_subgraph,
    rocket_not_found,
    search_needle,
    search_text,
)
from graphsvc.stores.ordering import by_label_then_key, by_label_then_name, by_name, edge_order


class SnapshotView(SharedQueries):
    """A read-only store over ``snapshot``: the graph as it stood on ``day``.

    ``url`` names the store and the day (``STORE@DAY``), so caches keep its answers
    apart from the store's own; writes raise ValidationError. Indicators have no periods:
    the view holds the ``indicators`` given (their current definitions) and the values
    ``observations`` up to the day's year.
    """

    _WHO_RUNS = RelType.RUNS.value
    _ACTIONS_OF = RelType.RUNS.value

    def __init__(
        self,
        snapshot: Snapshot,
        store_url: str,
        day: str,
        indicators: Sequence[Indicator] = (),
        observations: Sequence[Observation] = (),
    ) -> None:
        self.url = f"{store_url}@{day}"
        self.day = day
        self._snapshot = snapshot
        actors = {n.key for n in snapshot.nodes if n.label is Label.ACTOR}
        self._indicators = {
            i.key: i if i.owner in actors else replace(i, owner=None) for i in indicators
        }
        self._observations = [o for o in observations if o.year <= int(day[:4])]

    # -- indexes, built on the first question that needs them (an analysis needs none) --------

    @cached_property
    def _nodes(self) -> dict[tuple[Label, str], Node]:
        return {(n.label, n.key): n for n in self._snapshot.nodes}

    @cached_property
    def _by_label(self) -> dict[Label, list[Node]]:
        found: dict[Label, list[Node]] = {label: [] for label in Label}
        for n in self._snapshot.nodes:  # the snapshot is in label-then-key order
            found[n.label].append(n)
        return found

    @cached_property
    def _touching(self) -> dict[str, list[Edge]]:
        found: dict[str, list[Edge]] = {}
        for e in self._snapshot.edges:
            found.setdefault(e.start, []).append(e)
            if e.end != e.start:
                found.setdefault(e.end, []).append(e)
        return found

    # -- indicators ---------------------------------------------------------------------------

    def find_indicators(self) -> list[Indicator]:
        """The indicators, by key (owners that were not actors on the day left out)."""
        return sorted(self._indicators.values(), key=lambda i: i.key)

    def get_indicator(self, key: str) -> Indicator:
        """The indicator with this key, or NotFoundError."""
        if key not in self._indicators:
            raise indicator_not_found(key)
        return self._indicators[key]

    def find_observations(self, indicator: str | None = None) -> list[Observation]:
        """The values up to the day's year, of one indicator or all."""
        return [o for o in self._observations if indicator in (None, o.indicator)]

    # -- what a view cannot do -------------------------------------------------------------

    def _read_only(self, *_: object, **__: object) -> WriteReport:
        raise ValidationError(said("errors.store.history_read_only", day=f"{self.day}"))

    apply = insert_node = upsert_nodes = upsert_edges = _read_only

    def delete_node(self, label: Label, key: str) -> bool:
        """Refused: a view is history."""
        self._read_only()
        return False

    def delete_edge(self, rel_type: RelType, start: str, end: str) -> bool:
        """Refused: a view is history."""
        self._read_only()
        return False

    def erase_node(self, label: Label, key: str) -> int:
        """Refused: a view is history."""
        self._read_only()
        return 0

    def clear(self) -> None:
        """Refused: a view is history."""
        self._read_only()

    def find_presentations(self) -> list[Presentation]:
        """None: presentations are kept by the store, not by the graph of a day."""
        return []

    def get_presentation(self, key: str) -> Presentation:
        """NotFoundError: a view holds no presentations."""
        raise presentation_not_found(key)

    def add_presentation(self, presentation: Presentation) -> None:
        """Refused: a view is history."""
        self._read_only()

    def replace_presentation(
        self, presentation: Presentation, *, expected: str | None = None
    ) -> None:
        """Refused: a view is history."""
        self._read_only()

    def delete_presentation(self, key: str) -> bool:
        """Refused: a view is history."""
        self._read_only()
        return False

    def find_gap_marks(self) -> list[GapMark]:
        """None: handled marks belong to the worklist of now, not to a past day."""
        return []

    def mark_gap(self, mark: GapMark) -> bool:
        """Refused: a view is history."""
        self._read_only()
        return False

    def unmark_gap(self, gap_id: str) -> bool:
        """Refused: a view is history."""
        self._read_only()
        return False

    def close(self) -> None:
        """Nothing to release."""

    def ensure_schema(self) -> None:
        """Nothing to prepare."""

    def forget_deleted(self) -> bool:
        """Nothing is kept."""
        return True

    def version(self) -> int:
        """The store's version when the view was made."""
        return self._snapshot.version

    def history_days(self) -> list[str]:
        """No history of its own."""
        return []

    def history(self, *, programme: str | None = None) -> History:
        """The view's day only: every item holding then (or of ``programme``'s part), from
        that day on."""
        snap = self.snapshot(programme=programme)
        return History(
            [(n, self.day, None) for n in snap.nodes], [(e, self.day, None) for e in snap.edges]
        )

    # -- reads -----------------------------------------------------------------------------

    def get_node(self, label: Label, key: str) -> Node:
        """The node with this label and key on the view's day, or NotFoundError."""
        label = parse_enum(Label, label, "label")
        found = self._nodes.get((label, key))
        if found is None:
            what = not_found(label, key).said or f"{not_found(label, key)}"
            message = said("errors.store.not_found_as_of", what=what, day=f"{self.day}")
            raise NotFoundError(message, label=label, key=key)
        return found

    def _node_page(self, label: Label, limit: int, offset: int) -> list[Node]:
        return page(self._by_label[label], limit, offset)

    def _filter_candidates(self, label: Label, filters: dict[str, str]) -> list[Node]:
        return list(self._by_label[label])

    def _count_all(self, label: Label) -> int:
        return len(self._by_label[label])

    def _edges_of(self, key: str) -> list[Edge]:
        return self._touching.get(key, [])

    def find_edges(
        self, rel_type: RelType | None = None, *, start: str | None = None, end: str | None = None
    ) -> list[Edge]:
        """Relationships filtered by type and end keys, ordered by (type, start, end)."""
        t = None if rel_type is None else parse_enum(RelType, rel_type, "relationship type")
        pool = (
            self._edges_of(start)
            if start is not None
            else self._edges_of(end)
            if end is not None
            else self._snapshot.edges
        )
        found = [
            e
            for e in pool
            if (t is None or e.type is t)
            and (start is None or e.start == start)
            and (end is None or e.end == end)
        ]
        return sorted(found, key=edge_order)

    def _other_end(self, edge: Edge, label: Label, key: str) -> Node | None:
        start_label, end_label = ENDPOINTS[edge.type]
        if (start_label, edge.start) == (label, key):
            return self._nodes.get((end_label, edge.end))
        return self._nodes.get((start_label, edge.start))

    def neighbours(self, label: Label, key: str) -> list[tuple[Edge, Node]]:
        """Every relationship of a node with the node at its other end."""
        node = self.get_node(label, key)
        pairs = []
        for edge in self._edges_of(node.key):
            other = self._other_end(edge, node.label, node.key)
            if other is not None and node.key in (edge.start, edge.end):
                pairs.append((edge, other))
        return sorted(pairs, key=lambda p: (p[0].type.value, *by_label_then_key(p[1])))

    def _participations(
        self, query: str, label: Label, key: str, other: Label
    ) -> list[Participation]:
        self.get_node(label, key)
        side = "end" if label is Label.ACTION else "start"
        found = []
        for edge in self._edges_of(key):
            if edge.type is RelType.RUNS and getattr(edge, side) == key:
                node = self._other_end(edge, label, key)
                if node is not None:
                    found.append(Participation(node, Role(edge.props["role"])))
        return found

    def _rocket_action_keys(self, rocket_key: str) -> list[str]:
        if (Label.ROCKET, rocket_key) not in self._nodes:
            raise rocket_not_found(rocket_key)
        return [
            e.start
            for e in self._edges_of(rocket_key)
            if e.type is RelType.FUELS and e.end == rocket_key
        ]

    def rocket_actions(self, rocket_key: str) -> list[Node]:
        """Actions fuelling a rocket, by title."""
        keys = self._rocket_action_keys(rocket_key)
        found = [self._nodes[(Label.ACTION, k)] for k in keys if (Label.ACTION, k) in self._nodes]
        return sorted(found, key=by_name)

    def rocket_actors(self, rocket_key: str) -> list[Node]:
        """Distinct actors running an action that fuels a rocket, by name."""
        actors = {
            e.start: self._nodes[(Label.ACTOR, e.start)]
            for action in self._rocket_action_keys(rocket_key)
            for e in self._edges_of(action)
            if e.type is RelType.RUNS and e.end == action and (Label.ACTOR, e.start) in self._nodes
        }
        return sorted(actors.values(), key=by_name)

    def search(
        self, text: str, *, labels: Sequence[Label] | None = None, limit: int = 50
    ) -> list[Node]:
        """Nodes whose name or key contains the text, case- and accent-insensitively."""
        needle = search_needle(text)
        wanted = [parse_enum(Label, x, "label") for x in labels] if labels else list(Label)
        found = [
            n
            for label in wanted
            for n in self._by_label[label]
            if needle in search_text(label, n.key, n.props)
        ]
        return sorted(found, key=by_label_then_name)[:limit]

    def snapshot(
        self, rocket: str | None = None, *, as_of: str | None = None, programme: str | None = None
    ) -> Snapshot:
        """The view's graph (or one rocket's part of it, or one programme's); ``as_of`` is
        the view's own day."""
        if rocket is None and programme is None:
            return self._snapshot
        if rocket is not None and (Label.ROCKET, rocket) not in self._nodes:
            raise rocket_not_found(rocket)
        nodes, edges = self._snapshot.nodes, self._snapshot.edges
        if programme is not None:
            nodes, edges = programme_subgraph(nodes, edges, programme)
        return assemble_snapshot(list(nodes), list(edges), self._snapshot.version, rocket)

"""The GraphStore protocol that every store implements, and what both stores share.

A store speaks only the vocabulary of :mod:`graphsvc.model` and
:mod:`graphsvc.records`. Writes come as a :class:`~graphsvc.records.Batch` that is
applied all or nothing; upserts are idempotent and the
:class:`~graphsvc.records.WriteReport` says what was created, updated and unchanged.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from typing import Any, Protocol, TypeVar, runtime_checkable

from graphsvc.errors import ConflictError, NotFoundError, ValidationError
from graphsvc.indicator_model import Indicator, Observation
from graphsvc.messages import CATALOGUE, Said, said
from graphsvc.model import (
    ENDPOINTS,
    LIST_PROPERTIES,
    NAME_PROPERTY,
    NODE_PROPERTIES,
    Edge,
    Label,
    Node,
    RelType,
)
from graphsvc.model_rules import fold_text, parse_enum
from graphsvc.presentation_model import Presentation
from graphsvc.records import Batch, GapMark, History, Participation, Snapshot, WriteReport
from graphsvc.stores.ordering import by_label_then_key, by_name, by_role_then_name, edge_order

T = TypeVar("T")


@runtime_checkable
class GraphStore(Protocol):
    """One graph database: the same behaviour on SQLite and on Neo4j.

    ``get_*`` returns one thing or raises NotFoundError; ``find_*`` returns a list;
    every method raises StoreUnavailableError when the database cannot be reached
    and ValidationError for values outside the vocabulary.
    """

    url: str

    def close(self) -> None:
        """Release connections."""

    def ensure_schema(self) -> None:
        """Create tables / constraints and the built-in rockets if missing (idempotent)."""

    def apply(self, batch: Batch) -> WriteReport:
        """Apply a batch of validated writes in one transaction, all or nothing."""

    def insert_node(self, node: Node, edges: Sequence[Edge] = ()) -> WriteReport:
        """Create a new node and its ``edges`` in one transaction.

        The store refuses it inside that transaction when the key exists (ConflictError,
        nothing written), so of two concurrent creates of one key exactly one succeeds.
        """

    def upsert_nodes(self, nodes: Sequence[Node]) -> WriteReport:
        """Create or replace the properties of nodes, by (label, key); idempotent."""

    def upsert_edges(self, edges: Sequence[Edge]) -> WriteReport:
        """Create or replace relationships, by (type, start, end); both ends must exist."""

    def get_node(self, label: Label, key: str) -> Node:
        """The node with this label and key, or NotFoundError."""

    def find_nodes(
        self,
        label: Label,
        *,
        filters: dict[str, str] | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[Node]:
        """Nodes of a label ordered by key; ``filters`` match property values exactly."""

    def count_nodes(self, label: Label, *, filters: dict[str, str] | None = None) -> int:
        """How many nodes of a label match ``filters``."""

    def delete_node(self, label: Label, key: str) -> bool:
        """Delete a node and all its relationships; False if it did not exist."""

    def delete_edge(self, rel_type: RelType, start: str, end: str) -> bool:
        """Delete one relationship; False if it did not exist."""

    def erase_node(self, label: Label, key: str) -> int:
        """Remove a node, its relationships and all their history (an erasure, not an
        end); how many relationships were removed. NotFoundError if it never existed."""

    def find_edges(
        self, rel_type: RelType | None = None, *, start: str | None = None, end: str | None = None
    ) -> list[Edge]:
        """Relationships filtered by type and end keys, ordered by (type, start, end)."""

    def neighbours(self, label: Label, key: str) -> list[tuple[Edge, Node]]:
        """Every relationship of a node with the node at its other end (NotFoundError if absent)."""

    def who_runs(self, action_key: str) -> list[Participation]:
        """Actors running an action, with their roles, ordered by role then name."""

    def actions_of(self, actor_key: str) -> list[Participation]:
        """Actions an actor runs, with its role in each, ordered by title."""

    def rocket_actions(self, rocket_key: str) -> list[Node]:
        """Actions fuelling a rocket (primary or not), ordered by title."""

    def rocket_actors(self, rocket_key: str) -> list[Node]:
        """Distinct actors running an action that fuels a rocket, ordered by name."""

    def search(
        self, text: str, *, labels: Sequence[Label] | None = None, limit: int = 50
    ) -> list[Node]:
        """Nodes whose name or key contains ``text``, case- and accent-insensitively."""

    def snapshot(
        self, rocket: str | None = None, *, as_of: str | None = None, programme: str | None = None
    ) -> Snapshot:
        """All nodes and relationships, or those of one rocket, read in one transaction:
        now, or as they stood on the day ``as_of`` (ISO ``YYYY-MM-DD``); with ``programme``,
        only that programme's part (see programme_subgraph), cut by the store's query."""

    def find_indicators(self) -> list[Indicator]:
        """Every vitality indicator, ordered by key (``owner`` None when it has none now)."""

    def get_indicator(self, key: str) -> Indicator:
        """The indicator with this key, or NotFoundError."""

    def find_observations(self, indicator: str | None = None) -> list[Observation]:
        """The yearly values of one indicator, or of all, ordered by indicator and year."""

    def find_presentations(self) -> list[Presentation]:
        """Every saved presentation, ordered by key."""

    def get_presentation(self, key: str) -> Presentation:
        """The presentation with this key, or NotFoundError."""

    def add_presentation(self, presentation: Presentation) -> None:
        """Store a new, checked presentation; ConflictError (nothing written) if the key
        exists, decided inside the writing transaction."""

    def replace_presentation(
        self, presentation: Presentation, *, expected: str | None = None
    ) -> None:
        """Replace a stored presentation whole; NotFoundError if there is none. With
        ``expected`` (the ``updated_at`` it was read with), ConflictError and nothing
        written when it has been changed since, decided inside the writing transaction."""

    def delete_presentation(self, key: str) -> bool:
        """Delete a presentation; False if there was none."""

    def find_gap_marks(self) -> list[GapMark]:
        """Every gap marked handled, ordered by gap id."""

    def mark_gap(self, mark: GapMark) -> bool:
        """Mark a gap handled (replacing an earlier mark of it); True if it had none.
        ValidationError for a malformed gap id or note. Bumps the version."""

    def unmark_gap(self, gap_id: str) -> bool:
        """Reopen a gap: remove its mark; False if it had none. Bumps the version if not."""

    def history_days(self) -> list[str]:
        """Every day on which something began or ended, in order."""

    def history(self, *, programme: str | None = None) -> History:
        """Every validity period of every node and relationship, read in one transaction;
        with ``programme``, of what belonged to that programme's part on some day."""

    def version(self) -> int:
        """A number that grows with every committed change (for caches)."""

    def clear(self) -> None:
        """Delete everything, then recreate the built-in rockets (tests and fresh loads)."""

    def forget_deleted(self) -> bool:
        """Make deleted data unreadable from the store's own files where the store keeps
        copies (SQLite: checkpoint and truncate the WAL); False if that could not finish."""


def label_word(label: object, *, partitive: bool = False) -> Said | str:
    """A node label as a word of the reader's language (the partitive for "ei löydy");
    an unknown label stays as it is."""
    key = f"errors.store.label{'_partitive' if partitive else ''}.{label}"
    return said(key) if key in CATALOGUE else f"{label}"


def search_needle(text: str) -> str:
    """The folded search text, or ValidationError when it is blank."""
    needle = fold_text(text or "").strip()
    if not needle:
        raise ValidationError(said("errors.store.search_empty"))
    return needle


def check_filters(label: Label, filters: dict[str, str] | None) -> dict[str, str]:
    """Filters whose property names are allowed for ``label`` (else ValidationError)."""
    filters = dict(filters or {})
    names = NODE_PROPERTIES[label]
    for name in filters:
        if name not in names:
            raise ValidationError(
                said(
                    "errors.store.filter_unknown",
                    label=label_word(label),
                    name=name,
                    names=", ".join(names),
                ),
                value=name,
            )
    return filters


def rocket_subgraph(
    nodes: list[Node], edges: list[Edge], rocket: str
) -> tuple[list[Node], list[Edge]]:
    """The part of a graph that belongs to one rocket (see ``GraphStore.snapshot``).

    The rocket, the actions fuelling it, the actors running those actions, and the
    FUELS, RUNS and COLLABORATES_WITH relationships among them.
    """
    actions = {e.start for e in edges if e.type is RelType.FUELS and e.end == rocket}
    runs = [e for e in edges if e.type is RelType.RUNS and e.end in actions]
    actors = {e.start for e in runs}
    keep_edges = [
        e
        for e in edges
        if (e.type is RelType.FUELS and e.end == rocket)
        or (e.type is RelType.RUNS and e.end in actions)
        or (e.type is RelType.COLLABORATES_WITH and e.start in actors and e.end in actors)
    ]
    wanted = {Label.ROCKET: {rocket}, Label.ACTION: actions, Label.ACTOR: actors}
    keep_nodes = [n for n in nodes if n.key in wanted.get(n.label, set())]
    return keep_nodes, keep_edges


def programmes_within(edges: Sequence[Edge], programme: str) -> set[str]:
    """The programme and every programme that carries it out, however indirectly (a
    strategy's growth programmes and their plans)."""
    found, frontier = {programme}, [programme]
    below: dict[str, list[str]] = {}
    for e in edges:
        if e.type is RelType.CARRIES_OUT:
            below.setdefault(e.end, []).append(e.start)
    while frontier:
        for child in below.get(frontier.pop(), []):
            if child not in found:
                found.add(child)
                frontier.append(child)
    return found


def programme_subgraph(
    nodes: list[Node], edges: list[Edge], programme: str
) -> tuple[list[Node], list[Edge]]:
    """The part of a graph that belongs to a programme (a strategy: its programmes).

    Its programmes and rockets, the actions fuelling those rockets (an action's primary
    rocket within the programme is its first there when its own primary is elsewhere),
    the actors running them and their ties, the themes, and the relationships among these.
    The stores' own queries cut the same part (``snapshot(programme=...)``); this is the
    cut of a graph in hand. The part keeps the order of ``nodes`` and ``edges``.
    """
    programmes = programmes_within(edges, programme)
    rockets = {e.start for e in edges if e.type is RelType.PART_OF and e.end in programmes}
    actions = {e.start for e in edges if e.type is RelType.FUELS and e.end in rockets}
    actors = {e.start for e in edges if e.type is RelType.RUNS and e.end in actions}
    belongs: dict[RelType, Callable[[Edge], bool]] = {
        RelType.FUELS: lambda e: e.end in rockets,
        RelType.RUNS: lambda e: e.end in actions,
        RelType.ADDRESSES: lambda e: e.start in actions,
        RelType.COLLABORATES_WITH: lambda e: e.start in actors and e.end in actors,
        RelType.PART_OF: lambda e: e.start in rockets,
        RelType.CARRIES_OUT: lambda e: e.start in programmes and e.end in programmes,
    }
    keep_edges = first_rocket_primary([e for e in edges if belongs[e.type](e)])
    wanted = {
        Label.PROGRAMME: programmes,
        Label.ROCKET: rockets,
        Label.ACTION: actions,
        Label.ACTOR: actors,
    }
    keep_nodes = [n for n in nodes if n.label is Label.THEME or n.key in wanted[n.label]]
    return keep_nodes, keep_edges


def not_found(label: Label, key: str) -> NotFoundError:
    """The error both stores raise for a node that does not exist."""
    message = said("errors.store.node_not_found", label=label_word(label, partitive=True), key=key)
    return NotFoundError(message, label=label, key=key)


def indicator_not_found(key: str) -> NotFoundError:
    """The error both stores raise for an indicator that does not exist."""
    return NotFoundError(said("errors.store.indicator_not_found", key=key), key=key)


def presentation_not_found(key: str) -> NotFoundError:
    """The error both stores raise for a presentation that does not exist."""
    return NotFoundError(said("errors.store.presentation_not_found", key=key), key=key)


def presentation_exists(key: str) -> ConflictError:
    """The error both stores raise for a new presentation whose key is taken."""
    return ConflictError(said("errors.store.presentation_exists", key=key))


def presentation_changed(key: str) -> ConflictError:
    """The error both stores raise when a presentation changed since it was read."""
    return ConflictError(said("errors.store.presentation_changed", key=key))


def rocket_not_found(rocket: str) -> NotFoundError:
    """The error both stores raise for a rocket that does not exist."""
    return NotFoundError(said("errors.store.rocket_not_found", key=rocket), key=rocket)


def page(items: list[T], limit: int | None, offset: int) -> list[T]:
    """``limit`` items from ``offset`` on (all the rest when ``limit`` is None)."""
    return items[offset : None if limit is None else offset + limit]


def first_rocket_primary(edges: list[Edge]) -> list[Edge]:
    """A programme's part's relationships, each action's first rocket there (in the order
    given) marked primary where its own primary rocket lies outside the part."""
    primary = {e.start for e in edges if e.type is RelType.FUELS and e.props.get("primary")}
    marked = []
    for e in edges:
        if e.type is RelType.FUELS and e.start not in primary:
            primary.add(e.start)
            e = Edge(e.type, e.start, e.end, {**e.props, "primary": True})
        marked.append(e)
    return marked


def _type_of(edge: Edge) -> str:
    return edge.type.value


def assemble_snapshot(
    nodes: list[Node],
    edges: list[Edge],
    version: int,
    rocket: str | None = None,
    *,
    programme_part: bool = False,
) -> Snapshot:
    """A snapshot in the order both stores give (or just ``rocket``'s part of it).

    ``programme_part``: the graph is a programme's part as the store's query cut it, whose
    actions' first rockets there stand in for primaries elsewhere (see programme_subgraph).
    """
    nodes, edges = sorted(nodes, key=by_label_then_key), sorted(edges, key=edge_order)
    if programme_part:  # the FUELS relationships lie together, ordered
        fuels = RelType.FUELS.value
        first = bisect_left(edges, fuels, key=_type_of)
        last = bisect_right(edges, fuels, lo=first, key=_type_of)
        edges[first:last] = first_rocket_primary(edges[first:last])
    if rocket is not None:
        nodes, edges = rocket_subgraph(nodes, edges, rocket)
    return Snapshot(nodes, edges, version)


def duplicate_error(node: Node) -> ConflictError:
    """The ConflictError of creating a node whose key exists."""
    return ConflictError(
        said("errors.store.node_exists", label=label_word(node.label), key=node.key)
    )


def missing_end_error(edge: Edge, label: Label, key: str) -> NotFoundError:
    """The error for a relationship whose end node does not exist."""
    message = said(
        "errors.store.missing_end",
        type=f"{edge.type}",
        label=label_word(label, partitive=True),
        key=key,
    )
    return NotFoundError(message, label=label, key=key)


def matches(node: Node, filters: dict[str, str]) -> bool:
    """Whether a node's properties match every filter (list properties: contains)."""
    for name, wanted in filters.items():
        value = node.props.get(name)
        if name in LIST_PROPERTIES:
            if wanted not in (value or []):
                return False
        elif value is None or str(value) != str(wanted):
            return False
    return True


def search_text(label: Label, key: str, props: dict[str, Any]) -> str:
    """What search matches for a node, in every store: its folded name and key."""
    return fold_text(str(props.get(NAME_PROPERTY[label], ""))) + "\n" + fold_text(key)


class BatchWrites:
    """The single-item writes of GraphStore, each one batch through ``self.apply``."""

    def apply(self, batch: Batch) -> WriteReport:  # pragma: no cover - implemented by stores
        """Apply a batch in one transaction, all or nothing."""
        raise NotImplementedError

    def upsert_nodes(self, nodes: Sequence[Node]) -> WriteReport:
        """Create or replace nodes by (label, key); idempotent."""
        return self.apply(Batch(nodes=nodes))

    def upsert_edges(self, edges: Sequence[Edge]) -> WriteReport:
        """Create or replace relationships by (type, start, end); both ends must exist."""
        return self.apply(Batch(edges=edges))

    def delete_node(self, label: Label, key: str) -> bool:
        """Delete a node and its relationships; False if it did not exist."""
        return self.apply(Batch(node_deletes=[(label, key)])).nodes_deleted > 0

    def delete_edge(self, rel_type: RelType, start: str, end: str) -> bool:
        """Delete one relationship; False if it did not exist."""
        return self.apply(Batch(edge_deletes=[(rel_type, start, end)])).edges_deleted > 0

    def forget_deleted(self) -> bool:
        """Nothing to do where the database keeps no copy of deleted data of its own."""
        return True


def erasable_ends(label: Label) -> list[tuple[RelType, bool, bool]]:
    """Per relationship type: whether a node of ``label`` can be its start, its end."""
    return [(t, s is label, e is label) for t, (s, e) in ENDPOINTS.items() if label in (s, e)]


class SharedQueries:
    """Node finding, counting and participations as both stores do them, over store reads.

    A store sets ``_WHO_RUNS`` and ``_ACTIONS_OF`` to its two participation queries.
    """

    _WHO_RUNS: str
    _ACTIONS_OF: str

    def _participations(
        self, query: str, label: Label, key: str, other: Label
    ) -> list[Participation]:  # pragma: no cover
        """The ``RUNS`` participations of one node; NotFoundError if it does not exist."""
        raise NotImplementedError

    def who_runs(self, action_key: str) -> list[Participation]:
        """Actors running an action, with roles (lead first)."""
        found = self._participations(self._WHO_RUNS, Label.ACTION, action_key, Label.ACTOR)
        return sorted(found, key=by_role_then_name)

    def actions_of(self, actor_key: str) -> list[Participation]:
        """Actions an actor runs, with its role in each, by title."""
        found = self._participations(self._ACTIONS_OF, Label.ACTOR, actor_key, Label.ACTION)
        return sorted(found, key=lambda p: by_name(p.node))

    def _node_page(self, label: Label, limit: int, offset: int) -> list[Node]:  # pragma: no cover
        """One page of a label's nodes ordered by key, read by the database."""
        raise NotImplementedError

    def _filter_candidates(self, label: Label, filters: dict[str, str]) -> list[Node]:
        """Nodes of a label that may match ``filters`` (a superset; any order)."""
        raise NotImplementedError  # pragma: no cover

    def _count_all(self, label: Label) -> int:  # pragma: no cover
        """How many nodes of a label there are."""
        raise NotImplementedError

    def find_nodes(
        self,
        label: Label,
        *,
        filters: dict[str, str] | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[Node]:
        """Nodes of a label ordered by key, filtered on property values."""
        label = parse_enum(Label, label, "label")
        filters = check_filters(label, filters)
        if not filters and limit is not None:
            return self._node_page(label, limit, offset)
        nodes = [n for n in self._filter_candidates(label, filters) if matches(n, filters)]
        nodes.sort(key=lambda n: n.key)
        return page(nodes, limit, offset)

    def count_nodes(self, label: Label, *, filters: dict[str, str] | None = None) -> int:
        """How many nodes of a label match the filters."""
        label = parse_enum(Label, label, "label")
        if not check_filters(label, filters):
            return self._count_all(label)
        return len(self.find_nodes(label, filters=filters))

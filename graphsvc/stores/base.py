"""The GraphStore protocol that every store implements, and the records it returns.

A store speaks only the vocabulary of :mod:`graphsvc.model`. Writes come as a
:class:`Batch` that is applied all or nothing; upserts are idempotent and the
:class:`WriteReport` says what was created, updated and unchanged.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

from graphsvc.model import Edge, Label, Node, RelType, Role


@dataclass
class Batch:
    """Writes applied together, all or nothing: node upserts, then edge upserts, then deletes.

    ``edge_deletes`` holds ``(type, start, end)``; ``node_deletes`` holds ``(label, key)``
    and removes every relationship of the node too.
    """

    nodes: Sequence[Node] = ()
    edges: Sequence[Edge] = ()
    edge_deletes: Sequence[tuple[RelType, str, str]] = ()
    node_deletes: Sequence[tuple[Label, str]] = ()


@dataclass
class WriteReport:
    """What a batch did: counts of nodes and relationships created, updated, unchanged, deleted."""

    nodes_created: int = 0
    nodes_updated: int = 0
    nodes_unchanged: int = 0
    nodes_deleted: int = 0
    edges_created: int = 0
    edges_updated: int = 0
    edges_unchanged: int = 0
    edges_deleted: int = 0

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

    def search(self, text: str, *, labels: Sequence[Label] | None = None, limit: int = 50) -> list[Node]:
        """Nodes whose name or key contains ``text``, case- and accent-insensitively."""

    def snapshot(self, rocket: str | None = None) -> Snapshot:
        """All nodes and relationships, or those of one rocket, read in one transaction."""

    def version(self) -> int:
        """A number that grows with every committed change (for caches)."""

    def clear(self) -> None:
        """Delete everything, then recreate the built-in rockets (tests and fresh loads)."""

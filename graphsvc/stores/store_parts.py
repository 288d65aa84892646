"""What the parts of a store (its presentations, its survey) use of the store they are
mixed into: SQLiteStore's reads and transactions, Neo4jStore's transaction functions."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from neo4j import ManagedTransaction

T = TypeVar("T")


class SQLiteParts:
    """A part of SQLiteStore: its reads and write transactions come from the store."""

    def _read(self, query: str, params: tuple[Any, ...] = ()) -> list[Any]:  # pragma: no cover
        raise NotImplementedError

    def _transaction(  # pragma: no cover
        self, *, write: bool
    ) -> AbstractContextManager[sqlite3.Connection]:
        raise NotImplementedError


class Neo4jParts:
    """A part of Neo4jStore: its managed transactions come from the store."""

    def read_work(self, work: Callable[[ManagedTransaction], T]) -> T:  # pragma: no cover
        raise NotImplementedError

    def write_work(self, work: Callable[[ManagedTransaction], T]) -> T:  # pragma: no cover
        raise NotImplementedError

"""Fixtures of the map tests: the hostile programme as a snapshot and in a SQLite store."""

from __future__ import annotations

import pytest

from graphsvc.records import Batch, Snapshot
from graphsvc.stores.base import GraphStore

from .hostile import hostile_edges, hostile_nodes


@pytest.fixture
def hostile_snapshot() -> Snapshot:
    """The hostile programme as a snapshot (render tests need no store)."""
    return Snapshot(hostile_nodes(), hostile_edges(), 1)


@pytest.fixture
def hostile_store(sqlite_store: GraphStore) -> GraphStore:
    """The hostile programme in a real SQLite store."""
    sqlite_store.apply(Batch(nodes=hostile_nodes(), edges=hostile_edges()))
    return sqlite_store


@pytest.fixture
def history_store(sqlite_store: GraphStore) -> GraphStore:
    """Three years of history (2022–2024, see ``history.py``) in a real SQLite store."""
    from .history import write_history

    return write_history(sqlite_store)

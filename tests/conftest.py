"""Shared fixtures: a ``store`` on a real SQLite file and on a real Neo4j (``neo4j_uri``)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from neo4j_server import neo4j_uri  # noqa: F401  (session fixture: starts or finds a Neo4j)
from store_factory import open_test_store

from graphsvc.stores.base import GraphStore

STORE_KINDS = ["sqlite", "neo4j"]


@pytest.fixture(params=STORE_KINDS)
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[GraphStore]:
    """An empty store with only the built-in rockets, on SQLite and on Neo4j."""
    opened = open_test_store(request.param, request, tmp_path)
    yield opened
    opened.close()


@pytest.fixture
def sqlite_store(tmp_path: Path) -> Iterator[GraphStore]:
    """An empty SQLite store, for tests that are about one store only."""
    from graphsvc.stores.sqlite_store import SQLiteStore

    opened = SQLiteStore(f"sqlite:///{tmp_path / 'graph.db'}")
    opened.ensure_schema()
    yield opened
    opened.close()

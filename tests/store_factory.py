"""Fresh test stores of either kind, for fixtures and for tests that need a second store."""

from __future__ import annotations

from pathlib import Path

import pytest

from graphsvc.stores.base import GraphStore


def open_test_store(kind: str, request: pytest.FixtureRequest, tmp_path: Path) -> GraphStore:
    """A fresh, empty store of ``kind`` (the Neo4j database is cleared, not recreated)."""
    if kind == "sqlite":
        from graphsvc.stores.sqlite_store import SQLiteStore

        store: GraphStore = SQLiteStore(f"sqlite:///{tmp_path / 'graph.db'}")
    else:
        from graphsvc.stores.neo4j_store import Neo4jStore

        store = Neo4jStore(request.getfixturevalue("neo4j_uri"))
        forget_sign_ins(store)
    store.ensure_schema()
    store.clear()
    return store


def forget_sign_ins(store: GraphStore) -> None:
    """Remove the users, sessions and failed sign-in counts that earlier tests left in the
    shared Neo4j database (``clear`` keeps account nodes; a SQLite file is new per test)."""
    from graphsvc.stores import cypher

    labels = (cypher.USER_LABEL, cypher.SESSION_LABEL, cypher.THROTTLE_LABEL)
    query = "MATCH (n) WHERE " + " OR ".join(f"n:{label}" for label in labels) + " DETACH DELETE n"
    store._driver.execute_query(query)  # type: ignore[attr-defined]


def wipe_everything(store: GraphStore) -> None:
    """Leave nothing at all in ``store``: for Neo4j also users, keys, pseudonyms and the
    audit log (a SQLite test store is a new file anyway); then recreate the schema."""
    if store.url.startswith("sqlite:"):
        return
    from neo4j import GraphDatabase

    with GraphDatabase.driver(store.url) as driver:
        driver.execute_query("MATCH (n) DETACH DELETE n")
    store.ensure_schema()

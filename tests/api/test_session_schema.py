"""The session records' schema: migration 0003_sessions (SQLite), constraint and indexes (Neo4j)."""

from __future__ import annotations

import sqlite3

import pytest

from graphsvc.accounts import open_accounts
from graphsvc.stores import cypher
from graphsvc.stores.base import GraphStore
from graphsvc.stores.sqlite_schema import MIGRATIONS


def test_sqlite_sessions_come_from_the_named_migration(sqlite_store: GraphStore) -> None:
    assert "0003_sessions" in [name for name, _ in MIGRATIONS]
    conn = sqlite3.connect(sqlite_store.path)  # type: ignore[attr-defined]
    applied = {row[0] for row in conn.execute("SELECT name FROM migrations")}
    listed = conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")
    indexes = {row[0] for row in listed}
    columns = {row[1] for row in conn.execute("PRAGMA table_info(sessions)")}
    conn.close()
    assert "0003_sessions" in applied
    assert {"sessions_by_user", "sessions_by_expiry"} <= indexes
    assert "token_hash" in columns and "token" not in columns  # only the hash is stored


@pytest.mark.neo4j
def test_neo4j_sessions_have_a_unique_token_hash_and_indexes(neo4j_uri: str) -> None:
    from graphsvc.stores.neo4j_store import Neo4jStore

    store = Neo4jStore(neo4j_uri)
    open_accounts(store)
    names = {r["name"] for r in store._driver.execute_query(cypher.SHOW_INDEXES).records}
    constraints = {r["name"] for r in store._driver.execute_query(cypher.SHOW_CONSTRAINTS).records}
    store.close()
    assert {"graphsvc_session_token", "graphsvc_throttle_subject"} <= constraints
    assert {"graphsvc_session_user", "graphsvc_session_expiry"} <= names

"""The session-wide Neo4j for tests (owned by the Neo4j work; placeholder until it lands)."""

from __future__ import annotations

import os

import pytest


@pytest.fixture(scope="session")
def neo4j_uri() -> str:
    """The Bolt URI of a real Neo4j: GRAPHSVC_TEST_NEO4J_URI, or one started by the script."""
    uri = os.environ.get("GRAPHSVC_TEST_NEO4J_URI")
    if uri:
        return uri
    if os.environ.get("GRAPHSVC_REQUIRE_NEO4J") == "1":
        pytest.fail("GRAPHSVC_REQUIRE_NEO4J=1 but no Neo4j could be started")
    pytest.skip("no Neo4j: set GRAPHSVC_TEST_NEO4J_URI")

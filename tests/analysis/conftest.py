"""Fixtures of the analysis tests: the planted network as a snapshot and as graphs."""

from __future__ import annotations

import networkx as nx
import pytest
from analysis_planted import planted_snapshot

from graphsvc.analysis.bridge import actor_network, programme_graph
from graphsvc.records import Snapshot
from graphsvc.services.analysis import clear_cache


@pytest.fixture
def snapshot() -> Snapshot:
    """The planted network, built from model records (no store)."""
    return planted_snapshot()


@pytest.fixture
def P(snapshot: Snapshot) -> nx.Graph:
    """Its programme graph."""
    return programme_graph(snapshot)


@pytest.fixture
def A(P: nx.Graph) -> nx.Graph:
    """Its actor co-participation network."""
    return actor_network(P)


@pytest.fixture(autouse=True)
def fresh_cache():
    """Every test starts with an empty analysis cache."""
    clear_cache()
    yield
    clear_cache()

"""Behaviour only the Neo4j store has: schema, hidden search text, retries, routing, big batches."""

from __future__ import annotations

import pytest
from neo4j import GraphDatabase
from neo4j.exceptions import ServiceUnavailable

from graphsvc.errors import NotFoundError
from graphsvc.model import Edge, Label, Node, RelType
from graphsvc.records import Batch, prepare_batch
from graphsvc.stores import cypher
from graphsvc.stores.neo4j_history import write_batch
from graphsvc.stores.neo4j_store import Neo4jStore

pytestmark = pytest.mark.neo4j


@pytest.fixture
def neo4j_store(neo4j_uri):
    """An empty Neo4j store (built-in rockets only)."""
    store = Neo4jStore(neo4j_uri)
    store.ensure_schema()
    store.clear()
    yield store
    store.close()


@pytest.fixture
def driver(neo4j_uri):
    """A plain driver, to look at what is really stored."""
    with GraphDatabase.driver(neo4j_uri) as plain:
        yield plain


def test_schema_has_a_key_constraint_and_search_index_per_label(neo4j_store, driver):
    constraints = driver.execute_query(
        "SHOW CONSTRAINTS YIELD labelsOrTypes, properties, type RETURN *"
    ).records
    unique = {(r["labelsOrTypes"][0], r["properties"][0]) for r in constraints}
    for label in Label:
        assert (label.value, "key") in unique
    indexes = driver.execute_query("SHOW INDEXES YIELD labelsOrTypes, properties, type").records
    text = {r["labelsOrTypes"][0] for r in indexes if r["type"] == "TEXT"}
    assert text == {label.value for label in Label}


def test_ensure_schema_twice_creates_nothing_more(neo4j_store, driver):
    count = "SHOW INDEXES YIELD name RETURN count(*) AS n"
    before = driver.execute_query(count).records[0]["n"]
    neo4j_store.ensure_schema()
    assert driver.execute_query(count).records[0]["n"] == before


def test_search_text_is_stored_but_never_returned(neo4j_store, driver):
    neo4j_store.upsert_nodes([Node(Label.ACTOR, "a1", {"name": "Ääneen Oy", "kind": "company"})])
    stored = driver.execute_query("MATCH (n:Actor {key: 'a1'}) RETURN properties(n) AS p")
    assert stored.records[0]["p"][cypher.SEARCH_PROPERTY] == "aaneen oy\na1"
    node = neo4j_store.get_node(Label.ACTOR, "a1")
    assert node.props == {"name": "Ääneen Oy", "kind": "company"}
    everywhere = [
        *neo4j_store.find_nodes(Label.ACTOR),
        *neo4j_store.search("aaneen"),
        *neo4j_store.snapshot().nodes,
    ]
    assert not [n for n in everywhere if any(k.startswith("_") for k in n.props)]


def test_version_node_is_not_part_of_the_graph(neo4j_store, driver):
    neo4j_store.upsert_nodes([Node(Label.ACTOR, "a1", {"name": "A"})])
    version = neo4j_store.version()
    neo4j_store.clear()
    assert neo4j_store.version() > version
    meta = driver.execute_query(f"MATCH (m:{cypher.META_LABEL}) RETURN m.version AS v").records
    assert [r["v"] for r in meta] == [neo4j_store.version()]
    assert {n.label for n in neo4j_store.snapshot().nodes} <= set(Label)


def test_a_retried_transaction_function_writes_once(neo4j_store):
    """The driver repeats a write after a lost connection; the repeat must not double it."""
    batch = prepare_batch(
        Batch(
            nodes=[
                Node(Label.ACTOR, "r1", {"name": "R"}),
                Node(Label.ACTION, "x1", {"title": "X"}),
            ],
            edges=[Edge(RelType.RUNS, "r1", "x1", {"role": "lead"})],
        )
    )
    attempts = []

    def flaky(tx):
        report = write_batch(tx, batch)
        attempts.append(report)
        if len(attempts) == 1:
            raise ServiceUnavailable("connection lost after the work, before the commit")
        return report

    report = neo4j_store.write_work(flaky)
    assert len(attempts) == 2
    assert (report.nodes_created, report.edges_created) == (2, 1)
    assert neo4j_store.count_nodes(Label.ACTOR) == 1
    assert len(neo4j_store.find_edges(RelType.RUNS)) == 1


def test_routing_url_works_against_a_single_server(neo4j_uri, neo4j_store):
    routed = Neo4jStore(neo4j_uri.replace("bolt://", "neo4j://"))
    try:
        routed.upsert_nodes([Node(Label.ACTOR, "via-routing", {"name": "R"})])
        assert neo4j_store.get_node(Label.ACTOR, "via-routing").name == "R"
    finally:
        routed.close()


def test_pages_follow_code_point_order_like_sqlite(neo4j_store):
    """Cypher orders strings by UTF-16 units: U+1D400 would come before U+FF46."""
    keys = ["\uff46-fullwidth", "\U0001d400-bold", "a-plain"]
    neo4j_store.upsert_nodes([Node(Label.ACTOR, k, {"name": k}) for k in keys])
    assert [n.key for n in neo4j_store.find_nodes(Label.ACTOR, limit=10)] == sorted(keys)
    assert [n.key for n in neo4j_store.find_nodes(Label.ACTOR, limit=1, offset=2)] == [
        "\U0001d400-bold"
    ]


def test_credentials_are_sent_and_none_means_no_auth(neo4j_uri):
    """The dev server has auth disabled: it accepts a login and no login alike."""
    for user, password in (("neo4j", "a-real-secret"), (None, None), ("neo4j", None)):
        store = Neo4jStore(neo4j_uri, user=user, password=password, connect_timeout=5)
        try:
            assert store.version() >= 0
        finally:
            store.close()


BIG = 120_000


def test_a_120k_row_batch_is_one_transaction(neo4j_store):
    """A failure at the very end of a big import leaves nothing of it behind."""
    nodes = [Node(Label.ACTOR, f"big{i}", {"name": f"Big {i}"}) for i in range(BIG - 1)]
    broken = Batch(nodes=nodes, edges=[Edge(RelType.RUNS, "big0", "no-such-action")])
    version = neo4j_store.version()
    with pytest.raises(NotFoundError, match="no-such-action"):
        neo4j_store.apply(broken)
    assert neo4j_store.count_nodes(Label.ACTOR) == 0
    assert neo4j_store.version() == version

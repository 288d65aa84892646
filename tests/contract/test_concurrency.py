"""Concurrent writers from several threads lose nothing, on both stores."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

from graphsvc.errors import ConflictError
from graphsvc.model import Edge, Label, Node, RelType
from graphsvc.records import Batch

WRITERS = 6
PER_WRITER = 15


def test_parallel_writers_lose_nothing(store):
    store.upsert_nodes([Node(Label.ACTION, "shared", {"title": "Yhteinen"})])

    def write(writer: int) -> int:
        for i in range(PER_WRITER):
            key = f"w{writer}-{i}"
            store.apply(
                Batch(
                    nodes=[Node(Label.ACTOR, key, {"name": key, "kind": "company"})],
                    edges=[Edge(RelType.RUNS, key, "shared", {"role": "partner"})],
                )
            )
        return PER_WRITER

    with ThreadPoolExecutor(WRITERS) as pool:
        acknowledged = sum(pool.map(write, range(WRITERS)))
    assert store.count_nodes(Label.ACTOR) == acknowledged == WRITERS * PER_WRITER
    assert len(store.who_runs("shared")) == acknowledged


def test_parallel_upserts_of_one_key_make_one_node(store):
    def write(i: int) -> None:
        store.upsert_nodes([Node(Label.ACTOR, "same", {"name": f"v{i % 2}", "kind": "city"})])

    with ThreadPoolExecutor(WRITERS) as pool:
        list(pool.map(write, range(WRITERS * 3)))
    assert [n.key for n in store.find_nodes(Label.ACTOR)] == ["same"]


def test_parallel_inserts_of_one_key_let_exactly_one_win(store):
    barrier = threading.Barrier(WRITERS)

    def insert(i: int) -> str:
        barrier.wait()
        try:
            store.insert_node(Node(Label.ACTOR, "same", {"name": f"v{i}", "kind": "city"}))
        except ConflictError as e:
            return str(e)
        return "created"

    with ThreadPoolExecutor(WRITERS) as pool:
        outcomes = list(pool.map(insert, range(WRITERS)))
    assert outcomes.count("created") == 1, outcomes
    assert set(outcomes) - {"created"} == {"Actor 'same' already exists"}
    assert [n.key for n in store.find_nodes(Label.ACTOR)] == ["same"]

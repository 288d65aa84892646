"""Concurrent writers from several threads lose nothing, on both stores."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

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

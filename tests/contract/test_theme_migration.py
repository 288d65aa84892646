"""The recorded themes migration on both stores: a ``themes`` list becomes ``ADDRESSES``.

Each test writes what a store from before themes were nodes held (the list on the action
now and in its periods, the migration not yet recorded), opens the store again and reads
what the migration made of it, history included.
"""

from __future__ import annotations

import json
import sqlite3

from graphsvc.model import Edge, Label, Node, RelType
from graphsvc.records import Batch
from graphsvc.stores.history import dump_props
from graphsvc.stores.theme_migration import NAME

Y22, Y23 = "2022-12-31", "2023-12-31"
EARLIER = ["Työllisyys", "Kestävä matkailu"]
LATER = ["ymparisto", "kestävä matkailu"]


def _action(status: str) -> Node:
    return Node(Label.ACTION, "a1", {"title": "A1", "status": status})


def _legacy(store) -> None:
    """Two periods of action a1 whose properties held ``themes`` (as before the migration)."""
    store.apply(Batch([_action("planned")], [Edge(RelType.FUELS, "a1", "centre")], on=Y22))
    store.apply(Batch([_action("ongoing")], on=Y23))
    rows = [
        (Y22, dump_props({"status": "planned", "themes": EARLIER, "title": "A1"})),
        (Y23, dump_props({"status": "ongoing", "themes": LATER, "title": "A1"})),
    ]
    if store.url.startswith("sqlite:"):
        conn = sqlite3.connect(store.url.removeprefix("sqlite:///"))
        with conn:
            for day, text in rows:
                conn.execute(
                    "UPDATE node_periods SET props = ? "
                    "WHERE label = 'Action' AND key = 'a1' AND valid_from = ?",
                    (text, day),
                )
            conn.execute("UPDATE nodes SET props = ? WHERE label = 'Action'", (rows[1][1],))
            conn.execute("DELETE FROM migrations WHERE name = ?", (NAME,))
        conn.close()
    else:
        run = store._driver.execute_query
        for day, text in rows:
            run(
                "MATCH (p:_GraphsvcNodePeriod {label: 'Action', key: 'a1', valid_from: $day}) "
                "SET p.props = $text",
                day=day,
                text=text,
            )
        run("MATCH (n:Action {key: 'a1'}) SET n.themes = $words", words=LATER)
        run("MATCH (m:_GraphsvcMigration {name: $name}) DELETE m", name=NAME)


def _themes_on(store, day: str | None) -> list[str]:
    snap = store.snapshot(as_of=day) if day else store.snapshot()
    return sorted(e.end for e in snap.edges if e.type is RelType.ADDRESSES)


def test_the_migration_keeps_every_theme_with_its_history(store):
    _legacy(store)
    store.ensure_schema()
    assert _themes_on(store, None) == ["environment", "kestava-matkailu"]
    assert _themes_on(store, "2023-06-30") == ["employment", "kestava-matkailu"]
    assert store.get_node(Label.THEME, "kestava-matkailu").props == {"name_fi": "Kestävä matkailu"}
    assert "themes" not in store.get_node(Label.ACTION, "a1").props
    history = store.history()
    assert all("themes" not in n.props for n, _, _ in history.nodes)
    periods = sorted(
        (e.end, start, end) for e, start, end in history.edges if e.type is RelType.ADDRESSES
    )
    assert periods == [
        ("employment", Y22, Y23),
        ("environment", Y23, None),
        ("kestava-matkailu", Y22, Y23),
        ("kestava-matkailu", Y23, None),
    ]


def test_the_migration_runs_once(store):
    _legacy(store)
    store.ensure_schema()
    version = store.version()
    store.ensure_schema()
    assert store.version() == version
    assert len(store.find_edges(RelType.ADDRESSES)) == 2


def test_a_store_without_themes_only_records_the_migration(store):
    store.apply(Batch([_action("planned")], [Edge(RelType.FUELS, "a1", "centre")], on=Y22))
    before = json.dumps([(n.key, n.props) for n in store.snapshot().nodes], default=str)
    store.ensure_schema()
    after = json.dumps([(n.key, n.props) for n in store.snapshot().nodes], default=str)
    assert before == after and store.find_edges(RelType.ADDRESSES) == []

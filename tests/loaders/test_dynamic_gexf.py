"""The GEXF export is dynamic: validity periods as spells that Gephi's timeline plays."""

from __future__ import annotations

import networkx as nx

from graphsvc.model import Edge, Label, Node, RelType
from graphsvc.records import Batch
from graphsvc.services.workbook import export_graph


def actor(key: str) -> Node:
    return Node(Label.ACTOR, key, {"name": key.upper(), "kind": "company"})


def three_years(store) -> None:
    """``stays`` all along; ``left`` from 2021 to the end of 2022; ``back`` away in 2022;
    action ``x`` planned in 2021, ongoing from 2022, done from 2023."""
    x = {"title": "X", "status": "planned"}
    store.apply(
        Batch(
            nodes=[actor("stays"), actor("left"), actor("back"), Node(Label.ACTION, "x", x)],
            edges=[Edge(RelType.RUNS, "left", "x", {"role": "lead"})],
            on="2021-01-01",
        )
    )
    store.apply(Batch(nodes=[Node(Label.ACTION, "x", {**x, "status": "ongoing"})], on="2022-01-01"))
    store.apply(Batch(node_deletes=[(Label.ACTOR, "back")], on="2022-01-01"))
    store.apply(Batch(nodes=[actor("back")], on="2023-01-01"))
    store.apply(Batch(nodes=[Node(Label.ACTION, "x", {**x, "status": "done"})], on="2023-01-01"))
    store.apply(Batch(node_deletes=[(Label.ACTOR, "left")], on="2023-01-01"))


def read_back(store, tmp_path, **options) -> nx.Graph:
    """The export read with networkx, open ends as None (it reads a missing end as "None")."""
    path = tmp_path / "history.gexf"
    export_graph(store, "gexf", path, **options)
    assert 'mode="dynamic"' in path.read_text() and 'timeformat="date"' in path.read_text()
    graph = nx.read_gexf(path)
    for _, attrs in [*graph.nodes(data=True), *((e, d) for *e, d in graph.edges(data=True))]:
        attrs["spells"] = [(s, None if e == "None" else e) for s, e in attrs["spells"]]
    return graph


def test_spells_follow_the_validity_periods(store, tmp_path):
    three_years(store)
    graph = read_back(store, tmp_path)
    assert graph.graph["mode"] == "dynamic"
    spells = {key: graph.nodes[f"Actor:{key}"]["spells"] for key in ("stays", "left", "back")}
    assert spells["stays"] == [("2021-01-01", None)]
    assert spells["left"] == [("2021-01-01", "2022-12-31")]
    assert spells["back"] == [("2021-01-01", "2021-12-31"), ("2023-01-01", None)]
    assert graph.edges["Actor:left", "Action:x"]["spells"] == [("2021-01-01", "2022-12-31")]
    status = graph.nodes["Action:x"]["status"]
    assert [value for value, *_ in status] == ["planned", "ongoing", "done"]
    assert graph.nodes["Rocket:centre"]["spells"][0][1] is None


def test_as_of_a_day_the_export_stops_at_what_was_known_then(store, tmp_path):
    three_years(store)
    graph = read_back(store, tmp_path, as_of="2022")
    assert graph.nodes["Actor:left"]["spells"] == [("2021-01-01", None)]
    assert graph.nodes["Actor:back"]["spells"] == [("2021-01-01", "2021-12-31")]
    assert [value for value, *_ in graph.nodes["Action:x"]["status"]] == ["planned", "ongoing"]

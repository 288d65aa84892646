"""The arrays read straight from a snapshot's records answer as the NetworkX graphs do.

The service builds its graphs as arrays (graphsvc.analysis.programme and .network) and
NetworkX only when an analysis asks; these tests hold both paths to the same answers, on
the planted network and on the demo programme, whole and rocket by rocket.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from analysis_planted import planted_snapshot

from graphsvc.analysis import arrays
from graphsvc.analysis.bridge import actor_network, programme_arrays, programme_graph
from graphsvc.analysis.graphs import graphs_of_snapshot
from graphsvc.analysis.network import network_of
from graphsvc.analysis.programme import programme_of_snapshot
from graphsvc.errors import NotFoundError
from graphsvc.records import Snapshot
from graphsvc.services.analysis import analyze_graphs, run_on
from graphsvc.stores.sqlite_store import SQLiteStore

#: The kinds that run on one graph, with the parameters each needs.
KINDS = {
    "summary": {},
    "centrality": {},
    "brokers": {"top": 50},
    "coverage": {},
    "communities": {"seed": 3},
    "recommend": {"top": 30},
}


@pytest.fixture(scope="module")
def demo_snapshot(tmp_path_factory: pytest.TempPathFactory) -> Snapshot:
    """The demo programme at twice its size, as the SQLite store reads it."""
    from graphsvc.demo import generate
    from graphsvc.services.workbook import import_workbook

    folder = Path(tmp_path_factory.mktemp("array-graphs"))
    generate(2, out_dir=folder / "workbook")
    store = SQLiteStore(f"sqlite:///{folder / 'graph.db'}")
    store.ensure_schema()
    import_workbook(store, folder / "workbook")
    try:
        return store.snapshot()
    finally:
        store.close()


@pytest.fixture(params=["planted", "demo"])
def records(request: pytest.FixtureRequest) -> Snapshot:
    """The records of one test network."""
    if request.param == "planted":
        return planted_snapshot()
    found: Snapshot = request.getfixturevalue("demo_snapshot")
    return found


def parts(snapshot: Snapshot) -> list[str | None]:
    """The whole programme and each of its rockets."""
    return [None, *programme_of_snapshot(snapshot).present]


def test_programme_arrays_from_records_equal_those_of_the_graph(records):
    for rocket in parts(records):
        ours = programme_of_snapshot(records, rocket)
        ref = programme_arrays(programme_graph(records, rocket))
        assert ours.rocket == ref.rocket and ours.present == ref.present
        assert ours.rockets == ref.rockets
        assert ours.incidence.actors == ref.incidence.actors
        assert ours.incidence.actions == ref.incidence.actions
        assert (ours.incidence.matrix != ref.incidence.matrix).nnz == 0
        assert (ours.leads != ref.leads).nnz == 0
        assert ours.actor_attrs == ref.actor_attrs
        assert ours.action_attrs == ref.action_attrs
        assert ours.action_rockets == ref.action_rockets
        assert ours.reported.tolist() == ref.reported.tolist()


def test_network_equals_the_networkx_actor_network(records):
    for rocket in parts(records):
        network = network_of(programme_of_snapshot(records, rocket))
        A = actor_network(programme_graph(records, rocket))
        assert list(network) == list(A)
        assert [network.nodes[v] for v in network] == [A.nodes[v] for v in A]
        assert network.graph == A.graph
        for weight in (None, "weight", "shared", "reported"):
            ours, ref = arrays.adjacency(network, weight), arrays.adjacency(A, weight)
            assert (ours != ref).nnz == 0, weight
            assert np.array_equal(ours.indices, ref.indices) and np.array_equal(
                ours.indptr, ref.indptr
            )
        assert sorted(arrays.reported_ties(network)) == sorted(
            tuple(sorted(t)) for t in arrays.reported_ties(A)
        )
        assert dict(network.degree(weight="weight")) == dict(A.degree(weight="weight"))
        G = network.to_networkx()
        assert {frozenset(e[:2]): e[2] for e in G.edges(data=True)} == {
            frozenset(e[:2]): e[2] for e in A.edges(data=True)
        }


def test_every_kind_answers_as_on_networkx(records):
    whole = graphs_of_snapshot(records)
    for rocket in parts(records):
        graphs = whole.within(rocket) if rocket else whole
        P = programme_graph(records, rocket)
        A = actor_network(P)
        for kind, params in KINDS.items():
            ours = run_on(graphs, kind, rocket=rocket, **params)
            assert ours == analyze_graphs(P, A, kind, rocket=rocket, **params), (kind, rocket)

    network = whole.network
    ranked = sorted(network, key=lambda v: (-network.degree(v), v))
    for actor in {ranked[0], ranked[len(ranked) // 2], ranked[-1]}:
        ours = run_on(whole, "whatif", actor=actor)
        assert ours == analyze_graphs(whole.P, whole.A, "whatif", actor=actor), actor


def test_networkx_graphs_are_built_only_when_asked():
    graphs = graphs_of_snapshot(planted_snapshot())
    run_on(graphs, "centrality")
    run_on(graphs.within("centre"), "summary")
    assert "P" not in vars(graphs) and "A" not in vars(graphs)
    run_on(graphs, "recommend")
    run_on(graphs, "whatif", actor="bridge-co")
    assert "P" not in vars(graphs) and "A" not in vars(graphs)
    reference = actor_network(programme_graph(planted_snapshot()))
    assert sorted(graphs.A.edges(data=True)) == sorted(reference.edges(data=True))
    assert "P" in vars(graphs)


def test_an_unknown_rocket_names_the_rockets():
    graphs = graphs_of_snapshot(planted_snapshot())
    with pytest.raises(NotFoundError) as found:
        graphs.within("moon")
    assert "moon" in str(found.value) and "centre" in str(found.value)


def test_a_rocket_without_actors_has_no_brokers():
    graphs = graphs_of_snapshot(planted_snapshot()).within("launchpad")
    assert graphs.network.number_of_nodes() == 0
    assert run_on(graphs, "brokers", rocket="launchpad")["result"]["brokers"] == []


def test_gaps_on_arrays_equal_gaps_on_networkx(records):
    from graphsvc.analysis.gaps import gaps, gaps_of

    whole = graphs_of_snapshot(records)
    for rocket in parts(records):
        graphs = whole.within(rocket) if rocket else whole
        P = programme_graph(records, rocket)
        ours = gaps_of(graphs.programme, graphs.network)
        assert ours == gaps(P, actor_network(P)), rocket
        assert ours["gaps"], rocket


def test_change_and_timeline_on_arrays_equal_them_on_networkx():
    from change_planted import YEARS, year_snapshot

    from graphsvc.analysis.change import change, change_of, timeline, timeline_of

    dated = {year: graphs_of_snapshot(year_snapshot(year)) for year in YEARS}
    for rocket in (None, "centre"):
        parts_of = {y: g.within(rocket) if rocket else g for y, g in dated.items()}
        arrays_of = {y: (g.programme, g.network) for y, g in parts_of.items()}
        graphs_of = {y: (g.P, actor_network(g.P)) for y, g in parts_of.items()}
        first, last = YEARS[0], YEARS[-1]
        ours = change_of(arrays_of[first], arrays_of[last], top=10)
        assert ours == change(graphs_of[first], graphs_of[last], top=10), rocket
        assert ours["actors"]["left"] or ours["actions"]["begun"], rocket
        series = timeline_of([(y, *arrays_of[y]) for y in YEARS])
        assert series == timeline([(y, *graphs_of[y]) for y in YEARS]), rocket

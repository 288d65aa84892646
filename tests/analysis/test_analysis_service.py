"""run_analysis on real stores: the same answers as on the snapshot, cached per graph version."""

from __future__ import annotations

import json
import time

import pytest
from analysis_planted import load_planted

from graphsvc.errors import NotFoundError, ValidationError
from graphsvc.model import Edge, RelType
from graphsvc.services.analysis import analyze_snapshot, run_analysis


def test_store_answers_like_the_snapshot(store, snapshot):
    load_planted(store)
    for kind in ("gaps", "brokers", "recommend", "coverage"):
        from_store = run_analysis(store, kind)
        from_snapshot = analyze_snapshot(snapshot, kind)
        assert from_store["result"] == from_snapshot["result"], kind
    inside = run_analysis(store, "centrality", rocket="centre")
    assert {a["key"] for a in inside["result"]["actors"]} == {
        "bridge-co",
        "c1",
        "c2",
        "c3",
        "c4",
        "lcity",
    }


def test_cache_follows_the_graph_version(store):
    load_planted(store)
    first = run_analysis(store, "recommend")
    started = time.perf_counter()
    again = run_analysis(store, "recommend")
    assert time.perf_counter() - started < 0.05
    assert again == first
    again["result"]["introductions"].clear()  # callers cannot spoil the cache
    assert run_analysis(store, "recommend") == first
    store.upsert_edges([Edge(RelType.RUNS, "rail-co", "x5", {"role": "partner"})])
    changed = run_analysis(store, "recommend")
    assert changed["graph_version"] > first["graph_version"]
    pair = {a["key"] for a in changed["result"]["introductions"][0]["actors"]}
    assert pair != {"rail-co", "lab"}  # they now run x5 together


def test_contacts_never_appear_whoever_asks(sqlite_store):
    load_planted(sqlite_store)
    for kind in ("centrality", "brokers", "gaps", "whatif"):
        data = run_analysis(sqlite_store, kind, actor="bridge-co" if kind == "whatif" else None)
        assert "maija" not in json.dumps(data, ensure_ascii=False).lower()
    with pytest.raises(ValidationError, match="does not take include_contacts"):
        run_analysis(sqlite_store, "gaps", include_contacts=True)  # there is no such switch


def test_requests_that_cannot_be_answered(sqlite_store):
    load_planted(sqlite_store)
    with pytest.raises(ValidationError, match="summary, centrality"):
        run_analysis(sqlite_store, "gossip")
    with pytest.raises(ValidationError, match="needs an actor"):
        run_analysis(sqlite_store, "whatif")
    with pytest.raises(ValidationError, match="fi, en"):
        run_analysis(sqlite_store, "gaps", lang="sv")
    with pytest.raises(ValidationError, match="pivots, seed"):
        run_analysis(sqlite_store, "centrality", colour="red")
    with pytest.raises(NotFoundError, match="nobody"):
        run_analysis(sqlite_store, "whatif", actor="nobody")
    with pytest.raises(NotFoundError, match="moon"):
        run_analysis(sqlite_store, "gaps", rocket="moon")


def test_top_limits_lists(sqlite_store):
    load_planted(sqlite_store)
    assert len(run_analysis(sqlite_store, "centrality", top=3)["result"]["actors"]) == 3
    gaps = run_analysis(sqlite_store, "gaps", top=1)["result"]
    assert max(sum(g["kind"] == k for g in gaps["gaps"]) for k in gaps["counts"]) == 1
    assert gaps["counts"]["articulation_point"] > 1  # counts stay complete


def test_one_cache_keyed_by_store_version_kind_and_parameters(sqlite_store):
    from concurrent.futures import ThreadPoolExecutor

    from graphsvc.services.analysis_cache import CACHE

    load_planted(sqlite_store)
    first = run_analysis(sqlite_store, "communities")
    assert run_analysis(sqlite_store, "communities", seed=0) is not first  # a copy ...
    assert run_analysis(sqlite_store, "communities", seed=0) == first  # ... of the same entry
    with ThreadPoolExecutor(max_workers=4) as pool:
        answers = list(
            pool.map(lambda s: run_analysis(sqlite_store, "communities", seed=s), [1, 2] * 4)
        )
    assert answers[0] == answers[2] == answers[4] and answers[1] == answers[3]
    for rocket in ("centre", "logistics", "competence", None, "centre"):
        run_analysis(sqlite_store, "coverage", rocket=rocket)
    version = sqlite_store.version()
    graphs = [
        r
        for r in ("centre", "logistics", "competence", None)
        if CACHE.peek((sqlite_store.url, version, "graphs", r))
    ]
    assert len(graphs) == 4 and CACHE.peek((sqlite_store.url, version, "graphs", "moon")) is None


def test_sentences_are_written_per_locale(snapshot):
    gaps = analyze_snapshot(snapshot, "gaps")["result"]["gaps"]
    solo = next(g for g in gaps if g["kind"] == "solo_action")
    assert "\u201d" in solo["text"]["fi"] and "\u201c" in solo["text"]["en"]  # ”…” and “…”
    dependence = next(g for g in gaps if g["kind"] == "rocket_dependence")
    runs, actions = dependence["details"]["runs"], dependence["details"]["actions"]
    assert f"{runs}/{actions}" in dependence["text"]["fi"]

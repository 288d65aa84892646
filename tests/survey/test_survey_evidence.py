"""What a closed wave lends the analyses, on both stores: wishes as a strong reason for an
introduction, and every answer saying what its survey ties rest on."""

from __future__ import annotations

import pytest

from graphsvc.accounts import open_accounts
from graphsvc.model import Edge, Label, Node, RelType
from graphsvc.records import Batch
from graphsvc.services import survey_answers, survey_close
from graphsvc.services.accounts import Author
from graphsvc.services.analysis import run_analysis
from graphsvc.survey_model import Answer, Link, Wave, token_hash


@pytest.fixture
def graph(store):
    contact = {"contact_email": "x@example.fi"}
    nodes = [
        Node(Label.ACTOR, k, {"name": k.upper(), "kind": kind, **contact})
        for k, kind in (("a", "company"), ("b", "education"), ("c", "city"), ("d", "association"))
    ]
    nodes += [Node(Label.ACTION, k, {"title": k.upper()}) for k in ("x", "y")]
    edges = [
        Edge(RelType.FUELS, "x", "logistics", {"primary": True}),
        Edge(RelType.FUELS, "y", "centre", {"primary": True}),
        Edge(RelType.RUNS, "a", "x", {"role": "lead"}),
        Edge(RelType.RUNS, "b", "x", {"role": "partner"}),
        Edge(RelType.RUNS, "b", "y", {"role": "partner"}),
        Edge(RelType.RUNS, "c", "y", {"role": "lead"}),
        Edge(RelType.RUNS, "d", "y", {"role": "partner"}),
    ]
    store.apply(Batch(nodes=nodes, edges=edges, on="2025-01-01"))
    accounts = open_accounts(store)
    store.add_wave(Wave(2025, "K", "S", "2025-12-31", updated_at="t"))
    answers = {"a": ("d",), "d": ("a",), "c": ("a",)}
    for key, wants in answers.items():
        store.add_link(Link(2025, key, token_hash(key), "2025-11-01"))
        store.save_answer(Answer(2025, key, wants=wants), token_hash=token_hash(key))
    survey_close.close_wave(store, 2025, Author(accounts, "t", "editor"))
    yield store
    accounts.close()


def pairs(answer: dict) -> dict[tuple[str, ...], dict]:
    return {
        tuple(sorted(r["key"] for r in p["actors"])): p for p in answer["result"]["introductions"]
    }


def test_wishes_are_a_strong_reason_for_an_introduction(graph):
    found = pairs(run_analysis(graph, "recommend", lang="en"))
    both = found[("a", "d")]
    assert both["band"] == "strong" and len(both["wished_by"]) == 2
    assert both["reasons"]["en"].startswith("both want to")
    assert "both said in the survey" in both["text"]["en"]
    one = found[("a", "c")]
    assert [w["key"] for w in one["wished_by"]] == ["c"] and one["band"] in ("moderate", "strong")
    assert one["reasons"]["en"].startswith("C wants to")
    mine = pairs(run_analysis(graph, "recommend", actor="d", lang="en"))
    assert mine[("a", "d")]["band"] == "strong"
    assert all("d" in pair for pair in mine)


def test_before_the_wave_closed_there_are_no_wishes_and_no_note(graph):
    earlier = run_analysis(graph, "recommend", lang="en", as_of="2025-06-30")
    assert earlier["survey"] is None
    assert all(p["wished_by"] == [] for p in earlier["result"]["introductions"])


def test_every_answer_says_what_its_survey_ties_rest_on(graph):
    note = run_analysis(graph, "centrality", lang="en")["survey"]
    assert (note["year"], note["asked"], note["answered"]) == (2025, 4, 3)
    assert note["rate"] == 0.75 and note["enough"] is False and note["band"] == "fair"
    assert note["rockets_below"] == ["logistics", "centre"]  # b fuels both and did not answer
    assert "only 75%" in note["text"]["en"]
    assert "rockets: Logistics hub, Living city centre." in note["text"]["en"]
    assert "75\xa0%" in note["text"]["fi"]
    logistics = run_analysis(graph, "brokers", rocket="logistics")["survey"]
    assert logistics["rate"] == 0.5 and logistics["rockets_below"] == ["logistics"]


def test_erasing_a_respondents_answers_takes_their_wishes(graph):
    accounts = open_accounts(graph)
    survey_answers.erase_answers(graph, "d", Author(accounts, "t", "admin"))
    accounts.close()
    pair = pairs(run_analysis(graph, "recommend", lang="en"))[("a", "d")]
    assert [w["key"] for w in pair["wished_by"]] == ["a"] and pair["band"] != "strong"

"""What a wave's answers do to the graph, on both stores: ties reported, confirmed, ended;
participation; free-entry names after an editor's decision; links that stop working."""

from __future__ import annotations

import pytest

from graphsvc.accounts import open_accounts
from graphsvc.dates import today
from graphsvc.errors import ConflictError, GoneError, NotFoundError, ValidationError
from graphsvc.model import Edge, Label, Node, RelType
from graphsvc.records import Batch
from graphsvc.services import survey, survey_answers, survey_close
from graphsvc.services.accounts import Author
from graphsvc.survey_model import Answer, Link, Tie, Wave, token_hash

COLLAB = RelType.COLLABORATES_WITH


def actor(key: str, *, contact: bool = True) -> Node:
    props = {"name": key.upper(), "kind": "company"}
    if contact:
        props["contact_email"] = f"{key}@example.fi"
    return Node(Label.ACTOR, key, props)


@pytest.fixture
def graph(store):
    nodes = [actor(k) for k in "abcd"] + [actor("e", contact=False)]
    nodes += [Node(Label.ACTION, k, {"title": k.upper()}) for k in ("x", "y")]
    edges = [
        Edge(RelType.RUNS, "a", "x", {"role": "lead"}),
        Edge(RelType.RUNS, "b", "x", {"role": "partner"}),
        Edge(COLLAB, "a", "d", {"kind": "hanke", "source": "workbook"}),
    ]
    store.apply(Batch(nodes=nodes, edges=edges, on="2025-01-01"))
    return store


@pytest.fixture
def by(graph):
    accounts = open_accounts(graph)
    yield Author(accounts, "user:toimittaja", "editor")
    accounts.close()


def past_wave(store, answers: dict[str, Answer]) -> Wave:
    wave = Wave(2025, "Kysely 2025", "Survey 2025", "2025-12-31", updated_at="t0")
    store.add_wave(wave)
    for key, answer in answers.items():
        store.add_link(Link(2025, key, token_hash(key), "2025-11-01"))
        store.save_answer(answer, token_hash=token_hash(key))
    return wave


def ties_on(store, day: str) -> dict[frozenset[str], dict]:
    graph = store.snapshot(as_of=day)
    return {frozenset((e.start, e.end)): e.props for e in graph.edges if e.type is COLLAB}


def test_closing_writes_reported_and_confirmed_ties_on_the_waves_last_day(graph, by):
    past_wave(
        graph,
        {
            "a": Answer(2025, "a", (Tie("b", "", ("x",)), Tie(None, "Uusi  Oy")), (), ("y",)),
            "b": Answer(2025, "b", (Tie("a"),)),
            "c": Answer(2025, "c", (Tie("d"),)),
        },
    )
    done = survey_close.close_wave(graph, 2025, by)
    assert (done["ties"], done["confirmed"], done["participations"]) == (2, 1, 1)
    assert done["pending_names"] == 1 and done["wave"]["ends"] == "2025-12-31"
    ties = ties_on(graph, "2025-12-31")
    ab = ties[frozenset("ab")]
    assert ab["source"] == "survey" and ab["year"] == 2025 and ab["confirmed"] is True
    cd = ties[frozenset("cd")]
    assert (cd["respondent"], cd["confirmed"]) == ("c", False)
    assert ties[frozenset("ad")] == {"kind": "hanke", "source": "workbook"}
    assert frozenset("ab") not in ties_on(graph, "2025-12-30")
    runs = {(e.start, e.end): e.props for e in graph.find_edges(RelType.RUNS)}
    assert runs[("a", "y")] == {"role": "participant"} and runs[("a", "x")]["role"] == "lead"
    assert graph.get_wave(2025).closed
    with pytest.raises(ConflictError):
        survey_close.close_wave(graph, 2025, by)


def test_a_decided_free_entry_name_writes_its_ties_after_the_close(graph, by):
    past_wave(graph, {"a": Answer(2025, "a", (Tie(None, "Uusi Oy"),))})
    survey_close.close_wave(graph, 2025, by)
    queue = survey_close.review_queue(graph, 2025)
    assert queue == [{"name": "Uusi Oy", "named_by": 1, "decision": None}]
    done = survey_close.decide_review(
        graph, 2025, "uusi oy", by, new_key="uusi", new_kind="company"
    )
    assert done["actor"] == "uusi" and done["written"]["ties"] == 1
    assert graph.get_node(Label.ACTOR, "uusi").props["name"] == "Uusi Oy"
    assert frozenset(("a", "uusi")) in ties_on(graph, "2025-12-31")
    assert survey_close.review_queue(graph, 2025)[0]["decision"]["actor"] == "uusi"
    with pytest.raises(NotFoundError):
        survey_close.decide_review(graph, 2025, "Ei nimetty", by)


def test_a_rejected_name_writes_nothing_and_a_bad_kind_is_refused(graph, by):
    past_wave(graph, {"a": Answer(2025, "a", (Tie(None, "Roska"),))})
    with pytest.raises(ValidationError):
        survey_close.decide_review(graph, 2025, "Roska", by, new_key="roska", new_kind="alien")
    survey_close.decide_review(graph, 2025, "Roska", by)
    done = survey_close.close_wave(graph, 2025, by)
    assert done["ties"] == 0 and done["pending_names"] == 0
    assert [n.key for n in graph.find_nodes(Label.ACTOR)] == list("abcde")


def test_a_survey_tie_ends_when_both_sides_answer_without_it(graph, by):
    past_wave(
        graph,
        {
            "a": Answer(2025, "a", (Tie("b"),)),
            "c": Answer(2025, "c", (Tie("d"),)),
        },
    )
    survey_close.close_wave(graph, 2025, by)
    survey.create_wave(graph, 2026, "Kysely 2026", by)
    links = {
        r["actor"]: r["link"].rsplit("/", 1)[1]
        for r in survey.issue_links(graph, 2026, "http://x", by)
    }
    assert sorted(links) == list("abcd")  # e has no contact
    for key in "abd":  # c does not answer: c–d stays
        survey_answers.save_answer(graph, links[key], {"worked_with": []}, by)
    done = survey_close.close_wave(graph, 2026, by)
    assert done["ended"] == 1 and done["wave"]["ends"] == today()
    now = ties_on(graph, today())
    assert frozenset("ab") not in now and frozenset("cd") in now
    assert frozenset("ad") in now  # a workbook tie never ends by the survey
    assert frozenset("ab") in ties_on(graph, "2025-12-31")


def test_a_link_works_for_its_respondent_until_replaced_revoked_or_closed(graph, by):
    survey.create_wave(graph, 2026, "Kysely 2026", by)
    first = survey.issue_links(graph, 2026, "http://x", by, actors=["a"])[0]["link"].rsplit("/", 1)[
        1
    ]
    assert survey_answers.respondent_of(graph, first).actor.key == "a"
    for bad in (first[:-1] + ("A" if first[-1] != "A" else "B"), "", "../etc", first + "x"):
        with pytest.raises(NotFoundError):
            survey_answers.respondent_of(graph, bad)
    second = survey.issue_links(graph, 2026, "http://x", by, actors=["a"])[0]["link"].rsplit(
        "/", 1
    )[1]
    with pytest.raises(GoneError):
        survey_answers.save_answer(graph, first, {}, by)
    survey_answers.save_answer(graph, second, {"wants": ["c"]}, by)
    assert survey.revoke_link(graph, 2026, "a", by) == 1
    with pytest.raises(GoneError):
        survey_answers.form_of(graph, second)
    third = survey.issue_links(graph, 2026, "http://x", by, actors=["a"])[0]["link"].rsplit("/", 1)[
        1
    ]
    assert survey_answers.form_of(graph, third)["answer"].wants == ("c",)
    survey_close.close_wave(graph, 2026, by)
    with pytest.raises(GoneError):
        survey_answers.save_answer(graph, third, {}, by)
    assert graph.find_answers(2026)[0].wants == ("c",)


def test_an_answer_naming_unknowns_or_markup_is_refused_whole(graph, by):
    survey.create_wave(graph, 2026, "Kysely 2026", by)
    token = survey.issue_links(graph, 2026, "http://x", by, actors=["a"])[0]["link"].rsplit("/", 1)[
        1
    ]
    bad = {
        "worked_with": [
            {"actor": "b"},
            {"actor": "nobody"},
            {"name": "<b>Oy</b>"},
            {"name": "Bell\x07"},
        ],
        "wants": ["c", "ghost"],
        "actions": ["x", "zz"],
    }
    with pytest.raises(ValidationError) as refused:
        survey_answers.save_answer(graph, token, bad, by)
    message = refused.value.in_lang("en")
    for part in ("row 2", "'nobody'", "row 3", "< or >", "U+0007", "'ghost'", "'zz'"):
        assert part in message
    assert graph.find_answers() == []
    with pytest.raises(NotFoundError):
        survey.issue_links(graph, 2026, "http://x", by, actors=["e"])


def test_the_form_carries_last_waves_answer_forward_without_its_free_text(graph, by):
    past_wave(graph, {"a": Answer(2025, "a", (Tie("b", "", ("x",)),), ("c",), ("y",), "salainen")})
    survey_close.close_wave(graph, 2025, by)
    survey.create_wave(graph, 2026, "Kysely 2026", by)
    token = survey.issue_links(graph, 2026, "http://x", by, actors=["a", "c"])
    links = {r["actor"]: r["link"].rsplit("/", 1)[1] for r in token}
    form = survey_answers.form_of(graph, links["a"])
    assert form["origin"] == "carried" and form["answer"].note == ""
    assert [t.actor for t in form["answer"].worked_with] == ["b"] and form["answer"].wants == ("c",)
    fresh = survey_answers.form_of(graph, links["c"])
    assert fresh["origin"] == "graph"
    assert "contact_email" not in str(fresh) and "@example.fi" not in str(fresh)


def test_analyze_change_shows_what_the_survey_found(graph, by):
    from graphsvc.services.analysis import run_analysis

    past_wave(graph, {"c": Answer(2025, "c", (Tie("b"),))})
    survey_close.close_wave(graph, 2025, by)
    change = run_analysis(graph, "change", lang="en", **{"from": "2025-06-30", "to": "2025-12-31"})
    formed = change["result"]["ties"]["reported"]["formed"]
    assert [sorted(r["key"] for r in t["actors"]) for t in formed] == [["b", "c"]]

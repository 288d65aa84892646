"""The survey's records on both stores: waves, links by token hash, answers, erasure."""

from __future__ import annotations

from dataclasses import replace

import pytest

from graphsvc.errors import ConflictError, NotFoundError
from graphsvc.model import Label, Node
from graphsvc.records import Batch
from graphsvc.survey_model import Answer, Link, Review, Tie, Wave, token_hash

HOSTILE = '</script><img src=x onerror=alert(1)> "lainaus" ja ääkköset'


def wave(year: int = 2026, **changes) -> Wave:
    base = Wave(
        year,
        "Verkostokysely 2026",
        "Network survey 2026",
        "2026-12-31",
        question=HOSTILE,
        created_by="user:toimittaja",
        updated_at="2026-12-07T10:00:00.000000+00:00",
        reviews=(Review("kouvolan kahvila", None, "user:toimittaja", "2026-12-07T11:00:00"),),
    )
    return replace(base, **changes)


def answer(actor: str = "xamk", year: int = 2026, **changes) -> Answer:
    base = Answer(
        year,
        actor,
        (Tie("yhd", "", ("rail-yard",)), Tie(None, HOSTILE, ())),
        ("cursor",),
        ("rail-yard",),
        HOSTILE,
        "2026-12-07T12:00:00.000000+00:00",
    )
    return replace(base, **changes)


def test_a_wave_reads_back_as_written_and_its_year_is_its_key(store):
    store.add_wave(wave())
    store.add_wave(wave(2025, ends="2025-12-31", reviews=()))
    assert store.get_wave(2026) == wave()
    assert [w.year for w in store.find_waves()] == [2025, 2026]
    with pytest.raises(ConflictError):
        store.add_wave(wave(title="Toinen"))
    assert store.get_wave(2026).title == "Verkostokysely 2026"
    with pytest.raises(NotFoundError):
        store.get_wave(2030)


def test_a_wave_changed_meanwhile_is_not_replaced(store):
    store.add_wave(wave())
    closed = wave(closed_at="2026-12-08T09:00:00", updated_at="2026-12-08T09:00:00")
    store.replace_wave(closed, expected=wave().updated_at)
    with pytest.raises(ConflictError):
        store.replace_wave(wave(title="Vanha"), expected=wave().updated_at)
    assert store.get_wave(2026) == closed and store.get_wave(2026).closed
    with pytest.raises(NotFoundError):
        store.replace_wave(wave(2031))


def test_a_new_link_revokes_the_respondents_old_one(store):
    store.add_wave(wave())
    store.add_link(Link(2026, "xamk", token_hash("first"), "2026-12-07T10:00:00"))
    store.add_link(Link(2026, "yhd", token_hash("other"), "2026-12-07T10:00:01"))
    store.add_link(Link(2026, "xamk", token_hash("second"), "2026-12-07T10:00:02"))
    first = store.link_by_hash(token_hash("first"))
    assert first is not None and not first.live and first.revoked_at == "2026-12-07T10:00:02"
    second = store.link_by_hash(token_hash("second"))
    assert second == Link(2026, "xamk", token_hash("second"), "2026-12-07T10:00:02")
    assert store.link_by_hash(token_hash("never issued")) is None
    links = store.find_links(2026)
    assert [(link.actor, link.live) for link in links] == [
        ("xamk", False),
        ("xamk", True),
        ("yhd", True),
    ]
    assert store.revoke_links(2026, "yhd", "2026-12-07T11:00:00") == 1
    assert store.revoke_links(2026, "yhd", "2026-12-07T11:00:01") == 0
    with pytest.raises(NotFoundError):
        store.add_link(Link(2031, "xamk", token_hash("x"), "2026-12-07T10:00:00"))


def test_an_answer_is_kept_whole_and_replaced_whole(store):
    store.add_wave(wave())
    store.add_link(Link(2026, "xamk", token_hash("t"), "2026-12-07T10:00:00"))
    store.save_answer(answer(), token_hash=token_hash("t"))
    assert store.find_answers(2026) == [answer()]
    shorter = answer(worked_with=(), wants=(), note="")
    store.save_answer(shorter, token_hash=token_hash("t"))
    assert store.find_answers(2026, "xamk") == [shorter]
    assert store.find_answers(actor="yhd") == []


def test_an_answer_through_a_dead_link_or_to_a_closed_wave_is_not_stored(store):
    store.add_wave(wave())
    store.add_link(Link(2026, "xamk", token_hash("old"), "2026-12-07T10:00:00"))
    store.add_link(Link(2026, "xamk", token_hash("new"), "2026-12-07T10:00:01"))
    with pytest.raises(ConflictError):
        store.save_answer(answer(), token_hash=token_hash("old"))
    with pytest.raises(ConflictError):  # another respondent's live link
        store.add_link(Link(2026, "yhd", token_hash("yhd"), "2026-12-07T10:00:02"))
        store.save_answer(answer(), token_hash=token_hash("yhd"))
    assert store.find_answers() == []
    store.replace_wave(wave(closed_at="2026-12-08T09:00:00"))
    with pytest.raises(ConflictError):
        store.save_answer(answer(), token_hash=token_hash("new"))
    assert store.find_answers() == []


def test_erasing_a_respondent_removes_their_answers_only(store):
    for year in (2025, 2026):
        store.add_wave(wave(year, ends=f"{year}-12-31"))
        for actor in ("xamk", "yhd"):
            store.add_link(Link(year, actor, token_hash(f"{year}{actor}"), "2026-01-01"))
            store.save_answer(answer(actor, year), token_hash=token_hash(f"{year}{actor}"))
    assert store.erase_answers("xamk", 2025) == 1
    assert [(a.year, a.actor) for a in store.find_answers()] == [
        (2025, "yhd"),
        (2026, "xamk"),
        (2026, "yhd"),
    ]
    assert store.erase_answers("xamk") == 1
    assert store.erase_answers("xamk") == 0
    assert {a.actor for a in store.find_answers()} == {"yhd"}


def test_erasing_an_actor_takes_their_answers_and_links(store):
    store.apply(Batch(nodes=[Node(Label.ACTOR, "xamk", {"name": "Xamk", "kind": "education"})]))
    store.add_wave(wave())
    store.add_link(Link(2026, "xamk", token_hash("t"), "2026-12-07T10:00:00"))
    store.add_link(Link(2026, "yhd", token_hash("u"), "2026-12-07T10:00:00"))
    store.save_answer(answer(), token_hash=token_hash("t"))
    store.save_answer(answer("yhd"), token_hash=token_hash("u"))
    store.erase_node(Label.ACTOR, "xamk")
    assert [a.actor for a in store.find_answers()] == ["yhd"]
    assert store.link_by_hash(token_hash("t")) is None
    assert [link.actor for link in store.find_links(2026)] == ["yhd"]


def test_clear_removes_the_survey(store):
    store.add_wave(wave())
    store.add_link(Link(2026, "xamk", token_hash("t"), "2026-12-07T10:00:00"))
    store.save_answer(answer(), token_hash=token_hash("t"))
    store.clear()
    assert store.find_waves() == [] and store.find_answers() == []
    assert store.link_by_hash(token_hash("t")) is None

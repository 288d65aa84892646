"""Presentations on both stores: saved map views with ordered slides, all or nothing."""

from __future__ import annotations

from dataclasses import replace

import pytest

from graphsvc.errors import ConflictError, NotFoundError, ValidationError
from graphsvc.presentation_model import Presentation, Slide, checked

HOSTILE = '</script><img src=x onerror=alert(1)> "quoted" ja ääkköset'


def council(key: str = "council", **changes) -> Presentation:
    base = Presentation(
        key=key,
        title="Valtuuston seminaari",
        map="/maps/actor/xamk?depth=2",
        slides=(
            Slide("Koko verkosto", "zoom=0.8&x=12&y=-40"),
            Slide(HOSTILE, "rocket=competence&focus=xamk&depth=2&view=key&gaps=1&year=2023"),
            Slide("", ""),
        ),
        as_of="2024-12-31",
        created_by="user:toimittaja",
        updated_at="2026-12-04T18:00:00.000000+00:00",
    )
    return replace(base, **changes)


def test_a_presentation_reads_back_as_written(store):
    store.add_presentation(council())
    store.add_presentation(council("alpha", as_of=None, slides=()))
    assert store.get_presentation("council") == council()
    assert [p.key for p in store.find_presentations()] == ["alpha", "council"]
    alpha = store.get_presentation("alpha")
    assert alpha.as_of is None and alpha.slides == ()


def test_slides_keep_their_order_when_replaced(store):
    store.add_presentation(council())
    reordered = council(slides=tuple(reversed(council().slides)), title="Uusi nimi")
    store.replace_presentation(reordered)
    got = store.get_presentation("council")
    assert got.title == "Uusi nimi"
    assert [s.caption for s in got.slides] == ["", HOSTILE, "Koko verkosto"]


def test_adding_a_taken_key_is_refused_and_changes_nothing(store):
    store.add_presentation(council())
    with pytest.raises(ConflictError, match="council"):
        store.add_presentation(council(title="Toinen"))
    assert store.get_presentation("council").title == "Valtuuston seminaari"


def test_missing_presentations(store):
    with pytest.raises(NotFoundError, match="nothing"):
        store.get_presentation("nothing")
    with pytest.raises(NotFoundError):
        store.replace_presentation(council("nothing"))
    assert store.delete_presentation("nothing") is False
    assert store.find_presentations() == []


def test_delete_removes_only_that_one(store):
    store.add_presentation(council())
    store.add_presentation(council("other"))
    assert store.delete_presentation("council") is True
    assert [p.key for p in store.find_presentations()] == ["other"]
    with pytest.raises(NotFoundError):
        store.get_presentation("council")


def test_presentations_do_not_change_the_graph_version(store):
    version = store.version()
    store.add_presentation(council())
    store.delete_presentation("council")
    assert store.version() == version


def test_clear_removes_presentations(store):
    store.add_presentation(council())
    store.clear()
    assert store.find_presentations() == []


def test_the_model_refuses_every_bad_part_at_once():
    with pytest.raises(ValidationError) as refused:
        checked(
            "bad key!",
            " ",
            "/maps/rocket/moon?depth=99",
            [{"caption": "x" * 501, "view": "zoom=big&colour=red&x=1&x=2"}],
            as_of="2024-13-40",
        )
    fields = [e["field"] for e in refused.value.extra["errors"]]
    assert fields == [
        "key",
        "title",
        "map",
        "map",
        "as_of",
        "slide 1 caption",
        "slide 1 view",
        "slide 1 view",
        "slide 1 view",
    ]
    message = refused.value.message
    assert "'moon' is not one of logistics" in message and "depth '99'" in message
    assert "'colour' is not a view setting" in message and "x is given twice" in message


@pytest.mark.parametrize(
    "path",
    ["https://evil.example/maps/network", "//evil/maps/network", "/maps/actor/a,b", "/admin"],
)
def test_only_map_pages_of_this_service(path):
    with pytest.raises(ValidationError, match="map"):
        checked("k", "T", path, [])


def test_a_replace_of_a_stale_read_is_refused(store):
    store.add_presentation(council())
    read = store.get_presentation("council")
    store.replace_presentation(
        council(title="Ensin", updated_at="2026-12-05T08:00"), expected=read.updated_at
    )
    with pytest.raises(ConflictError, match="changed meanwhile"):
        store.replace_presentation(council(title="Myöhemmin"), expected=read.updated_at)
    assert store.get_presentation("council").title == "Ensin"
    store.replace_presentation(council(title="Viimeinen"))  # without expected: last write wins
    assert store.get_presentation("council").title == "Viimeinen"

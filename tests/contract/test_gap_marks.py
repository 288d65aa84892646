"""Handled marks of gaps on both stores: kept by gap id, replaced, removed, versioned."""

from __future__ import annotations

import pytest

from graphsvc.errors import ValidationError
from graphsvc.records import GapMark

SOLO = "solo_action-96d21cde999a"
LEAD = "action_without_lead-3944e953a5a2"


def test_a_mark_reads_back_and_is_replaced_not_doubled(store):
    before = store.version()
    assert store.find_gap_marks() == []
    assert store.mark_gap(GapMark(SOLO, "user:aino", "2026-12-04T10:00:00+00:00", " asked Xamk "))
    assert store.mark_gap(GapMark(LEAD, "key:ab12cd34", "2026-12-04T10:01:00+00:00"))
    assert store.find_gap_marks() == [
        GapMark(LEAD, "key:ab12cd34", "2026-12-04T10:01:00+00:00", ""),
        GapMark(SOLO, "user:aino", "2026-12-04T10:00:00+00:00", "asked Xamk"),
    ]
    again = GapMark(SOLO, "user:ville", "2026-12-05T09:00:00+00:00", "Xamk joins in January")
    assert not store.mark_gap(again)
    assert [m for m in store.find_gap_marks() if m.gap_id == SOLO] == [again]
    assert store.version() > before


def test_reopening_removes_the_mark_once(store):
    store.mark_gap(GapMark(SOLO, "user:aino", "2026-12-04T10:00:00+00:00"))
    version = store.version()
    assert store.unmark_gap(SOLO)
    assert store.find_gap_marks() == []
    assert store.version() > version
    version = store.version()
    assert not store.unmark_gap(SOLO)
    assert store.version() == version


@pytest.mark.parametrize(
    ("gap_id", "note", "says"),
    [
        ("solo_action", "", "is not a gap id"),
        ("x" * 70 + "-96d21cde999a", "", "is not a gap id"),
        ("solo_action-96D21CDE999A MATCH (n) DETACH DELETE n", "", "is not a gap id"),
        (SOLO, "x" * 501, "note is 501 characters long"),
    ],
)
def test_a_malformed_mark_is_refused_and_nothing_is_written(store, gap_id, note, says):
    with pytest.raises(ValidationError, match=says):
        store.mark_gap(GapMark(gap_id, "user:aino", "2026-12-04T10:00:00+00:00", note))
    assert store.find_gap_marks() == []


def test_clear_forgets_the_marks(store):
    store.mark_gap(GapMark(SOLO, "user:aino", "2026-12-04T10:00:00+00:00"))
    store.clear()
    assert store.find_gap_marks() == []

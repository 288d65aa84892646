"""Marking gaps handled and reopening them: the worklist's writes, checked and audited.

A mark is kept by the gap's id (:func:`graphsvc.analysis.gap_scores.gap_id`); only a gap
the programme has now can be marked. Marks travel in the gaps analysis as ``handled``
(:func:`attach`) and are the same in the UI, the CLI and the API.
"""

from __future__ import annotations

from typing import Any

from graphsvc.accounts.base import utc_now
from graphsvc.errors import NotFoundError
from graphsvc.messages import said
from graphsvc.records import GapMark, check_gap_id
from graphsvc.services.accounts import Author
from graphsvc.stores.base import GraphStore
from graphsvc.values import quoted

#: How many ids of similar gaps a not-found message suggests.
_SUGGESTED = 3


def mark_public(mark: GapMark) -> dict[str, Any]:
    """A mark as JSON: the gap, who marked it, when, and the note."""
    return {"gap_id": mark.gap_id, "by": mark.by, "at": mark.at, "note": mark.note}


def attach(body: dict[str, Any], marks: list[GapMark]) -> None:
    """Give each gap of a gaps result its ``handled`` mark (None when open) and count them."""
    by_id = {m.gap_id: m for m in marks}
    for gap in body["gaps"]:
        mark = by_id.get(gap["id"])
        gap["handled"] = None if mark is None else mark_public(mark)
    body["handled"] = sum(g["handled"] is not None for g in body["gaps"])


def _current_ids(store: GraphStore, rocket: str | None) -> list[str]:
    from graphsvc.services.analysis import run_analysis

    found = [g["id"] for g in run_analysis(store, "gaps")["result"]["gaps"]]
    if rocket:  # a rocket's own part has gaps of its own (its cut points, its solo actors)
        found += [g["id"] for g in run_analysis(store, "gaps", rocket=rocket)["result"]["gaps"]]
    return found


def _check_open_gap(store: GraphStore, gap_id: str, rocket: str | None) -> None:
    """NotFoundError unless the programme (or ``rocket``'s part of it) has the gap
    ``gap_id`` now, naming similar ids."""
    check_gap_id(gap_id)
    ids = _current_ids(store, rocket)
    if gap_id in ids:
        return
    kind = gap_id.rsplit("-", 1)[0]
    alike = [i for i in ids if i.startswith(kind + "-")][:_SUGGESTED]
    hint = said("errors.service.gap_alike", ids=", ".join(alike)) if alike else ""
    where = (
        said("errors.service.gap_of_rocket", rocket=quoted(rocket))
        if rocket
        else said("errors.service.gap_of_programme")
    )
    raise NotFoundError(
        said("errors.service.gap_not_open", gap=quoted(gap_id), where=where, alike=hint),
        key=gap_id,
    )


def mark_handled(
    store: GraphStore, gap_id: str, note: str, by: Author, rocket: str | None = None
) -> dict[str, Any]:
    """Mark the gap handled by ``by`` now, with an optional note (replacing an earlier mark);
    ``rocket``: the gap is one of that rocket's part (as ``analyze gaps --rocket`` finds).

    Raises ValidationError for a malformed id or note and NotFoundError for a gap the
    programme (or the rocket) does not have now, or an unknown rocket.
    """
    _check_open_gap(store, gap_id, rocket)
    mark = GapMark(gap_id, by.who, utc_now(), note or "")
    store.mark_gap(mark)
    by.record("gap.handle", f"Gap:{gap_id}")
    stored = next(m for m in store.find_gap_marks() if m.gap_id == gap_id)
    return mark_public(stored)


def reopen(store: GraphStore, gap_id: str, by: Author) -> None:
    """Remove the gap's mark, so it is open again; NotFoundError when it has none."""
    check_gap_id(gap_id)
    if not store.unmark_gap(gap_id):
        raise NotFoundError(said("errors.service.gap_not_marked", gap=quoted(gap_id)), key=gap_id)
    by.record("gap.reopen", f"Gap:{gap_id}")


def list_marks(store: GraphStore) -> list[dict[str, Any]]:
    """Every mark, by gap id (marks of gaps that have closed since included)."""
    return [mark_public(m) for m in store.find_gap_marks()]

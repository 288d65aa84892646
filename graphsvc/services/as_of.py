"""Reads as of a day: the store itself for today, else a cached view of its history.

Every read use case (questions, analyses, maps, exports) takes ``as_of``; it passes its
store through :func:`store_on` and reads as usual. Views are kept in the one analysis
cache per (store, graph version, day), so repeated questions about a year cost a
dictionary lookup and a change to the store makes fresh ones.
"""

from __future__ import annotations

from graphsvc.bulk import collector_paused
from graphsvc.dates import BEGINNING, parse_day, today
from graphsvc.services.analysis_cache import CACHE
from graphsvc.stores.base import GraphStore
from graphsvc.stores.snapshot_view import SnapshotView

#: The cache group of as-of views.
VIEWS = "as_of"


def store_on(store: GraphStore, day: str | None) -> GraphStore:
    """``store`` as it stood on ``day`` (ISO text or ``YYYY``): itself when ``day`` is None,
    today or later; a read-only view of its history otherwise. ValidationError for a
    malformed day."""
    if day is None:
        return store
    day = parse_day(day)
    if day >= today():
        return store
    version = store.version()

    def view() -> SnapshotView:
        with collector_paused():  # a graph is many small objects (see bulk)
            snapshot = store.snapshot(as_of=day)
            return SnapshotView(
                snapshot, store.url, day, store.find_indicators(), store.find_observations()
            )

    return CACHE.get_or_compute((store.url, version, VIEWS, day), view)


def history_years(store: GraphStore) -> list[int]:
    """The past years the history covers: from the first in which something began or ended
    (not the built-in frame) to last year, oldest first; cached per graph version."""

    def years() -> list[int]:
        found = [int(day[:4]) for day in store.history_days() if day != BEGINNING]
        return list(range(min(found), int(today()[:4]))) if found else []

    return CACHE.get_or_compute((store.url, store.version(), "years", ()), years)

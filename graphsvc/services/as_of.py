"""Reads as of a day: the store itself for today, else a cached view of its history.

Every read use case (questions, analyses, maps, exports) takes ``as_of``; it passes its
store through :func:`store_on` and reads as usual. Views are kept in the one analysis
cache per (store, graph version, day), so repeated questions about a year cost a
dictionary lookup and a change to the store makes fresh ones.
"""

from __future__ import annotations

from graphsvc.dates import parse_day, today
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
        return SnapshotView(store.snapshot(as_of=day), store.url, day)

    return CACHE.get_or_compute((store.url, version, VIEWS, day), view)


def cached_view(store: GraphStore, day: str) -> GraphStore | None:
    """The view of ``day`` if it is already cached (no store access but the version)."""
    found = CACHE.peek((store.url, store.version(), VIEWS, parse_day(day)))
    return found if isinstance(found, SnapshotView) else None

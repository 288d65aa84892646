"""The graphs of the store at a date, for the analyses that compare dates (change, timeline)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from graphsvc.dates import BEGINNING, parse_day, today
from graphsvc.errors import NotFoundError
from graphsvc.model import Label
from graphsvc.records import Snapshot
from graphsvc.services.as_of import store_on

if TYPE_CHECKING:
    from graphsvc.analysis.graphs import Graphs
    from graphsvc.stores.base import GraphStore


def graphs_on(store: GraphStore, day: str | None, rocket: str | None) -> Graphs:
    """The graphs as of ``day`` (None: now), cached per graph version and day like every
    as-of read. A rocket that the store holds but that began after ``day`` (a programme
    that started later) has an empty part then; one it does not hold is NotFoundError."""
    from graphsvc.services.analysis import project

    then = store_on(store, day)
    try:
        return project(then, then.version(), rocket)
    except NotFoundError:
        if day is None or rocket is None:
            raise
        from graphsvc.analysis.graphs import graphs_of_snapshot

        node = store.get_node(Label.ROCKET, rocket)  # NotFoundError: unknown today too
        return graphs_of_snapshot(Snapshot([node], [], then.version())).within(rocket)


def timeline_years(store: GraphStore) -> list[int]:
    """The years in which something began or ended (not the built-in frame), oldest first:
    each is read as of its 31 December, the current year as of now."""
    return sorted({int(day[:4]) for day in store.history_days() if day != BEGINNING})


def first_day(store: GraphStore) -> str:
    """31 December of the first year with history (today when there is none before)."""
    years = timeline_years(store)
    return min(f"{years[0]}-12-31", today()) if years else today()


def check_dates(since: str | None, to: str | None) -> tuple[str | None, str | None]:
    """``since`` and ``to`` as ISO days (None: the default), ValidationError when malformed
    or when ``since`` is after ``to``."""
    from graphsvc.dates import in_order

    first = None if since is None else parse_day(since, "from")
    last = None if to is None else parse_day(to, "to")
    if first is not None:
        in_order(first, last or today())
    return first, last

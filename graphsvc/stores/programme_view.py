"""ProgrammeView: the read side of GraphStore over one programme's part of the portfolio.

Every read of the API and the CLI takes a programme (``--programme``, ``?programme=``);
the services answer it from a view of the store's graph cut to that programme by the
store's own query (``snapshot(programme=...)``, see
:func:`~graphsvc.stores.base.programme_subgraph`), so each question, analysis, map,
export and report reads as if the store held that programme alone, and costs what it
would then. Dated reads and the history are cut by the store the same way. A view never
writes.
"""

from __future__ import annotations

from graphsvc.dates import today
from graphsvc.model import Label
from graphsvc.records import History, Snapshot
from graphsvc.stores.base import GraphStore
from graphsvc.stores.snapshot_view import SnapshotView


class ProgrammeView(SnapshotView):
    """A read-only store over ``store``'s graph cut to ``programme``.

    ``url`` is the store's with ``#programme=KEY``, so caches keep its answers apart; the
    version, the history's days and the indicators (of the programme and its rockets)
    are the store's. ``whole`` is the store itself (its users and audit log are the
    portfolio's).
    """

    def __init__(self, store: GraphStore, programme: str) -> None:
        part = store.snapshot(programme=programme)
        measured = {n.key for n in part.nodes if n.label in (Label.PROGRAMME, Label.ROCKET)}
        indicators = [i for i in store.find_indicators() if i.measures in measured]
        keys = {i.key for i in indicators}
        observations = [o for o in store.find_observations() if o.indicator in keys]
        super().__init__(part, store.url, today(), indicators, observations)
        self.url = f"{store.url}#programme={programme}"
        self.programme = programme
        self.whole = store

    def version(self) -> int:
        """The store's version now."""
        return self.whole.version()

    def history_days(self) -> list[str]:
        """The days of the store's history."""
        return self.whole.history_days()

    def history(self, *, programme: str | None = None) -> History:
        """The periods of everything that belonged to the programme on some day."""
        if programme is not None and programme != self.programme:
            return super().history(programme=programme)
        return self.whole.history(programme=self.programme)

    def snapshot(
        self, rocket: str | None = None, *, as_of: str | None = None, programme: str | None = None
    ) -> Snapshot:
        """The programme's graph (or one rocket's part of it), now or as of a day."""
        if programme not in (None, self.programme):  # a part of the part: cut here
            return super().snapshot(rocket, programme=programme)
        if as_of is not None and as_of < self.day:
            return self.whole.snapshot(rocket, as_of=as_of, programme=self.programme)
        return super().snapshot(rocket)

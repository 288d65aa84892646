"""ProgrammeView: the read side of GraphStore over one programme's part of the portfolio.

Every read of the API and the CLI takes a programme (``--programme``, ``?programme=``);
the services answer it from a view of the store's graph cut to that programme
(:func:`~graphsvc.stores.base.programme_subgraph`), so each question, analysis, map,
export and report reads as if the store held that programme alone. Dated reads cut the
graph of their day the same way. A view never writes.
"""

from __future__ import annotations

from graphsvc.dates import today
from graphsvc.model import Label
from graphsvc.records import History, Snapshot
from graphsvc.stores.base import GraphStore, assemble_snapshot, programme_subgraph
from graphsvc.stores.snapshot_view import SnapshotView


def programme_part(snapshot: Snapshot, programme: str) -> Snapshot:
    """A snapshot cut to one programme (its version and order kept)."""
    nodes, edges = programme_subgraph(snapshot.nodes, snapshot.edges, programme)
    return Snapshot(nodes, edges, snapshot.version)


class ProgrammeView(SnapshotView):
    """A read-only store over ``store``'s graph cut to ``programme``.

    ``url`` is the store's with ``#programme=KEY``, so caches keep its answers apart; the
    version, the history's days and the indicators (of the programme and its rockets)
    are the store's. ``whole`` is the store itself (its users and audit log are the
    portfolio's).
    """

    def __init__(self, store: GraphStore, programme: str) -> None:
        part = programme_part(store.snapshot(), programme)
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

    def history(self) -> History:
        """The periods of everything that belonged to the programme on some day."""
        whole = self.whole.history()
        nodes = [n for n, _, _ in whole.nodes]
        edges = [e for e, _, _ in whole.edges]
        kept_nodes, kept_edges = programme_subgraph(nodes, edges, self.programme)
        node_ids = {(n.label, n.key) for n in kept_nodes}
        edge_ids = {(e.type, e.start, e.end) for e in kept_edges}
        return History(
            [p for p in whole.nodes if (p[0].label, p[0].key) in node_ids],
            [p for p in whole.edges if (p[0].type, p[0].start, p[0].end) in edge_ids],
        )

    def snapshot(self, rocket: str | None = None, *, as_of: str | None = None) -> Snapshot:
        """The programme's graph (or one rocket's part of it), now or as of a day."""
        if as_of is None or as_of >= self.day:
            return super().snapshot(rocket)
        part = programme_part(self.whole.snapshot(as_of=as_of), self.programme)
        return assemble_snapshot(part.nodes, part.edges, part.version, rocket)

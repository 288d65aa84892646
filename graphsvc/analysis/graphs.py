"""What an analysis runs on: a programme and its actor network as arrays, NetworkX on demand.

:func:`graphs_of_snapshot` reads the arrays straight from a snapshot's records
(:mod:`graphsvc.analysis.programme`, :mod:`graphsvc.analysis.network`); the NetworkX
programme graph and actor network, which some analyses still walk, are built from the same
snapshot only when one of them asks (``graphs.P``, ``graphs.A``) and then kept.
:func:`graphs_of_networkx` wraps graphs a notebook already has.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Any

from graphsvc.analysis.network import Network, network_of
from graphsvc.analysis.programme import Programme, programme_of_snapshot
from graphsvc.bulk import collector_paused

if TYPE_CHECKING:
    import networkx as nx

    from graphsvc.records import Snapshot


@dataclass(eq=False)
class Graphs:
    """A programme's arrays, its actor network (arrays, or a NetworkX graph it was given),
    and how to build its NetworkX programme graph."""

    programme: Programme
    network: Network | Any
    build_programme_graph: Callable[[], nx.Graph]

    @cached_property
    def P(self) -> nx.Graph:
        """The NetworkX programme graph (built on first use)."""
        with collector_paused():
            return self.build_programme_graph()

    @cached_property
    def A(self) -> nx.Graph:
        """The NetworkX actor network (built on first use)."""
        if not isinstance(self.network, Network):
            return self.network
        from graphsvc.analysis.bridge import actor_network

        with collector_paused():
            return actor_network(self.P)

    def within(self, rocket: str) -> Graphs:
        """One rocket's part (NotFoundError naming the rockets for an unknown one)."""
        from graphsvc.analysis.bridge import within_rocket

        programme = self.programme.within(rocket)
        with collector_paused():
            network = network_of(programme)
        return Graphs(programme, network, lambda: within_rocket(self.P, rocket))


def graphs_of_snapshot(snapshot: Snapshot) -> Graphs:
    """The graphs of a snapshot: arrays now, NetworkX when asked.

    >>> from graphsvc.analysis.bridge import _tiny_snapshot
    >>> graphs = graphs_of_snapshot(_tiny_snapshot())
    >>> graphs.network.number_of_edges(), sorted(graphs.A.edges())
    (2, [('a', 'b'), ('a', 'c')])
    """
    from graphsvc.analysis.bridge import programme_graph

    with collector_paused():
        programme = programme_of_snapshot(snapshot)
        network = network_of(programme)
    return Graphs(programme, network, lambda: programme_graph(snapshot))


def graphs_of_networkx(P: nx.Graph, A: nx.Graph | None = None) -> Graphs:
    """Graphs over a NetworkX programme graph and its actor network (built when None)."""
    from graphsvc.analysis.bridge import actor_network, programme_arrays

    return Graphs(programme_arrays(P), actor_network(P) if A is None else A, lambda: P)

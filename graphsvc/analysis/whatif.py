"""What-if: what the programme loses if one actor leaves."""

from __future__ import annotations

from typing import Any

import networkx as nx
import numpy as np
import scipy.sparse as sp

from graphsvc.analysis import arrays
from graphsvc.analysis.bridge import actor_network, programme_arrays
from graphsvc.analysis.cuts import average_reach
from graphsvc.analysis.distances import components
from graphsvc.analysis.findings import actor_ref, rounded
from graphsvc.analysis.programme import Programme
from graphsvc.errors import NotFoundError
from graphsvc.messages import said


def whatif(P: nx.Graph, actor: str, A: nx.Graph | None = None) -> dict[str, Any]:
    """The network with and without ``actor``.

    Reports components before and after, the actors cut off from the main (largest)
    component, actions left without a lead or without any actor, rockets that lose the
    only actor of a kind, the ties lost and the change in average reach (how many other
    actors each actor can reach through the network). Raises NotFoundError for an unknown
    actor.

    Examples
    --------
    >>> from graphsvc.analysis.bridge import _tiny
    >>> result = whatif(_tiny(), "a")
    >>> [r["key"] for r in result["cut_off"]], result["components"]
    (['c'], {'before': 1, 'after': 2})
    """
    A = actor_network(P) if A is None else A
    return whatif_of(programme_arrays(P), actor, A)


def whatif_of(programme: Programme, actor: str, A: Any) -> dict[str, Any]:
    """:func:`whatif` of a programme's arrays and its actor network (NetworkX or a
    :class:`~graphsvc.analysis.network.Network`)."""
    if actor not in A:
        raise NotFoundError(
            said("errors.analysis.actor_not_in_network", actor=repr(actor)), key=actor
        )
    nodes = arrays.nodelist(A)
    me_at = arrays.node_index(A)[actor]
    W = arrays.adjacency(A)
    before = _components(W)
    rest = np.flatnonzero(np.arange(len(nodes)) != me_at)
    after = [rest[c] for c in _components(W[rest][:, rest])]
    main_before = {nodes[i] for i in before[0].tolist()} if before else set()
    main_after = {nodes[i] for i in after[0].tolist()} if after else set()
    cut = sorted(main_before - main_after - {actor}, key=str)
    no_lead, no_actor = _actions_left(programme, actor)
    kind = A.nodes[actor].get("kind", "")
    losing = []
    for rocket in A.nodes[actor].get("rockets", ()):
        others = [v for v in A if v != actor and rocket in A.nodes[v].get("rockets", ())]
        if kind and not any(A.nodes[v].get("kind") == kind for v in others):
            losing.append({"key": rocket, "kind": kind})
    n = A.number_of_nodes()
    reach_before = average_reach([len(c) for c in before], n)
    reach_after = average_reach([len(c) for c in after], n - 1)
    return {
        "actor": actor_ref(A, actor),
        "ties_lost": A.degree(actor),
        "components": {"before": len(before), "after": len(after)},
        "main_component": {"before": len(main_before), "after": len(main_after)},
        "cut_off": [actor_ref(A, v) for v in cut],
        "actions_without_lead": no_lead,
        "actions_without_actors": no_actor,
        "rockets_losing_kind": losing,
        "average_reach": {
            "before": rounded(reach_before),
            "after": rounded(reach_after),
            "change": rounded(reach_after - reach_before),
        },
    }


def _components(W: sp.csr_array) -> list[np.ndarray]:
    """The connected components (node positions), largest first; equal sizes in the order
    of their first node, as ``nx.connected_components`` finds them."""
    if W.shape[0] == 0:
        return []
    count, labels = components(W)
    order = np.argsort(labels, kind="stable")
    parts = np.split(order, np.cumsum(np.bincount(labels, minlength=count))[:-1])
    firsts = [int(p[0]) for p in parts]
    ranked = sorted(range(count), key=lambda c: (-len(parts[c]), firsts[c]))
    return [parts[c] for c in ranked]


def _actions_left(
    programme: Programme, actor: str
) -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    """The actions the actor runs that would be left without a lead, and without anyone."""
    inc = programme.incidence
    if actor not in programme.actor_position:
        return [], []
    i = programme.actor_position[actor]
    B, L = inc.matrix.tocsc(), programme.leads.tocsc()
    no_lead, no_actor = [], []
    for j in inc.matrix[[i]].indices.tolist():
        runners = B.indptr[j + 1] - B.indptr[j]
        leads = L.indices[L.indptr[j] : L.indptr[j + 1]]
        ref = {"key": inc.actions[j], "name": programme.action_attrs[j]["name"]}
        if runners == 1:
            no_actor.append(ref)
        elif len(leads) == 1 and leads[0] == i:
            no_lead.append(ref)
    return sorted(no_lead, key=lambda r: r["key"]), sorted(no_actor, key=lambda r: r["key"])

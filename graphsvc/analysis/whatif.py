"""What-if: what the programme loses if one actor leaves."""

from __future__ import annotations

from typing import Any

import networkx as nx

from graphsvc.analysis.bridge import ACTION, ACTOR, actor_network, runners
from graphsvc.analysis.cuts import average_reach
from graphsvc.analysis.findings import actor_ref, rounded
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
    if actor not in A:
        raise NotFoundError(
            said("errors.analysis.actor_not_in_network", actor=repr(actor)), key=actor
        )
    before = sorted(nx.connected_components(A), key=len, reverse=True)
    rest = A.subgraph([v for v in A if v != actor])
    after = sorted(nx.connected_components(rest), key=len, reverse=True)
    main_before = before[0] if before else set()
    main_after = after[0] if after else set()
    cut = sorted(main_before - main_after - {actor}, key=str)
    no_lead, no_actor = [], []
    for node in P[(ACTOR, actor)]:
        if node[0] != ACTION:
            continue
        who = runners(P, node[1])
        ref = {"key": node[1], "name": P.nodes[node].get("name", node[1])}
        if len(who) == 1:
            no_actor.append(ref)
        elif who[actor] == "lead" and sum(r == "lead" for r in who.values()) == 1:
            no_lead.append(ref)
    kind = A.nodes[actor].get("kind", "")
    losing = []
    for rocket in A.nodes[actor].get("rockets", ()):
        others = [v for v in A if v != actor and rocket in A.nodes[v].get("rockets", ())]
        if kind and not any(A.nodes[v].get("kind") == kind for v in others):
            losing.append({"key": rocket, "kind": kind})
    n = A.number_of_nodes()
    reach_before = average_reach([len(c) for c in before], n)
    reach_after = average_reach([len(c) for c in after], n - 1)
    me = actor_ref(A, actor)
    result = {
        "actor": me,
        "ties_lost": A.degree(actor),
        "components": {"before": len(before), "after": len(after)},
        "main_component": {"before": len(main_before), "after": len(main_after)},
        "cut_off": [actor_ref(A, v) for v in cut],
        "actions_without_lead": sorted(no_lead, key=lambda r: r["key"]),
        "actions_without_actors": sorted(no_actor, key=lambda r: r["key"]),
        "rockets_losing_kind": losing,
        "average_reach": {
            "before": rounded(reach_before),
            "after": rounded(reach_after),
            "change": rounded(reach_after - reach_before),
        },
    }
    return result

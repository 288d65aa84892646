"""The network facts beside an indicator: who and what fuels the rocket it measures."""

from __future__ import annotations

from collections import Counter
from typing import Any

import networkx as nx

from graphsvc.analysis.bridge import ACTION, ACTOR, actions_of_graph, runners
from graphsvc.model import Status

#: How many key actors the facts name.
KEY_ACTORS = 5


def network_facts(P: nx.Graph, *, top: int = KEY_ACTORS) -> dict[str, Any]:
    """Actions by status, the actors running them by kind, and the key actors of ``P``.

    Key actors run the most actions (leading counts first on ties, then name).

    Parameters
    ----------
    P : nx.Graph
        A programme graph (of one rocket, or the whole programme).
    top : int
        How many key actors to name.

    Returns
    -------
    dict
        ``actions``, ``actions_by_status`` (every status, in the vocabulary's order),
        ``actors``, ``actor_kinds`` (kind -> count, most first) and ``key_actors``
        (key, name, kind, actions, leads).

    Examples
    --------
    >>> from graphsvc.analysis.bridge import _tiny
    >>> facts = network_facts(_tiny())
    >>> facts["actions"], facts["actors"], [a["key"] for a in facts["key_actors"]]
    (1, 2, ['a', 'b'])
    """
    actions = actions_of_graph(P)
    status = Counter(str(P.nodes[(ACTION, a)].get("status") or "proposed") for a in actions)
    runs: Counter[str] = Counter()
    leads: Counter[str] = Counter()
    for action in actions:
        for actor, role in runners(P, action).items():
            runs[actor] += 1
            leads[actor] += role == "lead"
    kinds = Counter(str(P.nodes[(ACTOR, a)].get("kind", "")) for a in runs)
    ranked = sorted(runs, key=lambda a: (-runs[a], -leads[a], P.nodes[(ACTOR, a)]["name"], a))
    return {
        "actions": len(actions),
        "actions_by_status": {s.value: status.get(s.value, 0) for s in Status},
        "actors": len(runs),
        "actor_kinds": dict(sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0]))),
        "key_actors": [
            {
                "key": a,
                "name": P.nodes[(ACTOR, a)]["name"],
                "kind": P.nodes[(ACTOR, a)].get("kind", ""),
                "actions": runs[a],
                "leads": leads[a],
            }
            for a in ranked[:top]
        ],
    }

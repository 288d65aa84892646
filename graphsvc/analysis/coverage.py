"""Coverage: which actor kinds work in which rocket (actors and actions), launch pad included."""

from __future__ import annotations

from typing import Any

import networkx as nx

from graphsvc.analysis.bridge import ACTION, ACTOR, ROCKET
from graphsvc.model import ActorKind


def coverage(P: nx.Graph) -> dict[str, Any]:
    """The actor kind × rocket matrix of a programme graph.

    ``actors[kind][rocket]`` counts distinct actors of a kind running an action that fuels
    the rocket; ``actions[kind][rocket]`` counts the rocket's actions with at least one actor
    of that kind. Every kind and every rocket appears, zeros included; ``empty`` lists the
    (kind, rocket) cells with no actor.

    Examples
    --------
    >>> from graphsvc.analysis.bridge import _tiny
    >>> result = coverage(_tiny())
    >>> result["actors"]["company"]["centre"], result["actions"]["city"]["centre"]
    (1, 1)
    """
    rockets = [r for r in P.graph.get("rockets", {}) if (ROCKET, r) in P]
    kinds = [k.value for k in ActorKind]
    actors = {k: dict.fromkeys(rockets, 0) for k in kinds}
    actions = {k: dict.fromkeys(rockets, 0) for k in kinds}
    totals = {r: {"actors": 0, "actions": 0} for r in rockets}
    for rocket in rockets:
        fuel = [a for a in P[(ROCKET, rocket)] if a[0] == ACTION]
        seen: set[tuple[str, str]] = set()
        for action in fuel:
            present = set()
            for node in P[action]:
                if node[0] == ACTOR:
                    kind = P.nodes[node].get("kind", "")
                    seen.add(node)
                    present.add(kind)
            for kind in present & set(kinds):
                actions[kind][rocket] += 1
        for node in seen:
            kind = P.nodes[node].get("kind", "")
            if kind in actors:
                actors[kind][rocket] += 1
        totals[rocket] = {"actors": len(seen), "actions": len(fuel)}
    return {
        "rockets": [{"key": r} for r in rockets],
        "kinds": kinds,
        "actors": actors,
        "actions": actions,
        "totals": totals,
        "empty": [[k, r] for k in kinds for r in rockets if actors[k][r] == 0],
    }

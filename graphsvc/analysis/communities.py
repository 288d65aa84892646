"""Communities of the actor network set against the rockets: silos and cross-rocket groups."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Hashable
from typing import Any

import networkx as nx

from graphsvc.analysis import compute
from graphsvc.analysis.findings import actor_ref, rounded

#: A community crosses rockets when a second rocket holds at least this share of its actors.
CROSS_SHARE = 0.25
#: A rocket splits when a second community holds at least this share of the rocket's actors.
SPLIT_SHARE = 0.2


def communities(A: nx.Graph, *, seed: int = 0) -> dict[str, Any]:
    """Communities (multilevel refined by Leiden; weighted modularity) compared with the actors'
    main rockets.

    An actor's main rocket is the primary rocket of most of its actions (see
    :func:`main_rockets`). Communities of one actor are counted in ``isolated`` and not
    listed. ``nmi_with_rockets`` is the normalised mutual information between communities
    and main rockets (1 = communities are exactly the rockets).

    Examples
    --------
    >>> A = nx.barbell_graph(4, 0)
    >>> nx.set_node_attributes(A, {v: ("centre",) if v < 4 else ("logistics",) for v in A},
    ...                        "rockets")
    >>> result = communities(nx.freeze(A))
    >>> len(result["communities"]), result["nmi_with_rockets"], result["modularity"]
    (2, 1.0, 0.4231)
    """
    parts = compute.communities(A, seed=seed)
    main = main_rockets(A)
    listed = [p for p in parts if len(p) > 1]
    result_communities = []
    membership: dict[Hashable, int] = {}
    for number, part in enumerate(listed, start=1):
        for v in part:
            membership[v] = number
        counts = Counter(r for v in part for r in A.nodes[v].get("rockets", ()))
        shares = {r: rounded(c / len(part)) for r, c in counts.most_common()}
        strong = [r for r, s in shares.items() if s >= CROSS_SHARE]
        core = sorted(part, key=lambda v: (-A.degree(v), str(v)))[:5]
        row = {
            "id": number,
            "size": len(part),
            "core_actors": [actor_ref(A, v) for v in core],
            "rockets": shares,
            "crosses_rockets": len(strong) > 1,
        }
        result_communities.append(row)
    rockets = []
    for rocket in A.graph.get("rockets", {}):
        members = [v for v in A if rocket in A.nodes[v].get("rockets", ()) and v in membership]
        if not members:
            continue
        spread = Counter(membership[v] for v in members).most_common()
        big = [c for c, n in spread if n / len(members) >= SPLIT_SHARE]
        split = len(big) > 1
        rockets.append(
            {
                "key": rocket,
                "actors": len(members),
                "communities": {str(c): n for c, n in spread},
                "largest_share": rounded(spread[0][1] / len(members)),
                "split": split,
                "parts": len(big),
            }
        )
    labels = [(membership[v], main[v]) for v in A if v in membership and main[v]]
    return {
        "method": "multilevel+leiden",
        "seed": seed,
        "modularity": rounded(compute.modularity(A, parts)),
        "nmi_with_rockets": rounded(_nmi(labels)),
        "isolated": sum(1 for p in parts if len(p) == 1),
        "communities": result_communities,
        "rockets": rockets,
    }


def main_rockets(A: nx.Graph) -> dict[Hashable, str | None]:
    """Each actor's ``main_rocket``, else the first of its ``rockets``, else None.

    >>> main_rockets(nx.Graph([("a", "b")]))
    {'a': None, 'b': None}
    """
    return {
        v: A.nodes[v].get("main_rocket") or (A.nodes[v].get("rockets") or (None,))[0] for v in A
    }


def _nmi(pairs: list[tuple[Any, Any]]) -> float:
    """Normalised mutual information (arithmetic mean normalisation) of two labellings."""
    n = len(pairs)
    if n == 0:
        return 0.0
    joint = Counter(pairs)
    left = Counter(a for a, _ in pairs)
    right = Counter(b for _, b in pairs)
    mi = sum(c / n * math.log(c * n / (left[a] * right[b])) for (a, b), c in joint.items())
    h1 = -sum(c / n * math.log(c / n) for c in left.values())
    h2 = -sum(c / n * math.log(c / n) for c in right.values())
    return 1.0 if h1 + h2 == 0 else 2 * mi / (h1 + h2)

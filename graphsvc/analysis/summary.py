"""Network health, overall and per rocket: size, density, components, centralisation, paths."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import networkx as nx

from graphsvc.analysis import compute
from graphsvc.analysis.bridge import (
    ROCKET,
    actions_of_graph,
    actor_network,
    rocket_label,
    runners,
    within_rocket,
)
from graphsvc.analysis.findings import rounded

#: Above this many actors in the main component, path lengths come from sampled sources.
PATH_SOURCES = 300


def health(P: nx.Graph, A: nx.Graph | None = None) -> dict[str, Any]:
    """Health figures of one programme graph and its actor network.

    ``density`` is ties / possible ties; ``degree_centralisation`` is Freeman's (1 for a
    star, 0 when every actor has as many partners); ``average_path_length`` is measured
    inside the main component (sampled from 300 sources above that size, see
    ``path_length_sampled``); ``solo_action_share`` is the share of actions with one actor.

    Examples
    --------
    >>> from graphsvc.analysis.bridge import _tiny
    >>> h = health(_tiny())
    >>> h["actors"], h["ties"], h["components"], h["degree_centralisation"]
    (3, 2, 1, 1.0)
    """
    A = actor_network(P) if A is None else A
    n, m = A.number_of_nodes(), A.number_of_edges()
    actions = actions_of_graph(P)
    solo = sum(1 for a in actions if len(runners(P, a)) == 1)
    parts = compute.components(A) if n else []
    main = parts[0] if parts else []
    degrees = [d for _, d in A.degree()]
    top = max(degrees, default=0)
    central = sum(top - d for d in degrees) / ((n - 1) * (n - 2)) if n > 2 else 0.0
    return {
        "actors": n,
        "actions": len(actions),
        "ties": m,
        "density": rounded(2 * m / (n * (n - 1)) if n > 1 else 0.0, 6),
        "components": len(parts),
        "main_component_share": rounded(len(main) / n if n else 0.0),
        "isolated_actors": sum(1 for d in degrees if d == 0),
        "degree_centralisation": rounded(central),
        "average_path_length": rounded(compute.sampled_path_length(A, main, PATH_SOURCES)),
        "path_length_sampled": len(main) > PATH_SOURCES,
        "solo_action_share": rounded(solo / len(actions) if actions else 0.0),
    }


def summary(
    P: nx.Graph,
    A: nx.Graph | None = None,
    *,
    lang: str = "fi",
    progress: Callable[[str], None] | None = None,
) -> dict[str, Any]:
    """Network health overall and for every rocket (see :func:`health`).

    Examples
    --------
    >>> from graphsvc.analysis.bridge import _tiny
    >>> result = summary(_tiny())
    >>> result["overall"]["actions"], [r["key"] for r in result["rockets"]]
    (1, ['centre'])
    """
    step = progress or (lambda _: None)
    step("overall")
    overall = health(P, A)
    rockets = []
    for rocket in P.graph.get("rockets", {}):
        if (ROCKET, rocket) not in P:
            continue
        step(rocket)
        part = P if P.graph.get("rocket") == rocket else within_rocket(P, rocket)
        rockets.append({"key": rocket, "name": rocket_label(P, rocket, lang), **health(part)})
    return {"overall": overall, "rockets": rockets}

"""Network health, overall and per rocket: size, density, components, centralisation, paths.

Per-rocket figures come straight from the sparse incidence matrix (the rocket's columns of
B, then B·Bᵀ), so no NetworkX graph is built per rocket.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

import networkx as nx
import numpy as np
import scipy.sparse as sp

from graphsvc.analysis import arrays
from graphsvc.analysis.bridge import actor_network, programme_arrays
from graphsvc.analysis.distances import components, distance_sums
from graphsvc.analysis.findings import rounded
from graphsvc.analysis.health import rocket_parts
from graphsvc.analysis.programme import Programme

#: Above this many actors in the main component, path lengths come from sampled sources.
PATH_SOURCES = 100


def health(W: sp.csr_array, actions: int, solo: int, seed: int = 0) -> dict[str, Any]:
    """Health figures of one actor network given as a symmetric adjacency matrix.

    ``density`` is ties / possible ties; ``degree_centralisation`` is Freeman's (1 for a
    star, 0 when every actor has as many partners); ``average_path_length`` is measured
    inside the main component (from :data:`PATH_SOURCES` sampled sources above that size,
    see ``path_length_sampled``); ``solo_action_share`` is the share of actions with one actor.

    Examples
    --------
    >>> h = health(arrays.adjacency(nx.star_graph(3)), actions=3, solo=1)
    >>> h["actors"], h["ties"], h["components"], h["degree_centralisation"]
    (4, 3, 1, 1.0)
    """
    n = W.shape[0]
    degree = np.diff(W.indptr)
    m = int(degree.sum()) // 2
    parts, labels = components(W) if n else (0, np.zeros(0, int))
    sizes = np.bincount(labels) if n else np.zeros(0, int)
    main = np.flatnonzero(labels == sizes.argmax()) if n else np.zeros(0, int)
    top = int(degree.max(initial=0))
    central = float((top - degree).sum()) / ((n - 1) * (n - 2)) if n > 2 else 0.0
    return {
        "actors": n,
        "actions": actions,
        "ties": m,
        "density": rounded(2 * m / (n * (n - 1)) if n > 1 else 0.0, 6),
        "components": int(parts),
        "main_component_share": rounded(len(main) / n if n else 0.0),
        "isolated_actors": int((degree == 0).sum()),
        "degree_centralisation": rounded(central),
        "average_path_length": rounded(_path_length(W, main, seed)),
        "path_length_sampled": len(main) > PATH_SOURCES,
        "solo_action_share": rounded(solo / actions if actions else 0.0),
    }


def summary(
    P: nx.Graph,
    A: nx.Graph | None = None,
    *,
    progress: Callable[[str], None] | None = None,
) -> dict[str, Any]:
    """Network health of a programme graph overall and for every rocket (see :func:`health`).

    A rocket's figures are those of its own part of the graph, as ``--rocket`` would give.

    Examples
    --------
    >>> from graphsvc.analysis.bridge import _tiny
    >>> result = summary(_tiny())
    >>> result["overall"]["actions"], [r["key"] for r in result["rockets"]]
    (1, ['centre'])
    """
    A = actor_network(P) if A is None else A
    return summary_of(programme_arrays(P), A, progress=progress)


def summary_of(
    programme: Programme, A: Any, *, progress: Callable[[str], None] | None = None
) -> dict[str, Any]:
    """:func:`summary` of a programme's arrays and its actor network (a NetworkX graph or a
    :class:`~graphsvc.analysis.network.Network`)."""
    step = progress or (lambda _: None)
    step("overall")
    inc = programme.incidence
    runners = np.asarray(inc.matrix.sum(axis=0)).ravel()
    overall = health(arrays.adjacency(A), len(inc.actions), int((runners == 1).sum()))
    rockets = []
    for rocket, cols, _, W in rocket_parts(programme):
        step(rocket)
        solo = int((runners[cols] == 1).sum()) if cols else 0
        rockets.append({"key": rocket, **health(W, len(cols), solo)})
    return {"overall": overall, "rockets": rockets}


def _path_length(W: sp.csr_array, main: np.ndarray, seed: int) -> float:
    if len(main) < 2:
        return 0.0
    sub = W[main][:, main].tocsr()
    sources = (
        np.arange(len(main))
        if len(main) <= PATH_SOURCES
        else np.array(random.Random(seed).sample(range(len(main)), PATH_SOURCES))
    )
    sums, _ = distance_sums(sub, sources)
    return float(sums.sum() / (len(sources) * (len(main) - 1)))

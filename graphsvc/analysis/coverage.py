"""Coverage: which actor kinds work in which rocket (actors and actions), launch pad included."""

from __future__ import annotations

from typing import Any

import networkx as nx
import numpy as np
import scipy.sparse as sp

from graphsvc.analysis.bridge import programme_arrays
from graphsvc.analysis.programme import Programme
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
    return coverage_of(programme_arrays(P))


def coverage_of(programme: Programme) -> dict[str, Any]:
    """:func:`coverage` of a programme's arrays."""
    rockets = list(programme.present)
    kinds = [k.value for k in ActorKind]
    column = {k: c for c, k in enumerate(kinds)}
    own = [column.get(a.get("kind", ""), -1) for a in programme.actor_attrs]
    rows = [i for i, c in enumerate(own) if c >= 0]
    by_kind = sp.csr_array(
        (np.ones(len(rows)), (rows, [own[i] for i in rows])),
        shape=(len(own), len(kinds)),
    ).T.tocsr()
    B = programme.incidence.matrix
    actors = {k: dict.fromkeys(rockets, 0) for k in kinds}
    actions = {k: dict.fromkeys(rockets, 0) for k in kinds}
    totals = {}
    for rocket in rockets:
        cols = programme.rocket_columns(rocket)
        part = B[:, cols]
        running = (np.asarray(part.sum(axis=1)).ravel() > 0).astype(float)
        per_action = (by_kind @ part).toarray() > 0
        per_actor = by_kind @ running
        for c, kind in enumerate(kinds):
            actors[kind][rocket] = int(per_actor[c])
            actions[kind][rocket] = int(per_action[c].sum())
        totals[rocket] = {"actors": int(running.sum()), "actions": len(cols)}
    return {
        "rockets": [{"key": r} for r in rockets],
        "kinds": kinds,
        "actors": actors,
        "actions": actions,
        "totals": totals,
        "empty": [[k, r] for k in kinds for r in rockets if actors[k][r] == 0],
    }

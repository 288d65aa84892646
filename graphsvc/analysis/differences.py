"""What differs between two dates of a programme, compared by key: actors, actions, ties, gaps.

Plain set comparisons on graphs from :mod:`graphsvc.analysis.bridge` (one pass over each
graph), used by :func:`graphsvc.analysis.change.change`.
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import Any

import networkx as nx
import numpy as np
import scipy.sparse as sp

from graphsvc.analysis import arrays
from graphsvc.analysis.findings import actor_ref
from graphsvc.analysis.gap_scores import gap_id
from graphsvc.analysis.programme import Programme
from graphsvc.model import Status

Pair = tuple[Hashable, Hashable]


def actors(before: nx.Graph, after: nx.Graph) -> dict[str, list[dict[str, Any]]]:
    """Actors of the actor network ``after`` that ``before`` lacks (joined), and the other way
    round (left), by key.

    >>> actors(nx.Graph([("a", "b")]), nx.Graph([("b", "c")]))
    {'joined': [{'key': 'c', 'name': 'c', 'kind': ''}], 'left': [{'key': 'a', 'name': 'a', \
'kind': ''}]}
    """
    return {
        "joined": [actor_ref(after, v) for v in sorted(set(after) - set(before), key=str)],
        "left": [actor_ref(before, v) for v in sorted(set(before) - set(after), key=str)],
    }


def actions(before: Programme, after: Programme) -> dict[str, list[dict[str, Any]]]:
    """Actions of two programmes compared: begun (new), finished (``done`` now, not
    before), dropped (gone, or ``dropped`` now and not before; ``how`` says which) and status
    changes of the actions both have.

    >>> from graphsvc.analysis.bridge import _tiny, programme_arrays
    >>> actions(programme_arrays(_tiny()), programme_arrays(_tiny()))
    {'begun': [], 'finished': [], 'dropped': [], 'status_changed': []}
    """
    was, now = _statuses(before), _statuses(after)
    done, dropped = Status.DONE.value, Status.DROPPED.value
    gone = [{**_action(before, k), "how": "gone"} for k in sorted(was.keys() - now.keys())]
    ended = [
        {**_action(after, k), "how": "status"}
        for k in sorted(now)
        if now[k] == dropped and was.get(k) != dropped
    ]
    return {
        "begun": [_action(after, k) for k in sorted(now.keys() - was.keys())],
        "finished": [
            _action(after, k) for k in sorted(now) if now[k] == done and was.get(k) != done
        ],
        "dropped": sorted(gone + ended, key=lambda a: a["key"]),
        "status_changed": [
            {**_action(after, k), "from": was[k], "to": now[k]}
            for k in sorted(now.keys() & was.keys())
            if now[k] != was[k]
        ],
    }


def ties(before: nx.Graph, after: nx.Graph, top: int) -> dict[str, dict[str, Any]]:
    """Ties formed and ended between two actor networks: every tie of the co-participation
    network (a shared action or a reported tie), and the reported collaborations alone.

    Each part counts all of them and lists the ``top`` strongest (most shared actions at the
    date the tie exists; ``weight`` first, then keys) as ``{"actors": [a, b], "shared",
    "reported"}``. Pairs are compared as integer codes, so only changed ties reach Python.

    >>> A = nx.Graph()
    >>> A.add_edge("a", "b", shared=2, reported=False, weight=2)
    >>> ties(A, nx.Graph(), 5)["co_participation"]["counts"]
    {'formed': 0, 'ended': 1}
    """
    keys = sorted(set(before) | set(after), key=str)
    index = {k: i for i, k in enumerate(keys)}
    was, now = _codes(before, index), _codes(after, index)
    reported = [_reported_codes(A, index) for A in (before, after)]
    return {
        "co_participation": _formed_ended(index, (before, after), (was, now), top),
        "reported": _formed_ended(index, (before, after), (reported[0], reported[1]), top),
    }


def gaps_between(
    before: list[dict[str, Any]], after: list[dict[str, Any]]
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The gaps of ``after`` that ``before`` lacks (opened) and those it no longer has
    (closed), compared by identity (:func:`~graphsvc.analysis.gap_scores.gap_id`); in gap
    order.

    >>> solo = {"kind": "solo_action", "subjects": [{"key": "x"}], "details": {"actors": 1}}
    >>> gaps_between([solo], [])
    ([], [{'kind': 'solo_action', 'subjects': [{'key': 'x'}], 'details': {'actors': 1}}])
    """
    was, now = {gap_id(g) for g in before}, {gap_id(g) for g in after}
    opened = [g for g in after if gap_id(g) not in was]
    closed = [g for g in before if gap_id(g) not in now]
    return opened, closed


def _statuses(programme: Programme) -> dict[str, str | None]:
    attrs = programme.action_attrs
    return {k: attrs[j].get("status") for j, k in enumerate(programme.incidence.actions)}


def _action(programme: Programme, key: str) -> dict[str, Any]:
    j = programme.action_position[key]
    attrs = programme.action_attrs[j]
    return {
        "key": key,
        "name": attrs.get("name", key),
        "status": attrs.get("status"),
        "rockets": list(programme.action_rockets[j]),
    }


def _codes(A: nx.Graph, index: dict[Hashable, int]) -> tuple[np.ndarray, np.ndarray]:
    """Every tie of ``A`` as a code ``i * n + j`` (``i < j`` in ``index``), sorted, with its
    weight."""
    upper = sp.triu(arrays.adjacency(A, "weight"), k=1).tocoo()
    to_union = np.array([index[v] for v in arrays.nodelist(A)], dtype=np.int64)
    i, j = to_union[upper.row], to_union[upper.col]
    codes = np.minimum(i, j) * len(index) + np.maximum(i, j)
    order = np.argsort(codes)
    return codes[order], upper.data[order]


def _reported_codes(A: nx.Graph, index: dict[Hashable, int]) -> tuple[np.ndarray, np.ndarray]:
    pairs = np.array([(index[u], index[v]) for u, v in arrays.reported_ties(A)], dtype=np.int64)
    pairs = pairs.reshape(-1, 2)
    codes = np.sort(pairs.min(axis=1) * len(index) + pairs.max(axis=1))
    ties = (A.get_edge_data(u, v) for u, v in _decode(codes, index))
    return codes, np.array([tie.get("weight", 1) for tie in ties])


def _decode(codes: np.ndarray, index: dict[Hashable, int]) -> list[Pair]:
    keys = list(index)
    n = len(keys)
    return [(keys[c // n], keys[c % n]) for c in codes.tolist()]


def _formed_ended(
    index: dict[Hashable, int],
    graphs: tuple[nx.Graph, nx.Graph],
    codes: tuple[tuple[np.ndarray, np.ndarray], tuple[np.ndarray, np.ndarray]],
    top: int,
) -> dict[str, Any]:
    (was, was_weight), (now, now_weight) = codes
    formed = ~np.isin(now, was, assume_unique=True)
    ended = ~np.isin(was, now, assume_unique=True)
    return {
        "counts": {"formed": int(formed.sum()), "ended": int(ended.sum())},
        "formed": _strongest(graphs[1], now[formed], now_weight[formed], index, top),
        "ended": _strongest(graphs[0], was[ended], was_weight[ended], index, top),
    }


def _strongest(
    A: nx.Graph, codes: np.ndarray, weights: np.ndarray, index: dict[Hashable, int], top: int
) -> list[dict[str, Any]]:
    """The ``top`` ties of ``codes`` with the greatest weight (then by keys), described."""
    shown = np.lexsort((codes, -weights))[:top]
    rows = []
    for u, v in _decode(codes[shown], index):
        tie = A.get_edge_data(u, v)
        rows.append(
            {
                "actors": [actor_ref(A, u), actor_ref(A, v)],
                "shared": tie.get("shared", 0),
                "reported": bool(tie.get("reported", False)),
            }
        )
    return rows

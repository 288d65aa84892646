"""Yearly follow-up: what changed in the programme between two dates, and health over the years.

Both functions take graphs the bridge built from snapshots of each date (``as_of``); they
never read a store. Each graph is measured once (gaps, betweenness, two-step reach, health)
and the sections are comparisons of those measurements, by key, so the whole comparison
costs about two analyses of one graph plus the introductions of the earlier one.
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass
from typing import Any

import networkx as nx

from graphsvc.analysis import compute
from graphsvc.analysis.bridge import programme_arrays
from graphsvc.analysis.differences import actions, actors, gaps_between, ties
from graphsvc.analysis.findings import actor_ref, rounded
from graphsvc.analysis.gaps import gaps_of
from graphsvc.analysis.health import FIGURES, difference, health_of
from graphsvc.analysis.programme import Programme
from graphsvc.analysis.recommend import introductions

Graphs = tuple[nx.Graph, nx.Graph]
#: A programme's arrays and its actor network (NetworkX or a Network).
Arrays = tuple[Programme, Any]

#: The measures whose rankings are compared.
RANKED: tuple[str, ...] = ("betweenness", "two_step_reach")


@dataclass(frozen=True)
class _Measured:
    """One date's graphs and what was measured on them."""

    programme: Programme
    A: Any
    gaps: list[dict[str, Any]]
    values: dict[str, dict[Hashable, float]]
    order: dict[str, list[Hashable]]
    betweenness_method: dict[str, Any]
    health: dict[str, Any]


def change(
    before: Graphs, after: Graphs, *, top: int = 20, pivots: int | None = None, seed: int = 0
) -> dict[str, Any]:
    """What changed from the date of ``before`` to the date of ``after``.

    Sections: ``actors`` (joined, left), ``actions`` (begun, finished, dropped, status
    changed), ``ties`` formed and ended (in the co-participation network and among reported
    collaborations; the ``top`` strongest listed, all counted), ``introductions`` (which of the
    ``top`` pairs suggested as of ``before`` work together by ``after``), ``gaps`` (closed and
    opened, compared by kind and subjects; per kind and per rocket), ``centrality`` (actors who
    rose or fell in the ``top`` by betweenness and by two-step reach, or entered or left it),
    ``articulation_points`` (appeared, vanished) and ``health`` (then, now, difference).
    Deterministic: betweenness sampling (above 5,000 actors) uses ``seed``.

    Parameters
    ----------
    before, after : tuple of nx.Graph
        The programme graph and actor network (:mod:`graphsvc.analysis.bridge`) of each date.
    top : int
        Length of the rankings compared, of the introductions followed and of tie lists.
    pivots, seed : int, optional
        Betweenness sampling, as in :func:`graphsvc.analysis.centrality.centrality`.

    Examples
    --------
    >>> from graphsvc.analysis.bridge import _tiny, actor_network
    >>> P = _tiny()
    >>> result = change((P, actor_network(P)), (P, actor_network(P)))
    >>> result["actors"], result["gaps"]["closed"], result["health"]["difference"]["overall"]
    ({'joined': [], 'left': []}, [], {'actors': 0, 'actions': 0, 'ties': 0, 'density': 0.0, \
'main_component_share': 0.0, 'average_reach': 0.0, 'solo_action_share': 0.0, 'kinds': 0})
    """
    return change_of(
        (programme_arrays(before[0]), before[1]),
        (programme_arrays(after[0]), after[1]),
        top=top,
        pivots=pivots,
        seed=seed,
    )


def change_of(
    before: Arrays, after: Arrays, *, top: int = 20, pivots: int | None = None, seed: int = 0
) -> dict[str, Any]:
    """:func:`change` between two dates given as a programme's arrays and its actor network."""
    then, now = (_measured(programme, A, pivots, seed) for programme, A in (before, after))
    opened, closed = gaps_between(then.gaps, now.gaps)
    return {
        "actors": actors(then.A, now.A),
        "actions": actions(then.programme, now.programme),
        "ties": ties(then.A, now.A, top),
        "introductions": _introductions(then.A, now.A, top),
        "gaps": _gap_changes(then, now, opened, closed),
        "centrality": {
            "top": top,
            "betweenness_method": {
                "before": then.betweenness_method,
                "after": now.betweenness_method,
            },
            **{m: _moves(then, now, m, top) for m in RANKED},
        },
        "articulation_points": {
            "appeared": [_cut_point(g, now.A) for g in opened if g["kind"] == "articulation_point"],
            "vanished": [
                _cut_point(g, then.A) for g in closed if g["kind"] == "articulation_point"
            ],
        },
        "health": {
            "before": then.health,
            "after": now.health,
            "difference": difference(then.health, now.health),
        },
    }


def timeline(points: list[tuple[str, nx.Graph, nx.Graph]]) -> dict[str, Any]:
    """The health figures (:func:`graphsvc.analysis.health.health`) at every labelled point,
    as series ready to chart: one list per figure, in the order of ``points``.

    A rocket missing at a point has ``None`` there. Rockets come in programme order.

    Examples
    --------
    >>> from graphsvc.analysis.bridge import _tiny, actor_network
    >>> P = _tiny()
    >>> series = timeline([("2023", P, actor_network(P)), ("2024", P, actor_network(P))])
    >>> series["points"], series["overall"]["ties"], series["rockets"][0]["actors"]
    (['2023', '2024'], [2, 2], [2, 2])
    """
    return timeline_of([(label, programme_arrays(P), A) for label, P, A in points])


def timeline_of(points: list[tuple[str, Programme, Any]]) -> dict[str, Any]:
    """:func:`timeline` of points given as a programme's arrays and its actor network."""
    measured = [health_of(programme, A) for _, programme, A in points]
    rockets: list[str] = []
    for programme in (p for _, p, _ in points):
        rockets += [r for r in programme.rockets if r not in rockets]
    by_rocket = [{r["key"]: r for r in h["rockets"]} for h in measured]
    return {
        "points": [label for label, _, _ in points],
        "overall": {f: [h["overall"][f] for h in measured] for f in FIGURES},
        "rockets": [
            {"key": r, **{f: [m[r][f] if r in m else None for m in by_rocket] for f in FIGURES}}
            for r in rockets
        ],
    }


def _measured(programme: Programme, A: Any, pivots: int | None, seed: int) -> _Measured:
    betweenness, how = compute.betweenness(A, pivots=pivots, seed=seed)
    reach, _ = compute.two_step_reach(A)
    others = max(A.number_of_nodes() - 1, 1)
    values = {
        "betweenness": betweenness,
        "two_step_reach": {v: r / others for v, r in reach.items()},
    }
    weighted = dict(A.degree(weight="weight"))
    order = {m: sorted(A, key=lambda v: (-values[m][v], -weighted[v], str(v))) for m in RANKED}
    found = gaps_of(programme, A)["gaps"]
    return _Measured(programme, A, found, values, order, how, health_of(programme, A))


def _introductions(before: Any, after: Any, top: int) -> dict[str, Any]:
    """The pairs suggested as of ``before``: which of them work together in ``after``."""
    suggested = introductions(before, top=top)
    happened, waiting = [], []
    for rank, pair in enumerate(suggested["introductions"], start=1):
        a, b = (x["key"] for x in pair["actors"])
        row = {
            "rank": rank,
            "actors": pair["actors"],
            "score": pair["score"],
            "strength": pair["strength"],
            "band": pair["band"],
            "shared_rockets": pair["shared_rockets"],
        }
        tie = after.get_edge_data(a, b)
        if tie:
            happened.append({**row, "shared": tie["shared"], "reported": tie["reported"]})
        else:
            waiting.append({**row, "left": [k for k in (a, b) if k not in after]})
    return {
        "method": suggested["method"],
        "suggested": len(suggested["introductions"]),
        "happened": happened,
        "not_happened": waiting,
    }


def _gap_changes(
    then: _Measured, now: _Measured, opened: list[dict[str, Any]], closed: list[dict[str, Any]]
) -> dict[str, Any]:
    kinds = sorted({g["kind"] for g in then.gaps} | {g["kind"] for g in now.gaps})

    def count(found: list[dict[str, Any]], kind: str) -> int:
        return sum(g["kind"] == kind for g in found)

    rockets = list(now.programme.rockets)
    return {
        "closed": closed,
        "opened": opened,
        "counts": {
            k: {
                "before": count(then.gaps, k),
                "after": count(now.gaps, k),
                "closed": count(closed, k),
                "opened": count(opened, k),
            }
            for k in kinds
        },
        "rockets": [
            {
                "key": r,
                "closed": sum(r in g["rockets"] for g in closed),
                "opened": sum(r in g["rockets"] for g in opened),
            }
            for r in rockets
        ],
    }


def _moves(then: _Measured, now: _Measured, measure: str, top: int) -> dict[str, Any]:
    """Who rose, fell, entered or left the ``top`` of one measure (actors with a value > 0)."""
    rank = [{v: i for i, v in enumerate(m.order[measure], start=1)} for m in (then, now)]
    tops = [{v for v in m.order[measure][:top] if m.values[measure][v] > 0} for m in (then, now)]
    found: dict[str, list[dict[str, Any]]] = {
        "rose": [],
        "fell": [],
        "entered_top": [],
        "left_top": [],
    }
    for v in sorted(tops[0] | tops[1], key=str):
        was, now_at = rank[0].get(v), rank[1].get(v)
        if v not in tops[0]:
            move = "entered_top"
        elif v not in tops[1]:
            move = "left_top"
        elif rank[1][v] != rank[0][v]:
            move = "rose" if rank[1][v] < rank[0][v] else "fell"
        else:
            continue
        row = actor_ref(now.A if v in now.A else then.A, v)
        row.update(
            rank_before=was,
            rank_after=now_at,
            before=_value(then, measure, v),
            after=_value(now, measure, v),
        )
        found[move].append(row)
    for move, rows in found.items():
        field = "rank_before" if move == "left_top" else "rank_after"
        rows.sort(key=lambda r: r[field])
    return found


def _value(m: _Measured, measure: str, v: Hashable) -> float | None:
    return rounded(m.values[measure][v], 6) if v in m.values[measure] else None


def _cut_point(gap: dict[str, Any], A: Any) -> dict[str, Any]:
    row = actor_ref(A, gap["subjects"][0]["key"])
    row.update(cut_off=gap["details"]["cut_off"], pieces=gap["details"]["pieces"])
    return row

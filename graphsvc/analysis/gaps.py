"""Collaboration gaps: every place where collaboration is missing, scored by what is at stake.

The points and levels are :mod:`graphsvc.analysis.gap_scores`'s rule.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from itertools import combinations
from typing import Any

import networkx as nx
import numpy as np

from graphsvc.analysis.bridge import ACTION, ACTOR, ROCKET, actor_network, programme_arrays
from graphsvc.analysis.cuts import cut_structure
from graphsvc.analysis.findings import SEVERITIES, actor_ref, rounded
from graphsvc.analysis.gap_scores import gap_id, level, points
from graphsvc.analysis.programme import Programme
from graphsvc.indicator_model import Indicator, IndicatorLabel

#: Actor kinds every rocket should have (their absence is scored by gap_scores).
EXPECTED_KINDS: tuple[str, ...] = ("education", "company", "citizen")
#: A rocket depends on one actor when that actor runs at least this share of its actions.
DEPENDENCE_SHARE = 0.5
#: ... and the rocket has at least this many actions.
DEPENDENCE_MIN_ACTIONS = 3


def gaps(
    P: nx.Graph,
    A: nx.Graph | None = None,
    *,
    progress: Callable[[str], None] | None = None,
    indicators: Sequence[Indicator] = (),
) -> dict[str, Any]:
    """Every collaboration gap of a programme graph, most severe first.

    Kinds: ``action_without_actors``, ``solo_action``, ``action_without_lead``,
    ``actor_without_actions``, ``isolated_actor``, ``rocket_without_actions``,
    ``rocket_missing_kind``, ``rocket_dependence``, ``rocket_pair_without_shared_actor``,
    ``articulation_point``, ``bridge_tie`` and ``indicator_without_owner`` (of the
    ``indicators`` given: those measuring what ``P`` holds). Each gap has an ``id`` (its
    stable identity, :func:`~graphsvc.analysis.gap_scores.gap_id`), a ``score`` (0–100,
    what is at stake) and the ``severity`` it gives (high, medium, low), the ``subjects``
    it is about (label, key, name), the ``rockets`` it concerns (the primary first) and
    ``details`` (the numbers a sentence about it needs; :mod:`graphsvc.services.analysis_text`
    makes the sentence). Most severe first, then by score.

    Parameters
    ----------
    P : nx.Graph
        A programme graph from :func:`graphsvc.analysis.bridge.programme_graph`.
    A : nx.Graph, optional
        Its actor network (computed when not given).
    indicators : sequence of Indicator, optional
        The vitality indicators measuring the graph's rockets or programme.

    Examples
    --------
    >>> from graphsvc.analysis.bridge import _tiny
    >>> sorted(g["kind"] for g in gaps(_tiny())["gaps"])
    ['actor_without_actions', 'articulation_point', 'rocket_missing_kind', 'rocket_missing_kind']
    """
    A = actor_network(P) if A is None else A
    return gaps_of(programme_arrays(P), A, progress=progress, indicators=indicators)


def gaps_of(
    programme: Programme,
    A: Any,
    *,
    progress: Callable[[str], None] | None = None,
    indicators: Sequence[Indicator] = (),
) -> dict[str, Any]:
    """:func:`gaps` of a programme's arrays and its actor network (NetworkX or a
    :class:`~graphsvc.analysis.network.Network`)."""
    step = progress or (lambda _: None)
    found: list[dict[str, Any]] = []
    step("actions")
    found += _action_gaps(programme)
    step("actors")
    found += _actor_gaps(A)
    step("rockets")
    found += _rocket_gaps(programme, A)
    step("articulation points and bridges")
    found += _cut_gaps(A)
    found += [
        _gap("indicator_without_owner", [_indicator_subject(i)], measures=i.measures)
        for i in indicators
        if not i.owner
    ]
    big = _big(A)
    for gap in found:
        gap["rockets"] = gap_rockets(gap, programme, A)
        gap["score"] = points(gap["kind"], gap["details"], len(gap["rockets"]), big)
        gap["severity"] = level(gap["score"])
    order = {s: i for i, s in enumerate(SEVERITIES)}
    found.sort(
        key=lambda g: (
            order[g["severity"]],
            -g["score"],
            g["kind"],
            [s["key"] for s in g["subjects"]],
        )
    )
    counts = Counter(g["kind"] for g in found)
    return {
        "counts": dict(sorted(counts.items())),
        "by_severity": {s: sum(g["severity"] == s for g in found) for s in SEVERITIES},
        "gaps": found,
    }


def _gap(kind: str, subjects: list[dict[str, Any]], **details: Any) -> dict[str, Any]:
    gap = {"kind": kind, "subjects": subjects, "details": details}
    return {"id": gap_id(gap), **gap}


def _big(A: Any) -> int:
    """From how many cut-off actors a cut is critical: 5, or 2 % of a large network."""
    return max(5, A.number_of_nodes() // 50)


def gap_rockets(gap: dict[str, Any], programme: Programme, A: Any) -> list[str]:
    """The rockets a gap is about: its rockets, else its action's (the primary first), else
    what its indicator measures, else its actors' rockets (programme order)."""
    subjects = gap["subjects"]
    order = list(programme.rockets)
    found = [s["key"] for s in subjects if s["label"] == ROCKET]
    acted = [s["key"] for s in subjects if s["label"] == ACTION]
    for key in acted:
        found += programme.action_rockets[programme.action_position[key]]
    if not found and gap["details"].get("measures") in order:
        found.append(gap["details"]["measures"])
    if not found and not acted:
        for s in subjects:
            if s["label"] == ACTOR and s["key"] in A:
                found += sorted(A.nodes[s["key"]].get("rockets", ()), key=order.index)
    return list(dict.fromkeys(found))


def _indicator_subject(indicator: Indicator) -> dict[str, Any]:
    return {
        "label": IndicatorLabel.INDICATOR.value,
        "key": indicator.key,
        "name": indicator.name_fi,
        "name_en": indicator.name_en or indicator.name_fi,
    }


def _subject(label: str, key: str, name: str) -> dict[str, Any]:
    return {"label": label, "key": key, "name": name}


def _action_gaps(programme: Programme) -> list[dict[str, Any]]:
    inc = programme.incidence
    B, L = inc.matrix.tocsc(), programme.leads.tocsc()
    found = []
    for j, action in enumerate(inc.actions):
        who = B.indices[B.indptr[j] : B.indptr[j + 1]].tolist()
        attrs = programme.action_attrs[j]
        subject = _subject(ACTION, action, attrs["name"])
        status = attrs.get("status") or "proposed"
        if not who:
            found.append(_gap("action_without_actors", [subject], status=status))
            continue
        if len(who) == 1:
            name = programme.actor_attrs[who[0]]["name"]
            only_actor = _subject(ACTOR, inc.actors[who[0]], name)
            found.append(_gap("solo_action", [subject, only_actor], actors=1, status=status))
        if L.indptr[j] == L.indptr[j + 1]:
            found.append(_gap("action_without_lead", [subject], actors=len(who), status=status))
    return found


def _actor_gaps(A: Any) -> list[dict[str, Any]]:
    found = []
    for v in sorted(A):
        idle = A.nodes[v].get("actions", 0) == 0
        if A.degree(v) > 0 and not idle:
            continue
        ref = actor_ref(A, v)
        subject = {"label": ACTOR, "key": v, "name": ref["name"]}
        if idle:
            found.append(_gap("actor_without_actions", [subject]))
        else:
            found.append(_gap("isolated_actor", [subject], actions=A.nodes[v]["actions"]))
    return found


def _rocket_gaps(programme: Programme, A: Any) -> list[dict[str, Any]]:
    found = []
    members: dict[str, set[str]] = {}
    actors = programme.incidence.actors
    for rocket in programme.present:
        subject = _rocket_subject(programme, rocket)
        actions = programme.rocket_columns(rocket)
        if not len(actions):
            found.append(_gap("rocket_without_actions", [subject]))
            continue
        runs = np.asarray(programme.incidence.matrix[:, actions].sum(axis=1)).ravel()
        share = Counter({actors[i]: int(runs[i]) for i in np.flatnonzero(runs).tolist()})
        members[rocket] = set(share)
        kinds = {A.nodes[a].get("kind") for a in share}
        for kind in EXPECTED_KINDS:
            if kind not in kinds:
                found.append(_gap("rocket_missing_kind", [subject], missing_kind=kind))
        if share and len(actions) >= DEPENDENCE_MIN_ACTIONS:
            top, count = min(share.items(), key=lambda kv: (-kv[1], kv[0]))
            ratio = count / len(actions)
            if ratio >= DEPENDENCE_SHARE:
                found.append(
                    _gap(
                        "rocket_dependence",
                        [subject, _subject(ACTOR, top, A.nodes[top].get("name", top))],
                        share=rounded(ratio),
                        runs=count,
                        actions=len(actions),
                    )
                )
    if programme.rocket is None:
        for r1, r2 in combinations(members, 2):
            if members[r1] & members[r2]:
                continue
            found.append(
                _gap(
                    "rocket_pair_without_shared_actor",
                    [_rocket_subject(programme, r1), _rocket_subject(programme, r2)],
                )
            )
    return found


def _rocket_subject(programme: Programme, rocket: str) -> dict[str, Any]:
    return _subject(ROCKET, rocket, programme.rockets[rocket]["name_fi"] or rocket)


def _cut_gaps(A: Any) -> list[dict[str, Any]]:
    found = []
    cut_points, ties = cut_structure(A)
    for p in cut_points:
        ref = actor_ref(A, p.node)
        found.append(
            _gap(
                "articulation_point",
                [{"label": ACTOR, "key": p.node, "name": ref["name"]}],
                cut_off=p.cut_off,
                pieces=list(p.pieces),
            )
        )
    for t in ties:
        if t.cut_off < 2:
            continue
        a, b = actor_ref(A, t.u), actor_ref(A, t.v)
        found.append(
            _gap(
                "bridge_tie",
                [
                    {"label": ACTOR, "key": t.u, "name": a["name"]},
                    {"label": ACTOR, "key": t.v, "name": b["name"]},
                ],
                cut_off=t.cut_off,
            )
        )
    return found

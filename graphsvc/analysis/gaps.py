"""Collaboration gaps: every place where collaboration is missing, with its severity."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from itertools import combinations
from typing import Any

import networkx as nx

from graphsvc.analysis.bridge import (
    ACTION,
    ACTOR,
    ROCKET,
    actions_of_graph,
    actor_network,
    runners,
)
from graphsvc.analysis.cuts import cut_structure
from graphsvc.analysis.findings import SEVERITIES, actor_ref, rounded
from graphsvc.indicator_model import Indicator, IndicatorLabel

#: Actor kinds every rocket should have, with the severity of their absence.
EXPECTED_KINDS: dict[str, str] = {"education": "high", "company": "high", "citizen": "medium"}
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
    ``indicators`` given: those measuring what ``P`` holds). Each gap has a ``severity``
    (high, medium, low), the ``subjects`` it is about (label, key, name) and ``details``
    (the numbers a sentence about it needs; :mod:`graphsvc.services.analysis_text` makes
    the sentence).

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
    step = progress or (lambda _: None)
    A = actor_network(P) if A is None else A
    found: list[dict[str, Any]] = []
    step("actions")
    found += _action_gaps(P)
    step("actors")
    found += _actor_gaps(A)
    step("rockets")
    found += _rocket_gaps(P, A)
    step("articulation points and bridges")
    found += _cut_gaps(A)
    found += [
        _gap("indicator_without_owner", "medium", [_indicator_subject(i)], measures=i.measures)
        for i in indicators
        if not i.owner
    ]
    order = {s: i for i, s in enumerate(SEVERITIES)}
    found.sort(key=lambda g: (order[g["severity"]], g["kind"], [s["key"] for s in g["subjects"]]))
    counts = Counter(g["kind"] for g in found)
    return {
        "counts": dict(sorted(counts.items())),
        "by_severity": {s: sum(g["severity"] == s for g in found) for s in SEVERITIES},
        "gaps": found,
    }


def _gap(
    kind: str, severity: str, subjects: list[dict[str, Any]], **details: Any
) -> dict[str, Any]:
    return {"kind": kind, "severity": severity, "subjects": subjects, "details": details}


def _indicator_subject(indicator: Indicator) -> dict[str, Any]:
    return {
        "label": IndicatorLabel.INDICATOR.value,
        "key": indicator.key,
        "name": indicator.name_fi,
        "name_en": indicator.name_en or indicator.name_fi,
    }


def _subject(G: nx.Graph, label: str, key: str) -> dict[str, Any]:
    node = G.nodes[(label, key)] if (label, key) in G else G.nodes[key]
    return {"label": label, "key": key, "name": node.get("name", key)}


def _action_gaps(P: nx.Graph) -> list[dict[str, Any]]:
    found = []
    for action in actions_of_graph(P):
        who = runners(P, action)
        subject = _subject(P, ACTION, action)
        if not who:
            found.append(
                _gap(
                    "action_without_actors",
                    "high",
                    [subject],
                )
            )
            continue
        if len(who) == 1:
            (only,) = who
            found.append(
                _gap(
                    "solo_action",
                    "medium",
                    [subject, _subject(P, ACTOR, only)],
                    actors=1,
                )
            )
        if "lead" not in who.values():
            found.append(
                _gap(
                    "action_without_lead",
                    "medium",
                    [subject],
                    actors=len(who),
                )
            )
    return found


def _actor_gaps(A: nx.Graph) -> list[dict[str, Any]]:
    found = []
    for v in sorted(A):
        idle = A.nodes[v].get("actions", 0) == 0
        if A.degree(v) > 0 and not idle:
            continue
        ref = actor_ref(A, v)
        subject = {"label": ACTOR, "key": v, "name": ref["name"]}
        if idle:
            found.append(
                _gap(
                    "actor_without_actions",
                    "low",
                    [subject],
                )
            )
        else:
            n = A.nodes[v]["actions"]
            found.append(
                _gap(
                    "isolated_actor",
                    "medium",
                    [subject],
                    actions=n,
                )
            )
    return found


def _rocket_gaps(P: nx.Graph, A: nx.Graph) -> list[dict[str, Any]]:
    found = []
    members: dict[str, set[str]] = {}
    for rocket in P.graph.get("rockets", {}):
        node = (ROCKET, rocket)
        if node not in P:
            continue
        subject = _subject(P, ROCKET, rocket)
        actions = [a[1] for a in P[node] if a[0] == ACTION]
        if not actions:
            found.append(
                _gap(
                    "rocket_without_actions",
                    "high",
                    [subject],
                )
            )
            continue
        share: Counter[str] = Counter()
        for action in actions:
            share.update(list(runners(P, action)))
        members[rocket] = set(share)
        kinds = {A.nodes[a].get("kind") for a in share}
        for kind, severity in EXPECTED_KINDS.items():
            if kind not in kinds:
                found.append(
                    _gap(
                        "rocket_missing_kind",
                        severity,
                        [subject],
                        missing_kind=kind,
                    )
                )
        if share and len(actions) >= DEPENDENCE_MIN_ACTIONS:
            top, count = min(share.items(), key=lambda kv: (-kv[1], kv[0]))
            ratio = count / len(actions)
            if ratio >= DEPENDENCE_SHARE:
                found.append(
                    _gap(
                        "rocket_dependence",
                        "high" if ratio >= 0.75 else "medium",
                        [subject, _subject(A, ACTOR, top)],
                        share=rounded(ratio),
                        runs=count,
                        actions=len(actions),
                    )
                )
    if P.graph.get("rocket") is None:
        for r1, r2 in combinations(members, 2):
            if members[r1] & members[r2]:
                continue
            found.append(
                _gap(
                    "rocket_pair_without_shared_actor",
                    "medium",
                    [_subject(P, ROCKET, r1), _subject(P, ROCKET, r2)],
                )
            )
    return found


def _cut_gaps(A: nx.Graph) -> list[dict[str, Any]]:
    found = []
    points, ties = cut_structure(A)
    big = max(5, A.number_of_nodes() // 50)
    for p in points:
        ref = actor_ref(A, p.node)
        severity = "high" if p.cut_off >= big else "medium" if p.cut_off >= 2 else "low"
        found.append(
            _gap(
                "articulation_point",
                severity,
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
                "high" if t.cut_off >= big else "medium",
                [
                    {"label": ACTOR, "key": t.u, "name": a["name"]},
                    {"label": ACTOR, "key": t.v, "name": b["name"]},
                ],
                cut_off=t.cut_off,
            )
        )
    return found

"""Collaboration gaps: every place where collaboration is missing, with severity and a sentence."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from itertools import combinations
from typing import Any

import networkx as nx

from graphsvc.analysis.bridge import (
    ACTION,
    ACTOR,
    ROCKET,
    actions_of_graph,
    actor_network,
    rocket_label,
    runners,
)
from graphsvc.analysis.cuts import cut_structure
from graphsvc.analysis.findings import SEVERITIES, actor_ref, rounded, text

#: Actor kinds every rocket should have, with the severity of their absence and their names.
EXPECTED_KINDS: dict[str, tuple[str, str, str]] = {
    "education": ("high", "oppilaitosta", "an educational institution"),
    "company": ("high", "yritystä", "a company"),
    "citizen": ("medium", "asukastoimijaa", "a resident or residents' group"),
}
#: A rocket depends on one actor when that actor runs at least this share of its actions.
DEPENDENCE_SHARE = 0.5
#: ... and the rocket has at least this many actions.
DEPENDENCE_MIN_ACTIONS = 3


def gaps(
    P: nx.Graph,
    A: nx.Graph | None = None,
    *,
    progress: Callable[[str], None] | None = None,
) -> dict[str, Any]:
    """Every collaboration gap of a programme graph, most severe first.

    Kinds: ``action_without_actors``, ``solo_action``, ``action_without_lead``,
    ``actor_without_actions``, ``isolated_actor``, ``rocket_without_actions``,
    ``rocket_missing_kind``, ``rocket_dependence``, ``rocket_pair_without_shared_actor``,
    ``articulation_point`` and ``bridge_tie``. Each gap has a ``severity`` (high, medium,
    low), the ``subjects`` it is about (label, key, name), ``details`` and a sentence
    ``text`` in Finnish and English.

    Parameters
    ----------
    P : nx.Graph
        A programme graph from :func:`graphsvc.analysis.bridge.programme_graph`.
    A : nx.Graph, optional
        Its actor network (computed when not given).

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
    order = {s: i for i, s in enumerate(SEVERITIES)}
    found.sort(key=lambda g: (order[g["severity"]], g["kind"], [s["key"] for s in g["subjects"]]))
    counts = Counter(g["kind"] for g in found)
    return {
        "counts": dict(sorted(counts.items())),
        "by_severity": {s: sum(g["severity"] == s for g in found) for s in SEVERITIES},
        "gaps": found,
    }


def _gap(
    kind: str, severity: str, subjects: list[dict[str, Any]], fi: str, en: str, **details: Any
) -> dict[str, Any]:
    return {
        "kind": kind,
        "severity": severity,
        "subjects": subjects,
        "details": details,
        "text": text(fi, en),
    }


def _subject(G: nx.Graph, label: str, key: str) -> dict[str, Any]:
    node = G.nodes[(label, key)] if (label, key) in G else G.nodes[key]
    return {"label": label, "key": key, "name": node.get("name", key)}


def _action_gaps(P: nx.Graph) -> list[dict[str, Any]]:
    found = []
    for action in actions_of_graph(P):
        who = runners(P, action)
        subject = _subject(P, ACTION, action)
        title = subject["name"]
        if not who:
            found.append(
                _gap(
                    "action_without_actors",
                    "high",
                    [subject],
                    f"Toimenpiteellä '{title}' ei ole yhtään toimijaa.",
                    f"Action '{title}' has no actor running it.",
                )
            )
            continue
        if len(who) == 1:
            (only,) = who
            name = P.nodes[(ACTOR, only)].get("name", only)
            found.append(
                _gap(
                    "solo_action",
                    "medium",
                    [subject, _subject(P, ACTOR, only)],
                    f"Toimenpidettä '{title}' vie eteenpäin vain yksi toimija ({name}).",
                    f"Action '{title}' is run by a single actor ({name}).",
                    actors=1,
                )
            )
        if "lead" not in who.values():
            found.append(
                _gap(
                    "action_without_lead",
                    "medium",
                    [subject],
                    f"Toimenpiteellä '{title}' ei ole vastuutoimijaa ({len(who)} "
                    "toimijaa, ei vetäjää).",
                    f"Action '{title}' has no lead ({len(who)} actors, none leading).",
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
                    f"{ref['name']} ei vie eteenpäin yhtään toimenpidettä.",
                    f"{ref['name']} runs no action.",
                )
            )
        else:
            n = A.nodes[v]["actions"]
            found.append(
                _gap(
                    "isolated_actor",
                    "medium",
                    [subject],
                    f"{ref['name']} tekee {n} toimenpidettään yksin: ei yhtään "
                    "yhteistä toimenpidettä muiden kanssa.",
                    f"{ref['name']} runs its {n} action(s) alone: no action shared with anyone.",
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
        fi_name, en_name = rocket_label(P, rocket, "fi"), rocket_label(P, rocket, "en")
        actions = [a[1] for a in P[node] if a[0] == ACTION]
        if not actions:
            found.append(
                _gap(
                    "rocket_without_actions",
                    "high",
                    [subject],
                    f"Kantoraketilla {fi_name} ei ole yhtään toimenpidettä.",
                    f"The {en_name} rocket has no action.",
                )
            )
            continue
        share: Counter[str] = Counter()
        for action in actions:
            share.update(list(runners(P, action)))
        members[rocket] = set(share)
        kinds = {A.nodes[a].get("kind") for a in share}
        for kind, (severity, fi_kind, en_kind) in EXPECTED_KINDS.items():
            if kind not in kinds:
                found.append(
                    _gap(
                        "rocket_missing_kind",
                        severity,
                        [subject],
                        f"Kantoraketissa {fi_name} ei ole mukana yhtään {fi_kind}.",
                        f"The {en_name} rocket has no {en_kind} among its actors.",
                        missing_kind=kind,
                    )
                )
        if share and len(actions) >= DEPENDENCE_MIN_ACTIONS:
            top, count = min(share.items(), key=lambda kv: (-kv[1], kv[0]))
            ratio = count / len(actions)
            if ratio >= DEPENDENCE_SHARE:
                name = A.nodes[top].get("name", top)
                found.append(
                    _gap(
                        "rocket_dependence",
                        "high" if ratio >= 0.75 else "medium",
                        [subject, _subject(A, ACTOR, top)],
                        f"Kantoraketti {fi_name} nojaa yhteen toimijaan: {name} on "
                        f"mukana {count}/{len(actions)} toimenpiteessä.",
                        f"The {en_name} rocket depends on one actor: {name} runs "
                        f"{count} of its {len(actions)} actions.",
                        share=rounded(ratio),
                        actions=len(actions),
                    )
                )
    if P.graph.get("rocket") is None:
        for r1, r2 in combinations(members, 2):
            if members[r1] & members[r2]:
                continue
            f1, f2 = rocket_label(P, r1, "fi"), rocket_label(P, r2, "fi")
            e1, e2 = rocket_label(P, r1, "en"), rocket_label(P, r2, "en")
            found.append(
                _gap(
                    "rocket_pair_without_shared_actor",
                    "medium",
                    [_subject(P, ROCKET, r1), _subject(P, ROCKET, r2)],
                    f"Kantoraketeilla {f1} ja {f2} ei ole yhtään yhteistä toimijaa.",
                    f"The {e1} and {e2} rockets have no actor in common.",
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
                f"{ref['name']} on ainoa yhteys {p.cut_off} toimijalle: jos se "
                "jättäytyy pois, ne irtoavat muusta verkostosta.",
                f"{ref['name']} is the only link for {p.cut_off} actor(s): if it "
                "leaves, they are cut off from the rest of the network.",
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
                f"Yhteistyö {a['name']} – {b['name']} on ainoa side, joka yhdistää "
                f"{t.cut_off} toimijaa muuhun verkostoon.",
                f"The tie {a['name']} – {b['name']} is the only link between "
                f"{t.cut_off} actors and the rest of the network.",
                cut_off=t.cut_off,
            )
        )
    return found

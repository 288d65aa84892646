"""Introductions: pairs of actors worth introducing, scored by link prediction, with the facts why.

Candidates are only pairs two steps apart (scored for every actor at once, compiled, see
:mod:`graphsvc.analysis.pair_scores`), so their number never explodes: at most
``per_actor`` per actor are kept before ranking.
"""

from __future__ import annotations

from collections.abc import Collection, Hashable, Mapping
from typing import Any

import networkx as nx
import numpy as np

from graphsvc.analysis import arrays
from graphsvc.analysis.findings import actor_ref, rounded
from graphsvc.analysis.pair_scores import best_pairs
from graphsvc.values import quoted

#: Score multiplier per rocket the two actors share, and for actors of different kinds.
ROCKET_BOOST = 0.5
KIND_BOOST = 1.25
#: For the whole network, partners with more partners than this do not generate candidates
#: (each would add at most 1/500 to a score, and their partners' pairs number in millions).
HUB_PARTNERS = 500
METHODS = ("resource_allocation", "adamic_adar")
#: The score at which an introduction's strength reaches 63 of 100 (1 − 1/e).
STRENGTH_SCALE = 1.5
#: A survey's wishes: the score multiplier when one side wished the pair and when both did,
#: and the least score such a pair gets (a wish is a strong reason on its own: strength 49
#: moderate, 63 strong).
WISH_BOOST, BOTH_WISH_BOOST = 2.0, 3.0
ONE_WISH_SCORE, BOTH_WISH_SCORE = 1.0, 1.5
#: The lowest strength of each band, strongest first.
BANDS: tuple[tuple[str, int], ...] = (("strong", 60), ("moderate", 30), ("weak", 0))


def introductions(
    A: nx.Graph,
    actor: Hashable | None = None,
    *,
    top: int | None = 20,
    per_actor: int = 3,
    method: str = "resource_allocation",
) -> dict[str, Any]:
    """Pairs of actors who run no action together (and report no tie), best first; for the
    whole network each actor appears in at most ``per_actor`` pairs (hubs do not crowd out).

    The score is resource allocation (``Σ 1/deg(z)``) or Adamic–Adar (``Σ 1/log deg(z)``)
    over their shared partners z, multiplied by ``1 + 0.5 × shared rockets`` and by 1.25
    when the two are of different kinds; ``strength`` puts it on the 0–100 scale people read
    (:func:`strength`) and ``band`` names it (strong, moderate, weak). With ``actor``, only
    that actor's introductions; an actor without partners is offered actors of its own
    rockets instead. For the whole network, partners with more than :data:`HUB_PARTNERS`
    partners are left out of the scores (they would add at most 1/500 each and make
    millions of candidates).

    Examples
    --------
    >>> A = nx.Graph([("a", "b"), ("b", "c")])
    >>> nx.set_node_attributes(A, {"a": ("centre",), "b": (), "c": ("centre",)}, "rockets")
    >>> pair = introductions(nx.freeze(A))["introductions"][0]
    >>> [r["key"] for r in pair["actors"]], pair["shared_partners"][0]["key"], pair["score"]
    (['a', 'c'], 'b', 0.75)
    """
    if method not in METHODS:
        from graphsvc.errors import ValidationError
        from graphsvc.messages import said

        raise ValidationError(
            said("errors.analysis.method", method=quoted(method), allowed=", ".join(METHODS))
        )
    nodes = arrays.nodelist(A)
    index = arrays.node_index(A)
    W = arrays.adjacency(A)
    degree = np.diff(W.indptr).astype(float)
    if method == "adamic_adar":
        logs = np.log(np.maximum(degree, 1.0))
        spread = np.divide(1.0, logs, out=np.zeros_like(degree), where=degree > 1)
    else:
        spread = np.divide(1.0, degree, out=np.zeros_like(degree), where=degree > 0)
    if actor is None:
        spread = np.where(degree > HUB_PARTNERS, 0.0, spread)
    masks, kind_codes = arrays.rocket_masks(A), arrays.kind_codes(A)
    if actor is not None:
        rows, per_actor = np.array([index[actor]]), top or len(nodes)
    else:
        rows = np.arange(len(nodes))
    scores, cols, considered = best_pairs(
        W,
        spread,
        masks,
        kind_codes,
        rows,
        k=per_actor,
        upper_only=actor is None,
        boosts=(ROCKET_BOOST, KIND_BOOST),
    )
    kept = cols >= 0
    r = np.broadcast_to(rows[:, None], cols.shape)[kept]
    found = list(zip(scores[kept].tolist(), r.tolist(), cols[kept].tolist(), strict=True))
    if actor is not None and not found and degree[index[actor]] == 0:
        found = _same_rocket(A, index[actor], masks, kind_codes, degree)
    found.sort(key=lambda t: (-t[0], t[1], t[2]))
    if actor is None:
        found = _at_most(found, per_actor, top)
    partners: dict[Hashable, set[Hashable]] = {}
    pairs = [
        _pair(A, nodes[u], nodes[v], s, partners) for s, u, v in (found[:top] if top else found)
    ]
    return {
        "method": method,
        "actor": actor_ref(A, actor) if actor is not None else None,
        "candidates_considered": considered,
        "introductions": pairs,
    }


def with_wishes(
    body: dict[str, Any],
    A: nx.Graph,
    wishes: Mapping[str, Collection[str]],
    *,
    top: int | None = 20,
    actor: Hashable | None = None,
) -> dict[str, Any]:
    """Introductions with a survey's wishes (``{actor: actors it wants to work with}``):
    a wished pair that does not work together yet scores :data:`WISH_BOOST` times more
    (:data:`BOTH_WISH_BOOST` when both wished it) and at least :data:`ONE_WISH_SCORE`
    (:data:`BOTH_WISH_SCORE`), so it stands among the introductions even without shared
    partners; ``wished_by`` names who wished it. With ``actor``, only its pairs.

    >>> A = nx.Graph([("a", "b"), ("b", "c"), ("d", "e")])
    >>> nx.set_node_attributes(A, {n: () for n in A}, "rockets")
    >>> body = with_wishes(introductions(nx.freeze(A)), A, {"a": ["d"], "d": ["a"]})
    >>> [([r["key"] for r in p["actors"]], p["band"], len(p["wished_by"]))
    ...  for p in body["introductions"]]
    [(['a', 'd'], 'strong', 2), (['a', 'c'], 'weak', 0)]
    """
    wanted: dict[frozenset[Hashable], set[Hashable]] = {}
    for who, others in wishes.items():
        for other in others:
            if who in A and other in A and who != other and other not in A.neighbors(who):
                if actor is None or actor in (who, other):
                    wanted.setdefault(frozenset((who, other)), set()).add(who)
    pairs = {frozenset(r["key"] for r in p["actors"]): p for p in body["introductions"]}
    known: dict[Hashable, set[Hashable]] = {}
    for pair, wishers in wanted.items():
        u, v = sorted(pair, key=lambda k: (k != actor, str(k)))
        found = pairs.setdefault(pair, _pair(A, u, v, 0.0, known))
        both = len(wishers) == 2
        boost, least = (BOTH_WISH_BOOST, BOTH_WISH_SCORE) if both else (WISH_BOOST, ONE_WISH_SCORE)
        score = max(float(found["score"]) * boost, least)
        found.update(score=rounded(score), strength=strength(score), band=band(strength(score)))
        found["wished_by"] = [actor_ref(A, w) for w in sorted(wishers, key=str)]
    ordered = sorted(pairs.values(), key=lambda p: (-p["score"], [r["key"] for r in p["actors"]]))
    body["introductions"] = ordered[:top] if top else ordered
    return body


def strength(score: float) -> int:
    """An introduction's score on the one scale people read: 0–100, ``100 × (1 − e^(−score /
    1.5))``, so equal scores are equal strengths in every list and every rocket.

    >>> strength(0.0), strength(0.75), strength(1.5), strength(3.5)
    (0, 39, 63, 90)
    """
    return int(round(100 * (1 - np.exp(-max(0.0, score) / STRENGTH_SCALE))))


def band(value: int) -> str:
    """The band of a strength: strong from 60, moderate from 30, else weak.

    >>> band(63), band(39), band(4)
    ('strong', 'moderate', 'weak')
    """
    return next(name for name, lowest in BANDS if value >= lowest)


def _at_most(
    found: list[tuple[float, int, int]], per_actor: int, top: int | None
) -> list[tuple[float, int, int]]:
    """The best pairs, each actor in at most ``per_actor`` of them (so hubs do not crowd out)."""
    used: dict[int, int] = {}
    kept = []
    for score, u, v in found:
        if used.get(u, 0) < per_actor and used.get(v, 0) < per_actor:
            kept.append((score, u, v))
            used[u] = used.get(u, 0) + 1
            used[v] = used.get(v, 0) + 1
            if top and len(kept) >= top:
                break
    return kept


def _same_rocket(
    A: nx.Graph, i: int, masks: np.ndarray, kind_codes: np.ndarray, degree: np.ndarray
) -> list[tuple[float, int, int]]:
    shared = np.bitwise_count(masks & masks[i])
    boost = np.where(kind_codes != kind_codes[i], KIND_BOOST, 1.0)
    score = 0.01 * shared * boost * np.log1p(degree)
    score[i] = 0.0
    return [(float(score[j]), i, int(j)) for j in np.flatnonzero(score > 0)]


def _pair(
    A: nx.Graph, u: Hashable, v: Hashable, score: float, known: dict[Hashable, set[Hashable]]
) -> dict[str, Any]:
    for x in (u, v):
        if x not in known:
            known[x] = set(A.neighbors(x))
    small, large = sorted((known[u], known[v]), key=len)
    common = sorted((z for z in small if z in large), key=lambda z: (A.degree(z), str(z)))
    partners = [actor_ref(A, z) for z in common]
    rockets = [r for r in A.nodes[u].get("rockets", ()) if r in A.nodes[v].get("rockets", ())]
    a, b = actor_ref(A, u), actor_ref(A, v)
    complementary = a["kind"] != b["kind"]
    return {
        "actors": [a, b],
        "score": rounded(score),
        "strength": strength(score),
        "band": band(strength(score)),
        "shared_partners": partners[:5],
        "shared_partner_count": len(partners),
        "shared_rockets": rockets,
        "complementary_kinds": complementary,
        "wished_by": [],
    }

"""How much is at stake in a gap: its points (0–100), its severity level, its identity.

The rule (docs/analysis.md, "Severity"): each kind starts from the points of what it puts
at risk (:data:`BASE_POINTS`); a gap about an action adds the action's status
(:data:`STATUS_POINTS`: an ongoing action matters now, a done or dropped one hardly) and
5 points for each rocket it fuels beyond the first (at most 10); an action without a lead
adds 2 points per actor beyond two who must agree without one (at most 20); an isolated
actor 5 per action it runs alone (at most 15); a rocket depending on one actor 80 × the
share beyond half; an articulation point or a bridge tie the size of what it cuts off.
The points give the level: ``high`` (critical) from 55, ``medium`` (important) from 35,
``low`` (to note) below.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from typing import Any

from graphsvc.model import Status

#: The points of each kind before what its subjects add.
BASE_POINTS: dict[str, int] = {
    "rocket_without_actions": 70,
    "action_without_actors": 45,
    "indicator_without_owner": 45,
    "rocket_pair_without_shared_actor": 40,
    "solo_action": 30,
    "action_without_lead": 30,
    "isolated_actor": 25,
    "actor_without_actions": 10,
}
#: A missing actor kind: an educational partner or a company counts more than residents.
MISSING_KIND_POINTS: dict[str, int] = {"education": 60, "company": 60, "citizen": 40}
#: What the status of the action adds (or takes away).
STATUS_POINTS: dict[str, int] = {
    Status.ONGOING.value: 25,
    Status.PLANNED.value: 15,
    Status.PROPOSED.value: 0,
    Status.DONE.value: -25,
    Status.DROPPED.value: -30,
}
#: The lowest points of each level, most severe first.
LEVELS: tuple[tuple[str, int], ...] = (("high", 55), ("medium", 35), ("low", 0))
#: Details that tell two gaps of the same kind and subjects apart (the rest are measurements).
IDENTITY_DETAILS: tuple[str, ...] = ("missing_kind",)


def level(points: int) -> str:
    """The severity of a gap with these points.

    >>> level(70), level(40), level(12)
    ('high', 'medium', 'low')
    """
    return next(name for name, lowest in LEVELS if points >= lowest)


def cut_points(cut_off: int, big: int) -> int:
    """An articulation point's or bridge tie's points from the actors it cuts off: 60 and
    up from ``big`` on, 35–54 from two actors, 20 for one.

    >>> cut_points(1, 5), cut_points(2, 5), cut_points(7, 5)
    (20, 35, 62)
    """
    if cut_off >= big:
        return min(80, 60 + cut_off - big)
    if cut_off >= 2:
        return 35 + (19 * (cut_off - 2)) // max(1, big - 2)
    return 20


def points(kind: str, details: Mapping[str, Any], rockets: int = 1, big: int = 5) -> int:
    """The points of a gap (0–100) from its kind, its details and how many rockets it
    touches (``big``: from how many cut-off actors a cut is critical).

    >>> points("solo_action", {"status": "ongoing"}), points("solo_action", {"status": "done"})
    (55, 5)
    >>> points("action_without_lead", {"status": "planned", "actors": 9}, rockets=2)
    64
    """
    if kind == "rocket_missing_kind":
        found = MISSING_KIND_POINTS.get(details.get("missing_kind", ""), 40)
    elif kind == "rocket_dependence":
        found = round(35 + 80 * (float(details.get("share", 0.5)) - 0.5))
    elif kind in ("articulation_point", "bridge_tie"):
        found = cut_points(int(details.get("cut_off", 0)), big)
    else:
        found = BASE_POINTS.get(kind, 30)
    if "status" in details:
        found += STATUS_POINTS.get(str(details["status"]), 0) + min(10, 5 * (rockets - 1))
    if kind == "action_without_lead":
        found += min(20, 2 * max(0, int(details.get("actors", 0)) - 2))
    if kind == "isolated_actor":
        found += min(15, 5 * int(details.get("actions", 0)))
    return max(0, min(100, found))


def gap_id(gap: Mapping[str, Any]) -> str:
    """A gap's stable identity: its kind and a digest of its subjects' keys (and of the
    :data:`IDENTITY_DETAILS`), the same whatever its measurements; never a key itself, so
    it names no person where it is written (URLs, the audit log).

    >>> gap_id({"kind": "solo_action", "subjects": [{"key": "x"}], "details": {"actors": 1}})
    'solo_action-96d21cde999a'
    """
    keys = [s["key"] for s in gap["subjects"]]
    identity = [gap["kind"], keys, *(gap["details"].get(d) for d in IDENTITY_DETAILS)]
    digest = hashlib.sha256(json.dumps(identity, ensure_ascii=False).encode()).hexdigest()
    return f"{gap['kind']}-{digest[:12]}"

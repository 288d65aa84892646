"""Builds the illustrative Kouvola data set in memory, seeded and deterministic.

The data is invented. Its imperfections are planted on purpose (see ``Planted``) so that
the analyses have something to find: solo actions, actions without a lead, a rocket thin on
schools, actors who run nothing, isolated actors, one broker, and a pair worth introducing.
"""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass
from itertools import accumulate

from graphsvc.demo import titles
from graphsvc.demo.agenda import Action, make_actions
from graphsvc.demo.cast import Actor, make_actors
from graphsvc.model import BUILTIN_ROCKETS, ROCKET_KEYS

DEFAULT_SEED = 2030
SOLO_SHARE = 0.10  # actions run by one actor only
LEADERLESS_SHARE = 0.08  # actions with partners but no lead
BROKER_ACTIONS_PER_ROCKET = 5  # per scale unit
PAIR_ACTIONS = 4  # actions of each member of the planted pair
COLLABORATIONS_PER_SCALE = 60

_POOLED_PARTS = ("", "plain", "shared")  # drawn at random like anyone
SCHOOLLESS_ROCKET = "centre"  # no education actor runs an action fuelling it
_LEAD_WEIGHT = {"city": 3.0, "city_company": 3.0, "company": 2.0, "education": 2.0}
_FUNDER_KINDS = ("authority", "institution", "city", "city_company")
_TAKE_PART_KINDS = ("citizen", "political")


@dataclass(frozen=True)
class Planted:
    """Keys of the deliberate imperfections, for tests and for the README."""

    broker: str
    schoolless_rocket: str
    pair: tuple[str, str]
    shared_partners: tuple[str, ...]
    idle: tuple[str, ...]
    isolated: tuple[str, ...]
    solo_actions: tuple[str, ...]
    leaderless_actions: tuple[str, ...]


@dataclass
class DemoData:
    """The rows of every workbook sheet, plus what was planted in them."""

    actors: list[dict[str, str]]
    actions: list[dict[str, str]]
    participation: list[dict[str, str]]
    rockets: list[dict[str, str]]
    collaborations: list[dict[str, str]]
    planted: Planted
    scale: int = 1
    seed: int = DEFAULT_SEED


def build(scale: int = 1, seed: int = DEFAULT_SEED) -> DemoData:
    """The data set at ``scale`` (1: ~300 actors, ~200 actions), the same for the same seed.

    Raises ValueError if ``scale`` is below 1.
    """
    if scale < 1:
        raise ValueError(f"scale {scale} must be 1 or more")
    rng = random.Random(seed)
    actors = make_actors(rng, scale)
    actions = make_actions(rng, scale)
    pools = _Pools(rng, [a for a in actors if a.part in _POOLED_PARTS])
    solo, leaderless = _cast_actions(rng, actors, actions, pools, scale)
    parts: dict[str, list[str]] = {}
    for actor in actors:
        parts.setdefault(actor.part, []).append(actor.key)
    pair = parts["pair"]
    planted = Planted(
        broker=parts["broker"][0],
        schoolless_rocket=SCHOOLLESS_ROCKET,
        pair=(pair[0], pair[1]),
        shared_partners=tuple(parts["shared"]),
        idle=tuple(parts["idle"]),
        isolated=tuple(parts["isolated"]),
        solo_actions=tuple(sorted(a.key for a in solo)),
        leaderless_actions=tuple(sorted(a.key for a in leaderless)),
    )
    participation = [
        {"actor": key, "action": action.key, "role": role}
        for action in actions
        for key, role in action.cast.items()
    ]
    rockets = [{"key": r.key, "name_fi": r.name_fi, "name_en": r.name_en} for r in BUILTIN_ROCKETS]
    ties = _collaborations(rng, actions, pools, planted, scale * COLLABORATIONS_PER_SCALE)
    return DemoData(
        actors=[a.row for a in actors],
        actions=[a.row for a in actions],
        participation=participation,
        rockets=rockets,
        collaborations=ties,
        planted=planted,
        scale=scale,
        seed=seed,
    )


class _Pools:
    """Weighted draws of the actors who usually fuel each rocket."""

    def __init__(self, rng: random.Random, actors: list[Actor]) -> None:
        self.rng = rng
        self.members = actors
        self.by_rocket: dict[str, tuple[list[Actor], list[float]]] = {}
        for rocket in ROCKET_KEYS:
            pool = [a for a in actors if rocket in a.homes]
            weights = [a.weight * (1.0 if a.homes[0] == rocket else 0.3) for a in pool]
            self.by_rocket[rocket] = (pool, list(accumulate(weights)))

    def draw(self, action: Action, count: int) -> list[Actor]:
        """Up to ``count`` distinct actors for the action (no schools on the schoolless rocket)."""
        chosen: dict[str, Actor] = {}
        for _ in range(count * 20):
            if len(chosen) == count:
                break
            rocket = action.rockets[0]
            if len(action.rockets) > 1 and self.rng.random() < 0.25:
                rocket = self.rng.choice(action.rockets[1:])
            pool, cum = self.by_rocket[rocket]
            actor = self.rng.choices(pool, cum_weights=cum)[0]
            if _may_join(actor, action):
                chosen.setdefault(actor.key, actor)
        return list(chosen.values())


def _may_join(actor: Actor, action: Action) -> bool:
    """Schools stay off the schoolless rocket (a planted gap) and nobody joins twice."""
    return actor.key not in action.cast and not (
        actor.kind == "education" and SCHOOLLESS_ROCKET in action.rockets
    )


def _cast_actions(
    rng: random.Random, actors: list[Actor], actions: list[Action], pools: _Pools, scale: int
) -> tuple[list[Action], list[Action]]:
    """Decide who runs what; return the solo and the leaderless actions."""
    picked = rng.sample(actions, round(len(actions) * (SOLO_SHARE + LEADERLESS_SHARE)))
    solo = picked[: round(len(actions) * SOLO_SHARE)]
    solo_keys = {a.key for a in solo}
    leaderless = {a.key for a in picked[len(solo) :]}
    by_part: dict[str, list[Actor]] = {}
    for actor in actors:
        by_part.setdefault(actor.part, []).append(actor)
    isolated = by_part["isolated"]
    for actor in [isolated[0], *isolated]:  # the first isolated actor runs two
        fits = [a for a in solo if not a.cast and a.rockets[0] in actor.homes]
        (fits or [a for a in solo if not a.cast])[0].join(actor, "lead")
    special = solo_keys | leaderless
    wellbeing = [a for a in actions if a.rockets == ("wellbeing",) and a.key not in special]
    _cast_pair(by_part, rng.sample(wellbeing, 2 * PAIR_ACTIONS))
    for action in actions:
        if action.key in solo_keys and not action.cast:
            action.join(pools.draw(action, 1)[0], "lead")
        elif not action.cast:
            size = min(16, 2 + round(rng.gammavariate(2.0, 2.3)))
            team = pools.draw(action, size)
            _assign_roles(rng, action, team, lead=action.key not in leaderless)
    teams = [a for a in actions if len(a.cast) > 1]
    pair_keys = {a.key for a in by_part["pair"]}
    open_teams = [a for a in teams if not pair_keys.intersection(a.cast)]
    by_primary = {r: [a for a in open_teams if a.rockets[0] == r] for r in ROCKET_KEYS}
    broker = by_part["broker"][0]
    for rocket in ROCKET_KEYS:
        fits = by_primary[rocket]
        for action in rng.sample(fits, min(BROKER_ACTIONS_PER_ROCKET * scale, len(fits))):
            action.join(broker)
    _connect(rng, pools.members, open_teams, by_primary)
    return solo, [a for a in actions if a.key in leaderless]


def _assign_roles(rng: random.Random, action: Action, team: list[Actor], lead: bool) -> None:
    if lead:
        odds = [_LEAD_WEIGHT.get(a.kind, 1.0) * (0.1 if a.kind in _TAKE_PART_KINDS else 1.0)
                for a in team]  # fmt: skip
        action.join(rng.choices(team, odds)[0], "lead")
    has_funder = False
    for actor in team:
        if actor.key in action.cast:
            continue
        if actor.kind in _FUNDER_KINDS and not has_funder and rng.random() < 0.3:
            action.join(actor, "funder")
            has_funder = True
        elif actor.kind in _TAKE_PART_KINDS or (actor.kind == "association" and rng.random() < 0.4):
            action.join(actor, "participant")
        else:
            action.join(actor, "partner")


def _cast_pair(by_part: dict[str, list[Actor]], actions: list[Action]) -> None:
    """Small actions where each of the pair works with the same shared partners."""
    shared = by_part["shared"]
    for i, action in enumerate(actions):
        action.join(by_part["pair"][0 if i < PAIR_ACTIONS else 1], "lead")
        for partner in (shared[i % len(shared)], shared[(i + 1) % len(shared)]):
            action.join(partner)


def _connect(
    rng: random.Random, members: list[Actor], teams: list[Action], by_primary: dict[str, list]
) -> None:
    """Link every pooled actor into one network through actions other than the pair's."""
    parent: dict[str, str] = {}

    def root(key: str) -> str:
        while parent.setdefault(key, key) != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    for action in teams:
        first, *rest = action.cast
        for key in rest:
            parent[root(key)] = root(first)
    main = Counter(root(a.key) for a in members).most_common(1)[0][0]
    for actor in members:
        for _ in range(100):
            if root(actor.key) == main:
                break
            action = rng.choice(by_primary[rng.choice(actor.homes)])
            if _may_join(actor, action) and root(next(iter(action.cast))) == main:
                action.join(actor, "participant" if actor.kind in _TAKE_PART_KINDS else "partner")
                parent[root(actor.key)] = main


def _collaborations(
    rng: random.Random, actions: list[Action], pools: _Pools, planted: Planted, count: int
) -> list[dict[str, str]]:
    """Reported ties: mostly between co-participants, some between strangers of a rocket."""
    teams = [a for a in actions if len(a.cast) > 1]
    barred = set(planted.idle + planted.isolated)
    seen: set[tuple[str, str]] = set()
    rows: list[dict[str, str]] = []
    for _ in range(count * 20):
        if len(rows) == count:
            break
        if rng.random() < 0.7:
            members = [k for k in rng.choice(teams).cast if k not in barred]
        else:
            pool, cum = pools.by_rocket[rng.choice(ROCKET_KEYS)]
            members = [a.key for a in rng.choices(pool, cum_weights=cum, k=2)]
        if len(set(members)) < 2:
            continue
        a, b = rng.sample(members, 2)
        pair = (min(a, b), max(a, b))
        if a == b or pair in seen or pair == tuple(sorted(planted.pair)):
            continue
        seen.add(pair)
        since = f"{rng.randint(2012, 2025)}-{rng.randint(1, 12):02d}-01"
        kind = rng.choice(titles.COLLABORATION_KINDS)
        source = rng.choice(titles.COLLABORATION_SOURCES)
        rows.append({"actor_a": a, "actor_b": b, "kind": kind, "since": since, "source": source})
    return rows

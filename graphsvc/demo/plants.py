"""The changes planted in the yearly rounds, for the follow-up analyses to find: two
introductions that happen, a broker who leaves, and two gaps that close."""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass
from itertools import combinations

from graphsvc.demo import names
from graphsvc.demo.history import LADDER
from graphsvc.demo.newcomers import Newcomers
from graphsvc.demo.timeline import FIRST_YEAR, LAST_YEAR, YEARS, Timeline, meetings
from graphsvc.model import ROCKET_KEYS

INTRODUCED_IN = 2023  # the year the introduced pairs first run an action together
INTRODUCTIONS = 2
BROKER_LEAVES = 2023  # the first year without the leaving broker
SCHOOLS_ARRIVE = 2023  # the first year with a school on the school-gap rocket
PARTNERS_ARRIVE = 2022  # the first year the solo action has partners
EARLY_YEARS = tuple(range(FIRST_YEAR, INTRODUCED_IN))  # before introductions and departure
BRIDGED_ACTIONS = 2  # actions of the other rocket that the leaving broker is a partner in
VILLAGE_ROCKETS = ("wellbeing", "launchpad")  # where its village action may be
VILLAGE_STATUS = ("planned", "ongoing", "ongoing")  # in 2021, 2022 and (without it) 2023
CANDIDATES = 120  # actions tried per plant, so that large scales stay quick
LEAVING_BROKER = ("Kymin Verkostokumppanit Oy", "konsultointi")


@dataclass(frozen=True)
class PlantedChanges:
    """Keys of the changes planted across the rounds, for tests and for the README.

    Each pair of ``introduced`` first meets (shares an action or a tie) in the matching
    one of ``introducing_actions``, which begins in ``INTRODUCED_IN``; before then the
    second is the first one's best suggestion by shared partners. ``leaving_broker`` leads
    the first of ``bridged_actions`` (its village action, of the first ``bridged_rockets``)
    with the two ``cut_off``, who meet no one else, and is a partner in the others (of the
    second rocket) until ``BROKER_LEAVES``; the two then carry on alone for a year, and the
    year after, they and their action are gone. ``school_gap_rocket`` has no
    education actor before ``SCHOOLS_ARRIVE``; ``solo_action`` has its lead alone before
    ``PARTNERS_ARRIVE``.
    """

    introduced: tuple[tuple[str, str], ...]
    introducing_actions: tuple[str, ...]
    leaving_broker: str
    bridged_rockets: tuple[str, str]
    bridged_actions: tuple[str, ...]
    cut_off: tuple[str, str]
    school_gap_rocket: str
    solo_action: str


def plant_changes(
    timeline: Timeline, rng: random.Random, new: Newcomers, protected: tuple[set[str], set[str]]
) -> PlantedChanges:
    """Plant the changes in ``timeline`` (each on actions the others leave alone).

    Raises RuntimeError if the data set offers no place for one of them.
    """
    actors, used = protected[0], set(protected[1])
    gap = _close_school_gap(timeline)
    solo = _gain_partners(timeline, rng, used)
    broker, rockets, bridged, cut_off = _leaving_broker(timeline, rng, new, used)
    introductions = [_introduce(timeline, used, actors) for _ in range(INTRODUCTIONS)]
    return PlantedChanges(
        introduced=tuple(pair for pair, _ in introductions),
        introducing_actions=tuple(action for _, action in introductions),
        leaving_broker=broker,
        bridged_rockets=rockets,
        bridged_actions=bridged,
        cut_off=cut_off,
        school_gap_rocket=gap,
        solo_action=solo,
    )


def _rockets(timeline: Timeline, action: str) -> list[str]:
    return timeline.actions[action].row["rocket"].split(";")


def _first_listed(timeline: Timeline) -> set[tuple[str, str]]:
    """The (actor, action) pair listed first for each action: its lead, if it has one."""
    first: dict[str, str] = {}
    for actor, action in timeline.participation:
        first.setdefault(action, actor)
    return {(actor, action) for action, actor in first.items()}


def _close_school_gap(timeline: Timeline) -> str:
    """The rocket (bar the final data set's schoolless one) with the fewest school
    participations gets them only from ``SCHOOLS_ARRIVE`` on; return its key."""
    kinds = {key: e.row["kind"] for key, e in timeline.actors.items()}
    schooled = [p for p in timeline.participation if kinds[p[0]] == "education"]
    counts = Counter(r for _, action in schooled for r in _rockets(timeline, action))
    skip = timeline.final.planted.schoolless_rocket
    rocket = min((r for r in ROCKET_KEYS if r != skip and counts[r]), key=counts.__getitem__)
    leads = _first_listed(timeline)
    for actor, action in schooled:
        if rocket in _rockets(timeline, action):
            lead = (actor, action) in leads  # then the whole action waits
            entry = timeline.actions[action] if lead else timeline.participation[(actor, action)]
            entry.first = max(entry.first, SCHOOLS_ARRIVE)
    return rocket


def _final_team(timeline: Timeline, team: list[str], action: str) -> bool:
    """Whether ``action`` and ``team`` are all of the final data set and in its first year."""
    entry = timeline.actions[action]
    return (
        entry.first == FIRST_YEAR
        and entry.last == LAST_YEAR
        and all(
            timeline.actors[a].last == LAST_YEAR
            and timeline.participation[(a, action)].first == FIRST_YEAR
            for a in team
        )
    )


def _gain_partners(timeline: Timeline, rng: random.Random, used: set[str]) -> str:
    """A led action of two or three whose partners join only in ``PARTNERS_ARRIVE``."""
    leads = _first_listed(timeline)
    teams = timeline.teams(FIRST_YEAR)
    fits = [
        k
        for k, team in teams.items()
        if k not in used and 2 <= len(team) <= 3 and _final_team(timeline, team, k)
        and (team[0], k) in leads and timeline.participation[(team[0], k)].row["role"] == "lead"
    ]  # fmt: skip
    if not fits:
        raise RuntimeError("no led action of two or three to leave solo in the first year")
    action = rng.choice(fits)
    for actor in teams[action][1:]:
        timeline.participation[(actor, action)].first = PARTNERS_ARRIVE
    used.add(action)
    return action


def _leaving_broker(
    timeline: Timeline, rng: random.Random, new: Newcomers, used: set[str]
) -> tuple[str, tuple[str, str], tuple[str, ...], tuple[str, str]]:
    """A company that leads a village action of one rocket, whose two partners meet no one
    else, and is a partner in two actions of another rocket, until ``BROKER_LEAVES``.

    The two carry on alone for that year (the network splits); then their action is gone.
    Returns the broker, the two rockets, its actions (the village one first), the two.
    """
    teams = [timeline.teams(y) for y in EARLY_YEARS]
    hub = timeline.final.planted.broker
    fits: dict[str, list[str]] = {r: [] for r in ROCKET_KEYS}
    for key, team in teams[0].items():
        rockets = _rockets(timeline, key)
        if (
            key not in used and len(rockets) == 1 and hub not in team
            and all(t.get(key) == team for t in teams) and _final_team(timeline, team, key)
        ):  # fmt: skip
            fits[rockets[0]].append(key)
    others = [r for r in ROCKET_KEYS if len(fits[r]) >= BRIDGED_ACTIONS]
    if not others:
        raise RuntimeError("no rocket with actions that run unchanged in the early years")
    other = rng.choice(others)
    one = rng.choice([r for r in VILLAGE_ROCKETS if r != other])
    name, sector = LEAVING_BROKER
    broker = new.add(name, "company", sector, f"{one};{other}", BROKER_LEAVES - 1).key
    village = new.action(one, FIRST_YEAR, BROKER_LEAVES)
    timeline.actions[village].status.update(dict(zip(YEARS, VILLAGE_STATUS, strict=False)))
    timeline.actions[village].row["status"] = VILLAGE_STATUS[-1]
    new.run(broker, village, "lead", FIRST_YEAR, BROKER_LEAVES - 1)
    villagers = [s for s in names.ASSOCIATION_TYPES if s.startswith("kyläyhdistys")]
    companies = [s for s in names.COMPANY_STEMS if one in s.split("|")[2]]
    cut_off = (
        new.named("association", villagers, BROKER_LEAVES).key,
        new.named("company", companies, BROKER_LEAVES).key,
    )
    for actor in cut_off:
        new.run(actor, village, "partner", FIRST_YEAR, BROKER_LEAVES)
    bridged = rng.sample(fits[other], BRIDGED_ACTIONS)
    for action in bridged:
        new.run(broker, action, "partner", FIRST_YEAR, BROKER_LEAVES - 1)
    used.update(bridged)
    return broker, (one, other), (village, *bridged), cut_off


def _partners(met: dict[str, Counter], x: str, team: list[str]) -> set[str]:
    """Whom ``x`` meets once the action of ``team`` is gone."""
    inside = x in team
    return {z for z, n in met.get(x, Counter()).items() if n - (inside and z in team) > 0}


def _suggestions(met: dict[str, Counter], x: str, team: list[str]) -> dict[str, float]:
    """Resource allocation (the sum of 1/partners over shared partners) for everyone two
    steps from ``x`` once the action of ``team`` is gone: what a recommender offers ``x``."""
    near = _partners(met, x, team)
    scores: dict[str, float] = {}
    for z in near:
        theirs = _partners(met, z, team)
        for w in theirs - near - {x}:
            scores[w] = scores.get(w, 0.0) + 1 / len(theirs)
    return scores


def _best(offers: dict[str, float], actor: str) -> bool:
    """Whether ``actor`` is among the best of ``offers``."""
    return actor in offers and offers[actor] == max(offers.values())


def _introduce(
    timeline: Timeline, used: set[str], protected: set[str]
) -> tuple[tuple[str, str], str]:
    """Two actors ``(a, b)`` of different kinds in one action who meet nowhere else in the
    early years, where without it ``b`` is the best suggestion for ``a`` (the most shared
    partners first); the action then begins only in ``INTRODUCED_IN``."""
    met = [meetings(timeline, y) for y in EARLY_YEARS]
    teams = [timeline.teams(y) for y in EARLY_YEARS]
    found: list[tuple[float, tuple[str, str], str]] = []
    for key, team in sorted(teams[0].items())[: CANDIDATES * 10]:
        status = timeline.actions[key].status
        if (
            key in used or any(t.get(key) != team for t in teams) or protected.intersection(team)
            or not _final_team(timeline, team, key) or status[INTRODUCED_IN] not in LADDER
        ):  # fmt: skip
            continue
        for x, y in combinations(sorted(team), 2):
            kinds = {timeline.actors[a].row["kind"] for a in (x, y)}
            if len(kinds) == 2 and all(m[x][y] == 1 for m in met):  # they share only this one
                shared = _partners(met[0], x, team) & _partners(met[0], y, team)
                score = sum(1 / len(met[0][z]) for z in shared)
                found.append((score, (x, y), key))
    found.sort(key=lambda f: (-f[0], f[1], f[2]))
    for _, pair, action in found:
        team = teams[0][action]
        for a, b in (pair, pair[::-1]):
            if all(_best(_suggestions(m, a, team), b) for m in met):
                timeline.actions[action].first = INTRODUCED_IN
                used.add(action)
                return (a, b), action
    raise RuntimeError("no pair of actors who meet in one action only and share partners")

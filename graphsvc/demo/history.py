"""The ordinary year-to-year changes of the demo data set, seeded: who joins, what begins
when, how each action's status got to where it stands in the final year."""

from __future__ import annotations

import random

from graphsvc.demo.timeline import FIRST_YEAR, LAST_YEAR, YEARS, Entry, Timeline

LATER_YEARS = YEARS[1:]
JOINERS_PER_YEAR = 4  # per scale unit: actors first in the sheet that year
BEGUN_PER_YEAR = 8  # per scale unit: actions first in the sheet that year
LATE_PARTNER_SHARE = 0.04  # participations that begin a year or more after their action
STEP_BACK = 0.35  # odds that an action stood one step lower on the ladder a year earlier
LADDER = ("proposed", "planned", "ongoing")


def add_history(
    timeline: Timeline, rng: random.Random, scale: int, protected: tuple[set[str], set[str]]
) -> None:
    """Move the final rows' first years and give every action a status per year.

    ``protected`` (actors, actions) stay in every year as they are: the planted actors of
    the final data set and the actions they run.
    """
    actors, actions = protected
    _join_late(timeline, rng, scale, actors)
    _begin_late(timeline, rng, scale, actions)
    _leads_first(timeline)
    _late_partners(timeline, rng, actions)
    for entry in timeline.collaborations:
        entry.first = min(max(int(entry.row["since"][:4]), FIRST_YEAR), LAST_YEAR)
    _status_paths(timeline, rng)


def _spread(rng: random.Random, keys: list[str], per_year: int) -> dict[str, int]:
    """``per_year`` of ``keys`` for each later year, drawn at random."""
    drawn = rng.sample(keys, min(len(keys), per_year * len(LATER_YEARS)))
    return {key: LATER_YEARS[i % len(LATER_YEARS)] for i, key in enumerate(drawn)}


def _join_late(timeline: Timeline, rng: random.Random, scale: int, protected: set[str]) -> None:
    running = {actor for actor, _ in timeline.participation}
    keys = [k for k in timeline.actors if k in running and k not in protected]
    for key, year in _spread(rng, keys, JOINERS_PER_YEAR * scale).items():
        timeline.actors[key].first = year


def _begin_late(timeline: Timeline, rng: random.Random, scale: int, protected: set[str]) -> None:
    keys = [
        k for k, e in timeline.actions.items() if k not in protected and e.row["status"] in LADDER
    ]
    for key, year in _spread(rng, keys, BEGUN_PER_YEAR * scale).items():
        timeline.actions[key].first = year


def _leads_first(timeline: Timeline) -> None:
    """An action is in the sheet from the year its first-listed actor is (so never empty)."""
    seen: set[str] = set()
    for actor, action in timeline.participation:
        if action not in seen:
            seen.add(action)
            entry = timeline.actions[action]
            entry.first = max(entry.first, timeline.actors[actor].first)


def _late_partners(timeline: Timeline, rng: random.Random, protected: set[str]) -> None:
    """Some actors join an action a year or more after it appears (never its first-listed)."""
    seen: set[str] = set()
    for (_, action), entry in timeline.participation.items():
        if action in seen and action not in protected and rng.random() < LATE_PARTNER_SHARE:
            start = timeline.actions[action].first
            if start < LAST_YEAR:
                entry.first = rng.randint(start + 1, LAST_YEAR)
        seen.add(action)


def _status_paths(timeline: Timeline, rng: random.Random) -> None:
    """Statuses climb the ladder year by year to the final one; the done and the dropped
    reach it in a later year each, spread evenly over the later years."""
    ended: dict[str, list[Entry]] = {"done": [], "dropped": []}
    for entry in timeline.actions.values():
        final = entry.row["status"]
        if final in ended:
            ended[final].append(entry)
        else:
            walk_back(rng, entry.status, LAST_YEAR, LADDER.index(final))
    for final, entries in ended.items():
        rng.shuffle(entries)
        for i, entry in enumerate(entries):
            year = min(max(LATER_YEARS[i % len(LATER_YEARS)], entry.first + 1), LAST_YEAR)
            for y in range(year, LAST_YEAR + 1):
                entry.status[y] = final
            before = LADDER.index("ongoing") if final == "done" else rng.randrange(len(LADDER))
            walk_back(rng, entry.status, year - 1, before)


def walk_back(rng: random.Random, status: dict[int, str], year: int, level: int) -> None:
    """Fill ``status`` from ``year`` back to the first year, from ``LADDER[level]`` down."""
    for y in range(year, FIRST_YEAR - 1, -1):
        status[y] = LADDER[level]
        if level and rng.random() < STEP_BACK:
            level -= 1


def join_when_active(timeline: Timeline, protected: set[str]) -> None:
    """An actor is in the sheet from the first year it runs an action or reports a tie."""
    active: dict[str, int] = {}
    for (actor, action), entry in timeline.participation.items():
        year = max(entry.first, timeline.actions[action].first)
        active[actor] = min(active.get(actor, LAST_YEAR), year)
    for entry in timeline.collaborations:
        for actor in (entry.row["actor_a"], entry.row["actor_b"]):
            active[actor] = min(active.get(actor, LAST_YEAR), entry.first)
    for key, entry in timeline.actors.items():
        if key in active and key not in protected:
            entry.first = max(entry.first, active[key])

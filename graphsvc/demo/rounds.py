"""The yearly rounds of the demo data set: the workbook as it stood on 31 December of each
year 2021–2024, seeded and deterministic; the last round is the data set of ``build``."""

from __future__ import annotations

import random
from dataclasses import dataclass

from graphsvc.demo.generator import DEFAULT_SEED, DemoData, build
from graphsvc.demo.history import add_history, join_when_active
from graphsvc.demo.newcomers import add_newcomers
from graphsvc.demo.plants import PlantedChanges, plant_changes
from graphsvc.demo.timeline import YEARS, timeline_of


@dataclass(frozen=True)
class Round:
    """One year's workbook (``data``) and the changes planted across all the rounds."""

    year: int
    data: DemoData
    changes: PlantedChanges


def build_rounds(scale: int = 1, seed: int = DEFAULT_SEED) -> list[Round]:
    """The rounds of :data:`YEARS` in order, the same for the same seed and scale.

    The last round equals ``build(scale, seed)``. Each round's ``data.planted`` holds the
    final data set's planted keys (all true in every round) with that round's own solo and
    leaderless actions. Raises ValueError if ``scale`` is below 1.
    """
    final = build(scale, seed)
    timeline = timeline_of(final)
    rng = random.Random(f"graphsvc-rounds-{seed}")
    p = final.planted
    actors = {p.broker, *p.pair, *p.shared_partners, *p.idle, *p.isolated}
    special = actors - {p.broker}
    actions = {r["action"] for r in final.participation if r["actor"] in special}
    protected = (actors, actions)
    add_history(timeline, rng, scale, protected)
    newcomers = add_newcomers(timeline, rng, scale, protected)
    changes = plant_changes(timeline, rng, newcomers, protected)
    join_when_active(timeline, actors)
    return [Round(year, timeline.data(year), changes) for year in YEARS]

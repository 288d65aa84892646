"""The actions of the demo data set: titles, rockets, statuses, dates and themes."""

from __future__ import annotations

import calendar
import random
from dataclasses import dataclass, field

from graphsvc.demo import names, titles
from graphsvc.demo.cast import Actor, weighted


@dataclass
class Action:
    """One action: its row in actions.csv, its rockets (primary first) and who runs it."""

    key: str
    rockets: tuple[str, ...]
    row: dict[str, str]
    cast: dict[str, str] = field(default_factory=dict)  # actor key -> role, lead first

    def join(self, actor: Actor, role: str = "partner") -> None:
        """Add ``actor`` with ``role`` unless it is already in."""
        self.cast.setdefault(actor.key, role)


def make_actions(rng: random.Random, scale: int) -> list[Action]:
    """``scale`` actions per title, shuffled and numbered ``teko-001``, ``teko-002``, …"""
    slots = [(r, i) for r, ts in titles.TITLES.items() for i in range(len(ts) * scale)]
    rng.shuffle(slots)
    width = max(3, len(str(len(slots))))
    actions = []
    for n, (primary, i) in enumerate(slots, start=1):
        base = titles.TITLES[primary]
        title = base[i % len(base)].format(area=rng.choice(names.AREAS))
        if i >= len(base):
            title = f"{title} (vaihe {i // len(base) + 1})"
        rockets = [primary]
        extra = rng.random()
        if extra < 0.3:
            rockets += rng.sample(titles.SECONDARY[primary], 2 if extra < 0.05 else 1)
        status = weighted(rng, titles.STATUSES)
        themes = [t for t, odds in titles.THEME_ODDS[primary].items() if rng.random() < odds]
        text = " ".join([titles.GOALS[primary], *(titles.THEMES[t] for t in themes)])
        row = {"key": f"teko-{n:0{width}d}", "title": title, "rocket": ";".join(rockets)}
        row.update(status=status, start="", end="", themes=";".join(themes))
        row["description"] = f"Kuvitteellinen esimerkki. {text}"
        if status != "proposed" or rng.random() < 0.5:
            row["start"], row["end"] = _dates(rng, status)
        actions.append(Action(row["key"], tuple(rockets), row))
    return actions


def _dates(rng: random.Random, status: str) -> tuple[str, str]:
    """ISO start and end dates within 2025-2029 that suit the status."""
    first = rng.randint(0, 11 if status == "done" else 23 if status == "dropped" else 41)
    last = min(59, first + rng.randint(3, 12 if status == "done" else 36))
    year, month = 2025 + last // 12, last % 12 + 1
    end = f"{year}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}"
    return f"{2025 + first // 12}-{first % 12 + 1:02d}-01", end

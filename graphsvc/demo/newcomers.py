"""Rows that are only in the early years' sheets: actors who leave, actions removed from
the sheet, and the ties of those who leave. All invented, like the rest of the data set."""

from __future__ import annotations

import random

from graphsvc.demo import names, titles
from graphsvc.demo.cast import Actor, Cast
from graphsvc.demo.history import LADDER, LATER_YEARS, walk_back
from graphsvc.demo.timeline import FIRST_YEAR, Entry, Timeline
from graphsvc.model import ROCKET_KEYS

LEAVERS_PER_YEAR = 2  # per scale unit: companies in the sheet until the year before
REMOVED_PER_YEAR = 3  # per scale unit: actions in the sheet until the year before
ACTIONS_PER_LEAVER = 2  # actions of the final data set that a leaver is a partner in


class Newcomers:
    """Adds actors and actions to a timeline with keys, names and titles not yet taken."""

    def __init__(self, timeline: Timeline, rng: random.Random, protected: set[str]) -> None:
        self.timeline = timeline
        self.rng = rng
        self.cast = Cast(rng)
        for row in timeline.final.actors:
            self.cast.keys.add(row["key"])
            self.cast.names.add(row["name"])
            if row.get("contact_email"):
                self.cast.emails.add(row["contact_email"])
            if row.get("business_id"):
                self.cast.business_ids.add(row["business_id"].split("-")[0])
        self.titles = {row["title"] for row in timeline.final.actions}
        self.number = len(timeline.final.actions)
        self.width = len(timeline.final.actions[0]["key"]) - len("teko-")
        self.pools = _pools(timeline, protected)

    def add(self, name: str, kind: str, sector: str, homes: str, last: int) -> Actor:
        """An actor in the sheets from the first year to ``last``; ``name`` made unique
        (a number before a company's legal form)."""
        base, legal = name.rsplit(" ", 1) if kind == "company" else (name, "")
        n = 1
        while name in self.cast.names:
            n += 1
            name = f"{base} {n} {legal}".strip()
        actor = self.cast.add(name, kind, sector, homes)
        self.timeline.actors[actor.key] = Entry(actor.row, FIRST_YEAR, last)
        return actor

    def named(self, kind: str, stems: tuple[str, ...] | list[str], last: int) -> Actor:
        """A company or association named by a place and one of ``stems`` (``names``)."""
        for _ in range(20):  # another place or stem before a number
            stem, sector, homes, *_ = self.rng.choice(stems).split("|")
            name = f"{self.rng.choice(names.PLACE_GENITIVES)} {stem}"
            if kind == "company":
                name = f"{name} {self.rng.choice(names.LEGAL_FORMS)}"
            if name not in self.cast.names:
                break
        return self.add(name, kind, sector, homes, last)

    def run(self, actor: str, action: str, role: str, first: int, last: int) -> None:
        """``actor`` runs ``action`` in the years from ``first`` to ``last``."""
        row = {"actor": actor, "action": action, "role": role}
        self.timeline.participation[(actor, action)] = Entry(row, first, last)

    def tie(self, a: str, b: str, last: int) -> None:
        """A reported tie between ``a`` and ``b`` until ``last``, begun before the first year."""
        row = {"actor_a": a, "actor_b": b, "kind": self.rng.choice(titles.COLLABORATION_KINDS)}
        row["since"] = f"{self.rng.randint(2015, FIRST_YEAR)}-{self.rng.randint(1, 12):02d}-01"
        row["source"] = self.rng.choice(titles.COLLABORATION_SOURCES)
        self.timeline.collaborations.append(Entry(row, FIRST_YEAR, last))

    def action(self, primary: str, first: int, last: int) -> str:
        """An action of ``primary`` in the sheets from ``first`` to ``last``; return its key."""
        rng = self.rng
        self.number += 1
        key = f"teko-{self.number:0{self.width}d}"
        title = rng.choice(titles.TITLES[primary]).format(area=rng.choice(names.AREAS))
        title = unique = f"{title} (alkuvaihe)"
        n = 1
        while unique in self.titles:
            n += 1
            unique = f"{title} ({n})"
        self.titles.add(unique)
        themes = [t for t, odds in titles.THEME_ODDS[primary].items() if rng.random() < odds]
        text = " ".join([titles.GOALS[primary], *(titles.THEMES[t] for t in themes)])
        status: dict[int, str] = {}
        ending = rng.choice((*LADDER, "dropped"))
        if ending == "dropped" and first < last:
            status[last] = ending
        walk_back(rng, status, last - 1 if status else last, rng.randrange(len(LADDER)))
        row = {"key": key, "title": unique, "rocket": primary, "status": status[last]}
        row.update(start="", end="", themes=";".join(themes))
        row["description"] = f"Kuvitteellinen esimerkki. {text}"
        self.timeline.actions[key] = Entry(row, first, last, status)
        return key

    def draw(self, rocket: str, count: int, first: int, last: int) -> list[str]:
        """Up to ``count`` actors who fuel ``rocket`` and are in the sheets from ``first`` to
        ``last`` (never a planted actor or a school)."""
        fits = [k for k in self.pools[rocket] if self._spans(k, first, last)]
        return self.rng.sample(fits, min(count, len(fits)))

    def _spans(self, actor: str, first: int, last: int) -> bool:
        entry = self.timeline.actors[actor]
        return entry.first <= first and last <= entry.last


def add_newcomers(
    timeline: Timeline, rng: random.Random, scale: int, protected: tuple[set[str], set[str]]
) -> Newcomers:
    """Each later year, companies who left and actions removed from the sheet the year before.

    A leaver is a partner in actions of the final data set, leads one removed action, and
    reports one tie with one of its partners. Returns the helper for further newcomers.
    """
    actors, actions = protected
    new = Newcomers(timeline, rng, actors)
    by_primary: dict[str, list[str]] = {r: [] for r in ROCKET_KEYS}
    for key, entry in timeline.actions.items():
        if entry.first == FIRST_YEAR and key not in actions:
            by_primary[_primary(timeline, key)].append(key)
    for year in LATER_YEARS:
        last = year - 1
        leavers = []
        for _ in range(LEAVERS_PER_YEAR * scale):
            leaver = new.named("company", names.COMPANY_STEMS, last)
            fits = [k for rocket in leaver.homes for k in by_primary[rocket]]
            for action in rng.sample(fits, min(ACTIONS_PER_LEAVER, len(fits))):
                new.run(leaver.key, action, "partner", FIRST_YEAR, last)
            leavers.append(leaver)
        for i in range(REMOVED_PER_YEAR * scale):
            first = rng.randint(FIRST_YEAR, last)
            if i < len(leavers):
                rocket = rng.choice(leavers[i].homes)
                lead = leavers[i].key
            else:
                rocket = rng.choice(ROCKET_KEYS)
                lead, *_ = new.draw(rocket, 1, first, last) or [""]
            if not lead:
                continue
            action = new.action(rocket, first, last)
            new.run(lead, action, "lead", first, last)
            partners = [k for k in new.draw(rocket, 4, first, last) if k != lead]
            for partner in partners[: rng.randint(1, 3)]:
                new.run(partner, action, "partner", first, last)
            if i < len(leavers) and partners:
                new.tie(lead, partners[0], last)
    return new


def _primary(timeline: Timeline, action: str) -> str:
    return timeline.actions[action].row["rocket"].split(";")[0]


def _pools(timeline: Timeline, protected: set[str]) -> dict[str, list[str]]:
    """Per rocket, the actors who run an action whose primary rocket it is (no schools)."""
    pools: dict[str, dict[str, None]] = {r: {} for r in ROCKET_KEYS}
    kinds = {r["key"]: r["kind"] for r in timeline.final.actors}
    for actor, action in timeline.participation:
        if kinds[actor] != "education" and actor not in protected:
            pools[_primary(timeline, action)][actor] = None
    return {rocket: list(pool) for rocket, pool in pools.items()}

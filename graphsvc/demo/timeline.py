"""The years each row of the demo data set is in its sheet, and the workbook of any one year."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace

from graphsvc.demo.generator import DemoData

FIRST_YEAR, LAST_YEAR = 2021, 2024
#: The yearly rounds: the network as it stood on 31 December of each year.
YEARS: tuple[int, ...] = tuple(range(FIRST_YEAR, LAST_YEAR + 1))


@dataclass
class Entry:
    """One row and the years it is in its sheet (an action also has a status per year)."""

    row: dict[str, str]
    first: int = FIRST_YEAR
    last: int = LAST_YEAR
    status: dict[int, str] = field(default_factory=dict)

    def within(self, year: int) -> bool:
        """Whether the row is in the sheet of ``year``."""
        return self.first <= year <= self.last


@dataclass
class Timeline:
    """Every row that is in some year's sheet; the final data set's rows come first."""

    final: DemoData
    actors: dict[str, Entry]
    actions: dict[str, Entry]
    participation: dict[tuple[str, str], Entry]  # (actor, action) -> entry
    collaborations: list[Entry]

    def teams(self, year: int) -> dict[str, list[str]]:
        """Every action of ``year`` and who runs it then."""
        teams: dict[str, list[str]] = {k: [] for k, e in self.actions.items() if e.within(year)}
        for (actor, action), _ in self._runs(year):
            teams[action].append(actor)
        return teams

    def ties(self, year: int) -> list[dict[str, str]]:
        """The reported ties of ``year`` between actors who are in its sheet."""
        return [
            e.row
            for e in self.collaborations
            if e.within(year) and self.present(e.row["actor_a"], e.row["actor_b"], year=year)
        ]

    def present(self, *actors: str, year: int) -> bool:
        """Whether every one of ``actors`` is in the actors sheet of ``year``."""
        return all(self.actors[a].within(year) for a in actors)

    def _runs(self, year: int) -> list[tuple[tuple[str, str], Entry]]:
        return [
            (pair, e)
            for pair, e in self.participation.items()
            if e.within(year) and self.present(pair[0], year=year)
            and self.actions[pair[1]].within(year)
        ]  # fmt: skip

    def data(self, year: int) -> DemoData:
        """The workbook of ``year``; its Planted names the solo and leaderless actions of then."""
        actions = [
            {**e.row, "status": e.status.get(year, e.row["status"])}
            for e in self.actions.values()
            if e.within(year)
        ]
        participation = [e.row for _, e in self._runs(year)]
        teams = Counter(r["action"] for r in participation)
        leads = {r["action"] for r in participation if r["role"] == "lead"}
        planted = replace(
            self.final.planted,
            solo_actions=tuple(sorted(k for k, n in teams.items() if n == 1)),
            leaderless_actions=tuple(sorted(k for k in teams if k not in leads and teams[k] > 1)),
        )
        return replace(
            self.final,
            actors=[e.row for e in self.actors.values() if e.within(year)],
            actions=actions,
            participation=participation,
            collaborations=self.ties(year),
            planted=planted,
        )


def meetings(timeline: Timeline, year: int) -> dict[str, Counter[str]]:
    """Who meets whom in ``year``: per actor, how many actions and ties they share with each."""
    met: dict[str, Counter[str]] = {}
    for team in timeline.teams(year).values():
        for x in team:
            met.setdefault(x, Counter()).update(y for y in team if y != x)
    for row in timeline.ties(year):
        a, b = row["actor_a"], row["actor_b"]
        met.setdefault(a, Counter())[b] += 1
        met.setdefault(b, Counter())[a] += 1
    return met


def timeline_of(final: DemoData) -> Timeline:
    """Every row of the final data set, in every year (the history then moves them)."""
    return Timeline(
        final=final,
        actors={r["key"]: Entry(r) for r in final.actors},
        actions={
            r["key"]: Entry(r, status=dict.fromkeys(YEARS, r["status"])) for r in final.actions
        },
        participation={(r["actor"], r["action"]): Entry(r) for r in final.participation},
        collaborations=[Entry(r) for r in final.collaborations],
    )

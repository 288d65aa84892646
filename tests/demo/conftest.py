"""Fixtures for the demo data tests: the packaged workbook as rows, and its co-participation."""

from __future__ import annotations

import csv
import itertools
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import networkx as nx
import pytest

from graphsvc.demo import DemoData, build, demo_workbook_path

SHEETS = ("actors", "actions", "participation", "rockets", "collaborations")


def read_workbook(folder: Path) -> dict[str, list[dict[str, str]]]:
    """Every CSV of a workbook folder as a list of rows (column -> text)."""
    rows = {}
    for sheet in SHEETS:
        with (folder / f"{sheet}.csv").open(encoding="utf-8", newline="") as handle:
            rows[sheet] = list(csv.DictReader(handle))
    return rows


@dataclass
class Network:
    """What the tests ask of a workbook: who runs what, and who meets whom."""

    kinds: dict[str, str]  # actor -> kind
    rockets: dict[str, list[str]]  # action -> rocket keys, primary first
    teams: dict[str, dict[str, str]]  # action -> actor -> role
    graph: nx.Graph  # actors, linked when they run an action together

    def actions_of(self, actor: str) -> list[str]:
        """The actions ``actor`` takes part in."""
        return [action for action, team in self.teams.items() if actor in team]

    def rockets_of(self, actor: str) -> set[str]:
        """Every rocket that an action of ``actor`` fuels."""
        return {r for action in self.actions_of(actor) for r in self.rockets[action]}


def network_of(rows: dict[str, list[dict[str, str]]]) -> Network:
    """Build the Network of a workbook read by ``read_workbook``."""
    kinds = {row["key"]: row["kind"] for row in rows["actors"]}
    rockets = {row["key"]: row["rocket"].split(";") for row in rows["actions"]}
    teams: dict[str, dict[str, str]] = defaultdict(dict)
    for row in rows["participation"]:
        teams[row["action"]][row["actor"]] = row["role"]
    graph = nx.Graph()
    graph.add_nodes_from(kinds)
    for team in teams.values():
        graph.add_edges_from(itertools.combinations(team, 2))
    return Network(kinds, rockets, dict(teams), graph)


@pytest.fixture(scope="session")
def workbook() -> dict[str, list[dict[str, str]]]:
    """The packaged demo workbook, as committed."""
    return read_workbook(demo_workbook_path())


@pytest.fixture(scope="session")
def network(workbook: dict[str, list[dict[str, str]]]) -> Network:
    """The co-participation network of the packaged demo workbook."""
    return network_of(workbook)


@pytest.fixture(scope="session")
def demo() -> DemoData:
    """The data set built in memory with the default seed (it carries the planted keys)."""
    return build()

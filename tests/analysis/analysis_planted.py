"""A programme network with planted structure, and classic data sets turned into workbooks.

Planted: ``bridge-co`` is the one broker between three groups (logistics, centre,
wellbeing); ``rail-co`` and ``lab`` share three partners but run nothing together (the pair
who should meet); ``x-solo`` is run by one actor; ``y-nolead`` has no lead; the centre rocket
has no educational partner; ``idle`` runs nothing; ``accessibility`` and the launch pad have
no action. ``bridge-co`` carries contact data that no analysis may ever show.
"""

from __future__ import annotations

from typing import Any

import networkx as nx

from graphsvc.model import Edge, Label, Node, RelType, builtin_edges, builtin_nodes
from graphsvc.records import Batch, Snapshot
from graphsvc.stores.base import GraphStore

ACTORS = {
    "lc1": ("Rail Terminal Oy", "company"),
    "lc2": ("Cargo Oy", "company"),
    "le": ("Logistics Institute", "education"),
    "lcity": ("City logistics unit", "city"),
    "rail-co": ("Rail Co Oy", "company"),
    "lab": ("Innovation Lab", "education"),
    "bridge-co": ("Bridge Development Oy", "city_company"),
    "c1": ("Centre Association", "association"),
    "c2": ("Station Shops Oy", "company"),
    "c3": ("Residents of the centre", "citizen"),
    "c4": ("City centre unit", "city"),
    "w1": ("Wellbeing Association", "association"),
    "w2": ("Local Food Oy", "company"),
    "w3": ("Wellbeing College", "education"),
    "idle": ("Idle Association", "association"),
}
#: action key -> (rocket keys, primary first; [(actor, role), ...])
ACTIONS: dict[str, tuple[list[str], list[tuple[str, str]]]] = {
    "x1": (["logistics"], [("lc1", "lead"), ("lc2", "partner"), ("le", "partner")]),
    "x2": (["logistics"], [("le", "lead"), ("lcity", "partner")]),
    "x3": (["logistics"], [("lc1", "lead"), ("lcity", "partner")]),
    "x4": (["logistics"], [("rail-co", "lead"), ("lc1", "partner")]),
    "x5": (["logistics", "competence"], [("lab", "lead"), ("lcity", "partner")]),
    "x6": (["logistics"], [("rail-co", "lead"), ("lcity", "partner")]),
    "x7": (["competence"], [("lc1", "lead"), ("lab", "partner")]),
    "x8": (["logistics"], [("le", "lead"), ("rail-co", "partner")]),
    "x9": (["competence"], [("le", "lead"), ("lab", "partner")]),
    "x10": (["logistics", "centre"], [("bridge-co", "lead"), ("lcity", "partner")]),
    "x-solo": (["logistics"], [("lc2", "lead")]),
    "y1": (["centre"], [("c1", "lead"), ("c2", "partner"), ("c3", "partner")]),
    "y2": (["centre"], [("c2", "lead"), ("c4", "partner")]),
    "y3": (["centre"], [("c4", "lead"), ("c3", "partner"), ("c1", "partner")]),
    "y4": (["centre"], [("bridge-co", "lead"), ("c1", "partner")]),
    "y-nolead": (["centre"], [("c3", "partner"), ("c4", "partner")]),
    "z1": (["wellbeing"], [("w1", "lead"), ("w2", "partner")]),
    "z2": (["wellbeing"], [("w2", "lead"), ("w3", "partner")]),
    "z3": (["wellbeing"], [("bridge-co", "lead"), ("w1", "partner")]),
}
CONTACT = {"contact_name": "Maija Meikäläinen", "contact_email": "maija@example.fi"}


def planted_records() -> tuple[list[Node], list[Edge]]:
    """Nodes and relationships of the planted network (built-in rockets included)."""
    nodes = builtin_nodes()
    for key, (name, kind) in ACTORS.items():
        props: dict[str, Any] = {"name": name, "kind": kind}
        if key == "bridge-co":
            props.update(CONTACT)
        nodes.append(Node(Label.ACTOR, key, props))
    edges = builtin_edges()
    for key, (rockets, cast) in ACTIONS.items():
        nodes.append(Node(Label.ACTION, key, {"title": f"Action {key}", "status": "planned"}))
        for i, rocket in enumerate(rockets):
            edges.append(Edge(RelType.FUELS, key, rocket, {"primary": i == 0}))
        for actor, role in cast:
            edges.append(Edge(RelType.RUNS, actor, key, {"role": role}))
    edges.append(Edge(RelType.COLLABORATES_WITH, "w3", "w1", {"kind": "reported"}))
    return nodes, edges


def planted_snapshot() -> Snapshot:
    """The planted network as a snapshot (no store needed)."""
    nodes, edges = planted_records()
    return Snapshot(nodes, edges, version=1)


def load_planted(store: GraphStore) -> None:
    """Write the planted network into a store."""
    nodes, edges = planted_records()
    store.apply(Batch(nodes=nodes, edges=[e for e in edges if e.type is not RelType.PART_OF]))


def workbook_snapshot(G: nx.Graph, kind: str = "association") -> Snapshot:
    """A social network as a programme: one actor per node and one action per tie (both run it)."""
    nodes = builtin_nodes()
    edges = builtin_edges()
    for v in G:
        nodes.append(
            Node(
                Label.ACTOR,
                f"n{v}" if isinstance(v, int) else _key(v),
                {"name": str(v), "kind": kind},
            )
        )
    for i, (u, v) in enumerate(G.edges()):
        key = f"tie-{i}"
        nodes.append(Node(Label.ACTION, key, {"title": f"{u} - {v}"}))
        edges.append(Edge(RelType.FUELS, key, "competence", {"primary": True}))
        for end, role in ((u, "lead"), (v, "partner")):
            actor = f"n{end}" if isinstance(end, int) else _key(end)
            edges.append(Edge(RelType.RUNS, actor, key, {"role": role}))
    return Snapshot(nodes, edges, version=1)


def _key(name: str) -> str:
    return name.lower().replace(" ", "-")

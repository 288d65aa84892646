"""A small programme graph used by the contract tests."""

from __future__ import annotations

from graphsvc.model import Edge, Label, Node, RelType
from graphsvc.records import Batch
from graphsvc.stores.base import GraphStore

ACTORS = [
    Node(Label.ACTOR, "amk", {"name": "Ammattikorkeakoulu", "kind": "education", "tags": ["rata"]}),
    Node(Label.ACTOR, "haminan", {"name": "Hämeen Rahti Oy", "kind": "company"}),
    Node(Label.ACTOR, "kaupunki", {"name": "Kouvolan kaupunki", "kind": "city"}),
    Node(
        Label.ACTOR,
        "yhdistys",
        {"name": "Ääneen yhdistys", "kind": "association", "contact_email": "a@esim.example"},
    ),
]
ACTIONS = [
    Node(Label.ACTION, "rrt", {"title": "RRT-terminaali", "status": "ongoing"}),
    Node(Label.ACTION, "asema", {"title": "Asema-alueen kehitys", "status": "planned"}),
    Node(Label.ACTION, "ruoka", {"title": "Lähiruoka"}),
]
EDGES = [
    Edge(RelType.RUNS, "kaupunki", "rrt", {"role": "partner"}),
    Edge(RelType.RUNS, "haminan", "rrt", {"role": "lead"}),
    Edge(RelType.RUNS, "amk", "rrt", {"role": "partner"}),
    Edge(RelType.RUNS, "kaupunki", "asema", {"role": "lead"}),
    Edge(RelType.RUNS, "yhdistys", "ruoka", {"role": "lead"}),
    Edge(RelType.FUELS, "rrt", "logistics", {"primary": True}),
    Edge(RelType.FUELS, "asema", "centre", {"primary": True}),
    Edge(RelType.FUELS, "asema", "logistics", {"primary": False}),
    Edge(RelType.FUELS, "ruoka", "wellbeing", {"primary": True}),
    Edge(RelType.ADDRESSES, "ruoka", "environment"),
    Edge(RelType.COLLABORATES_WITH, "amk", "yhdistys", {"kind": "hanke", "since": "2024"}),
]


def load_sample(store: GraphStore) -> None:
    """Write the sample graph into ``store``."""
    store.apply(Batch(nodes=ACTORS + ACTIONS, edges=EDGES))


def content(store: GraphStore) -> tuple[list, list]:
    """Everything in the store as comparable data (the 'nothing lost' snapshot)."""
    snap = store.snapshot()
    return (
        [(n.label, n.key, n.props) for n in snap.nodes],
        [(e.type, e.start, e.end, e.props) for e in snap.edges],
    )

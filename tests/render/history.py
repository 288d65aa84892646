"""A three-year history (2022–2024) written into a real store, for the timeline map tests.

- 2022: alpha (lead) and evil (partner, named like a script) run x (centre); gamma runs y
  (logistics).
- 2023: gamma leaves (its run of y ends with it); delta joins x; alpha and evil report a tie.
- 2024: evil stops running x (but stays); delta leads the new action z (wellbeing).
"""

from __future__ import annotations

from graphsvc.model import Edge, Label, Node, RelType
from graphsvc.records import Batch
from graphsvc.stores.base import GraphStore

from .hostile import IMG, SCRIPT

YEARS = [2022, 2023, 2024]
#: Bit masks of the years each node and relationship is on the whole-network map
#: (bit 0: 2022, bit 1: 2023, bit 2: 2024); None: every year.
NODE_YEARS = {"alpha": None, "evil": None, "gamma": 1, "delta": 6, "x": None, "y": None, "z": 4}
EDGE_YEARS = {
    ("alpha", "x"): None,
    ("evil", "x"): 3,
    ("gamma", "y"): 1,
    ("delta", "x"): 6,
    ("alpha", "evil"): 6,
    ("delta", "z"): 4,
    ("z", "wellbeing"): 4,
    ("x", "centre"): None,
    ("y", "logistics"): None,
}


def _actor(key: str, name: str, kind: str = "company") -> Node:
    return Node(Label.ACTOR, key, {"name": name, "kind": kind})


def _runs(actor: str, action: str, role: str) -> Edge:
    return Edge(RelType.RUNS, actor, action, {"role": role})


def _fuels(action: str, rocket: str) -> Edge:
    return Edge(RelType.FUELS, action, rocket, {"primary": True})


def write_history(store: GraphStore) -> GraphStore:
    """Write the three years into ``store`` (each batch dated within its year); return it."""
    store.apply(
        Batch(
            nodes=[
                _actor("alpha", "Alpha Oy"),
                _actor("evil", SCRIPT),
                _actor("gamma", "Gamma ry", "association"),
                Node(Label.ACTION, "x", {"title": IMG, "status": "planned"}),
                Node(Label.ACTION, "y", {"title": "Ylläpito", "status": "ongoing"}),
            ],
            edges=[
                _runs("alpha", "x", "lead"),
                _runs("evil", "x", "partner"),
                _runs("gamma", "y", "lead"),
                _fuels("x", "centre"),
                _fuels("y", "logistics"),
            ],
            on="2022-03-01",
        )
    )
    store.apply(
        Batch(
            nodes=[
                _actor("delta", "Delta Oy"),
                Node(Label.ACTION, "x", {"title": IMG, "status": "ongoing"}),
            ],
            edges=[
                _runs("delta", "x", "partner"),
                Edge(RelType.COLLABORATES_WITH, "alpha", "evil", {"kind": "contract"}),
            ],
            node_deletes=[(Label.ACTOR, "gamma")],
            on="2023-05-01",
        )
    )
    store.apply(
        Batch(
            nodes=[Node(Label.ACTION, "z", {"title": "Zeta", "status": "planned"})],
            edges=[_runs("delta", "z", "lead"), _fuels("z", "wellbeing")],
            edge_deletes=[(RelType.RUNS, "evil", "x")],
            on="2024-06-01",
        )
    )
    return store

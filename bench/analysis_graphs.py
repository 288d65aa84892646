"""A seeded generator of programme-shaped snapshots at any scale, for bench/analysis.py.

Scale 1 is demo-sized (300 actors, 200 actions); scale 10 and 100 multiply both. Actors have a
home rocket and a heavy-tailed activity (city units and city companies run many actions), most
actions draw their runners from their rocket's actors, and some actions are solo or lack a lead.
"""

from __future__ import annotations

import numpy as np

from graphsvc.model import BUILTIN_ROCKETS, Edge, Label, Node, RelType, builtin_nodes
from graphsvc.stores.base import Snapshot

KINDS = {
    "company": 0.40,
    "association": 0.14,
    "education": 0.06,
    "institution": 0.06,
    "authority": 0.05,
    "city": 0.12,
    "city_company": 0.04,
    "citizen": 0.09,
    "political": 0.04,
}
ACTIVE = {"city": 6.0, "city_company": 5.0, "education": 3.0, "authority": 2.0}


def generate_snapshot(scale: float = 1, seed: int = 7) -> Snapshot:
    """A programme snapshot with ``300 × scale`` actors and ``200 × scale`` actions."""
    rng = np.random.default_rng(seed)
    n_actors, n_actions = int(300 * scale), int(200 * scale)
    rockets = [r.key for r in BUILTIN_ROCKETS]
    kinds = rng.choice(list(KINDS), size=n_actors, p=list(KINDS.values()))
    home = rng.integers(0, len(rockets), size=n_actors)
    activity = (rng.pareto(2.2, size=n_actors) + 1.0) * np.array(
        [ACTIVE.get(k, 1.0) for k in kinds]
    )
    idle = rng.random(n_actors) < 0.08
    activity[idle] = 0.0
    nodes = builtin_nodes()
    edges: list[Edge] = []
    for i in range(n_actors):
        nodes.append(Node(Label.ACTOR, f"a{i}", {"name": f"Actor {i}", "kind": str(kinds[i])}))
    pools = [np.flatnonzero(home == r) for r in range(len(rockets))]
    cumulative = [np.cumsum(activity[p]) for p in pools]
    everyone = np.cumsum(activity)

    def draw(cum: np.ndarray, size: int) -> np.ndarray:
        return np.searchsorted(cum, rng.random(size) * cum[-1], side="right")
    for j in range(n_actions):
        key = f"x{j}"
        nodes.append(Node(Label.ACTION, key, {"title": f"Action {j}", "status": "planned"}))
        primary = int(rng.integers(0, len(rockets)))
        edges.append(Edge(RelType.FUELS, key, rockets[primary], {"primary": True}))
        if rng.random() < 0.3:
            other = int(rng.integers(0, len(rockets)))
            if other != primary:
                edges.append(Edge(RelType.FUELS, key, rockets[other], {"primary": False}))
        size = 1 if rng.random() < 0.15 else int(min(2 + rng.poisson(3.0), 15))
        local = int(rng.binomial(size, 0.75))
        chosen = set(pools[primary][draw(cumulative[primary], local)].tolist())
        chosen |= set(draw(everyone, size - local).tolist())
        has_lead = rng.random() > 0.08
        for k, i in enumerate(sorted(chosen)):
            role = "lead" if k == 0 and has_lead else "partner"
            edges.append(Edge(RelType.RUNS, f"a{i}", key, {"role": role}))
    for _ in range(n_actors // 20):
        a, b = rng.integers(0, n_actors, size=2)
        if a != b:
            edges.append(Edge(RelType.COLLABORATES_WITH, f"a{a}", f"a{b}", {"kind": "reported"}))
    return Snapshot(nodes, edges, version=1)

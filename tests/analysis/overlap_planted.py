"""Two programmes with planted overlap.

The vitality programme (built in) and ``hv`` (focus areas ``hv:health`` and ``hv:ageing``).
``m`` is the one actor in both and the one bridge: ``a1`` and ``a2`` (vitality) and ``b1``
(hv) reach the other programme only through it, and without it the two networks fall
apart. ``xs`` fuels a rocket of each. The ageing area (``g``, ``g2``) has no tie to the
vitality programme. ``a1``–``b1`` and ``a2``–``b1`` share the partner ``m``, and ``a2``
and ``b1`` both work on participation. Employment is addressed by vitality alone. ``m``
carries contact data that no analysis may show.
"""

from __future__ import annotations

from graphsvc.model import Edge, Label, Node, RelType, builtin_edges, builtin_nodes
from graphsvc.records import Batch
from graphsvc.stores.base import GraphStore

CONTACTS = {"m": {"contact_name": "Maija Meikäläinen", "contact_email": "maija@example.fi"}}
ACTORS = ("a1", "a2", "a3", "m", "b1", "b2", "g", "g2")
#: action key -> (rockets, primary first; actors, lead first; themes)
ACTIONS: dict[str, tuple[list[str], list[str], list[str]]] = {
    "xa1": (["logistics"], ["a1", "a2", "m"], ["employment"]),
    "xa2": (["logistics"], ["a2", "a3"], ["participation"]),
    "xb1": (["hv:health"], ["m", "b1"], []),
    "xb2": (["hv:health"], ["b1", "b2"], ["participation"]),
    "xs": (["hv:health", "centre"], ["m"], []),
    "xg": (["hv:ageing"], ["g", "g2"], []),
}


def load_overlap(store: GraphStore) -> None:
    """Write the two planted programmes into ``store``."""
    nodes = builtin_nodes() + [
        Node(Label.PROGRAMME, "hv", {"name": "Hyvinvointi", "kind": "programme"}),
        Node(
            Label.ROCKET,
            "hv:health",
            {"number": 1, "name_fi": "Terveys", "name_en": "Health", "kind": "focus_area"},
        ),  # fmt: skip
        Node(
            Label.ROCKET,
            "hv:ageing",
            {"number": 2, "name_fi": "Ikääntyminen", "name_en": "Ageing", "kind": "focus_area"},
        ),  # fmt: skip
    ]
    nodes += [
        Node(Label.ACTOR, k, {"name": f"Actor {k}", "kind": "company", **CONTACTS.get(k, {})})
        for k in ACTORS
    ]
    edges = builtin_edges() + [
        Edge(RelType.PART_OF, "hv:health", "hv"),
        Edge(RelType.PART_OF, "hv:ageing", "hv"),
    ]
    for key, (rockets, cast, themes) in ACTIONS.items():
        nodes.append(Node(Label.ACTION, key, {"title": f"Action {key}"}))
        edges += [Edge(RelType.FUELS, key, r, {"primary": i == 0}) for i, r in enumerate(rockets)]
        edges += [
            Edge(RelType.RUNS, a, key, {"role": "lead" if i == 0 else "partner"})
            for i, a in enumerate(cast)
        ]
        edges += [Edge(RelType.ADDRESSES, key, t) for t in themes]
    store.apply(Batch(nodes=nodes, edges=edges))

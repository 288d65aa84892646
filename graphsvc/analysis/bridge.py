"""The one bridge from a store Snapshot to NetworkX: the programme graph and the actor network.

The *programme graph* holds actors, actions and rockets (node ids ``(label, key)``) with
``RUNS``, ``FUELS`` and ``COLLABORATES_WITH`` edges. The *actor network* (co-participation
network) links two actors when they run an action together: ``shared`` counts the shared
actions, ``reported`` marks a ``COLLABORATES_WITH`` tie and ``weight`` is ``shared`` (or 1 for
a reported tie without a shared action). Both graphs come back frozen, so computed results can
be cached per graph object. The projection is a sparse product B·Bᵀ, not a Python loop.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import networkx as nx
import numpy as np
import scipy.sparse as sp

from graphsvc.analysis.arrays import cache_of
from graphsvc.analysis.network import co_participation
from graphsvc.analysis.programme import Incidence, Programme, rocket_names, rocket_not_found
from graphsvc.model import CONTACT_FIELDS, Edge, Label, Node, RelType, Role

if TYPE_CHECKING:
    from graphsvc.records import Snapshot

ACTOR, ACTION, ROCKET = Label.ACTOR.value, Label.ACTION.value, Label.ROCKET.value
# Enum values read once: ``.value`` is a descriptor call, and these run per edge.
_LEAD, _PARTNER = Role.LEAD.value, Role.PARTNER.value
_COLLABORATES = RelType.COLLABORATES_WITH.value


def programme_graph(snapshot: Snapshot, rocket: str | None = None) -> nx.Graph:
    """The programme graph of a snapshot, or of one rocket's part of it.

    Nodes are ``(label, key)`` with a ``label``, ``name`` and the node's non-personal
    properties (never ``contact_*``); edges carry ``type`` and their properties. The graph
    attribute ``rockets`` maps every rocket key of the snapshot to its names, in programme
    order (1–5, then the launch pad); ``rocket`` is the rocket worked inside, or None.
    Raises NotFoundError when ``rocket`` is not a rocket of the snapshot.

    >>> from graphsvc.model import Edge, Node, Label, RelType
    >>> snap = _Snap([Node(Label.ACTOR, "a", {"kind": "city"}), Node(Label.ACTION, "x"),
    ...               Node(Label.ROCKET, "centre")],
    ...              [Edge(RelType.RUNS, "a", "x", {"role": "lead"}),
    ...               Edge(RelType.FUELS, "x", "centre", {"primary": True})])
    >>> sorted(programme_graph(snap).edges(data="type"))
    [(('Action', 'x'), ('Rocket', 'centre'), 'FUELS'), (('Actor', 'a'), ('Action', 'x'), 'RUNS')]
    """
    nodes, edges = list(snapshot.nodes), list(snapshot.edges)
    G = nx.Graph(rockets=rocket_names(nodes), rocket=None)
    G.add_nodes_from(((n.label.value, n.key), _node_attrs(n)) for n in nodes if _kept(n))
    for e in edges:
        if e.type is RelType.PART_OF:
            continue
        u, v = (e.start_label.value, e.start), (e.end_label.value, e.end)
        if u in G and v in G and u != v:
            G.add_edge(u, v, type=e.type.value, **e.props)
    return within_rocket(G, rocket) if rocket is not None else nx.freeze(G)


def within_rocket(G: nx.Graph, rocket: str) -> nx.Graph:
    """One rocket's part of a programme graph: the rocket, the actions fuelling it, the actors
    running those actions, and the relationships among them (as ``GraphStore.snapshot``).

    >>> sorted(within_rocket(_tiny(), "centre"))
    [('Action', 'x'), ('Actor', 'a'), ('Actor', 'b'), ('Rocket', 'centre')]
    """
    node = (ROCKET, rocket)
    if node not in G:
        raise rocket_not_found(rocket, G.graph.get("rockets", {}))
    actions = [a for a in G[node] if a[0] == ACTION]
    actors = {n for a in actions for n in G[a] if n[0] == ACTOR}
    H = G.subgraph([node, *actions, *actors]).copy()
    H.graph["rocket"] = rocket
    return nx.freeze(H)


def incidence(G: nx.Graph) -> Incidence:
    """The actor × action incidence matrix of a programme graph (actors and actions by key).

    >>> inc = incidence(_tiny())
    >>> inc.actors, inc.actions, inc.matrix.toarray().tolist()
    (['a', 'b', 'c'], ['x'], [[1], [1], [0]])
    """
    cache = cache_of(G)
    if "incidence" in cache:
        found: Incidence = cache["incidence"]
        return found
    actors = sorted(k for (label, k) in G if label == ACTOR)
    actions = sorted(k for (label, k) in G if label == ACTION)
    col = {k: j for j, k in enumerate(actions)}
    rows: list[int] = []
    cols: list[int] = []
    adj = G.adj
    for i, key in enumerate(actors):
        for label, other in adj[(ACTOR, key)]:
            if label == ACTION:
                rows.append(i)
                cols.append(col[other])
    data = np.ones(len(rows), dtype=np.int32)
    matrix = sp.csr_array((data, (rows, cols)), shape=(len(actors), len(actions)))
    cache["incidence"] = Incidence(actors, actions, matrix)
    return cache["incidence"]


def programme_arrays(G: nx.Graph) -> Programme:
    """The arrays of a programme graph, as
    :func:`graphsvc.analysis.programme.programme_of_snapshot` reads them from its records
    (cached per frozen graph).

    >>> found = programme_arrays(_tiny())
    >>> found.action_rockets, found.reported.tolist(), found.leads.toarray().tolist()
    ([('centre',)], [[0, 2]], [[1], [0], [0]])
    """
    cache = cache_of(G)
    if "programme" in cache:
        cached: Programme = cache["programme"]
        return cached
    inc = incidence(G)
    row = {k: i for i, k in enumerate(inc.actors)}
    col = {k: j for j, k in enumerate(inc.actions)}
    leads = [
        (row[actor], col[action]) for (_, actor), (_, action), role in _runs(G) if role == _LEAD
    ]
    ties = {
        (min(row[u[1]], row[v[1]]), max(row[u[1]], row[v[1]]))
        for u, v, etype in G.edges(data="type")
        if etype == _COLLABORATES
    }
    lead_rows, lead_cols = zip(*leads, strict=True) if leads else ((), ())
    found = Programme(
        rockets=G.graph.get("rockets", {}),
        rocket=G.graph.get("rocket"),
        present=tuple(r for r in G.graph.get("rockets", {}) if (ROCKET, r) in G),
        incidence=inc,
        leads=sp.csr_array(
            (np.ones(len(leads), dtype=np.int32), (lead_rows, lead_cols)), shape=inc.matrix.shape
        ),
        actor_attrs=[
            {
                "name": G.nodes[(ACTOR, k)].get("name", k),
                "kind": G.nodes[(ACTOR, k)].get("kind", ""),
            }
            for k in inc.actors
        ],
        action_attrs=[
            {
                "name": G.nodes[(ACTION, a)].get("name", a),
                "status": G.nodes[(ACTION, a)].get("status"),
            }
            for a in inc.actions
        ],
        action_rockets=[tuple(action_rockets(G, a)) for a in inc.actions],
        reported=np.asarray(sorted(ties), dtype=np.int64).reshape(-1, 2),
    )
    cache["programme"] = found
    return found


def actor_network(G: nx.Graph) -> nx.Graph:
    """The actor co-participation network of a programme graph.

    Node attributes: ``name``, ``kind``, ``rockets`` (rocket keys of the actions it runs, in
    programme order), ``main_rocket`` (the primary rocket of most of its actions, or None),
    ``actions`` and ``leads`` (how many actions it runs, and leads). Edge attributes:
    ``shared`` (actions run together), ``reported`` (a COLLABORATES_WITH tie) and ``weight``.

    >>> A = actor_network(_tiny())
    >>> sorted(A.edges(data="weight")), A.nodes["a"]["rockets"], A.nodes["c"]["actions"]
    ([('a', 'b', 1), ('a', 'c', 1)], ('centre',), 0)
    """
    inc = incidence(G)
    rockets_by_action = {a: action_rockets(G, a) for a in inc.actions}
    A = nx.Graph(rockets=G.graph.get("rockets", {}), rocket=G.graph.get("rocket"))
    actions = np.asarray(inc.matrix.sum(axis=1)).ravel()
    leads: Counter[str] = Counter()
    rockets: dict[str, set[str]] = {k: set() for k in inc.actors}
    primary: dict[str, Counter[str]] = {k: Counter() for k in inc.actors}
    order = _rocket_order(G)
    for (_, actor), (_, action), role in _runs(G):
        if role == _LEAD:
            leads[actor] += 1
        rockets[actor].update(rockets_by_action[action])
        primary[actor].update(rockets_by_action[action][:1])
    for i, key in enumerate(inc.actors):
        attrs = G.nodes[(ACTOR, key)]
        A.add_node(
            key,
            name=attrs.get("name", key),
            kind=attrs.get("kind", ""),
            rockets=tuple(sorted(rockets[key], key=order)),
            main_rocket=min(primary[key], key=lambda r: (-primary[key][r], order(r)), default=None),
            actions=int(actions[i]),
            leads=leads[key],
        )
    pairs = co_participation(inc)
    names = inc.actors
    A.add_edges_from(
        (names[i], names[j], {"shared": int(s), "reported": False, "weight": int(s)})
        for i, j, s in zip(pairs.row.tolist(), pairs.col.tolist(), pairs.data.tolist(), strict=True)
    )
    for u, v, etype in G.edges(data="type"):
        if etype == _COLLABORATES:
            a, b = u[1], v[1]
            if A.has_edge(a, b):
                A[a][b]["reported"] = True
            else:
                A.add_edge(a, b, shared=0, reported=True, weight=1)
    return nx.freeze(A)


def actions_of_graph(G: nx.Graph) -> list[str]:
    """Action keys of a programme graph, sorted."""
    return sorted(k for (label, k) in G if label == ACTION)


def runners(G: nx.Graph, action: str) -> dict[str, str]:
    """Actors running an action, with their roles: ``{actor key: role}``."""
    node = (ACTION, action)
    return {k: G[node][(lb, k)].get("role", _PARTNER) for (lb, k) in G[node] if lb == ACTOR}


def action_rockets(G: nx.Graph, action: str) -> list[str]:
    """Rocket keys an action fuels, the primary rocket first."""
    node = (ACTION, action)
    found = sorted((not G[node][r].get("primary", False), r[1]) for r in G[node] if r[0] == ROCKET)
    return [k for _, k in found]


def rocket_label(G: nx.Graph, rocket: str, lang: str = "en") -> str:
    """A rocket's name in ``lang`` (``fi`` or ``en``), or its key."""
    names = G.graph.get("rockets", {}).get(rocket, {})
    return str(names.get(f"name_{lang}") or names.get("name_fi") or rocket)


def _runs(G: nx.Graph) -> Iterable[tuple[tuple[str, str], tuple[str, str], str]]:
    adj = G.adj
    for node in G:
        if node[0] == ACTOR:
            for other, data in adj[node].items():
                if other[0] == ACTION:
                    yield node, other, data.get("role", _PARTNER)


def _rocket_order(G: nx.Graph) -> Any:
    order = {k: i for i, k in enumerate(G.graph.get("rockets", {}))}
    return lambda k: (order.get(k, len(order)), k)


def _kept(node: Node) -> bool:
    return node.label in (Label.ACTOR, Label.ACTION, Label.ROCKET)


def _node_attrs(node: Node) -> dict[str, Any]:
    attrs = {k: v for k, v in node.props.items() if k not in CONTACT_FIELDS}
    attrs["label"] = node.label.value
    attrs["name"] = node.name
    return attrs


@dataclass
class _Snap:
    """A stand-in snapshot for doctests."""

    nodes: list[Node]
    edges: list[Edge]


def _tiny() -> nx.Graph:
    """The programme graph of :func:`_tiny_snapshot`."""
    return programme_graph(_tiny_snapshot())  # type: ignore[arg-type]


def _tiny_snapshot() -> _Snap:
    """Three actors (``c`` runs nothing but reports a tie with ``a``), one action, one rocket."""
    nodes = [
        Node(Label.ACTOR, "a", {"name": "A", "kind": "city"}),
        Node(Label.ACTOR, "b", {"name": "B", "kind": "company"}),
        Node(Label.ACTOR, "c", {"name": "C", "kind": "citizen"}),
        Node(Label.ACTION, "x", {"title": "X"}),
        Node(Label.ROCKET, "centre", {"number": 4, "name_fi": "Elävä keskusta"}),
    ]
    edges = [
        Edge(RelType.RUNS, "a", "x", {"role": "lead"}),
        Edge(RelType.RUNS, "b", "x", {"role": "partner"}),
        Edge(RelType.FUELS, "x", "centre", {"primary": True}),
        Edge(RelType.COLLABORATES_WITH, "a", "c", {}),
    ]
    return _Snap(nodes, edges)

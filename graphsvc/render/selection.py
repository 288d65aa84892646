"""Which part of a snapshot a map shows: the whole network or one node's neighbourhood.

A neighbourhood is walked along ``RUNS`` and ``COLLABORATES_WITH`` only (actor → action is
one step, actor → co-runner two); rockets never carry the walk, since every actor is two
steps from a rocket. The rockets fuelled by the chosen actions are added as landmarks.
"""

from __future__ import annotations

from collections import defaultdict

from graphsvc.errors import NotFoundError, ValidationError
from graphsvc.messages import said
from graphsvc.model import Label, RelType
from graphsvc.records import Snapshot

_WALKED = (RelType.RUNS, RelType.COLLABORATES_WITH)
_DRAWN = frozenset({Label.ROCKET, Label.ACTION, Label.ACTOR})


def drawable(snapshot: Snapshot) -> Snapshot:
    """The snapshot without programmes, themes, ``PART_OF`` and ``ADDRESSES`` (rockets are
    the landmarks; an action's themes show in its tooltip).

    Edges whose ends are not in the snapshot are dropped too.
    """
    nodes = [n for n in snapshot.nodes if n.label in _DRAWN]
    keys: dict[str, set[str]] = {"Actor": set(), "Action": set(), "Rocket": set()}
    for n in nodes:
        keys[n.label.value].add(n.key)
    actors, actions, rockets = keys["Actor"], keys["Action"], keys["Rocket"]
    ends = {
        RelType.RUNS: (actors, actions),
        RelType.FUELS: (actions, rockets),
        RelType.COLLABORATES_WITH: (actors, actors),
    }
    edges = []
    for kind, (starts, stops) in ends.items():
        edges += [
            e for e in snapshot.edges if e.type is kind and e.start in starts and e.end in stops
        ]
    return Snapshot(nodes, edges, snapshot.version)


def focus_node(snapshot: Snapshot, key: str) -> tuple[Label, str]:
    """The actor (or else action) with ``key``, as ``(label, key)``; NotFoundError if neither."""
    for label in (Label.ACTOR, Label.ACTION):
        if any(n.label is label and n.key == key for n in snapshot.nodes):
            return label, key
    raise NotFoundError(
        said("errors.map.focus_not_found", focus=repr(key)),
        key=key,
    )


def check_depth(depth: int, max_depth: int) -> int:
    """``depth`` if it is between 1 and ``max_depth``, else ValidationError naming the range."""
    if not 1 <= depth <= max_depth:
        raise ValidationError(
            said("errors.map.depth_range", depth=str(depth), max=str(max_depth)),
            value=depth,
        )
    return depth


def neighbourhood(snapshot: Snapshot, key: str, depth: int) -> Snapshot:
    """The nodes within ``depth`` steps of the actor or action ``key``, and their rockets.

    >>> from graphsvc.model import Edge, Node
    >>> snap = Snapshot(
    ...     [Node(Label.ACTOR, k) for k in "abc"] + [Node(Label.ACTION, "x"),
    ...      Node(Label.ACTION, "y"), Node(Label.ROCKET, "centre")],
    ...     [Edge(RelType.RUNS, "a", "x"), Edge(RelType.RUNS, "b", "x"),
    ...      Edge(RelType.RUNS, "b", "y"), Edge(RelType.RUNS, "c", "y"),
    ...      Edge(RelType.FUELS, "x", "centre")])
    >>> sorted(n.key for n in neighbourhood(snap, "a", 2).nodes)
    ['a', 'b', 'centre', 'x']
    """
    snapshot = drawable(snapshot)
    start = focus_node(snapshot, key)
    adjacent: dict[tuple[Label, str], list[tuple[Label, str]]] = defaultdict(list)
    for e in snapshot.edges:
        if e.type in _WALKED:
            u, v = (e.start_label, e.start), (e.end_label, e.end)
            adjacent[u].append(v)
            adjacent[v].append(u)
    seen = {start}
    frontier = [start]
    for _ in range(depth):
        reached = []
        for node in frontier:
            for other in adjacent[node]:
                if other not in seen:
                    seen.add(other)
                    reached.append(other)
        frontier = reached
    actions = {k for (label, k) in seen if label is Label.ACTION}
    for e in snapshot.edges:
        if e.type is RelType.FUELS and e.start in actions:
            seen.add((Label.ROCKET, e.end))
    nodes = [n for n in snapshot.nodes if (n.label, n.key) in seen]
    edges = [
        e
        for e in snapshot.edges
        if (e.start_label, e.start) in seen and (e.end_label, e.end) in seen
    ]
    return Snapshot(nodes, edges, snapshot.version)


def members_subgraph(snapshot: Snapshot, actors: set[str]) -> Snapshot:
    """The given actors, the actions they run, the rockets of those actions, and their ties.

    >>> from graphsvc.model import Edge, Node
    >>> snap = Snapshot([Node(Label.ACTOR, "a"), Node(Label.ACTOR, "b"), Node(Label.ACTION, "x")],
    ...                 [Edge(RelType.RUNS, "a", "x"), Edge(RelType.RUNS, "b", "x")])
    >>> sorted(n.key for n in members_subgraph(snap, {"a"}).nodes)
    ['a', 'x']
    """
    snapshot = drawable(snapshot)
    actions = {e.end for e in snapshot.edges if e.type is RelType.RUNS and e.start in actors}
    rockets = {e.end for e in snapshot.edges if e.type is RelType.FUELS and e.start in actions}
    wanted = {"Actor": actors, "Action": actions, "Rocket": rockets}
    nodes = [n for n in snapshot.nodes if n.key in wanted[n.label.value]]
    ends = {
        RelType.RUNS: (actors, actions),
        RelType.FUELS: (actions, rockets),
        RelType.COLLABORATES_WITH: (actors, actors),
    }
    edges = [
        e
        for kind, (starts, stops) in ends.items()
        for e in snapshot.edges
        if e.type is kind and e.start in starts and e.end in stops
    ]
    return Snapshot(nodes, edges, snapshot.version)

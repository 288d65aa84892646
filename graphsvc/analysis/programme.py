"""A programme as arrays, read straight from a snapshot's records, without NetworkX.

Who runs which action is a sparse actor × action matrix (actors and actions in key order,
as :func:`graphsvc.analysis.bridge.incidence` orders them); each action knows the rockets
it fuels, the primary one first; reported ties are pairs of actor positions. One pass over
the records builds it, and one rocket's part is a slice of it, so the service builds no
graph objects per request. :func:`graphsvc.analysis.bridge.programme_arrays` gives the same
arrays from a NetworkX programme graph: the reference the tests compare against.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Any

import numpy as np
import scipy.sparse as sp

from graphsvc.errors import NotFoundError
from graphsvc.messages import said
from graphsvc.model import Label, Node, RelType, Role

if TYPE_CHECKING:
    from graphsvc.records import Snapshot

_LEAD = Role.LEAD.value


@dataclass(frozen=True)
class Incidence:
    """Who runs what, as a sparse 0/1 matrix: ``matrix[i, j]`` is 1 when actor i runs action j."""

    actors: list[str]
    actions: list[str]
    matrix: sp.csr_array


@dataclass(frozen=True, eq=False)
class Programme:
    """The arrays of a programme graph (or of one rocket's part of it).

    ``rockets`` names every rocket of the snapshot in programme order; ``present`` lists the
    rockets in this part (all of them, or ``rocket``). ``actor_attrs`` hold each actor's
    ``name`` and ``kind``, ``action_attrs`` each action's ``name`` and ``status``; ``leads``
    marks, like ``incidence.matrix``, the actions an actor leads; ``action_rockets`` are
    each action's rockets, primary first; ``reported`` holds
    the reported ties as unique pairs ``(i, j)`` of actor positions with i < j.
    """

    rockets: dict[str, dict[str, Any]]
    rocket: str | None
    present: tuple[str, ...]
    incidence: Incidence
    leads: sp.csr_array
    actor_attrs: list[dict[str, Any]]
    action_attrs: list[dict[str, Any]]
    action_rockets: list[tuple[str, ...]]
    reported: np.ndarray

    @cached_property
    def actor_position(self) -> dict[str, int]:
        """The row of each actor, by key."""
        return {k: i for i, k in enumerate(self.incidence.actors)}

    @cached_property
    def action_position(self) -> dict[str, int]:
        """The column of each action, by key."""
        return {k: j for j, k in enumerate(self.incidence.actions)}

    def rocket_columns(self, rocket: str) -> np.ndarray:
        """The positions of the actions fuelling ``rocket``."""
        found = [j for j, rockets in enumerate(self.action_rockets) if rocket in rockets]
        return np.asarray(found, dtype=np.int64)

    def within(self, rocket: str) -> Programme:
        """One rocket's part: its actions, the actors running them and the ties among them,
        as :func:`graphsvc.analysis.bridge.within_rocket` cuts a programme graph.

        Raises NotFoundError naming the rockets when ``rocket`` is not one of them.
        """
        if rocket not in self.present:
            raise rocket_not_found(rocket, self.rockets)
        inc = self.incidence
        cols = self.rocket_columns(rocket)
        B = inc.matrix[:, cols]
        rows = np.flatnonzero(np.diff(B.tocsr().indptr) > 0)
        position = np.full(len(inc.actors), -1, dtype=np.int64)
        position[rows] = np.arange(len(rows))
        ends = position[self.reported] if len(self.reported) else self.reported
        kept = ends[(ends >= 0).all(axis=1)] if len(ends) else ends
        return Programme(
            rockets=self.rockets,
            rocket=rocket,
            present=(rocket,),
            incidence=Incidence(
                [inc.actors[i] for i in rows.tolist()],
                [inc.actions[j] for j in cols.tolist()],
                sp.csr_array(B[rows]),
            ),
            leads=sp.csr_array(self.leads[:, cols][rows]),
            actor_attrs=[self.actor_attrs[i] for i in rows.tolist()],
            action_attrs=[self.action_attrs[j] for j in cols.tolist()],
            action_rockets=[(rocket,)] * len(cols),
            reported=kept.reshape(-1, 2),
        )


def programme_of_snapshot(snapshot: Snapshot, rocket: str | None = None) -> Programme:
    """The arrays of a snapshot's programme graph (or of one rocket's part), in one pass.

    >>> from graphsvc.analysis.bridge import _Snap
    >>> from graphsvc.model import Edge, Node, Label, RelType
    >>> snap = _Snap([Node(Label.ACTOR, "a", {"kind": "city"}), Node(Label.ACTION, "x"),
    ...               Node(Label.ROCKET, "centre")],
    ...              [Edge(RelType.RUNS, "a", "x", {"role": "lead"}),
    ...               Edge(RelType.FUELS, "x", "centre", {"primary": True})])
    >>> found = programme_of_snapshot(snap)
    >>> found.incidence.matrix.toarray().tolist(), found.action_rockets, found.present
    ([[1]], [('centre',)], ('centre',))
    """
    nodes = snapshot.nodes
    actor_nodes = sorted((n for n in nodes if n.label is Label.ACTOR), key=lambda n: n.key)
    actors = [n.key for n in actor_nodes]
    action_nodes = sorted((n for n in nodes if n.label is Label.ACTION), key=lambda n: n.key)
    actions = [n.key for n in action_nodes]
    rockets = rocket_names(nodes)
    row = {k: i for i, k in enumerate(actors)}
    col = {k: j for j, k in enumerate(actions)}
    runs: list[tuple[int, int, bool]] = []
    fuels: list[list[tuple[bool, str]]] = [[] for _ in actions]
    ties: set[tuple[int, int]] = set()
    for e in snapshot.edges:
        if e.type is RelType.RUNS:
            i, j = row.get(e.start), col.get(e.end)
            if i is not None and j is not None:
                runs.append((i, j, e.props.get("role") == _LEAD))
        elif e.type is RelType.FUELS:
            j = col.get(e.start)
            if j is not None and e.end in rockets:
                fuels[j].append((not e.props.get("primary", False), e.end))
        elif e.type is RelType.COLLABORATES_WITH:
            a, b = row.get(e.start), row.get(e.end)
            if a is not None and b is not None and a != b:
                ties.add((min(a, b), max(a, b)))
    table = np.asarray(runs, dtype=np.int64).reshape(-1, 3)
    shape = (len(actors), len(actions))
    matrix = _matrix(table[:, 0], table[:, 1], np.ones(len(table)), shape)
    leads = _matrix(table[:, 0], table[:, 1], table[:, 2], shape)
    found = Programme(
        rockets=rockets,
        rocket=None,
        present=tuple(rockets),
        incidence=Incidence(actors, actions, matrix),
        leads=leads,
        actor_attrs=[{"name": n.name, "kind": n.props.get("kind", "")} for n in actor_nodes],
        action_attrs=[{"name": n.name, "status": n.props.get("status")} for n in action_nodes],
        action_rockets=[tuple(k for _, k in sorted(f)) for f in fuels],
        reported=np.asarray(sorted(ties), dtype=np.int64).reshape(-1, 2),
    )
    return found.within(rocket) if rocket is not None else found


def rocket_names(nodes: list[Node]) -> dict[str, dict[str, Any]]:
    """Every rocket's names and kind, in programme order (1–5, then the launch pad)."""
    found = [n for n in nodes if n.label is Label.ROCKET]
    found.sort(key=lambda n: (int(n.props.get("number", 0) or 0) or 99, n.key))
    return {
        n.key: {
            "name_fi": n.props.get("name_fi", n.key),
            "name_en": n.props.get("name_en", n.props.get("name_fi", n.key)),
            "kind": n.props.get("kind", "rocket"),
        }
        for n in found
    }


def rocket_not_found(rocket: str, rockets: dict[str, Any]) -> NotFoundError:
    """The error for a rocket that is not one of ``rockets``."""
    return NotFoundError(
        said(
            "errors.analysis.rocket_not_found",
            rocket=repr(rocket),
            allowed=", ".join(rockets),
        ),
        key=rocket,
    )


def _matrix(
    rows: np.ndarray, cols: np.ndarray, values: np.ndarray, shape: tuple[int, int]
) -> sp.csr_array:
    """A 0/1 int32 CSR matrix with ones where ``values`` is non-zero, indices sorted."""
    keep = values != 0
    data = np.ones(int(keep.sum()), dtype=np.int32)
    found = sp.csr_array((data, (rows[keep], cols[keep])), shape=shape)
    found.sort_indices()
    return found

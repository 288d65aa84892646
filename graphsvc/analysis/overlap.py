"""Two programmes side by side: who works in both, who ties them together, what they share.

The portfolio's programme arrays and actor network (every programme at once) are read
with a :class:`Sides` record saying which rockets belong to which of the two programmes
and which themes each action addresses. An actor is *in* a programme when it runs an
action that fuels one of the programme's rockets; a tie *across* joins an actor of one
programme to an actor of the other. Everything is sparse-matrix arithmetic over the
whole network, so a regional portfolio is answered in seconds.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np
import scipy.sparse as sp

from graphsvc.analysis.distances import components

if TYPE_CHECKING:
    from graphsvc.analysis.network import Network
    from graphsvc.analysis.programme import Programme

#: How many of the strongest bridges are tested for splitting the two networks apart.
SPLIT_TESTS = 10


@dataclass(frozen=True)
class Sides:
    """The two programmes compared: their keys and names, each one's rockets, and the
    themes (key -> names) with the actions addressing each."""

    keys: tuple[str, str]
    names: tuple[str, str]
    rockets: tuple[frozenset[str], frozenset[str]]
    themes: dict[str, dict[str, str]]
    addressed: dict[str, list[str]]


def overlap_of(
    programme: Programme, network: Network, sides: Sides, top: int = 20
) -> dict[str, Any]:
    """The overlap of the two programmes of ``sides`` (facts; sentences are added later)."""
    inc = programme.incidence
    B = sp.csr_array(inc.matrix, dtype=np.float64)
    in_side = [_actions_in(programme, rockets) for rockets in sides.rockets]
    active = [np.asarray(B @ mask.astype(float)).ravel() > 0 for mask in in_side]
    both = active[0] & active[1]
    only = [active[0] & ~both, active[1] & ~both]
    adj = sp.csr_array(network.weights, dtype=np.float64)
    adj.data[:] = 1.0
    across = _across(adj, active)
    return {
        "programmes": [{"key": k, "name": n} for k, n in zip(sides.keys, sides.names, strict=True)],
        "actors": [int(a.sum()) for a in active],
        "shared_actors": int(both.sum()),
        "ties_across": across,
        "in_both": _in_both(programme, network, B, in_side, both, top),
        "bridges": _bridges(network, adj, active, only, both, top),
        "shared_actions": _shared_actions(programme, in_side),
        "themes": _themes(programme, sides, in_side),
        "rockets_apart": _rockets_apart(programme, adj, sides, active),
        "introductions": _introductions(programme, network, adj, sides, only, top),
    }


def _actions_in(programme: Programme, rockets: frozenset[str]) -> np.ndarray:
    """Which actions fuel at least one of ``rockets``."""
    return np.fromiter(
        (any(r in rockets for r in rs) for rs in programme.action_rockets),
        dtype=bool,
        count=len(programme.action_rockets),
    )


def _across(adj: sp.csr_array, active: list[np.ndarray]) -> int:
    """How many ties join an actor of the one programme to an actor of the other."""
    upper = sp.triu(adj, k=1).tocoo()
    i, j = upper.row, upper.col
    joined = (active[0][i] & active[1][j]) | (active[1][i] & active[0][j])
    return int(joined.sum())


def _ref(network: Network, i: int) -> dict[str, Any]:
    attrs = network.attrs[i]
    return {"key": network.keys[i], "name": attrs["name"], "kind": attrs["kind"]}


def _in_both(
    programme: Programme,
    network: Network,
    B: sp.csr_array,
    in_side: list[np.ndarray],
    both: np.ndarray,
    top: int,
) -> list[dict[str, Any]]:
    """The actors active in both, most actions first."""
    counts = [np.asarray(B @ m.astype(float)).ravel().astype(int) for m in in_side]
    rows = np.flatnonzero(both)
    order = sorted(rows.tolist(), key=lambda i: (-(counts[0][i] + counts[1][i]), network.keys[i]))
    return [
        {**_ref(network, i), "actions": [int(counts[0][i]), int(counts[1][i])]} for i in order[:top]
    ]


def _bridges(
    network: Network,
    adj: sp.csr_array,
    active: list[np.ndarray],
    only: list[np.ndarray],
    both: np.ndarray,
    top: int,
) -> list[dict[str, Any]]:
    """The actors of both programmes who tie the two networks together, and what losing
    one would do: the ties across it carries, the actors whose only tie to the other
    programme it is, and whether the two networks would fall apart without it."""
    to_side = [np.asarray(adj @ only[s].astype(float)).ravel() for s in (0, 1)]
    reach = np.asarray(adj @ (active[0] | active[1]).astype(float)).ravel()
    rows = np.flatnonzero(both)
    carried = to_side[0][rows] * to_side[1][rows]
    stranded = _stranded(adj, active, only)
    order = sorted(
        range(len(rows)),
        key=lambda k: (-carried[k], -stranded[rows[k]], network.keys[rows[k]]),
    )
    found = []
    for rank, k in enumerate(order[:top]):
        i = int(rows[k])
        if carried[k] == 0 and stranded[i] == 0:
            break
        found.append(
            {
                **_ref(network, i),
                "partners": [int(to_side[0][i]), int(to_side[1][i])],
                "pairs_bridged": int(carried[k]),
                "stranded": int(stranded[i]),
                "ties_across": int(reach[i]),
                "splits": _splits(adj, active, i) if rank < SPLIT_TESTS else None,
            }
        )
    return found


def _stranded(adj: sp.csr_array, active: list[np.ndarray], only: list[np.ndarray]) -> np.ndarray:
    """Per actor x, how many actors of one programme alone have x as their only tie to
    an actor of the other programme."""
    found = np.zeros(adj.shape[0], dtype=np.int64)
    for s in (0, 1):
        other = active[1 - s]
        rows = np.flatnonzero(only[s])
        if not len(rows):
            continue
        part = sp.csr_array(adj[rows]).multiply(other.astype(float)[None, :]).tocsr()
        part.eliminate_zeros()
        single = np.flatnonzero(np.diff(part.indptr) == 1)
        np.add.at(found, part.indices[part.indptr[single]], 1)
    return found


def _splits(adj: sp.csr_array, active: list[np.ndarray], removed: int) -> bool:
    """Whether, without actor ``removed``, no path joins an actor of the one programme to
    an actor of the other through the two programmes' actors."""
    keep = active[0] | active[1]
    keep[removed] = False
    rows = np.flatnonzero(keep)
    if not len(rows):
        return True
    sub = sp.csr_array(adj[rows][:, rows])
    _, labels = components(sub)
    first, second = labels[active[0][rows]], labels[active[1][rows]]
    return not bool(np.intersect1d(first, second).size)


def _shared_actions(programme: Programme, in_side: list[np.ndarray]) -> list[dict[str, Any]]:
    """The actions fuelling rockets of both programmes."""
    inc = programme.incidence
    return [
        {
            "key": inc.actions[j],
            "name": programme.action_attrs[j]["name"],
            "rockets": list(programme.action_rockets[j]),
        }
        for j in np.flatnonzero(in_side[0] & in_side[1]).tolist()
    ]


def _themes(programme: Programme, sides: Sides, in_side: list[np.ndarray]) -> list[dict[str, Any]]:
    """Per theme, how many actions of each programme address it; ``only`` names the
    programme that covers it alone (None: both or neither)."""
    position = programme.action_position
    found = []
    for key, names in sides.themes.items():
        cols = [position[a] for a in sides.addressed.get(key, []) if a in position]
        counts = [int(in_side[s][cols].sum()) if cols else 0 for s in (0, 1)]
        covered = [c > 0 for c in counts]
        only = sides.keys[covered.index(True)] if sum(covered) == 1 else None
        found.append({"key": key, **names, "actions": counts, "only": only})
    return found


def _rockets_apart(
    programme: Programme, adj: sp.csr_array, sides: Sides, active: list[np.ndarray]
) -> list[dict[str, Any]]:
    """The rockets of each programme none of whose actors is in, or has a tie to anyone
    in, the other programme."""
    inc = programme.incidence
    B = sp.csr_array(inc.matrix, dtype=np.float64)
    found = []
    for s in (0, 1):
        other = active[1 - s]
        touching = other | (np.asarray(adj @ other.astype(float)).ravel() > 0)
        for rocket in programme.rockets:
            if rocket not in sides.rockets[s]:
                continue
            cols = programme.rocket_columns(rocket)
            actors = np.asarray(B[:, cols].sum(axis=1)).ravel() > 0 if len(cols) else None
            if actors is None or not actors.any():
                continue
            if not (actors & touching).any():
                found.append(
                    {"rocket": rocket, "programme": sides.keys[s], "actors": int(actors.sum())}
                )
    return found


def _introductions(
    programme: Programme,
    network: Network,
    adj: sp.csr_array,
    sides: Sides,
    only: list[np.ndarray],
    top: int,
) -> list[dict[str, Any]]:
    """Pairs of one actor of each programme (alone) not yet tied, with the partners they
    share (resource allocation: a partner of few counts more) and the themes both work on."""
    first, second = np.flatnonzero(only[0]), np.flatnonzero(only[1])
    if not len(first) or not len(second):
        return []
    degree = np.asarray(adj.sum(axis=1)).ravel()
    inverse = sp.diags_array(np.divide(1.0, degree, out=np.zeros_like(degree), where=degree > 0))
    left = sp.csr_array(adj[first])
    scores = sp.csr_array(left @ inverse @ sp.csr_array(adj[:, second])).tocoo()
    tied = sp.csr_array(left[:, second]).tocoo()
    taken = set(zip(tied.row.tolist(), tied.col.tolist(), strict=True))
    candidates = [
        (float(v), int(first[r]), int(second[c]))
        for r, c, v in zip(scores.row, scores.col, scores.data, strict=True)
        if (int(r), int(c)) not in taken
    ]
    candidates.sort(key=lambda t: (-t[0], network.keys[t[1]], network.keys[t[2]]))
    themes = _actor_themes(programme, sides)
    per_actor: dict[int, int] = {}
    found = []
    for score, a, b in candidates:
        if per_actor.get(a, 0) >= 2 or per_actor.get(b, 0) >= 2:
            continue
        per_actor[a] = per_actor.get(a, 0) + 1
        per_actor[b] = per_actor.get(b, 0) + 1
        partners = np.intersect1d(adj.indices[adj.indptr[a] : adj.indptr[a + 1]],
                                  adj.indices[adj.indptr[b] : adj.indptr[b + 1]])  # fmt: skip
        found.append(
            {
                "a": _ref(network, a),
                "b": _ref(network, b),
                "score": round(score, 6),
                "shared_partners": [_ref(network, int(k)) for k in partners[:3]],
                "shared_partner_count": int(len(partners)),
                "shared_themes": sorted(themes.get(a, set()) & themes.get(b, set())),
            }
        )
        if len(found) >= top:
            break
    return found


def _actor_themes(programme: Programme, sides: Sides) -> dict[int, set[str]]:
    """The themes of the actions each actor runs."""
    position = programme.action_position
    inc = sp.csc_array(programme.incidence.matrix)
    found: dict[int, set[str]] = {}
    for theme, actions in sides.addressed.items():
        for action in actions:
            j = position.get(action)
            if j is None:
                continue
            for i in inc.indices[inc.indptr[j] : inc.indptr[j + 1]].tolist():
                found.setdefault(i, set()).add(theme)
    return found

"""The actor network as arrays: ties in a symmetric CSR matrix, attributes per actor.

:func:`network_of` builds it from a :class:`~graphsvc.analysis.programme.Programme` with one
sparse product B·Bᵀ. A :class:`Network` reads like a frozen NetworkX actor network (the
same node order, attributes and ``shared`` / ``reported`` / ``weight`` per tie) for what the
array-based analyses ask of a graph: iteration, ``nodes[key]``, ``degree``, neighbours,
``graph``. :meth:`Network.to_networkx` gives the NetworkX graph itself, for notebooks.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np
import scipy.sparse as sp

if TYPE_CHECKING:
    import networkx as nx

    from graphsvc.analysis.programme import Incidence, Programme


@dataclass(eq=False)
class Network:
    """An actor network: ``keys`` in order, ``attrs`` per actor, ``weights`` (symmetric,
    one stored entry per tie and direction) and per stored entry ``shared`` (actions run
    together) and ``reported`` (a COLLABORATES_WITH tie). ``cache`` holds the arrays that
    :mod:`graphsvc.analysis.arrays` derives from it."""

    keys: list[str]
    attrs: list[dict[str, Any]]
    weights: sp.csr_array
    shared: np.ndarray
    reported: np.ndarray
    graph: dict[str, Any]
    cache: dict[Any, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.index = {k: i for i, k in enumerate(self.keys)}

    def __iter__(self) -> Iterator[str]:
        return iter(self.keys)

    def __len__(self) -> int:
        return len(self.keys)

    def __contains__(self, key: object) -> bool:
        return key in self.index

    def number_of_nodes(self) -> int:
        """How many actors."""
        return len(self.keys)

    def number_of_edges(self) -> int:
        """How many ties."""
        return int(self.weights.nnz) // 2

    @property
    def nodes(self) -> Mapping[str, dict[str, Any]]:
        """The attributes of each actor, by key."""
        return _Attrs(self)

    def degree(self, key: str | None = None, weight: str | None = None) -> Any:
        """An actor's partners (or the sum of its ties' ``weight``), or ``(key, degree)`` of
        every actor, like NetworkX's ``degree``."""
        values = self._degrees(weight)
        if key is not None:
            return values[self.index[key]]
        return list(zip(self.keys, values, strict=True))

    def _degrees(self, weight: str | None) -> list[Any]:
        """Every actor's degree (or sum of ``weight``), computed once per weight."""
        if ("degrees", weight) not in self.cache:
            if weight is None:
                values: np.ndarray = np.diff(self.weights.indptr)
            else:
                values = np.asarray(self.matrix(weight).sum(axis=1)).ravel()
            self.cache[("degrees", weight)] = values.tolist()
        found: list[Any] = self.cache[("degrees", weight)]
        return found

    def __getitem__(self, key: str) -> dict[str, dict[str, Any]]:
        """The partners of an actor, each with the tie's attributes."""
        i = self.index[key]
        lo, hi = self.weights.indptr[i], self.weights.indptr[i + 1]
        return {
            self.keys[j]: self._tie(p)
            for p, j in zip(range(lo, hi), self.weights.indices[lo:hi].tolist(), strict=True)
        }

    def neighbors(self, key: str) -> Iterator[str]:
        """The partners of an actor, by key."""
        W, i = self.weights, self.index[key]
        return (self.keys[j] for j in W.indices[W.indptr[i] : W.indptr[i + 1]].tolist())

    def get_edge_data(self, u: str, v: str) -> dict[str, Any] | None:
        """The attributes of the tie between two actors, or None."""
        if u not in self.index or v not in self.index:
            return None
        W, i, j = self.weights, self.index[u], self.index[v]
        lo, hi = W.indptr[i], W.indptr[i + 1]
        at = lo + int(np.searchsorted(W.indices[lo:hi], j))
        return self._tie(at) if at < hi and W.indices[at] == j else None

    def matrix(self, weight: str | None) -> sp.csr_array:
        """The symmetric adjacency matrix of ``weight`` values (None: 1 per tie; zeros are
        not stored)."""
        W = self.weights
        if weight in (None, "weight"):  # every tie has a positive weight
            return sp.csr_array((self._values(weight), W.indices, W.indptr), shape=W.shape)
        found = sp.csr_array(
            (self._values(weight), W.indices.copy(), W.indptr.copy()), shape=W.shape
        )
        found.eliminate_zeros()
        return found

    def upper_ties(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Positions ``(i, j)`` of every tie with i < j, and their stored entries."""
        W = self.weights
        rows = np.repeat(np.arange(W.shape[0]), np.diff(W.indptr))
        upper = np.flatnonzero(rows < W.indices)
        return rows[upper], W.indices[upper], upper

    def to_networkx(self) -> nx.Graph:
        """The same network as a frozen NetworkX graph."""
        import networkx as nx

        G = nx.Graph(**self.graph)
        G.add_nodes_from(zip(self.keys, self.attrs, strict=True))
        rows, cols, entries = self.upper_ties()
        G.add_edges_from(
            (self.keys[i], self.keys[j], self._tie(p))
            for i, j, p in zip(rows.tolist(), cols.tolist(), entries.tolist(), strict=True)
        )
        return nx.freeze(G)

    def _values(self, weight: str | None) -> np.ndarray:
        if weight is None:
            return np.ones(self.weights.nnz)
        if weight == "weight":
            return np.asarray(self.weights.data, dtype=float)
        return np.asarray(self.shared if weight == "shared" else self.reported, dtype=float)

    def _tie(self, entry: int) -> dict[str, Any]:
        shared = int(self.shared[entry])
        return {"shared": shared, "reported": bool(self.reported[entry]), "weight": shared or 1}


class _Attrs(Mapping[str, dict[str, Any]]):
    """``network.nodes``: attributes by actor key."""

    def __init__(self, network: Network) -> None:
        self._network = network

    def __getitem__(self, key: str) -> dict[str, Any]:
        return self._network.attrs[self._network.index[key]]

    def __iter__(self) -> Iterator[str]:
        return iter(self._network.keys)

    def __len__(self) -> int:
        return len(self._network.keys)


def network_of(programme: Programme) -> Network:
    """The actor network of a programme: a tie where two actors run an action together
    (``shared`` of them) or reported one; ``weight`` is ``shared``, or 1 for a reported tie
    alone. Attributes as :func:`graphsvc.analysis.bridge.actor_network` gives them.

    >>> from graphsvc.analysis.bridge import _tiny, programme_arrays
    >>> A = network_of(programme_arrays(_tiny()))
    >>> A["a"], A.nodes["a"]["rockets"], A.degree("a")
    ({'b': {'shared': 1, 'reported': False, 'weight': 1}, 'c': {'shared': 0, 'reported': True, \
'weight': 1}}, ('centre',), 2)
    """
    inc = programme.incidence
    n = len(inc.actors)
    pairs = co_participation(inc)
    together = pairs.row.astype(np.int64) * n + pairs.col  # sorted: the product is canonical
    reported = programme.reported[:, 0] * n + programme.reported[:, 1]  # sorted, few
    found = np.searchsorted(together, reported)
    known = found < len(together)
    known[known] = together[found[known]] == reported[known]
    codes = np.sort(np.concatenate([together, reported[~known]]))
    shared = np.zeros(len(codes), dtype=np.int64)
    shared[np.searchsorted(codes, together)] = pairs.data
    is_reported = np.zeros(len(codes), dtype=bool)
    is_reported[np.searchsorted(codes, reported)] = True
    rows, cols = np.divmod(codes, n) if n else (codes, codes)
    entry = np.arange(1, len(codes) + 1)
    order = sp.csr_array(
        (
            np.concatenate([entry, entry]),
            (np.concatenate([rows, cols]), np.concatenate([cols, rows])),
        ),
        shape=(n, n),
    )
    order.sort_indices()
    picked = order.data - 1
    weights = np.where(shared > 0, shared, 1)[picked].astype(float)
    return Network(
        keys=list(inc.actors),
        attrs=_actor_attrs(programme),
        weights=sp.csr_array((weights, order.indices, order.indptr), shape=(n, n)),
        shared=shared[picked],
        reported=is_reported[picked],
        graph={"rockets": programme.rockets, "rocket": programme.rocket},
    )


def co_participation(inc: Incidence) -> sp.coo_array:
    """Shared-action counts for every pair of actors (upper triangle of B·Bᵀ, no diagonal),
    in row-major order.

    >>> from graphsvc.analysis.bridge import _tiny, incidence
    >>> co_participation(incidence(_tiny())).toarray().tolist()
    [[0, 1, 0], [0, 0, 0], [0, 0, 0]]
    """
    product = sp.csr_array(inc.matrix @ inc.matrix.T)
    product.sort_indices()
    product = product.tocoo()
    keep = product.row < product.col
    return sp.coo_array(
        (product.data[keep], (product.row[keep], product.col[keep])), shape=product.shape
    )


def _actor_attrs(programme: Programme) -> list[dict[str, Any]]:
    """Per actor: name, kind, rockets (programme order), main rocket, actions and leads."""
    inc = programme.incidence
    order = list(programme.rockets)
    column = {k: c for c, k in enumerate(order)}
    fuels, primary = _rocket_matrices(programme.action_rockets, column)
    in_rocket = (inc.matrix @ fuels).tocsr()
    in_rocket.sort_indices()
    by_primary = (inc.matrix @ primary).toarray()
    main = np.where(by_primary.any(axis=1), by_primary.argmax(axis=1), -1).tolist()
    actions = np.asarray(inc.matrix.sum(axis=1)).ravel().tolist()
    leads = np.asarray(programme.leads.sum(axis=1)).ravel().tolist()
    cols, starts = in_rocket.indices.tolist(), in_rocket.indptr.tolist()
    return [
        {
            "name": attrs.get("name", inc.actors[i]),
            "kind": attrs.get("kind", ""),
            "rockets": tuple(order[c] for c in cols[starts[i] : starts[i + 1]]),
            "main_rocket": order[main[i]] if main[i] >= 0 else None,
            "actions": int(actions[i]),
            "leads": int(leads[i]),
        }
        for i, attrs in enumerate(programme.actor_attrs)
    ]


def _rocket_matrices(
    action_rockets: list[tuple[str, ...]], column: dict[str, int]
) -> tuple[sp.csr_array, sp.csr_array]:
    """Action × rocket 0/1 matrices: every rocket an action fuels, and its primary one."""
    rows = [j for j, rockets in enumerate(action_rockets) for _ in rockets]
    cols = [column[r] for rockets in action_rockets for r in rockets]
    first = [j for j, rockets in enumerate(action_rockets) if rockets]
    shape = (len(action_rockets), max(len(column), 1))
    every = sp.csr_array((np.ones(len(rows)), (rows, cols)), shape=shape)
    main = [column[action_rockets[j][0]] for j in first]
    return every, sp.csr_array((np.ones(len(first)), (first, main)), shape=shape)

"""The shared shape of analysis results: actor references, ranks, severities and rounding.

Results hold only keys, names and kinds of actors, never personal contact data.
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Mapping
from typing import Any

import networkx as nx

#: Severities of findings, most urgent first.
SEVERITIES: tuple[str, ...] = ("high", "medium", "low")


def actor_ref(A: nx.Graph, key: Hashable) -> dict[str, Any]:
    """An actor of the actor network as ``{"key", "name", "kind"}``.

    >>> actor_ref(nx.Graph([("a", "b")]), "a")
    {'key': 'a', 'name': 'a', 'kind': ''}
    """
    attrs = A.nodes[key]
    return {"key": key, "name": attrs.get("name", key), "kind": attrs.get("kind", "")}


def ranks(values: Mapping[Hashable, float]) -> dict[Hashable, int]:
    """Competition ranks (1 = highest; equal values share the better rank).

    Values equal to nine significant digits are equal: two solvers (or two summation orders)
    leave different last bits on actors whose scores are the same.

    >>> ranks({"a": 0.5, "b": 0.9, "c": 0.5, "d": 0.5 + 1e-15})
    {'b': 1, 'd': 2, 'a': 2, 'c': 2}
    """
    ordered = sorted(values.items(), key=lambda kv: -kv[1])
    result: dict[Hashable, int] = {}
    previous: float | None = None
    rank = 0
    for position, (node, value) in enumerate(ordered, start=1):
        if previous is None or not math.isclose(value, previous, rel_tol=1e-9, abs_tol=1e-15):
            rank, previous = position, value
        result[node] = rank
    return result


def rounded(value: float, digits: int = 4) -> float:
    """A float rounded for JSON (NaN becomes 0).

    >>> rounded(1 / 3)
    0.3333
    """
    return 0.0 if value != value else round(float(value), digits)

"""Seeded node positions, computed once in Python so the browser need not run physics.

Rockets are landmarks pinned on an arc with the launch pad beneath them; actions start
near their primary rocket and actors near their actions, then igraph's Fruchterman–Reingold
(grid variant: 10,000 nodes in about 0.15 s) settles the rest. Start points
come from a hash of each key and igraph's random numbers from a seeded generator, so the
same graph and seed give the same picture on every run and machine.
"""

from __future__ import annotations

import hashlib
import math
import random
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

import igraph as ig

DEFAULT_SEED = 42
#: Pixels between neighbours in vis-network coordinates.
SPACING = 55.0


@dataclass(frozen=True)
class LayoutNode:
    """What the layout needs to know of a node: its key, and landmark number if pinned.

    ``landmark`` is the rocket's number (1–5, 0 for the launch pad) or None for other nodes;
    ``anchor`` is the index of a landmark to start near (an action's primary rocket).
    """

    key: str
    landmark: int | None = None
    anchor: int | None = None


def landmark_position(number: int, radius: float) -> tuple[float, float]:
    """Where rocket ``number`` stands: rockets 1–5 on an upper arc, the launch pad (0) below.

    >>> landmark_position(0, 100.0)
    (0.0, 100.0)
    """
    if number <= 0:
        return (0.0, radius)
    angle = math.pi * (1.0 + (min(number, 5) - 0.5) / 5.0)
    return (round(radius * math.cos(angle), 6), round(radius * math.sin(angle), 6))


def _jitter(key: str, seed: int) -> tuple[float, float]:
    digest = hashlib.blake2b(f"{seed}:{key}".encode(), digest_size=8).digest()
    a = int.from_bytes(digest[:4], "big") / 2**32
    b = int.from_bytes(digest[4:], "big") / 2**32
    return (a - 0.5, b - 0.5)


@contextmanager
def _seeded(seed: int) -> Iterator[None]:
    ig.set_random_number_generator(random.Random(seed))
    try:
        yield
    finally:
        ig.set_random_number_generator(random)


def compute_layout(
    nodes: Sequence[LayoutNode],
    edges: Sequence[tuple[int, int, float]],
    *,
    seed: int = DEFAULT_SEED,
    iterations: int | None = None,
) -> list[tuple[float, float]]:
    """Positions (x, y in vis-network pixels, y downwards) for ``nodes`` linked by ``edges``.

    ``edges`` are ``(i, j, weight)`` over node indices. The result is the same for the same
    input and ``seed``.

    >>> nodes = [LayoutNode("centre", landmark=4), LayoutNode("x", anchor=0), LayoutNode("a")]
    >>> pos = compute_layout(nodes, [(1, 0, 1.0), (2, 1, 1.0)], seed=1)
    >>> pos == compute_layout(nodes, [(1, 0, 1.0), (2, 1, 1.0)], seed=1), len(pos)
    (True, 3)
    """
    n = len(nodes)
    if n == 0:
        return []
    radius = max(2.0, 0.6 * math.sqrt(n))
    start: list[tuple[float, float]] = []
    for node in nodes:
        jx, jy = _jitter(node.key, seed)
        if node.landmark is not None:
            start.append(landmark_position(node.landmark, radius))
        elif node.anchor is not None and nodes[node.anchor].landmark is not None:
            ax, ay = landmark_position(nodes[node.anchor].landmark or 0, radius)
            spread = radius * 0.5
            start.append((ax * 0.7 + jx * spread, ay * 0.7 + jy * spread))
        else:
            start.append((jx * radius, jy * radius))
    _pull_towards_neighbours(nodes, edges, start)
    graph = ig.Graph(n=n, edges=[(i, j) for i, j, _ in edges])
    pinned = [(i, start[i]) for i, node in enumerate(nodes) if node.landmark is not None]
    bounds = _bounds(n, pinned)
    niter = iterations if iterations is not None else (250 if n <= 1000 else 100)
    with _seeded(seed):
        coords = graph.layout_fruchterman_reingold(
            weights=[w for _, _, w in edges] or None,
            niter=niter,
            seed=[list(p) for p in start],
            grid=True,
            **bounds,
        ).coords
    return _to_pixels(coords)


def _pull_towards_neighbours(
    nodes: Sequence[LayoutNode],
    edges: Sequence[tuple[int, int, float]],
    start: list[tuple[float, float]],
) -> None:
    """Move every free node without an anchor to the mean start of its anchored neighbours."""
    sums: dict[int, list[float]] = {}
    for i, j, _ in edges:
        for free, other in ((i, j), (j, i)):
            node = nodes[free]
            if node.landmark is None and node.anchor is None and nodes[other].landmark is None:
                acc = sums.setdefault(free, [0.0, 0.0, 0.0])
                acc[0] += start[other][0]
                acc[1] += start[other][1]
                acc[2] += 1.0
    for i, (sx, sy, count) in sums.items():
        jx, jy = start[i]
        start[i] = (sx / count + jx * 0.2, sy / count + jy * 0.2)


def _bounds(n: int, pinned: list[tuple[int, tuple[float, float]]]) -> dict[str, list[float]]:
    if not pinned:
        return {}
    inf = float("inf")
    lo_x, hi_x, lo_y, hi_y = [-inf] * n, [inf] * n, [-inf] * n, [inf] * n
    for i, (x, y) in pinned:
        lo_x[i] = hi_x[i] = x
        lo_y[i] = hi_y[i] = y
    return {"minx": lo_x, "maxx": hi_x, "miny": lo_y, "maxy": hi_y}


def _to_pixels(coords: list[list[float]]) -> list[tuple[float, float]]:
    xs = [c[0] for c in coords]
    ys = [c[1] for c in coords]
    cx = (max(xs) + min(xs)) / 2
    cy = (max(ys) + min(ys)) / 2
    return [(round((x - cx) * SPACING, 1), round((y - cy) * SPACING, 1)) for x, y in coords]

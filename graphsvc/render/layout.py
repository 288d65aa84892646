"""Seeded node positions, computed once in Python so the browser need not run physics.

Rockets are landmarks pinned on an arc with the launch pad beneath them; actions start
near their primary rocket and actors near their actions. Communities (Leiden, seeded) are
gathered round their own centre and their inner links pull harder than the links between
them, so igraph's Fruchterman–Reingold (grid variant: 10,000 nodes in about 0.15 s) settles
rockets and communities apart instead of into one hairball. Start points
come from a hash of each key and igraph's random numbers from a generator seeded for this
call on this thread only (:mod:`graphsvc.igraph_random`), so the same graph and seed
give the same picture on every run, machine and thread.
"""

from __future__ import annotations

import math
import zlib
from collections.abc import Sequence
from dataclasses import dataclass

import igraph as ig
import numpy as np

from graphsvc.igraph_random import seeded_igraph

DEFAULT_SEED = 42
#: Pixels between neighbours in vis-network coordinates.
SPACING = 55.0
#: Layout weights of a link inside one community and between two (times its own weight).
INSIDE_PULL = 1.0
BETWEEN_PULL = 0.1
#: How far towards its community's centre a node starts (0: not at all, 1: on it).
GATHER = 0.6
#: The radius of the ring the community centres start on (times the landmarks' radius).
RING = 0.7
#: The pull between a node and its community's hub.
HUB_PULL = 5.0


@dataclass(frozen=True)
class LayoutNode:
    """What the layout needs to know of a node: its key, and landmark number if pinned.

    ``landmark`` is the rocket's place on the arc (1–5 for the five rockets, 6… for the
    focus areas of further programmes; 0 for the launch pad) or None for other nodes;
    ``anchor`` is the index of a landmark to start near (an action's primary rocket).
    """

    key: str
    landmark: int | None = None
    anchor: int | None = None


def landmark_position(number: int, radius: float, places: int = 5) -> tuple[float, float]:
    """Where rocket ``number`` stands: ``places`` rockets (five for one programme) evenly on
    an upper arc, the launch pad (0) below.

    >>> landmark_position(0, 100.0)
    (0.0, 100.0)
    >>> landmark_position(3, 100.0) == landmark_position(6, 100.0, places=11)
    True
    """
    if number <= 0:
        return (0.0, radius)
    angle = math.pi * (1.0 + (min(number, places) - 0.5) / places)
    return (round(radius * math.cos(angle), 6), round(radius * math.sin(angle), 6))


def _jitter(key: str, seed: int) -> tuple[float, float]:
    """A point in [-0.5, 0.5)² from a hash of the key (stable across runs and machines)."""
    data = f"{seed}:{key}".encode()
    return (zlib.crc32(data) / 2**32 - 0.5, zlib.crc32(data, 0x9E3779B9) / 2**32 - 0.5)


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
    radius = max(4.0, 0.6 * math.sqrt(n))
    jitter = np.array([_jitter(node.key, seed) for node in nodes], dtype=float)
    start, fixed, anchored = _start_positions(nodes, jitter, radius)
    pairs = np.array([(i, j) for i, j, _ in edges], dtype=np.int64).reshape(-1, 2)
    start = _pull_towards_neighbours(start, pairs, fixed | anchored, jitter)
    graph = ig.Graph(n=n, edges=pairs.tolist())
    weights = np.array([w for _, _, w in edges], dtype=float)
    with seeded_igraph(seed):
        groups = communities(graph, fixed, seed)
    start, centres = _gather(start, groups, fixed, radius)
    if len(pairs):
        inside = groups[pairs[:, 0]] == groups[pairs[:, 1]]
        weights = weights * np.where(inside, INSIDE_PULL, BETWEEN_PULL)
    # One free hub per community, tied to its members: it holds the community together
    # while the hubs, like all nodes, push each other apart. Dropped after the layout.
    members = np.flatnonzero(groups >= 0)
    graph.add_vertices(len(centres))
    graph.add_edges(np.stack([members, n + groups[members]], axis=1).tolist())
    weights = np.concatenate([weights, np.full(len(members), HUB_PULL)])
    start = np.concatenate([start, centres])
    fixed = np.concatenate([fixed, np.zeros(len(centres), dtype=bool)])
    bounds = _bounds(start, fixed)
    niter = (
        iterations if iterations is not None else (250 if n <= 1000 else 100 if n <= 5000 else 50)
    )
    with seeded_igraph(seed):
        coords = graph.layout_fruchterman_reingold(
            weights=weights.tolist() or None,
            niter=niter,
            seed=start.tolist(),
            grid=True,
            **bounds,
        ).coords
    return _to_pixels(np.asarray(coords, dtype=float)[:n])


def communities(graph: ig.Graph, fixed: np.ndarray, seed: int) -> np.ndarray:
    """A community number per node (Leiden, modularity, seeded; pinned landmarks left out,
    as hubs they would merge everything): -1 for a landmark or a node linked to nothing."""
    groups = np.full(graph.vcount(), -1, dtype=np.int64)
    free = np.flatnonzero(~fixed)
    if not len(free):
        return groups
    inner = graph.induced_subgraph(free.tolist())
    if inner.ecount() == 0:
        return groups
    membership = np.asarray(
        inner.community_leiden(objective_function="modularity", n_iterations=2).membership
    )
    linked = np.asarray(inner.degree()) > 0
    groups[free[linked]] = membership[linked]
    return groups


def _gather(
    start: np.ndarray, groups: np.ndarray, fixed: np.ndarray, radius: float
) -> tuple[np.ndarray, np.ndarray]:
    """Move each node part of the way to its community's centre; the centres are spread
    round a ring, each on the side where its members start (near their rockets).

    Returns the moved start points and the centres (one row per community)."""
    member = (groups >= 0) & ~fixed
    if not member.any():
        return start, np.zeros((0, 2))
    count = int(groups.max()) + 1
    sums = np.zeros((count, 2))
    sizes = np.zeros(count)
    np.add.at(sums, groups[member], start[member])
    np.add.at(sizes, groups[member], 1.0)
    centres = sums / np.maximum(sizes, 1.0)[:, None]
    # Each community keeps its side of the map (the angle of its members' mean start, near
    # their rockets), but the communities are spread evenly round a ring, apart.
    angles = np.arctan2(centres[:, 1], centres[:, 0])
    order = np.argsort(angles + np.where(sizes > 0, 0.0, 10.0), kind="stable")
    spread = np.empty(count)
    spread[order] = np.linspace(-np.pi, np.pi, count, endpoint=False) + np.pi / max(count, 1)
    centres = np.stack([np.cos(spread), np.sin(spread)], axis=1) * RING * radius
    result = start.copy()
    result[member] = (1 - GATHER) * start[member] + GATHER * centres[groups[member]]
    return result, centres


def _start_positions(
    nodes: Sequence[LayoutNode], jitter: np.ndarray, radius: float
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Start points: landmarks pinned on their arc, anchored nodes near their landmark.

    Returns the points and the masks of pinned (``fixed``) and ``anchored`` nodes.
    """
    n = len(nodes)
    start = jitter * radius
    fixed = np.zeros(n, dtype=bool)
    anchored = np.zeros(n, dtype=bool)
    places = max([5, *(node.landmark or 0 for node in nodes)])
    marks = {number: landmark_position(number, radius, places) for number in range(places + 1)}
    for i, node in enumerate(nodes):
        if node.landmark is not None:
            start[i] = marks[max(node.landmark, 0)]
            fixed[i] = True
        elif node.anchor is not None and nodes[node.anchor].landmark is not None:
            ax, ay = marks.get(nodes[node.anchor].landmark or 0, (0.0, 0.0))
            start[i] = (
                ax * 0.7 + jitter[i, 0] * radius * 0.5,
                ay * 0.7 + jitter[i, 1] * radius * 0.5,
            )
            anchored[i] = True
    return start, fixed, anchored


def _pull_towards_neighbours(
    start: np.ndarray, pairs: np.ndarray, placed: np.ndarray, jitter: np.ndarray
) -> np.ndarray:
    """Move each free node to the mean start of its placed (anchored or pinned) neighbours."""
    if not len(pairs):
        return start
    u, v = pairs[:, 0], pairs[:, 1]
    src = np.concatenate([v, u])
    dst = np.concatenate([u, v])
    keep = ~placed[dst] & placed[src]
    src, dst = src[keep], dst[keep]
    sums = np.zeros_like(start)
    counts = np.zeros(len(start))
    np.add.at(sums, dst, start[src])
    np.add.at(counts, dst, 1.0)
    moved = counts > 0
    result = start.copy()
    result[moved] = sums[moved] / counts[moved, None] + jitter[moved] * 0.2
    return result


def _bounds(start: np.ndarray, fixed: np.ndarray) -> dict[str, list[float]]:
    """igraph's per-node bounds: pinned nodes may not move, the others are free."""
    if not fixed.any():
        return {}
    lo = np.where(fixed[:, None], start, -np.inf)
    hi = np.where(fixed[:, None], start, np.inf)
    return {
        "minx": lo[:, 0].tolist(),
        "maxx": hi[:, 0].tolist(),
        "miny": lo[:, 1].tolist(),
        "maxy": hi[:, 1].tolist(),
    }


def _to_pixels(coords: np.ndarray) -> list[tuple[float, float]]:
    centre = (coords.max(axis=0) + coords.min(axis=0)) / 2
    pixels = np.round((coords - centre) * SPACING, 1)
    return [(x, y) for x, y in pixels.tolist()]

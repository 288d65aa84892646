"""The names of the per-actor centrality measures (no NetworkX import: maps read them cheaply)."""

from __future__ import annotations

#: The measures reported per actor, in output order (also what a map can be sized by).
MEASURES: tuple[str, ...] = (
    "degree",
    "weighted_degree",
    "betweenness",
    "closeness",
    "eigenvector",
    "pagerank",
    "two_step_reach",
    "reach_efficiency",
    "k_core",
)

"""What a map can show besides the graph: a size measure and gap findings, as plain data.

The renderer takes these records and nothing else from the analyses, so it does not depend
on how :mod:`graphsvc.analysis` computes them; :mod:`graphsvc.services.maps` fills them in.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum


class Highlight(StrEnum):
    """Kinds of node finding drawn on a gaps map (each with its own border in the legend)."""

    SOLO_ACTION = "solo_action"
    NO_LEAD = "no_lead"
    ISOLATED_ACTOR = "isolated_actor"
    SINGLE_POINT = "single_point"


@dataclass(frozen=True)
class Introduction:
    """A recommended introduction between two actors, drawn as a dashed edge."""

    a: str
    b: str
    score: float = 0.0
    reason: str = ""


@dataclass(frozen=True)
class NodeFinding:
    """One finding about one node (``label`` is ``Actor`` or ``Action``), with its sentence."""

    label: str
    key: str
    kind: Highlight
    text: str = ""


@dataclass(frozen=True)
class Measure:
    """A number per actor used to size the nodes (e.g. betweenness), with its display name."""

    name: str
    values: Mapping[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class MapFindings:
    """Everything a map draws on top of the graph; empty by default.

    ``communities`` maps actor and action keys to a community number; it is used only
    by the overview map of very large networks. ``measures`` holds, per measure name, a
    value per actor key: the page can size the map by any of them.
    """

    introductions: tuple[Introduction, ...] = ()
    nodes: tuple[NodeFinding, ...] = ()
    measure: Measure | None = None
    communities: Mapping[str, int] = field(default_factory=dict)
    measures: Mapping[str, Mapping[str, float]] = field(default_factory=dict)

    @property
    def is_empty(self) -> bool:
        """Whether there is nothing to draw beyond the graph itself."""
        return not (self.introductions or self.nodes or self.measure)

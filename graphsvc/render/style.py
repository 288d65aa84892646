"""How a map looks: groups (shape and colour per node sort), edge styles, highlight colours.

One table serves both the interactive page (as vis-network ``groups``) and the static export.
Actor colours follow the Okabe–Ito palette, readable by most colour-blind viewers.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from graphsvc.model import ActorKind
from graphsvc.render.findings import Highlight


@dataclass(frozen=True)
class GroupStyle:
    """The look of one sort of node: vis-network shape, fill, border, size and font size."""

    shape: str
    colour: str
    border: str
    size: float
    font: int


@dataclass(frozen=True)
class EdgeStyle:
    """The look of one sort of edge: colour, width, dashed or not."""

    colour: str
    width: float
    dashed: bool = False


KIND_COLOURS: dict[str, str] = {
    ActorKind.COMPANY.value: "#E69F00",
    ActorKind.EDUCATION.value: "#0072B2",
    ActorKind.INSTITUTION.value: "#56B4E9",
    ActorKind.AUTHORITY.value: "#009E73",
    ActorKind.CITY.value: "#CC79A7",
    ActorKind.CITY_COMPANY.value: "#D55E00",
    ActorKind.ASSOCIATION.value: "#F0E442",
    ActorKind.CITIZEN.value: "#A6761D",
    ActorKind.POLITICAL.value: "#7B3294",
    "other": "#BBBBBB",
}

GROUPS: dict[str, GroupStyle] = {
    "rocket": GroupStyle("star", "#FFD23F", "#6B4E00", 34, 26),
    "launchpad": GroupStyle("hexagon", "#5A5A5A", "#1F1F1F", 34, 26),
    "action": GroupStyle("diamond", "#D9D9D9", "#7A7A7A", 7, 11),
    "community": GroupStyle("dot", "#9ECAE1", "#3182BD", 20, 16),
    **{
        f"actor_{kind}": GroupStyle("dot", colour, "#333333", 10, 13)
        for kind, colour in KIND_COLOURS.items()
    },
}

#: Groups pinned in place: physics never moves the rockets and the launch pad.
LANDMARK_GROUPS = frozenset({"rocket", "launchpad"})
#: Draw order of the legend and of the filter menu.
GROUP_ORDER: tuple[str, ...] = tuple(GROUPS)

EDGE_STYLES: dict[str, EdgeStyle] = {
    "runs": EdgeStyle("#B8B8B8", 1.0),
    "lead": EdgeStyle("#7A7A7A", 2.0),
    "fuels": EdgeStyle("#E8C766", 1.2),
    "fuels2": EdgeStyle("#F1DFA6", 0.6),
    "collab": EdgeStyle("#3B78B0", 1.6),
    "intro": EdgeStyle("#E66100", 2.6, dashed=True),
    "link": EdgeStyle("#9E9E9E", 1.0),
}

HIGHLIGHT_COLOURS: dict[Highlight, str] = {
    Highlight.SOLO_ACTION: "#D7191C",
    Highlight.NO_LEAD: "#FF7F00",
    Highlight.ISOLATED_ACTOR: "#D7191C",
    Highlight.SINGLE_POINT: "#5E3C99",
}

#: On a timeline map: the halo of what began in the year shown, the opacity (and label
#: colour) of what ended, and the milliseconds per year when the years play.
TIMELINE_LOOK = {
    "began": "#1FA84F",
    "faded": 0.25,
    "fadedLabel": "rgba(34, 34, 34, 0.4)",
    "stepMs": 1500,
}

#: Above this many nodes physics is off by default; above PHYSICS_MAX it is not offered.
PHYSICS_DEFAULT_MAX = 500
PHYSICS_MAX = 2000


def actor_group(kind: Any) -> str:
    """The group of an actor of ``kind`` (``actor_other`` for a missing or unknown kind).

    >>> actor_group("education"), actor_group(None)
    ('actor_education', 'actor_other')
    """
    return f"actor_{kind}" if f"actor_{kind}" in GROUPS else "actor_other"


def vis_groups() -> dict[str, dict[str, Any]]:
    """The ``groups`` option of vis-network for every group."""
    return {
        name: {
            "shape": g.shape,
            "size": g.size,
            "borderWidth": 1,
            "fixed": name in LANDMARK_GROUPS,
            "color": {
                "background": g.colour,
                "border": g.border,
                "highlight": {"background": g.colour, "border": "#000000"},
                "hover": {"background": g.colour, "border": "#000000"},
            },
            "font": {
                "size": g.font,
                "color": "#222222",
                "strokeWidth": 3,
                "strokeColor": "#ffffff",
            },
        }
        for name, g in GROUPS.items()
    }


def vis_edge_styles() -> dict[str, dict[str, Any]]:
    """Per edge style, the vis-network edge options the page merges into each edge."""
    return {
        name: {
            "color": {"color": s.colour, "highlight": "#000000", "hover": "#333333"},
            "width": s.width,
            "dashes": [8, 6] if s.dashed else False,
        }
        for name, s in EDGE_STYLES.items()
    }


def vis_options(*, physics: bool, node_count: int) -> dict[str, Any]:
    """vis-network options: no improved layout (positions are given), straight edges."""
    big = node_count > PHYSICS_MAX
    return {
        "autoResize": True,
        "groups": vis_groups(),
        "layout": {"improvedLayout": False, "randomSeed": 1},
        "physics": {
            "enabled": physics,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {"gravitationalConstant": -40, "springLength": 60},
            "stabilization": {"enabled": physics, "iterations": 120, "fit": False},
        },
        "edges": {"smooth": False, "selectionWidth": 2, "hoverWidth": 0.5},
        "nodes": {"scaling": {"label": {"drawThreshold": 7}}},
        "interaction": {
            "hover": not big,
            "tooltipDelay": 120,
            "hideEdgesOnDrag": big,
            "hideEdgesOnZoom": big,
            "keyboard": {"enabled": True, "bindToWindow": False},
            "navigationButtons": False,
            "multiselect": True,
        },
    }

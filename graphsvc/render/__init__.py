"""Maps from a snapshot plus findings: interactive vis-network pages and static plots.

Render never touches a store: :mod:`graphsvc.services.maps` reads the snapshot and the
analyses and hands them over as plain data (:mod:`graphsvc.render.findings`).

The names below are imported on first use (PEP 562), so that importing one module of the
package (the annual report's records, say) does not import the layouts (igraph, and through
it matplotlib) and the page templates.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from graphsvc.render.findings import (
        Highlight,
        Introduction,
        MapFindings,
        Measure,
        NodeFinding,
    )
    from graphsvc.render.mapdata import MapData, MapEdge, MapNode
    from graphsvc.render.notebook import pyvis_network
    from graphsvc.render.page import content_security_policy, render_page
    from graphsvc.render.timeline import build_timeline_data
    from graphsvc.render.visdata import build_map_data

#: Each public name and the module of this package that defines it.
_MODULES = {
    "Highlight": "findings",
    "Introduction": "findings",
    "MapFindings": "findings",
    "Measure": "findings",
    "NodeFinding": "findings",
    "MapData": "mapdata",
    "MapEdge": "mapdata",
    "MapNode": "mapdata",
    "pyvis_network": "notebook",
    "content_security_policy": "page",
    "render_page": "page",
    "build_timeline_data": "timeline",
    "build_map_data": "visdata",
}

__all__ = [
    "Highlight",
    "Introduction",
    "MapData",
    "MapEdge",
    "MapNode",
    "MapFindings",
    "Measure",
    "NodeFinding",
    "build_map_data",
    "build_timeline_data",
    "content_security_policy",
    "pyvis_network",
    "render_page",
]


def __getattr__(name: str) -> Any:
    """A public name, its module imported on first use."""
    if name not in _MODULES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{_MODULES[name]}"), name)


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])

"""Maps from a snapshot plus findings: interactive vis-network pages and static plots.

Render never touches a store: :mod:`graphsvc.services.maps` reads the snapshot and the
analyses and hands them over as plain data (:mod:`graphsvc.render.findings`).
"""

from graphsvc.render.findings import Highlight, Introduction, MapFindings, Measure, NodeFinding
from graphsvc.render.mapdata import MapData, MapEdge, MapNode
from graphsvc.render.notebook import pyvis_network
from graphsvc.render.page import content_security_policy, render_page
from graphsvc.render.timeline import build_timeline_data
from graphsvc.render.visdata import build_map_data

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

"""Any map as a :class:`pyvis.network.Network`, for notebook users who want pyvis's API.

The network is filled in bulk (``nodes``, ``edges``, ``node_ids`` and ``node_map`` assigned
at once, not pyvis's quadratic ``add_node`` loop) and renders through graphsvc's own
autoescaping template (``assets/pyvis.html``), set through pyvis's template hook
(``templateEnv``, ``path`` and ``template``): pyvis's stock template renders without
autoescape and puts tooltips into the page as HTML. Every text reaches the page as JSON
inside a script block and is shown as text: labels on the canvas, tooltips through
``textContent``. The packaged vis-network is inlined, so the page works offline.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from typing import TYPE_CHECKING, Any

import jinja2
from markupsafe import Markup

from graphsvc.render.mapdata import MapData
from graphsvc.render.page import asset
from graphsvc.render.style import vis_edge_styles, vis_options

if TYPE_CHECKING:
    from pyvis.network import Network

TEMPLATE = "pyvis.html"


@cache
def _environment() -> jinja2.Environment:
    """Jinja with autoescape over the render assets; vis-network is inlined as a global."""
    folder = str(files("graphsvc.render").joinpath("assets"))
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(folder),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
    )
    env.globals["vis_js"] = Markup(asset("vis-network.min.js"))  # noqa: S704 - our own asset
    env.globals["vis_css"] = Markup(asset("vis-network.css"))  # noqa: S704 - our own asset
    return env


def _pyvis_nodes(data: MapData) -> list[dict[str, Any]]:
    """vis-network nodes: id, label, tooltip text (lines joined), group, position, size."""
    nodes = []
    for n in data.nodes:
        node: dict[str, Any] = {
            "id": n.id,
            "label": n.label,
            "title": "\n".join(n.tooltip),
            "group": n.group,
            "x": n.x,
            "y": n.y,
        }
        if n.size is not None:
            node["size"] = n.size
        nodes.append(node)
    return nodes


def _pyvis_edges(data: MapData) -> list[dict[str, Any]]:
    """vis-network edges with their style's colour, width and dashes merged in."""
    styles = vis_edge_styles()
    edges = []
    for e in data.edges:
        edge: dict[str, Any] = {"from": e.start, "to": e.end, **styles[e.style]}
        if e.width is not None:
            edge["width"] = e.width
        if e.tooltip:
            edge["title"] = "\n".join(e.tooltip)
        edges.append(edge)
    return edges


def pyvis_network(data: MapData, *, height: str = "750px", width: str = "100%") -> Network:
    """A pyvis ``Network`` of the map ``data`` (any view: whole, rocket, focus, gaps, overview).

    ``generate_html()``, ``write_html()`` and ``show()`` render it through the escaping
    template; nodes and edges can be changed with pyvis's own methods first.
    """
    from pyvis.network import Network  # pyvis (and IPython) only when a notebook asks

    net = Network(height=height, width=width, heading=data.title, cdn_resources="in_line")
    net.nodes = _pyvis_nodes(data)
    net.edges = _pyvis_edges(data)
    net.node_ids = [n["id"] for n in net.nodes]
    net.node_map = {n["id"]: n for n in net.nodes}
    net.options = vis_options(physics=data.physics, node_count=len(net.nodes))
    net.templateEnv = _environment()
    net.path = TEMPLATE
    net.template = net.templateEnv.get_template(TEMPLATE)
    return net

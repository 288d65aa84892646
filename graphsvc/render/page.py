"""The map page: one self-contained HTML file with vis-network inlined and the data as safe JSON.

Our own small template (Jinja2 with autoescape) replaces pyvis's, which renders without
escaping and turns tooltips into raw HTML. The data travels in a
``<script type="application/json">`` block with ``<``, ``>``, ``&`` and U+2028/2029
escaped, so no text can close the block; the page script reads it and puts every name and
tooltip into the page as text. A Content-Security-Policy allows only the inline script and
style blocks whose SHA-256 hashes it names: no other script, no network access at all.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections import Counter
from functools import cache, lru_cache
from importlib.resources import files
from typing import Any
from urllib.parse import quote

import jinja2
from markupsafe import Markup

from graphsvc.model import Status
from graphsvc.render.findings import Highlight
from graphsvc.render.mapdata import MapData, page_json
from graphsvc.render.style import (
    EDGE_STYLES,
    GROUP_ORDER,
    GROUPS,
    HIGHLIGHT_COLOURS,
    TIMELINE_LOOK,
    vis_edge_styles,
    vis_options,
)
from graphsvc.render.words import measure_name, word, words

DATA_ELEMENT_ID = "graphsvc-map-data"
#: The presentation player's data block, empty in the page; the server fills it per request.
PRESENTATION_SLOT = '<script type="application/json" id="graphsvc-presentation">{}</script>'
#: The page script's files in ``assets/``: view state, labels, panel, export, year slider, search,
#: then the map.
SCRIPT_PARTS = (
    "map-state.js",
    "map-draw.js",
    "map-measures.js",
    "map-emphasis.js",
    "map-links.js",
    "map-labels.js",
    "map-panel.js",
    "map-export.js",
    "map-timeline.js",
    "map-search.js",
    "map-controls.js",
    "map.js",
)
#: Words the page script puts into the page (besides group and measure names).
SCRIPT_WORDS = (
    "no_results",
    "f_size",
    "f_rockets",
    "role_lead",
    "node_page",
    "p_actions",
    "p_partners",
    "p_runners",
    "p_measures",
    "text_count",
    "text_more",
    "size_measure",
    "file_stem",
)
_JSON_ESCAPES = (
    ("<", "\\u003c"),
    (">", "\\u003e"),
    ("&", "\\u0026"),
    ("\u2028", "\\u2028"),
    ("\u2029", "\\u2029"),
)


def safe_json(data: Any) -> str:
    """JSON that is safe inside an HTML ``<script>`` block: ``<``, ``>``, ``&``, U+2028/9 escaped.

    >>> safe_json({"name": "</script><b>&"})
    '{"name":"\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e\\\\u0026"}'
    """
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    for raw, escaped in _JSON_ESCAPES:
        text = text.replace(raw, escaped)
    return text


def csp_hash(text: str) -> str:
    """The CSP source expression (``'sha256-…'``) of an inline script or style block."""
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


@cache
def asset(name: str) -> str:
    """The text of a file in ``graphsvc/render/assets`` (read once)."""
    return files("graphsvc.render").joinpath("assets", name).read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def _template() -> jinja2.Template:
    env = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined)
    return env.from_string(asset("map.html"))


@lru_cache(maxsize=1)
def _inline_blocks() -> tuple[tuple[str, ...], tuple[str, ...], str]:
    scripts = (asset("vis-network.min.js"), page_script(), asset("presentation.js"))
    styles = (asset("vis-network.css"), asset("map.css"), asset("presentation.css"))
    policy = "; ".join(
        [
            "default-src 'none'",
            "script-src " + " ".join(csp_hash(s) for s in scripts),
            "style-src " + " ".join(csp_hash(s) for s in styles),
            "img-src data:",
            "connect-src 'self'",  # a served page's editors save slides (same origin only)
            "base-uri 'none'",
            "form-action 'none'",
        ]
    )
    return scripts, styles, policy


def page_script() -> str:
    """The page script: its parts (:data:`SCRIPT_PARTS`) in order, as one inline block."""
    return "\n".join(asset(name) for name in SCRIPT_PARTS)


def content_security_policy() -> str:
    """The Content-Security-Policy of every map page (also fit to send as a header)."""
    return _inline_blocks()[2]


def legend(data: MapData) -> dict[str, list[dict[str, Any]]]:
    """Legend entries of the groups, edge styles and highlights that occur in the map."""
    names = words(data.lang)
    groups_present: dict[str, int] = {}
    for n in data.nodes:
        groups_present[n.group] = groups_present.get(n.group, 0) + 1
    edge_styles = {e.style for e in data.edges}
    highlights = {h for n in data.nodes for h in n.highlights}
    edge_words = {"fuels2": "edge_fuels"}
    seen_edge_words: set[str] = set()
    edges = []
    for name, style in EDGE_STYLES.items():
        key = edge_words.get(name, f"edge_{name}")
        if name in edge_styles and key not in seen_edge_words:
            seen_edge_words.add(key)
            edges.append({"text": names[key], "colour": style.colour, "dashed": style.dashed})
    return {
        "groups": [
            {
                "id": name,
                "text": _group_text(name, names),
                "count": groups_present[name],
                "shape": GROUPS[name].shape,
                "colour": GROUPS[name].colour,
                "border": GROUPS[name].border,
            }
            for name in GROUP_ORDER
            if name in groups_present
        ],
        "edges": edges,
        "highlights": [
            {"text": names[f"hl_{h.value}"], "colour": HIGHLIGHT_COLOURS[h]}
            for h in Highlight
            if h.value in highlights
        ],
        "palette": _palette(data),
    }


def _palette(data: MapData) -> list[dict[str, Any]]:
    """The colours of a map coloured by programme or theme that occur in it, with counts."""
    used = Counter(n.colour for n in data.nodes if n.colour is not None)
    return [
        {"text": e.text, "colour": e.colour, "count": used[i]}
        for i, e in enumerate(data.palette)
        if used[i]
    ]


def _colour_links(data: MapData, names: dict[str, str]) -> list[dict[str, Any]]:
    """The served page's links to the same map coloured otherwise (none in a file)."""
    shown = data.colour_by or "kind"
    return [
        {
            "text": names[f"colour_by_{by}"],
            "href": data.links[f"colour_{by}"],
            "current": by == shown,
        }
        for by in ("kind", "programme", "theme")
        if f"colour_{by}" in data.links
    ]


def _group_text(name: str, names: dict[str, str]) -> str:
    if name.startswith("actor_"):
        return names[f"kind_{name.removeprefix('actor_')}"]
    return names[f"group_{name}"]


def _statuses(data: MapData, names: dict[str, str]) -> list[dict[str, str]]:
    """The status filter's entries: the statuses of the map's actions, in the model's order."""
    present = {n.status for n in data.nodes if n.status}
    return [
        {"id": s.value, "name": names[f"status_{s.value}"]} for s in Status if s.value in present
    ]


def _focus_page(data: MapData) -> str | None:
    """The UI page of the focal node of a served neighbourhood map (None: none, or a file)."""
    if data.focus is None:
        return None
    node = data.nodes[data.focus]
    pattern = data.links.get("action" if node.group == "action" else "actor")
    return pattern.replace("{key}", quote(node.key, safe="")) if pattern else None


def render_page(data: MapData) -> str:
    """The complete, self-contained HTML page of a map (with a year slider on a timeline)."""
    scripts, styles, policy = _inline_blocks()
    names = words(data.lang)
    edge_styles = vis_edge_styles()
    counts = Counter(e.style for e in data.edges)
    common = counts.most_common(1)[0][0] if counts else "runs"
    options = vis_options(physics=data.physics, node_count=len(data.nodes))
    options["edges"].update(edge_styles[common])
    payload = {
        **page_json(data),
        "options": options,
        "edgeStyles": edge_styles,
        "defaultEdgeStyle": common,
        "highlightColours": {h.value: c for h, c in HIGHLIGHT_COLOURS.items()},
        "words": {
            **{k: names[k] for k in SCRIPT_WORDS},
            "sizeBy": names["size_measure"],
            "groups": {g: _group_text(g, names) for g in GROUP_ORDER},
            "measureNames": {m: measure_name(m, data.lang) for m in data.measures},
        },
    }
    if data.years:
        payload["timeline"] = TIMELINE_LOOK
        payload["words"].update(play=names["play"], pause=names["pause"])
    return _template().render(
        lang=data.lang,
        title=data.title,
        policy=policy,
        words=names,
        summary=word("nodes_edges", data.lang, nodes=len(data.nodes), edges=len(data.edges)),
        measure=word("size_by", data.lang, name=data.measure) if data.measure else "",
        legend=legend(data),
        rockets=data.rockets,
        has_findings=bool(data.findings),
        physics=data.physics,
        physics_toggle=data.physics_toggle,
        years=data.years,
        timeline=TIMELINE_LOOK,
        measures=[{"id": m, "name": measure_name(m, data.lang)} for m in data.measures],
        statuses=_statuses(data, names),
        home=data.links.get("home"),
        focus_page=_focus_page(data),
        gaps_link=data.links.get("gaps"),
        colour_links=_colour_links(data, names),
        data_id=DATA_ELEMENT_ID,
        data_json=Markup(safe_json(payload)),  # noqa: S704 - escaped by safe_json for <script>
        vis_js=Markup(scripts[0]),  # noqa: S704 - our own packaged asset
        app_js=Markup(scripts[1]),  # noqa: S704 - our own packaged asset
        vis_css=Markup(styles[0]),  # noqa: S704 - our own packaged asset
        app_css=Markup(styles[1]),  # noqa: S704 - our own packaged asset
        presentation_slot=Markup(PRESENTATION_SLOT),  # noqa: S704 - a constant
        presentation_js=Markup(scripts[2]),  # noqa: S704 - our own packaged asset
        presentation_css=Markup(styles[2]),  # noqa: S704 - our own packaged asset
    )

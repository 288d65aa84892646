"""A snapshot plus findings becomes map data: vis-network node and edge records, written directly.

Records are plain dicts (no pyvis ``add_node``): ``id`` (an int), ``label``, ``group``, ``x``,
``y``, optional ``size``, ``k`` (the node key), ``t`` (tooltip lines, shown as text), ``r``
(ids of the rockets the node belongs to) and ``h`` (highlight kinds). Nodes pass through
:func:`graphsvc.model.without_contacts` and only an allow-list of properties is read, so no
personal contact data can reach a map.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from graphsvc.model import Label, Node, RelType, RocketKind, without_contacts
from graphsvc.records import Snapshot
from graphsvc.render.findings import MapFindings
from graphsvc.render.layout import DEFAULT_SEED, LayoutNode, compute_layout
from graphsvc.render.style import PHYSICS_DEFAULT_MAX, PHYSICS_MAX, actor_group
from graphsvc.render.texts import measure_name, texts

LABEL_CHARS = 40
DESCRIPTION_CHARS = 280
_LAYOUT_WEIGHT = {"lead": 2.0, "runs": 1.0, "fuels": 1.0, "fuels2": 0.3, "collab": 1.0}


@dataclass
class MapData:
    """Everything the page needs, as JSON-ready data (the page adds only fixed words)."""

    title: str
    lang: str
    nodes: list[dict[str, Any]]
    edges: list[dict[str, Any]]
    physics: bool = False
    physics_toggle: bool = False
    measure: str | None = None
    rockets: list[dict[str, Any]] = field(default_factory=list)
    findings: list[dict[str, Any]] = field(default_factory=list)
    overview: bool = False

    def as_json(self) -> dict[str, Any]:
        """The data embedded in the page."""
        return {
            "title": self.title,
            "lang": self.lang,
            "nodes": self.nodes,
            "edges": self.edges,
            "physics": self.physics,
            "physicsToggle": self.physics_toggle,
            "measure": self.measure,
            "rockets": self.rockets,
            "findings": self.findings,
            "overview": self.overview,
        }


def shorten(text: str, limit: int = LABEL_CHARS) -> str:
    """``text`` cut to ``limit`` characters with an ellipsis.

    >>> shorten("Ratapihan kehittäminen", 10)
    'Ratapihan…'
    """
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def node_group(node: Node) -> str:
    """The style group of a node: rocket, launchpad, action or actor_<kind>."""
    if node.label is Label.ROCKET:
        return "launchpad" if node.props.get("kind") == RocketKind.LAUNCHPAD.value else "rocket"
    if node.label is Label.ACTION:
        return "action"
    return actor_group(node.props.get("kind"))


def rocket_name(node: Node, lang: str) -> str:
    """A rocket's name in ``lang``, falling back to the Finnish name and then the key."""
    return str(node.props.get(f"name_{lang}") or node.props.get("name_fi") or node.key)


def build_map_data(
    snapshot: Snapshot,
    *,
    title: str,
    lang: str = "fi",
    findings: MapFindings | None = None,
    seed: int = DEFAULT_SEED,
) -> MapData:
    """Map data for every rocket, action and actor of ``snapshot`` (``PART_OF`` is not drawn).

    Sizes come from ``findings.measure`` (actors only), highlights and dashed introductions
    from the other findings; findings about nodes outside the snapshot are ignored.
    """
    words = texts(lang)
    findings = findings or MapFindings()
    nodes = sorted(
        (
            without_contacts(n) if n.label is Label.ACTOR else n
            for n in snapshot.nodes
            if n.label is not Label.PROGRAMME
        ),
        key=lambda n: (n.label, n.key),
    )
    index: dict[str, dict[str, int]] = {label.value: {} for label in Label}
    for i, n in enumerate(nodes):
        index[n.label.value][n.key] = i
    links = _links(snapshot, index)
    edges = _edges(links, index, findings)
    rockets_of = _rockets_of(links, nodes)
    rocket_list = [rocket_name(n, lang) for n in nodes if n.label is Label.ROCKET]

    @cache
    def rocket_names(mask: int) -> str:
        return ", ".join(name for b, name in enumerate(rocket_list) if mask >> b & 1)

    highlights: dict[int, list[str]] = defaultdict(list)
    notes: dict[int, list[str]] = defaultdict(list)
    listed: list[dict[str, Any]] = []
    for f in findings.nodes:
        at = index.get(f.label, {}).get(f.key)
        if at is not None:
            highlights[at].append(f.kind.value)
            text = f.text or words[f"hl_{f.kind.value}"]
            notes[at].append(text)
            shown = f.text or f"{nodes[at].name}: {text}"
            listed.append({"id": at, "h": f.kind.value, "text": shown})
    sizes = _sizes(nodes, findings)
    layout_edges = [(u, v, _LAYOUT_WEIGHT[style]) for u, v, style in links]
    positions = compute_layout(_layout_nodes(nodes, links), layout_edges, seed=seed)
    records = []
    for i, node in enumerate(nodes):
        group = node_group(node)
        name = rocket_name(node, lang) if node.label is Label.ROCKET else node.name
        record: dict[str, Any] = {
            "id": i,
            "k": node.key,
            "label": shorten(name),
            "group": group,
            "x": positions[i][0],
            "y": positions[i][1],
            "t": [
                name,
                *_details(node, lang, rocket_names(rockets_of.get(i, 0))),
                *notes.get(i, []),
            ],
            "r": rockets_of.get(i, 0),
        }
        if i in sizes:
            record["size"] = sizes[i]
        if i in highlights:
            record["h"] = highlights[i]
        records.append(record)
    rockets = [
        {"id": i, "bit": b, "key": n.key, "name": rocket_name(n, lang)}
        for b, (i, n) in enumerate((i, n) for i, n in enumerate(nodes) if n.label is Label.ROCKET)
    ]
    measure = findings.measure.name if findings.measure else None
    return MapData(
        title=title,
        lang=lang,
        nodes=records,
        edges=edges,
        physics=len(records) <= PHYSICS_DEFAULT_MAX,
        physics_toggle=len(records) <= PHYSICS_MAX,
        measure=measure_name(measure, lang) if measure else None,
        rockets=rockets,
        findings=listed,
    )


def _links(snapshot: Snapshot, index: dict[str, dict[str, int]]) -> list[tuple[int, int, str]]:
    """Drawn relationships as ``(from id, to id, style)``, in a stable order (no PART_OF)."""
    actors, actions, rockets = (
        index[label.value] for label in (Label.ACTOR, Label.ACTION, Label.ROCKET)
    )
    links = []
    for e in snapshot.edges:
        kind = e.type
        if kind is RelType.RUNS:
            u, v = actors.get(e.start), actions.get(e.end)
            style = "lead" if e.props.get("role") == "lead" else "runs"
        elif kind is RelType.FUELS:
            u, v = actions.get(e.start), rockets.get(e.end)
            style = "fuels" if e.props.get("primary") else "fuels2"
        elif kind is RelType.COLLABORATES_WITH:
            u, v, style = actors.get(e.start), actors.get(e.end), "collab"
        else:
            continue
        if u is not None and v is not None and u != v:
            links.append((u, v, style))
    links.sort()
    return links


def _edges(
    links: list[tuple[int, int, str]], index: dict[str, dict[str, int]], findings: MapFindings
) -> list[dict[str, Any]]:
    edges: list[dict[str, Any]] = [
        {"id": j, "from": u, "to": v, "s": style} for j, (u, v, style) in enumerate(links)
    ]
    actors = index[Label.ACTOR.value]
    for intro in findings.introductions:
        u, v = actors.get(intro.a), actors.get(intro.b)
        if u is not None and v is not None and u != v:
            record: dict[str, Any] = {"id": len(edges), "from": u, "to": v, "s": "intro"}
            if intro.reason:
                record["t"] = [intro.reason]
            edges.append(record)
    return edges


def _rockets_of(links: list[tuple[int, int, str]], nodes: list[Node]) -> dict[int, int]:
    """Per node, a bit mask of its rockets (bit = the rocket's position among the rockets).

    A rocket has its own bit, an action the bits of the rockets it fuels, an actor those of
    its actions.
    """
    rocket_ids = [i for i, n in enumerate(nodes) if n.label is Label.ROCKET]
    found: dict[int, int] = {i: 1 << b for b, i in enumerate(rocket_ids)}
    for u, v, style in links:
        if style in ("fuels", "fuels2"):
            found[u] = found.get(u, 0) | found[v]
    for u, v, style in links:
        if style in ("runs", "lead"):
            found[u] = found.get(u, 0) | found.get(v, 0)
    return found


def _sizes(nodes: list[Node], findings: MapFindings) -> dict[int, float]:
    if findings.measure is None:
        return {}
    values = findings.measure.values
    actor_values = {
        i: float(values[n.key])
        for i, n in enumerate(nodes)
        if n.label is Label.ACTOR and n.key in values
    }
    top = max((abs(v) for v in actor_values.values()), default=0.0)
    if top <= 0:
        return {}
    return {i: round(6 + 34 * math.sqrt(abs(v) / top), 1) for i, v in actor_values.items()}


def _layout_nodes(nodes: list[Node], links: list[tuple[int, int, str]]) -> list[LayoutNode]:
    anchors: dict[int, int] = {}
    for u, v, style in links:
        if style == "fuels" or (style == "fuels2" and u not in anchors):
            anchors[u] = v
    result = []
    for i, n in enumerate(nodes):
        if n.label is Label.ROCKET:
            number = n.props.get("number")
            result.append(LayoutNode(n.key, landmark=int(number) if number is not None else 0))
        else:
            result.append(LayoutNode(n.key, anchor=anchors.get(i)))
    return result


def _details(node: Node, lang: str, rockets: str) -> list[str]:
    """Tooltip lines after the name: only allow-listed, non-personal properties."""
    words = texts(lang)
    props = node.props
    lines: list[str] = []
    if node.label is Label.ACTOR:
        kind = props.get("kind") or "other"
        lines.append(f"{words['f_kind']}: {words.get(f'kind_{kind}', str(kind))}")
        for field_name in ("sector", "municipality"):
            if props.get(field_name):
                lines.append(f"{words['f_' + field_name]}: {props[field_name]}")
    elif node.label is Label.ACTION:
        status = props.get("status")
        if status:
            lines.append(f"{words['f_status']}: {words.get(f'status_{status}', str(status))}")
        if props.get("themes"):
            lines.append(f"{words['f_themes']}: {', '.join(map(str, props['themes']))}")
        if props.get("description"):
            lines.append(shorten(str(props["description"]), DESCRIPTION_CHARS))
    if node.label is not Label.ROCKET and rockets:
        lines.append(f"{words['f_rockets']}: {rockets}")
    lines.append(f"{words['f_key']}: {node.key}")
    return lines

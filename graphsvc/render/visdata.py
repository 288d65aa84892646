"""A snapshot plus findings becomes map data: typed nodes and edges, written directly.

Nodes and edges are :mod:`graphsvc.render.mapdata` records built in bulk (no pyvis
``add_node``). Nodes pass through :func:`graphsvc.model.without_contacts` and only an
allow-list of properties is read, so no personal contact data can reach a map.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

from graphsvc.model import Label, Node, RelType, RocketKind, without_contacts
from graphsvc.records import Snapshot
from graphsvc.render.findings import MapFindings
from graphsvc.render.layout import DEFAULT_SEED, LayoutNode, compute_layout
from graphsvc.render.mapdata import (
    ListedFinding,
    MapData,
    MapEdge,
    MapNode,
    RocketChoice,
)
from graphsvc.render.nodefacts import cut_points, measure_table, page_measures
from graphsvc.render.style import PHYSICS_DEFAULT_MAX, PHYSICS_MAX, actor_group
from graphsvc.render.words import measure_name, word, word_or

LABEL_CHARS = 40
DESCRIPTION_CHARS = 280
_LAYOUT_WEIGHT = {"lead": 2.0, "runs": 1.0, "fuels": 1.0, "fuels2": 0.3, "collab": 1.0}
Link = tuple[int, int, str]


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
    themes: dict[str, str] | None = None,
) -> MapData:
    """Map data for every rocket, action and actor of ``snapshot`` (``PART_OF`` is not drawn).

    Sizes come from ``findings.measure`` (actors only), highlights and dashed introductions
    from the other findings; findings about nodes outside the snapshot are ignored.
    ``themes`` (action key -> theme names) go into tooltips (default: read from the
    snapshot's ``ADDRESSES``).
    """
    findings = findings or MapFindings()
    nodes = _drawn_nodes(snapshot)
    index: dict[str, dict[str, int]] = {label.value: {} for label in Label}
    for i, n in enumerate(nodes):
        index[n.label.value][n.key] = i
    links = _links(snapshot, index)
    marks = _node_marks(nodes, index, findings, lang)
    layout_edges = [(u, v, _LAYOUT_WEIGHT[style]) for u, v, style in links]
    positions = compute_layout(_layout_nodes(nodes, links), layout_edges, seed=seed)
    themes = _theme_names(snapshot, lang) if themes is None else themes
    records = _node_records(nodes, positions, _rockets_of(links, nodes), marks, lang, themes)
    names, values = page_measures(findings)
    for record, row in zip(records, measure_table(nodes, links, values, names), strict=True):
        record.measures = row
    for i in cut_points(nodes, links):
        records[i].cut_point = True
    measure = findings.measure.name if findings.measure else None
    return MapData(
        title=title,
        lang=lang,
        nodes=records,
        edges=_edges(links, index, findings),
        physics=len(records) <= PHYSICS_DEFAULT_MAX,
        physics_toggle=len(records) <= PHYSICS_MAX,
        measure=measure_name(measure, lang) if measure else None,
        rockets=rocket_choices(nodes, lang),
        findings=marks.listed,
        measures=names,
        measure_shown=measure or names[0],
    )


def _drawn_nodes(snapshot: Snapshot) -> list[Node]:
    """Rockets, actions and actors (actors without contact data), in a stable order."""
    return sorted(
        (
            without_contacts(n) if n.label is Label.ACTOR else n
            for n in snapshot.nodes
            if n.label in _DRAWN
        ),
        key=lambda n: (n.label, n.key),
    )


_DRAWN = frozenset({Label.ROCKET, Label.ACTION, Label.ACTOR})


def _theme_names(snapshot: Snapshot, lang: str) -> dict[str, str]:
    """Action key -> the names of the themes it addresses, in ``lang``, joined."""
    themes = {n.key: n for n in snapshot.nodes if n.label is Label.THEME}
    found: dict[str, list[str]] = {}
    for e in snapshot.edges:
        if e.type is RelType.ADDRESSES and e.end in themes:
            theme = themes[e.end]
            found.setdefault(e.start, []).append(str(theme.props.get(f"name_{lang}") or theme.name))
    return {key: ", ".join(names) for key, names in found.items()}


def rocket_choices(nodes: list[Node], lang: str) -> list[RocketChoice]:
    """The rocket filter's entries: each rocket's node id and its bit in the node masks."""
    rockets = ((i, n) for i, n in enumerate(nodes) if n.label is Label.ROCKET)
    return [RocketChoice(i, b, n.key, rocket_name(n, lang)) for b, (i, n) in enumerate(rockets)]


@dataclass
class _Marks:
    """What the findings add to nodes: highlight kinds, tooltip notes, sizes, the list."""

    highlights: dict[int, list[str]] = field(default_factory=lambda: defaultdict(list))
    notes: dict[int, list[str]] = field(default_factory=lambda: defaultdict(list))
    sizes: dict[int, float] = field(default_factory=dict)
    listed: list[ListedFinding] = field(default_factory=list)


def _node_marks(
    nodes: list[Node], index: dict[str, dict[str, int]], findings: MapFindings, lang: str
) -> _Marks:
    marks = _Marks(sizes=_sizes(nodes, findings))
    for f in findings.nodes:
        at = index.get(f.label, {}).get(f.key)
        if at is not None:
            marks.highlights[at].append(f.kind.value)
            text = f.text or word(f"hl_{f.kind.value}", lang)
            marks.notes[at].append(text)
            marks.listed.append(
                ListedFinding(at, f.kind.value, f.text or f"{nodes[at].name}: {text}")
            )
    return marks


def _node_records(
    nodes: list[Node],
    positions: list[tuple[float, float]],
    rockets_of: dict[int, int],
    marks: _Marks,
    lang: str,
    themes: dict[str, str],
) -> list[MapNode]:
    rocket_names = _rocket_names([rocket_name(n, lang) for n in nodes if n.label is Label.ROCKET])
    records = []
    for i, node in enumerate(nodes):
        name = rocket_name(node, lang) if node.label is Label.ROCKET else node.name
        mask = rockets_of.get(i, 0)
        records.append(
            MapNode(
                id=i,
                key=node.key,
                label=shorten(name),
                group=node_group(node),
                x=positions[i][0],
                y=positions[i][1],
                tooltip=[
                    name,
                    *_details(node, lang, rocket_names(mask), themes.get(node.key, "")),
                    *marks.notes.get(i, []),
                ],
                rockets=mask,
                size=marks.sizes.get(i),
                highlights=marks.highlights.get(i, []),
                status=node.props.get("status") if node.label is Label.ACTION else None,
            )
        )
    return records


def _rocket_names(names: list[str]) -> Callable[[int], str]:
    """Names of the rockets in a bit mask, joined (cached per mask)."""

    @cache
    def of(mask: int) -> str:
        return ", ".join(name for b, name in enumerate(names) if mask >> b & 1)

    return of


def _links(snapshot: Snapshot, index: dict[str, dict[str, int]]) -> list[Link]:
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
    links: list[Link], index: dict[str, dict[str, int]], findings: MapFindings
) -> list[MapEdge]:
    edges = [MapEdge(j, u, v, style) for j, (u, v, style) in enumerate(links)]
    actors = index[Label.ACTOR.value]
    for intro in findings.introductions:
        u, v = actors.get(intro.a), actors.get(intro.b)
        if u is not None and v is not None and u != v:
            tooltip = [intro.reason] if intro.reason else []
            edges.append(MapEdge(len(edges), u, v, "intro", tooltip))
    return edges


def _rockets_of(links: list[Link], nodes: list[Node]) -> dict[int, int]:
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


def _layout_nodes(nodes: list[Node], links: list[Link]) -> list[LayoutNode]:
    anchors: dict[int, int] = {}
    for u, v, style in links:
        if style == "fuels" or (style == "fuels2" and u not in anchors):
            anchors[u] = v
    places = landmark_places(nodes)
    return [
        LayoutNode(n.key, landmark=places[n.key])
        if n.label is Label.ROCKET
        else LayoutNode(n.key, anchor=anchors.get(i))
        for i, n in enumerate(nodes)
    ]


def landmark_places(nodes: list[Node]) -> dict[str, int]:
    """Each rocket's place on the landmark arc: the built-in programme's by their numbers
    (the launch pad 0, below), then each further programme's focus areas after them.

    >>> from graphsvc.model import Node, Label
    >>> rockets = [Node(Label.ROCKET, k, {"number": n}) for k, n in
    ...            [("centre", 4), ("launchpad", 0), ("hv:health", 1), ("hv:youth", 2)]]
    >>> landmark_places(rockets)
    {'centre': 4, 'launchpad': 0, 'hv:health': 6, 'hv:youth': 7}
    """
    numbers: dict[str, dict[str, int]] = {}
    for n in nodes:
        if n.label is Label.ROCKET:
            programme = n.key.rpartition(":")[0]
            numbers.setdefault(programme, {})[n.key] = int(n.props.get("number") or 0)
    places: dict[str, int] = {}
    offset = 0
    for programme in sorted(numbers):  # the built-in programme ("") first
        found = numbers[programme]
        places.update((k, offset + v if v > 0 else 0) for k, v in found.items())
        offset += max(5, *found.values()) if programme == "" else max(found.values(), default=0)
    return places


def _details(node: Node, lang: str, rockets: str, themes: str) -> list[str]:
    """Tooltip lines after the name: only allow-listed, non-personal properties."""
    props = node.props
    lines: list[str] = []
    if node.label is Label.ACTOR:
        kind = props.get("kind") or "other"
        lines.append(f"{word('f_kind', lang)}: {word_or(f'kind_{kind}', lang, str(kind))}")
        for field_name in ("sector", "municipality"):
            if props.get(field_name):
                lines.append(f"{word('f_' + field_name, lang)}: {props[field_name]}")
    elif node.label is Label.ACTION:
        status = props.get("status")
        if status:
            shown = word_or(f"status_{status}", lang, str(status))
            lines.append(f"{word('f_status', lang)}: {shown}")
        if themes:
            lines.append(f"{word('f_themes', lang)}: {themes}")
        if props.get("description"):
            lines.append(shorten(str(props["description"]), DESCRIPTION_CHARS))
    if node.label is not Label.ROCKET and rockets:
        lines.append(f"{word('f_rockets', lang)}: {rockets}")
    lines.append(f"{word('f_key', lang)}: {node.key}")
    return lines

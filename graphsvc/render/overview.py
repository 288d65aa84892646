"""The overview of a very large network: rockets and communities as super-nodes.

Each community (a number per actor) becomes one node sized by its members and tied to the
rockets its actions fuel and to the communities it shares actions with. Every super-node
links to a detailed map: a rocket to its own map, a community to the map of its members and
their actions (the shared "small communities" node to the rocket most of its actions fuel).
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from urllib.parse import quote

from graphsvc.model import Label, Node, RelType, without_contacts
from graphsvc.records import Snapshot
from graphsvc.render.layout import DEFAULT_SEED, LayoutNode, compute_layout
from graphsvc.render.mapdata import MapData, MapEdge, MapNode, RocketChoice
from graphsvc.render.visdata import node_group, rocket_name
from graphsvc.render.words import word

#: Default drill-down target of a rocket: the file name ``graphsvc map --rocket R`` writes.
DEFAULT_LINK_PATTERN = "rocket-{rocket}.html"
#: Default drill-down target of a community: the file ``graphsvc map --community N`` writes.
DEFAULT_COMMUNITY_PATTERN = "community-{community}.html"
UNASSIGNED = -1
TOP_NAMES = 5
#: Communities drawn one by one; smaller ones (and actors in none) share one super-node.
MAX_COMMUNITIES = 60
MIN_MEMBERS = 3


def rocket_link(pattern: str, rocket: str) -> str:
    """The drill-down address of a rocket's map (the key is URL-quoted).

    >>> rocket_link("/maps/rocket/{rocket}", "centre")
    '/maps/rocket/centre'
    """
    return pattern.format(rocket=quote(rocket, safe=""))


def build_overview_data(
    snapshot: Snapshot,
    communities: Mapping[str, int],
    *,
    title: str,
    lang: str = "fi",
    link_pattern: str = DEFAULT_LINK_PATTERN,
    seed: int = DEFAULT_SEED,
    action_communities: Mapping[str, int] | None = None,
    community_pattern: str = DEFAULT_COMMUNITY_PATTERN,
) -> MapData:
    """Overview map data: one node per rocket and per community of ``communities`` (actor keys).

    Actions join ``action_communities`` when given, else the community most of their runners
    are in. Actors missing from ``communities`` share one extra super-node.
    """
    groups = _Groups.of(snapshot, communities, action_communities)
    edges, layout_edges = _overview_edges(groups)
    positions = compute_layout(_overview_layout_nodes(groups), layout_edges, seed=seed)
    positions = [(x * _SCALE, y * _SCALE) for x, y in positions]
    links = _Links(lang, link_pattern, community_pattern)
    return MapData(
        title=title,
        lang=lang,
        nodes=_rocket_nodes(groups, positions, links) + _community_nodes(groups, positions, links),
        edges=edges,
        physics=False,
        physics_toggle=True,
        rockets=[
            RocketChoice(i, i, r.key, rocket_name(r, lang)) for i, r in enumerate(groups.rockets)
        ],
        overview=True,
    )


_SCALE = 4.0


@dataclass(frozen=True)
class _Links:
    """The reader's language and the drill-down address patterns."""

    lang: str
    rocket_pattern: str
    community_pattern: str


@dataclass
class _Groups:
    """The counts an overview draws: members, actions and links of each community."""

    rockets: list[Node]
    actors: dict[str, Node]
    members: dict[int, list[str]]
    actions_in: Counter[int]
    rocket_weight: Counter[tuple[int, str]]
    cross: Counter[tuple[int, int]]
    degree: Counter[str]
    ids: list[int] = field(default_factory=list)
    rocket_index: dict[str, int] = field(default_factory=dict)
    community_index: dict[int, int] = field(default_factory=dict)
    main_rocket: dict[int, str | None] = field(default_factory=dict)

    @classmethod
    def of(
        cls,
        snapshot: Snapshot,
        communities: Mapping[str, int],
        action_communities: Mapping[str, int] | None,
    ) -> _Groups:
        """Count the communities of ``snapshot`` and number the super-nodes."""
        rockets = [without_contacts(n) for n in snapshot.nodes if n.label is Label.ROCKET]
        actors = {n.key: n for n in snapshot.nodes if n.label is Label.ACTOR}
        runs, primary = _runs_and_primaries(snapshot)
        number = rank_communities(actors, communities)
        community_of = {k: number.get(communities.get(k, UNASSIGNED), UNASSIGNED) for k in actors}
        action_community = _action_communities(runs, community_of, number, action_communities)
        members: dict[int, list[str]] = defaultdict(list)
        for key, c in community_of.items():
            members[c].append(key)
        cross: Counter[tuple[int, int]] = Counter()
        degree: Counter[str] = Counter()
        for actor, action in runs:
            degree[actor] += 1
            c = action_community.get(action, UNASSIGNED)
            other = community_of.get(actor, UNASSIGNED)
            if other != c:
                cross[(min(c, other), max(c, other))] += 1
        weight = Counter((c, primary[a]) for a, c in action_community.items() if a in primary)
        groups = cls(
            rockets, actors, members, Counter(action_community.values()), weight, cross, degree
        )
        groups.number_super_nodes()
        return groups

    def number_super_nodes(self) -> None:
        """Rockets first, then communities by size (the shared node last); main rockets."""
        self.ids = sorted(self.members, key=lambda c: (c == UNASSIGNED, -len(self.members[c]), c))
        self.rocket_index = {r.key: i for i, r in enumerate(self.rockets)}
        self.community_index = {c: len(self.rockets) + i for i, c in enumerate(self.ids)}
        self.main_rocket = {
            c: max(
                (k for k in self.rocket_index if self.rocket_weight[(c, k)]),
                key=lambda k: (self.rocket_weight[(c, k)], k),
                default=None,
            )
            for c in self.ids
        }


def _runs_and_primaries(snapshot: Snapshot) -> tuple[list[tuple[str, str]], dict[str, str]]:
    """``RUNS`` as (actor, action) pairs, and each action's primary rocket."""
    runs: list[tuple[str, str]] = []
    primary: dict[str, str] = {}
    for e in snapshot.edges:
        if e.type is RelType.RUNS:
            runs.append((e.start, e.end))
        elif e.type is RelType.FUELS and (e.props.get("primary") or e.start not in primary):
            primary[e.start] = e.end
    return runs, primary


def _action_communities(
    runs: list[tuple[str, str]],
    community_of: Mapping[str, int],
    number: Mapping[int, int],
    given: Mapping[str, int] | None,
) -> dict[str, int]:
    """Each action's ranked community: the given one, else its runners' most common."""
    if given is not None:
        return {k: number.get(c, UNASSIGNED) for k, c in given.items()}
    votes: dict[str, Counter[int]] = defaultdict(Counter)
    for actor, action in runs:
        votes[action][community_of.get(actor, UNASSIGNED)] += 1
    return {k: v.most_common(1)[0][0] for k, v in votes.items()}


def _overview_edges(groups: _Groups) -> tuple[list[MapEdge], list[tuple[int, int, float]]]:
    """Community–rocket and community–community links, drawn and for the layout."""
    edges: list[MapEdge] = []
    layout_edges: list[tuple[int, int, float]] = []

    def link(u: int, v: int, weight: int, style: str) -> None:
        edges.append(MapEdge(len(edges), u, v, style, width=round(1 + math.log2(weight), 2)))
        layout_edges.append((u, v, float(weight)))

    for (c, target), w in sorted(groups.rocket_weight.items()):
        if c in groups.community_index and target in groups.rocket_index:
            link(groups.community_index[c], groups.rocket_index[target], w, "fuels")
    for (c1, c2), w in sorted(groups.cross.items()):
        link(groups.community_index[c1], groups.community_index[c2], w, "link")
    return edges, layout_edges


def _overview_layout_nodes(groups: _Groups) -> list[LayoutNode]:
    """Rockets pinned as landmarks; each community starts near its main rocket."""
    rockets = [
        LayoutNode(r.key, landmark=int(r.props.get("number", 0) or 0)) for r in groups.rockets
    ]
    communities = []
    for c in groups.ids:
        main = groups.main_rocket[c]
        anchor = groups.rocket_index[main] if main is not None else None
        communities.append(LayoutNode(f"community:{c}", anchor=anchor))
    return rockets + communities


def _rocket_nodes(
    groups: _Groups, positions: list[tuple[float, float]], links: _Links
) -> list[MapNode]:
    nodes = []
    for i, r in enumerate(groups.rockets):
        name = rocket_name(r, links.lang)
        nodes.append(
            MapNode(
                id=i,
                key=r.key,
                label=name,
                group=node_group(r),
                x=positions[i][0],
                y=positions[i][1],
                tooltip=[name, word("f_open", links.lang)],
                rockets=1 << i,
                href=rocket_link(links.rocket_pattern, r.key),
            )
        )
    return nodes


def _community_nodes(
    groups: _Groups, positions: list[tuple[float, float]], links: _Links
) -> list[MapNode]:
    lang = links.lang
    biggest = max((len(groups.members[c]) for c in groups.ids), default=1)
    nodes = []
    for c in groups.ids:
        i, keys, main = groups.community_index[c], groups.members[c], groups.main_rocket[c]
        label = word("community_rest", lang) if c == UNASSIGNED else word("community", lang, n=c)
        top = sorted(keys, key=lambda k: (-groups.degree[k], groups.actors[k].name))[:TOP_NAMES]
        lines = [
            label,
            word("community_size", lang, actors=len(keys), actions=groups.actions_in[c]),
            *(groups.actors[k].name for k in top),
        ]
        if main is not None:
            main_name = rocket_name(groups.rockets[groups.rocket_index[main]], lang)
            lines.append(f"{word('f_rockets', lang)}: {main_name}")
        href = _community_href(c, main, links)
        if href is not None:
            lines.append(word("f_open", lang))
        nodes.append(
            MapNode(
                id=i,
                key=f"community:{c}",
                label=f"{label} ({len(keys)})",
                group="community",
                x=positions[i][0],
                y=positions[i][1],
                tooltip=lines,
                rockets=sum(
                    1 << groups.rocket_index[k]
                    for k in groups.rocket_index
                    if groups.rocket_weight[(c, k)]
                ),
                size=round(12 + 48 * math.sqrt(len(keys) / biggest), 1),
                href=href,
            )
        )
    return nodes


def _community_href(c: int, main: str | None, links: _Links) -> str | None:
    """A community's map; the shared node's is its main rocket's (None without one)."""
    if c != UNASSIGNED:
        return links.community_pattern.format(community=c)
    return rocket_link(links.rocket_pattern, main) if main is not None else None


def rank_communities(actors: Iterable[str], communities: Mapping[str, int]) -> dict[int, int]:
    """Community number -> 1, 2, … by actor count; small or surplus ones are left out.

    The overview and ``--community N`` both number communities this way.

    >>> rank_communities("abcdef", {"a": 7, "b": 7, "c": 7, "d": 3, "e": 3, "f": 3, "g": 3})
    {3: 1, 7: 2}
    """
    sizes = Counter(communities.get(k, UNASSIGNED) for k in actors)
    kept = [
        c
        for c, size in sorted(sizes.items(), key=lambda cs: (-cs[1], cs[0]))
        if c != UNASSIGNED and size >= MIN_MEMBERS
    ][:MAX_COMMUNITIES]
    return {c: i + 1 for i, c in enumerate(kept)}

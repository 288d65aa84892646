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
from urllib.parse import quote

from graphsvc.model import Label, RelType, without_contacts
from graphsvc.records import Snapshot
from graphsvc.render.layout import DEFAULT_SEED, LayoutNode, compute_layout
from graphsvc.render.texts import texts
from graphsvc.render.visdata import MapData, node_group, rocket_name

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
    words = texts(lang)
    rockets = [without_contacts(n) for n in snapshot.nodes if n.label is Label.ROCKET]
    actors = {n.key: n for n in snapshot.nodes if n.label is Label.ACTOR}
    runs: list[tuple[str, str]] = []
    primary: dict[str, str] = {}
    for e in snapshot.edges:
        if e.type is RelType.RUNS:
            runs.append((e.start, e.end))
        elif e.type is RelType.FUELS and (e.props.get("primary") or e.start not in primary):
            primary[e.start] = e.end
    number = rank_communities(actors, communities)
    community_of = {k: number.get(communities.get(k, UNASSIGNED), UNASSIGNED) for k in actors}
    if action_communities is not None:
        action_community = {k: number.get(c, UNASSIGNED) for k, c in action_communities.items()}
    else:
        votes: dict[str, Counter[int]] = defaultdict(Counter)
        for actor, action in runs:
            votes[action][community_of.get(actor, UNASSIGNED)] += 1
        action_community = {k: v.most_common(1)[0][0] for k, v in votes.items()}
    members: dict[int, list[str]] = defaultdict(list)
    for key, c in community_of.items():
        members[c].append(key)
    actions_in: Counter[int] = Counter(action_community.values())
    rocket_weight: Counter[tuple[int, str]] = Counter(
        (c, primary[action]) for action, c in action_community.items() if action in primary
    )
    cross: Counter[tuple[int, int]] = Counter()
    degree: Counter[str] = Counter()
    for actor, action in runs:
        degree[actor] += 1
        c, other = action_community.get(action, UNASSIGNED), community_of.get(actor, UNASSIGNED)
        if other != c:
            cross[(min(c, other), max(c, other))] += 1

    ids = sorted(members, key=lambda c: (c == UNASSIGNED, -len(members[c]), c))
    rocket_index = {r.key: i for i, r in enumerate(rockets)}
    community_index = {c: len(rockets) + i for i, c in enumerate(ids)}
    main_rocket = {
        c: max(
            (k for k in rocket_index if rocket_weight[(c, k)]),
            key=lambda k: (rocket_weight[(c, k)], k),
            default=None,
        )
        for c in ids
    }
    edges: list[dict[str, object]] = []
    layout_edges: list[tuple[int, int, float]] = []
    for (c, target), w in sorted(rocket_weight.items()):
        if c in community_index and target in rocket_index:
            _link(edges, layout_edges, community_index[c], rocket_index[target], w, "fuels")
    for (c1, c2), w in sorted(cross.items()):
        _link(edges, layout_edges, community_index[c1], community_index[c2], w, "link")

    layout_nodes = [
        LayoutNode(r.key, landmark=int(r.props.get("number", 0) or 0)) for r in rockets
    ] + [
        LayoutNode(
            f"community:{c}",
            anchor=rocket_index[main_rocket[c]] if main_rocket[c] is not None else None,  # type: ignore[index]
        )
        for c in ids
    ]
    positions = compute_layout(layout_nodes, layout_edges, seed=seed)
    scale = 4.0
    records: list[dict[str, object]] = []
    for i, r in enumerate(rockets):
        name = rocket_name(r, lang)
        records.append(
            {
                "id": i,
                "k": r.key,
                "label": name,
                "group": node_group(r),
                "x": positions[i][0] * scale,
                "y": positions[i][1] * scale,
                "t": [name, words["f_open"]],
                "r": 1 << i,
                "href": rocket_link(link_pattern, r.key),
            }
        )
    biggest = max((len(members[c]) for c in ids), default=1)
    for c in ids:
        i = community_index[c]
        keys = members[c]
        label = words["community_rest"] if c == UNASSIGNED else words["community"].format(n=c)
        top = sorted(keys, key=lambda k: (-degree[k], actors[k].name))[:TOP_NAMES]
        main = main_rocket[c]
        lines = [
            label,
            words["community_size"].format(actors=len(keys), actions=actions_in[c]),
            *(actors[k].name for k in top),
        ]
        record: dict[str, object] = {
            "id": i,
            "k": f"community:{c}",
            "label": f"{label} ({len(keys)})",
            "group": "community",
            "x": positions[i][0] * scale,
            "y": positions[i][1] * scale,
            "size": round(12 + 48 * math.sqrt(len(keys) / biggest), 1),
            "r": sum(1 << rocket_index[k] for k in rocket_index if rocket_weight[(c, k)]),
        }
        if main is not None:
            lines.append(f"{words['f_rockets']}: {rocket_name(rockets[rocket_index[main]], lang)}")
        if c != UNASSIGNED:
            lines.append(words["f_open"])
            record["href"] = community_pattern.format(community=c)
        elif main is not None:
            lines.append(words["f_open"])
            record["href"] = rocket_link(link_pattern, main)
        record["t"] = lines
        records.append(record)
    return MapData(
        title=title,
        lang=lang,
        nodes=records,
        edges=edges,
        physics=False,
        physics_toggle=True,
        rockets=[
            {"id": i, "bit": i, "key": r.key, "name": rocket_name(r, lang)}
            for i, r in enumerate(rockets)
        ],
        overview=True,
    )


def _link(
    edges: list[dict[str, object]],
    layout_edges: list[tuple[int, int, float]],
    u: int,
    v: int,
    weight: int,
    style: str,
) -> None:
    edges.append(
        {"id": len(edges), "from": u, "to": v, "s": style, "w": round(1 + math.log2(weight), 2)}
    )
    layout_edges.append((u, v, float(weight)))


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

"""A planted programme of three years (2022, 2023, 2024), built directly as Snapshots.

2022: logistics (``l1``, ``l2``, ``le``, ``lc``, ``rail``, ``lab``) and the centre (``c1``–``c4``)
hang together only through the broker ``b``, who runs one action with ``lc`` and one with
``c1``. ``rail`` and ``lab`` share three partners (``l1``, ``le``, ``lc``) but run nothing
together; so do ``l2`` and ``lc`` (partners ``l1``, ``le``) and ``c2`` and ``c3`` (``c1``,
``c4``): the introductions to suggest. ``a-solo`` is run by ``l2`` alone; the centre has no
educational actor; ``le`` and ``lab`` report a tie they also have through ``a5``.

2023: ``rail`` and ``lab`` begin ``a-new1`` together; ``a1`` is under way.

2024: ``b`` has left and its two actions are gone, as is ``a-gone``; ``a1`` is done, ``c-a3``
dropped, ``a5`` under way; ``l1`` joins ``a-solo``; the college ``e2`` joins the centre with
``c-new`` (with ``c1`` and ``c4``); ``l2`` and ``lc`` report a collaboration. ``c2`` and
``c3`` still do not work together.
"""

from __future__ import annotations

from graphsvc.model import Edge, Label, Node, RelType, builtin_edges, builtin_nodes
from graphsvc.records import Snapshot

ACTORS = {
    "l1": ("Rail Terminal Oy", "company"),
    "l2": ("Cargo Oy", "company"),
    "le": ("Logistics Institute", "education"),
    "lc": ("City logistics unit", "city"),
    "rail": ("Rail Co Oy", "company"),
    "lab": ("Innovation Lab", "education"),
    "b": ("Bridge Development Oy", "city_company"),
    "c1": ("Centre Association", "association"),
    "c2": ("Station Shops Oy", "company"),
    "c3": ("Residents of the centre", "citizen"),
    "c4": ("City centre unit", "city"),
    "e2": ("Centre College", "education"),
}
#: action key -> (rockets, primary first; [(actor, role), ...]; status per year, None = absent)
ACTIONS: dict[str, tuple[list[str], list[tuple[str, str]], tuple[str | None, ...]]] = {
    "a1": (
        ["logistics"],
        [("l1", "lead"), ("l2", "partner"), ("le", "partner")],
        ("planned", "ongoing", "done"),
    ),
    "a2": (["logistics"], [("le", "lead"), ("lc", "partner")], ("ongoing",) * 3),
    "a3": (["logistics"], [("l1", "lead"), ("lc", "partner")], ("ongoing",) * 3),
    "a4": (
        ["logistics"],
        [("rail", "lead"), ("l1", "partner"), ("lc", "partner")],
        ("planned",) * 3,
    ),
    "a5": (
        ["logistics"],
        [("lab", "lead"), ("lc", "partner"), ("le", "partner")],
        ("planned", "planned", "ongoing"),
    ),
    "a6": (["logistics"], [("rail", "lead"), ("le", "partner")], ("ongoing",) * 3),
    "a7": (["logistics"], [("le", "lead"), ("l2", "partner")], ("ongoing",) * 3),
    "a9": (["logistics"], [("le", "lead"), ("l1", "partner")], ("ongoing",) * 3),
    "a8": (["competence"], [("lab", "lead"), ("l1", "partner")], ("ongoing",) * 3),
    "a-solo": (["logistics"], [("l2", "lead")], ("planned",) * 3),
    "a-gone": (["logistics"], [("le", "lead"), ("l2", "partner")], ("planned", "planned", None)),
    "ab1": (
        ["logistics", "centre"],
        [("b", "lead"), ("lc", "partner")],
        ("ongoing", "ongoing", None),
    ),
    "ab2": (["centre"], [("b", "lead"), ("c1", "partner")], ("ongoing", "ongoing", None)),
    "c-a1": (["centre"], [("c1", "lead"), ("c2", "partner"), ("c4", "partner")], ("ongoing",) * 3),
    "c-a2": (["centre"], [("c4", "lead"), ("c3", "partner"), ("c1", "partner")], ("ongoing",) * 3),
    "c-a3": (["centre"], [("c2", "lead"), ("c4", "partner")], ("ongoing", "ongoing", "dropped")),
    "c-nolead": (["centre"], [("c3", "partner"), ("c4", "partner")], ("planned",) * 3),
    "a-new1": (["logistics"], [("rail", "lead"), ("lab", "partner")], (None, "planned", "ongoing")),
    "c-new": (
        ["centre"],
        [("c1", "lead"), ("e2", "partner"), ("c4", "partner")],
        (None, None, "planned"),
    ),
}
YEARS = ("2022", "2023", "2024")
#: Who is in the programme each year.
LEFT_IN_2024 = {"b"}
JOINED_IN_2024 = {"e2"}
#: Runners added to an action from a year on: (action, actor, role, first year).
JOINS = [("a-solo", "l1", "partner", "2024")]
#: Reported ties: (actor, actor, first year).
REPORTED = [("le", "lab", "2022"), ("l2", "lc", "2024")]


def year_snapshot(year: str) -> Snapshot:
    """The programme as of the end of ``year`` (one of :data:`YEARS`)."""
    at = YEARS.index(year)
    present = {
        k
        for k in ACTORS
        if not (k in LEFT_IN_2024 and year == "2024")
        and not (k in JOINED_IN_2024 and year != "2024")
    }
    nodes = builtin_nodes()
    nodes += [
        Node(Label.ACTOR, k, {"name": n, "kind": kind})
        for k, (n, kind) in ACTORS.items()
        if k in present
    ]
    edges = builtin_edges()
    for key, (rockets, cast, statuses) in ACTIONS.items():
        status = statuses[at]
        if status is None:
            continue
        nodes.append(Node(Label.ACTION, key, {"title": f"Action {key}", "status": status}))
        edges += [Edge(RelType.FUELS, key, r, {"primary": i == 0}) for i, r in enumerate(rockets)]
        runs = cast + [
            (a, role) for action, a, role, since in JOINS if action == key and since <= year
        ]
        edges += [Edge(RelType.RUNS, a, key, {"role": role}) for a, role in runs]
    edges += [
        Edge(RelType.COLLABORATES_WITH, a, b, {"kind": "reported"})
        for a, b, since in REPORTED
        if since <= year
    ]
    return Snapshot(nodes, edges, version=at + 1)

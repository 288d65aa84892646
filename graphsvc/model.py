"""The graph vocabulary: labels, relationship types, kinds and records.

Their validation is in :mod:`graphsvc.model_rules`. Everything here is pure: no I/O,
no imports from the rest of graphsvc.
Labels and relationship types exist only as members of the enums below; stores
build query text from these members and never from user input.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Label(StrEnum):
    """Node labels of the programme graph."""

    PROGRAMME = "Programme"
    ROCKET = "Rocket"
    ACTION = "Action"
    ACTOR = "Actor"
    THEME = "Theme"


class RelType(StrEnum):
    """Relationship types of the programme graph."""

    RUNS = "RUNS"
    FUELS = "FUELS"
    PART_OF = "PART_OF"
    COLLABORATES_WITH = "COLLABORATES_WITH"
    ADDRESSES = "ADDRESSES"
    CARRIES_OUT = "CARRIES_OUT"


class ActorKind(StrEnum):
    """What sort of organisation or person an actor is."""

    COMPANY = "company"
    EDUCATION = "education"
    INSTITUTION = "institution"
    AUTHORITY = "authority"
    CITY = "city"
    CITY_COMPANY = "city_company"
    ASSOCIATION = "association"
    CITIZEN = "citizen"
    POLITICAL = "political"


class Role(StrEnum):
    """An actor's role in an action (the ``role`` of ``RUNS``)."""

    LEAD = "lead"
    PARTNER = "partner"
    FUNDER = "funder"
    PARTICIPANT = "participant"


class Status(StrEnum):
    """Where an action stands."""

    PROPOSED = "proposed"
    PLANNED = "planned"
    ONGOING = "ongoing"
    DONE = "done"
    DROPPED = "dropped"


class RocketKind(StrEnum):
    """A rocket proper, the launch pad the rockets stand on, or another programme's focus
    area."""

    ROCKET = "rocket"
    LAUNCHPAD = "launchpad"
    FOCUS_AREA = "focus_area"


class ProgrammeKind(StrEnum):
    """A growth programme, a topic plan that complements one, or the strategy they carry out."""

    PROGRAMME = "programme"
    PLAN = "plan"
    STRATEGY = "strategy"


class UserRole(StrEnum):
    """Roles of people and API keys: viewers read, editors write, admins manage."""

    VIEWER = "viewer"
    EDITOR = "editor"
    ADMIN = "admin"


#: Relationship type -> (start label, end label).
ENDPOINTS: dict[RelType, tuple[Label, Label]] = {
    RelType.RUNS: (Label.ACTOR, Label.ACTION),
    RelType.FUELS: (Label.ACTION, Label.ROCKET),
    RelType.PART_OF: (Label.ROCKET, Label.PROGRAMME),
    RelType.COLLABORATES_WITH: (Label.ACTOR, Label.ACTOR),
    RelType.ADDRESSES: (Label.ACTION, Label.THEME),
    RelType.CARRIES_OUT: (Label.PROGRAMME, Label.PROGRAMME),
}

#: Personal data on actors: only editors and admins may ever see these.
CONTACT_FIELDS: tuple[str, ...] = ("contact_name", "contact_email", "contact_phone")

#: Allowed properties (besides ``key``) per label, and per relationship type.
NODE_PROPERTIES: dict[Label, tuple[str, ...]] = {
    Label.PROGRAMME: ("name", "name_en", "kind", "period_start", "period_end", "description"),
    Label.ROCKET: ("number", "name_fi", "name_en", "kind"),
    Label.ACTION: ("title", "description", "status", "start", "end"),
    Label.ACTOR: (
        "name",
        "kind",
        "sector",
        "municipality",
        "business_id",
        "website",
        "tags",
        "verified_at",
        *CONTACT_FIELDS,
    ),
    Label.THEME: ("name_fi", "name_en"),
}
EDGE_PROPERTIES: dict[RelType, tuple[str, ...]] = {
    RelType.RUNS: ("role",),
    RelType.FUELS: ("primary",),
    RelType.PART_OF: (),
    RelType.COLLABORATES_WITH: ("kind", "since", "source", "year", "respondent", "confirmed"),
    RelType.ADDRESSES: (),
    RelType.CARRIES_OUT: (),
}
#: Properties a node of the label must keep: a change cannot remove or empty them.
REQUIRED_PROPERTIES: dict[Label, tuple[str, ...]] = {
    Label.PROGRAMME: ("name",),
    Label.ROCKET: (),
    Label.ACTION: ("title",),
    Label.ACTOR: ("name", "kind"),
    Label.THEME: ("name_fi",),
}
#: Properties holding a list of strings.
LIST_PROPERTIES: frozenset[str] = frozenset({"tags"})
#: The property shown as a node's name, per label.
NAME_PROPERTY: dict[Label, str] = {
    Label.PROGRAMME: "name",
    Label.ROCKET: "name_fi",
    Label.ACTION: "title",
    Label.ACTOR: "name",
    Label.THEME: "name_fi",
}


@dataclass(frozen=True)
class BuiltinRocket:
    """One of the five rockets or the launch pad, as the programme names them."""

    key: str
    number: int
    name_fi: str
    name_en: str
    kind: RocketKind


PROGRAMME_KEY = "elinvoiman-kasvu"
PROGRAMME_NAME = "Elinvoiman kasvu"

BUILTIN_ROCKETS: tuple[BuiltinRocket, ...] = (
    BuiltinRocket("logistics", 1, "Logistinen keskus", "Logistics hub", RocketKind.ROCKET),
    BuiltinRocket("accessibility", 2, "Saavutettavuus", "Accessibility", RocketKind.ROCKET),
    BuiltinRocket(
        "competence", 3, "Osaaminen ja innovaatio", "Competence and innovation", RocketKind.ROCKET
    ),
    BuiltinRocket("centre", 4, "Elävä keskusta", "Living city centre", RocketKind.ROCKET),
    BuiltinRocket("wellbeing", 5, "Luova hyvinvointi", "Creative wellbeing", RocketKind.ROCKET),
    BuiltinRocket("launchpad", 0, "Laukaisualusta", "Launch pad", RocketKind.LAUNCHPAD),
)
ROCKET_KEYS: tuple[str, ...] = tuple(r.key for r in BUILTIN_ROCKETS)


@dataclass(frozen=True)
class BuiltinTheme:
    """A theme both growth programmes handle, with the words data sets use for it."""

    key: str
    name_fi: str
    name_en: str
    #: Other spellings a workbook may use (folded: lower case, no accents).
    aliases: tuple[str, ...] = ()


BUILTIN_THEMES: tuple[BuiltinTheme, ...] = (
    BuiltinTheme("employment", "Työllisyys", "Employment", ("tyollisyys",)),
    BuiltinTheme("environment", "Ympäristö", "Environment", ("ymparisto",)),
    BuiltinTheme("participation", "Osallisuus", "Participation", ("osallisuus",)),
)
THEME_KEYS: tuple[str, ...] = tuple(t.key for t in BUILTIN_THEMES)


def rocket_key(programme: str, local: str) -> str:
    """The stored key of a rocket or focus area: its own key in the built-in programme,
    ``programme:key`` in any other (a key is unique only within its programme).

    >>> rocket_key("elinvoiman-kasvu", "logistics"), rocket_key("hyvinvoinnin-kasvu", "health")
    ('logistics', 'hyvinvoinnin-kasvu:health')
    """
    return local if programme == PROGRAMME_KEY else f"{programme}:{local}"


def local_rocket_key(key: str) -> str:
    """A rocket's key within its programme (the part after ``programme:``).

    >>> local_rocket_key("hyvinvoinnin-kasvu:health"), local_rocket_key("centre")
    ('health', 'centre')
    """
    return key.rpartition(":")[2]


@dataclass(frozen=True)
class Node:
    """A node: its label, its stable source key and its properties (no ``key`` inside)."""

    label: Label
    key: str
    props: dict[str, Any] = field(default_factory=dict)

    @property
    def name(self) -> str:
        """The human-readable name of the node (title for actions), or its key."""
        value = self.props.get(NAME_PROPERTY[self.label])
        return str(value) if value else self.key


@dataclass(frozen=True)
class Edge:
    """A relationship, identified by its type and the keys of its two ends."""

    type: RelType
    start: str
    end: str
    props: dict[str, Any] = field(default_factory=dict)

    @property
    def start_label(self) -> Label:
        """Label of the start node."""
        return ENDPOINTS[self.type][0]

    @property
    def end_label(self) -> Label:
        """Label of the end node."""
        return ENDPOINTS[self.type][1]


def ends_by_start(edges: list[Edge], rel_type: RelType) -> dict[str, list[str]]:
    """Start key -> the end keys of its relationships of a type (``primary`` ones first,
    then by key)."""
    found = sorted(
        (e for e in edges if e.type is rel_type),
        key=lambda e: (e.start, not e.props.get("primary", False), e.end),
    )
    ends: dict[str, list[str]] = {}
    for edge in found:
        ends.setdefault(edge.start, []).append(edge.end)
    return ends


def rocket_order(rocket: Node) -> tuple[bool, str, int, str]:
    """Sort key of rockets across programmes: the built-in programme's first, each
    programme's by number (the launch pad, number 0, last), then by key.

    >>> pairs = (("x:b", 1), ("launchpad", 0), ("centre", 4))
    >>> r = [Node(Label.ROCKET, k, {"number": n}) for k, n in pairs]
    >>> [n.key for n in sorted(r, key=rocket_order)]
    ['centre', 'launchpad', 'x:b']
    """
    programme, _, _ = rocket.key.rpartition(":")
    number = int(rocket.props.get("number") or 0)
    return (bool(programme), programme, number if number > 0 else 999, rocket.key)


def without_contacts(node: Node) -> Node:
    """The node with every personal contact property removed (for viewers and maps)."""
    if not any(f in node.props for f in CONTACT_FIELDS):
        return node
    return Node(
        node.label, node.key, {k: v for k, v in node.props.items() if k not in CONTACT_FIELDS}
    )


def builtin_nodes() -> list[Node]:
    """The programme node, the five rockets plus the launch pad, and the shared themes,
    with their names."""
    nodes = [Node(Label.PROGRAMME, PROGRAMME_KEY, {"name": PROGRAMME_NAME})]
    for r in BUILTIN_ROCKETS:
        props = {
            "number": r.number,
            "name_fi": r.name_fi,
            "name_en": r.name_en,
            "kind": r.kind.value,
        }
        nodes.append(Node(Label.ROCKET, r.key, props))
    for t in BUILTIN_THEMES:
        nodes.append(Node(Label.THEME, t.key, {"name_fi": t.name_fi, "name_en": t.name_en}))
    return nodes


def builtin_edges() -> list[Edge]:
    """``PART_OF`` from every built-in rocket to the programme."""
    return [Edge(RelType.PART_OF, r.key, PROGRAMME_KEY) for r in BUILTIN_ROCKETS]

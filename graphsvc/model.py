"""The graph vocabulary: labels, relationship types, kinds, records and their validation.

Everything here is pure: no I/O, no imports from the rest of graphsvc except errors.
Labels and relationship types exist only as members of the enums below; stores
build query text from these members and never from user input.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cache, lru_cache
from typing import Any, TypeVar

from graphsvc.errors import ValidationError
from graphsvc.values import list_problem, quoted, text_limit, text_problem

E = TypeVar("E", bound=StrEnum)


class Label(StrEnum):
    """Node labels of the programme graph."""

    PROGRAMME = "Programme"
    ROCKET = "Rocket"
    ACTION = "Action"
    ACTOR = "Actor"


class RelType(StrEnum):
    """Relationship types of the programme graph."""

    RUNS = "RUNS"
    FUELS = "FUELS"
    PART_OF = "PART_OF"
    COLLABORATES_WITH = "COLLABORATES_WITH"


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
    """A rocket proper, or the launch pad the rockets stand on."""

    ROCKET = "rocket"
    LAUNCHPAD = "launchpad"


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
}

#: Personal data on actors: only editors and admins may ever see these.
CONTACT_FIELDS: tuple[str, ...] = ("contact_name", "contact_email", "contact_phone")

#: Allowed properties (besides ``key``) per label, and per relationship type.
NODE_PROPERTIES: dict[Label, tuple[str, ...]] = {
    Label.PROGRAMME: ("name", "period_start", "period_end"),
    Label.ROCKET: ("number", "name_fi", "name_en", "kind"),
    Label.ACTION: ("title", "description", "status", "start", "end", "themes"),
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
}
EDGE_PROPERTIES: dict[RelType, tuple[str, ...]] = {
    RelType.RUNS: ("role",),
    RelType.FUELS: ("primary",),
    RelType.PART_OF: (),
    RelType.COLLABORATES_WITH: ("kind", "since", "source"),
}
#: Properties a node of the label must keep: a change cannot remove or empty them.
REQUIRED_PROPERTIES: dict[Label, tuple[str, ...]] = {
    Label.PROGRAMME: ("name",),
    Label.ROCKET: (),
    Label.ACTION: ("title",),
    Label.ACTOR: ("name", "kind"),
}
#: Properties holding a list of strings.
LIST_PROPERTIES: frozenset[str] = frozenset({"themes", "tags"})
#: The property shown as a node's name, per label.
NAME_PROPERTY: dict[Label, str] = {
    Label.PROGRAMME: "name",
    Label.ROCKET: "name_fi",
    Label.ACTION: "title",
    Label.ACTOR: "name",
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


_KEY_RE = re.compile(r"\w[\w.:-]{0,127}")
_EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_BUSINESS_ID_RE = re.compile(r"^(\d{6,7})-(\d)$")
_BUSINESS_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2)


def allowed(values: Any) -> str:
    """The allowed values of an enum or sequence, as a readable list.

    >>> allowed(Role)
    'lead, partner, funder, participant'
    """
    return ", ".join(str(v.value if isinstance(v, StrEnum) else v) for v in values)


@cache
def _members_by_value(enum: type[E]) -> dict[str, E]:
    return {member.value: member for member in enum}


def parse_enum(enum: type[E], value: Any, what: str) -> E:
    """Return ``value`` as a member of ``enum`` or raise a ValidationError listing the choices.

    >>> parse_enum(ActorKind, "company", "actor kind")
    <ActorKind.COMPANY: 'company'>
    """
    if type(value) is enum:
        return value
    member = _members_by_value(enum).get(value) if isinstance(value, str) else None
    if member is not None:
        return member
    try:
        return enum(value)
    except ValueError:
        raise ValidationError(
            f"{what} {quoted(value)} is not one of {allowed(enum)}",
            value=value,
            allowed=list(enum),
        ) from None


def _parse_lazily(enum: type[E], value: Any, what: Callable[[], str]) -> E:
    """parse_enum, building the description only when the value is refused."""
    if type(value) is enum:
        return value
    member = _members_by_value(enum).get(value) if isinstance(value, str) else None
    return member if member is not None else parse_enum(enum, value, what())


def _key_lazily(key: Any, what: Callable[[], str]) -> str:
    """validate_key, building the description only when the key is refused."""
    if isinstance(key, str) and _is_valid_key(key):
        return key
    return validate_key(key, what())


@lru_cache(maxsize=65536)
def _is_valid_key(key: str) -> bool:
    return _KEY_RE.fullmatch(key) is not None


def validate_key(key: Any, what: str = "key") -> str:
    """Return ``key`` if it is a valid node key (letters, digits, ``_ . : -``, ≤128 chars).

    >>> validate_key("a-001")
    'a-001'
    """
    if not isinstance(key, str) or not _is_valid_key(key):
        raise ValidationError(
            f"{what} {quoted(key)} is not a valid key: use 1-128 letters (any script), digits, "
            "'_', '.', ':' or '-', starting with a letter or digit",
            value=key,
        )
    return key


def is_valid_email(value: str) -> bool:
    """Whether ``value`` looks like an e-mail address.

    >>> is_valid_email("maija@kouvola.fi"), is_valid_email("maija@")
    (True, False)
    """
    return bool(_EMAIL_RE.match(value))


def is_valid_business_id(value: str) -> bool:
    """Whether ``value`` is a Finnish business id (Y-tunnus) with a correct check digit.

    >>> is_valid_business_id("0112038-9"), is_valid_business_id("0112038-8")
    (True, False)
    """
    match = _BUSINESS_ID_RE.match(value.strip())
    if not match:
        return False
    digits = match.group(1).zfill(7)
    remainder = sum(int(d) * w for d, w in zip(digits, _BUSINESS_ID_WEIGHTS, strict=True)) % 11
    if remainder == 1:
        return False
    check = 0 if remainder == 0 else 11 - remainder
    return check == int(match.group(2))


def fold_text(text: str) -> str:
    """Case- and accent-folded text for search: ``Häme`` -> ``hame``.

    >>> fold_text("Häme ÅLAND")
    'hame aland'
    """
    if text.isascii():
        return text.casefold()
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return stripped.casefold()


def clean_props(props: dict[str, Any]) -> dict[str, Any]:
    """Drop properties with no value (None, empty list), as both stores would."""
    return {k: v for k, v in props.items() if v is not None and (type(v) is not list or v)}


_NODE_NAMES = {label: frozenset(names) for label, names in NODE_PROPERTIES.items()}
_EDGE_NAMES = {rel: frozenset(names) for rel, names in EDGE_PROPERTIES.items()}
_SCALARS = (str, int, float, bool)


def _check_props(
    where: Callable[[], str], props: dict[str, Any], names: tuple[str, ...], known: frozenset[str]
) -> None:
    if not known.issuperset(props):
        unknown = sorted(set(props) - known)
        raise ValidationError(
            f"{where()}: unknown propert{'y' if len(unknown) == 1 else 'ies'} "
            f"{', '.join(unknown)}; allowed: {allowed(names) or '(none)'}",
            value=unknown,
        )
    for name, value in props.items():
        if name in LIST_PROPERTIES:
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise ValidationError(f"{where()}: {name} must be a list of strings", value=name)
            problem = list_problem(value)
        elif type(value) is str:
            problem = text_problem(value, text_limit(name))
        elif not isinstance(value, _SCALARS) or (type(value) is float and not math.isfinite(value)):
            raise ValidationError(
                f"{where()}: {name} must be text, a finite number or true/false",
                value=name,
            )
        else:
            continue
        if problem:
            raise ValidationError(f"{where()}: {name} {problem}", value=name)


def validate_node(node: Node) -> Node:
    """Check a node against the vocabulary and return it with its properties cleaned.

    Raises ValidationError naming the label, key, property and the allowed values.
    """
    label = parse_enum(Label, node.label, "label")
    key = _key_lazily(node.key, lambda: f"{label} key")

    def where() -> str:
        return f"{label} {key!r}"

    props = clean_props(node.props)
    _check_props(where, props, NODE_PROPERTIES[label], _NODE_NAMES[label])
    if label is Label.ACTOR:
        if "kind" in props:
            props["kind"] = _parse_lazily(
                ActorKind, props["kind"], lambda: f"{where()}: kind"
            ).value
        email = props.get("contact_email")
        if email is not None and not is_valid_email(str(email)):
            raise ValidationError(
                f"{where()}: contact_email {quoted(email)} is not an e-mail address"
            )
        bid = props.get("business_id")
        if bid is not None and not is_valid_business_id(str(bid)):
            raise ValidationError(
                f"{where()}: business_id {quoted(bid)} is not a valid Y-tunnus "
                "(1234567-8, check digit)"
            )
    elif label is Label.ACTION and "status" in props:
        props["status"] = _parse_lazily(Status, props["status"], lambda: f"{where()}: status").value
    elif label is Label.ROCKET and "kind" in props:
        props["kind"] = _parse_lazily(RocketKind, props["kind"], lambda: f"{where()}: kind").value
    return Node(label, key, props)


def validate_edge(edge: Edge) -> Edge:
    """Check a relationship against the vocabulary and return it with cleaned properties."""
    rel_type = parse_enum(RelType, edge.type, "relationship type")
    start = _key_lazily(edge.start, lambda: f"{rel_type} start key")
    end = _key_lazily(edge.end, lambda: f"{rel_type} end key")

    def where() -> str:
        return f"{rel_type} {start!r}->{end!r}"

    if rel_type is RelType.COLLABORATES_WITH and start == end:
        raise ValidationError(f"{where()}: an actor cannot collaborate with itself")
    props = clean_props(edge.props)
    _check_props(where, props, EDGE_PROPERTIES[rel_type], _EDGE_NAMES[rel_type])
    if rel_type is RelType.RUNS:
        role = props.get("role", Role.PARTNER)
        props["role"] = _parse_lazily(Role, role, lambda: f"{where()}: role").value
    if rel_type is RelType.FUELS:
        props["primary"] = bool(props.get("primary", False))
    return Edge(rel_type, start, end, props)


def without_contacts(node: Node) -> Node:
    """The node with every personal contact property removed (for viewers and maps)."""
    if not any(f in node.props for f in CONTACT_FIELDS):
        return node
    return Node(
        node.label, node.key, {k: v for k, v in node.props.items() if k not in CONTACT_FIELDS}
    )


def builtin_nodes() -> list[Node]:
    """The programme node and the five rockets plus the launch pad, with their names."""
    nodes = [Node(Label.PROGRAMME, PROGRAMME_KEY, {"name": PROGRAMME_NAME})]
    for r in BUILTIN_ROCKETS:
        props = {
            "number": r.number,
            "name_fi": r.name_fi,
            "name_en": r.name_en,
            "kind": r.kind.value,
        }
        nodes.append(Node(Label.ROCKET, r.key, props))
    return nodes


def builtin_edges() -> list[Edge]:
    """``PART_OF`` from every built-in rocket to the programme."""
    return [Edge(RelType.PART_OF, r.key, PROGRAMME_KEY) for r in BUILTIN_ROCKETS]

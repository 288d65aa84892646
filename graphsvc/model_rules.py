"""The rules of the vocabulary: parsing enums and keys, and validating nodes and edges.

Pure functions over :mod:`graphsvc.model`; each raises ValidationError with a message
that names the bad value and what is allowed.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Callable
from enum import StrEnum
from functools import cache, lru_cache
from typing import Any, TypeVar

from graphsvc.errors import ValidationError
from graphsvc.messages import Said, said
from graphsvc.model import (
    BUILTIN_THEMES,
    EDGE_PROPERTIES,
    LIST_PROPERTIES,
    NODE_PROPERTIES,
    ActorKind,
    Edge,
    Label,
    Node,
    RelType,
    RocketKind,
    Role,
    Status,
)
from graphsvc.values import list_problem, quoted, text_limit, text_problem

E = TypeVar("E", bound=StrEnum)


_KEY_RE = re.compile(r"\w[\w.:-]{0,127}")
_EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_BUSINESS_ID_RE = re.compile(r"^(\d{6,7})-(\d)$")
_BUSINESS_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2)


#: What a key, a node label and a relationship type are called in messages (``what``).
KEY = said("errors.model.what.key")
LABEL = said("errors.model.what.label")
REL_TYPE = said("errors.model.what.rel_type")


def allowed(values: Any) -> str:
    """The allowed values of an enum or sequence, as a readable list.

    >>> allowed(Role)
    'lead, partner, funder, participant'
    """
    return ", ".join(str(v.value if isinstance(v, StrEnum) else v) for v in values)


@cache
def _members_by_value(enum: type[E]) -> dict[str, E]:
    return {member.value: member for member in enum}


def parse_enum(enum: type[E], value: Any, what: str | Said) -> E:
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
            said("errors.model.not_one_of", what=what, value=quoted(value), allowed=allowed(enum)),
            value=value,
            allowed=list(enum),
        ) from None


def _parse_lazily(enum: type[E], value: Any, what: Callable[[], str | Said]) -> E:
    """parse_enum, building the description only when the value is refused."""
    if type(value) is enum:
        return value
    member = _members_by_value(enum).get(value) if isinstance(value, str) else None
    return member if member is not None else parse_enum(enum, value, what())


def _key_lazily(key: Any, what: Callable[[], str | Said]) -> str:
    """validate_key, building the description only when the key is refused."""
    if isinstance(key, str) and _is_valid_key(key):
        return key
    return validate_key(key, what())


@lru_cache(maxsize=65536)
def _is_valid_key(key: str) -> bool:
    return _KEY_RE.fullmatch(key) is not None


def validate_key(key: Any, what: str | Said = KEY) -> str:
    """Return ``key`` if it is a valid node key (letters, digits, ``_ . : -``, ≤128 chars).

    >>> validate_key("a-001")
    'a-001'
    """
    if not isinstance(key, str) or not _is_valid_key(key):
        raise ValidationError(
            said("errors.model.bad_key", what=what, value=quoted(key)),
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


_THEME_WORDS = {
    word: t.key
    for t in BUILTIN_THEMES
    for word in (t.key, fold_text(t.name_fi), fold_text(t.name_en), *t.aliases)
}
_NOT_IN_KEY = re.compile(r"[^\w.-]+")


def theme_key(word: str) -> str:
    """The key of the theme a word names: a built-in theme's key for any of its words,
    otherwise the folded word with runs of other characters as ``-``.

    >>> theme_key("Työllisyys"), theme_key("ymparisto"), theme_key("Kestävä matkailu")
    ('employment', 'environment', 'kestava-matkailu')
    """
    folded = fold_text(word.strip())
    return _THEME_WORDS.get(folded) or _NOT_IN_KEY.sub("-", folded).strip("-")[:128] or "theme"


def clean_props(props: dict[str, Any]) -> dict[str, Any]:
    """Drop properties with no value (None, empty list), as both stores would."""
    return {k: v for k, v in props.items() if v is not None and (type(v) is not list or v)}


_NODE_NAMES = {label: frozenset(names) for label, names in NODE_PROPERTIES.items()}
_EDGE_NAMES = {rel: frozenset(names) for rel, names in EDGE_PROPERTIES.items()}
_SCALARS = (str, int, float, bool)


def _check_props(
    where: Callable[[], Said], props: dict[str, Any], names: tuple[str, ...], known: frozenset[str]
) -> None:
    if not known.issuperset(props):
        unknown = sorted(set(props) - known)
        none = said("errors.model.no_properties")
        raise ValidationError(
            said(
                f"errors.model.unknown_properties.{'one' if len(unknown) == 1 else 'many'}",
                where=where(),
                names=", ".join(unknown),
                allowed=allowed(names) or none,
            ),
            value=unknown,
        )
    for name, value in props.items():
        if name in LIST_PROPERTIES:
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise ValidationError(
                    said("errors.model.list_of_strings", where=where(), name=name), value=name
                )
            problem = list_problem(value)
        elif type(value) is str:
            problem = text_problem(value, text_limit(name))
        elif not isinstance(value, _SCALARS) or (type(value) is float and not math.isfinite(value)):
            raise ValidationError(said("errors.model.scalar", where=where(), name=name), value=name)
        else:
            continue
        if problem:
            raise ValidationError(
                said("errors.model.property", where=where(), name=name, problem=problem),
                value=name,
            )


def _in(where: Said, name: str) -> Said:
    """``where: name``, the description of a property refused in a node or relationship."""
    return said("errors.model.where.property", where=where, name=name)


def validate_node(node: Node) -> Node:
    """Check a node against the vocabulary and return it with its properties cleaned.

    Raises ValidationError naming the label, key, property and the allowed values.
    """
    label = parse_enum(Label, node.label, LABEL)
    key = _key_lazily(node.key, lambda: said("errors.model.what.label_key", label=str(label)))

    def where() -> Said:
        return said("errors.model.where.node", label=str(label), key=repr(key))

    props = clean_props(node.props)
    _check_props(where, props, NODE_PROPERTIES[label], _NODE_NAMES[label])
    if label is Label.ACTOR:
        if "kind" in props:
            props["kind"] = _parse_lazily(
                ActorKind, props["kind"], lambda: _in(where(), "kind")
            ).value
        email = props.get("contact_email")
        if email is not None and not is_valid_email(str(email)):
            raise ValidationError(said("errors.model.email", where=where(), value=quoted(email)))
        bid = props.get("business_id")
        if bid is not None and not is_valid_business_id(str(bid)):
            raise ValidationError(
                said("errors.model.business_id", where=where(), value=quoted(bid))
            )
    elif label is Label.ACTION and "status" in props:
        props["status"] = _parse_lazily(
            Status, props["status"], lambda: _in(where(), "status")
        ).value
    elif label is Label.ROCKET and "kind" in props:
        props["kind"] = _parse_lazily(RocketKind, props["kind"], lambda: _in(where(), "kind")).value
    return Node(label, key, props)


def validate_edge(edge: Edge) -> Edge:
    """Check a relationship against the vocabulary and return it with cleaned properties."""
    rel_type = parse_enum(RelType, edge.type, REL_TYPE)
    start = _key_lazily(edge.start, lambda: said("errors.model.what.start_key", type=str(rel_type)))
    end = _key_lazily(edge.end, lambda: said("errors.model.what.end_key", type=str(rel_type)))

    def where() -> Said:
        return said("errors.model.where.edge", type=str(rel_type), start=repr(start), end=repr(end))

    if rel_type is RelType.COLLABORATES_WITH and start == end:
        raise ValidationError(said("errors.model.self_collaboration", where=where()))
    props = clean_props(edge.props)
    _check_props(where, props, EDGE_PROPERTIES[rel_type], _EDGE_NAMES[rel_type])
    if rel_type is RelType.RUNS:
        role = props.get("role", Role.PARTNER)
        props["role"] = _parse_lazily(Role, role, lambda: _in(where(), "role")).value
    if rel_type is RelType.FUELS:
        props["primary"] = bool(props.get("primary", False))
    return Edge(rel_type, start, end, props)

"""The browse lists of actors and actions: one row per node with the counts a programme
leader filters and sorts by (actions, partners, runners, leads, rockets).

Rows are built from one store snapshot (now, or as of a day) and cached per graph version;
filtering, sorting and paging are plain functions on those rows. Contact fields stay in the
rows: the caller decides who sees them.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from graphsvc.model import CONTACT_FIELDS, Label, RelType, Role
from graphsvc.model_rules import fold_text
from graphsvc.records import Snapshot
from graphsvc.services.analysis_cache import CACHE
from graphsvc.services.as_of import store_on
from graphsvc.stores.base import GraphStore, search_text

#: Columns a list sorts by; the first is the default.
SORTS: dict[Label, tuple[str, ...]] = {
    Label.ACTOR: ("name", "kind", "rockets", "actions", "partners", "municipality"),
    Label.ACTION: ("title", "status", "rockets", "runners", "leads", "start"),
}
#: Yes/no filters of a list: actors running nothing or only alone; actions without a lead
#: or run by one actor.
FLAGS: dict[Label, tuple[str, ...]] = {
    Label.ACTOR: ("no_actions", "alone"),
    Label.ACTION: ("no_lead", "solo"),
}
PAGE_SIZES = (25, 50, 100)
_NUMERIC = frozenset({"actions", "partners", "runners", "leads"})
_CACHE_KIND = "browse"
#: The Finnish alphabet ends z, å, ä, ö: these sort after every other letter.
#: (Private-use characters: above every letter, and no normalisation decomposes them.)
_FINNISH_LAST = str.maketrans({"å": "\ue000", "ä": "\ue001", "ö": "\ue002"})


@dataclass(frozen=True)
class ListFilter:
    """What a list keeps: a kind or status, a rocket, folded search text and yes/no flags."""

    kind: str | None = None
    status: str | None = None
    rocket: str | None = None
    text: str = ""
    flags: frozenset[str] = field(default_factory=frozenset)


def rocket_ranks(snapshot: Snapshot) -> dict[str, tuple[int, str]]:
    """Rocket key -> its place in programme order: rockets 1–5, then the launch pad."""
    ranks = {}
    for node in snapshot.nodes:
        if node.label is Label.ROCKET:
            number = int(node.props.get("number") or 0)
            ranks[node.key] = (number if number > 0 else 99, node.key)
    return ranks


def build_rows(snapshot: Snapshot) -> dict[Label, list[dict[str, Any]]]:
    """The actor and action rows of a snapshot, ordered by key."""
    ranks = rocket_ranks(snapshot)
    runs = [e for e in snapshot.edges if e.type is RelType.RUNS]
    runners: dict[str, list[tuple[str, str]]] = {}
    for edge in runs:
        runners.setdefault(edge.end, []).append((edge.start, str(edge.props.get("role", ""))))
    fuels: dict[str, list[str]] = {}
    for edge in snapshot.edges:
        if edge.type is RelType.FUELS:
            fuels.setdefault(edge.start, []).append(edge.end)
    action_rockets = {
        a: sorted(found, key=lambda r: ranks.get(r, (100, r))) for a, found in fuels.items()
    }
    actions: list[dict[str, Any]] = []
    actors: list[dict[str, Any]] = []
    by_actor: dict[str, list[str]] = {}
    for edge in runs:
        by_actor.setdefault(edge.start, []).append(edge.end)
    for node in snapshot.nodes:
        if node.label is Label.ACTION:
            who = runners.get(node.key, [])
            rockets = action_rockets.get(node.key, [])
            actions.append(
                {
                    "key": node.key,
                    "title": str(node.props.get("title") or node.key),
                    "status": node.props.get("status"),
                    "start": node.props.get("start"),
                    "end": node.props.get("end"),
                    "rockets": rockets,
                    "runners": len(who),
                    "leads": sum(1 for _, role in who if role == Role.LEAD),
                    "rocket_rank": ranks.get(rockets[0], (100, "")) if rockets else (100, ""),
                    "search": search_text(Label.ACTION, node.key, node.props),
                }
            )
        elif node.label is Label.ACTOR:
            runs_of = by_actor.get(node.key, [])
            partners = {a for action in runs_of for a, _ in runners.get(action, [])} - {node.key}
            rockets = sorted(
                {r for action in runs_of for r in action_rockets.get(action, [])},
                key=lambda r: ranks.get(r, (100, r)),
            )
            actors.append(
                {
                    "key": node.key,
                    "name": str(node.props.get("name") or node.key),
                    "kind": node.props.get("kind"),
                    "municipality": node.props.get("municipality"),
                    "sector": node.props.get("sector"),
                    **{f: node.props.get(f) for f in CONTACT_FIELDS},
                    "rockets": rockets,
                    "actions": len(runs_of),
                    "partners": len(partners),
                    "rocket_rank": ranks.get(rockets[0], (100, "")) if rockets else (100, ""),
                    "search": search_text(Label.ACTOR, node.key, node.props),
                }
            )
    return {Label.ACTOR: actors, Label.ACTION: actions}


def list_rows(store: GraphStore, label: Label, as_of: str | None = None) -> list[dict[str, Any]]:
    """Every row of ``label`` in the store (now, or as of a day), cached per graph version.

    Raises ValidationError for a malformed ``as_of``. The rows are shared: do not change them.
    """
    then = store_on(store, as_of)
    version = then.version()
    key = (then.url, version, _CACHE_KIND, (as_of,))
    rows = CACHE.get_or_compute(key, lambda: build_rows(then.snapshot()))
    return rows[label]


def _keeps(row: dict[str, Any], label: Label, f: ListFilter) -> bool:
    if f.kind and row.get("kind") != f.kind:
        return False
    if f.status and row.get("status") != f.status:
        return False
    if f.rocket and f.rocket not in row["rockets"]:
        return False
    if f.text and f.text not in row["search"]:
        return False
    if label is Label.ACTOR:
        if "no_actions" in f.flags and row["actions"]:
            return False
        if "alone" in f.flags and not (row["actions"] and not row["partners"]):
            return False
    else:
        if "no_lead" in f.flags and row["leads"]:
            return False
        if "solo" in f.flags and row["runners"] != 1:
            return False
    return True


def filtered(rows: Iterable[dict[str, Any]], label: Label, f: ListFilter) -> list[dict[str, Any]]:
    """The rows that ``f`` keeps, in their order.

    >>> rows = [{"kind": "city", "rockets": [], "search": "kouvola", "actions": 0, "partners": 0}]
    >>> len(filtered(rows, Label.ACTOR, ListFilter(kind="city", flags=frozenset({"no_actions"}))))
    1
    """
    return [row for row in rows if _keeps(row, label, f)]


def collation_key(text: str, lang: str = "fi") -> str:
    """What text sorts by: case and accents ignored, and in Finnish å, ä, ö after z.

    >>> sorted(["Ääneen", "Zeta", "Aalto", "Émile"], key=collation_key)
    ['Aalto', 'Émile', 'Zeta', 'Ääneen']
    >>> sorted(["Ääneen", "Zeta", "Aalto"], key=lambda t: collation_key(t, "en"))
    ['Aalto', 'Ääneen', 'Zeta']
    """
    if lang != "fi":
        return fold_text(text)
    return fold_text(text.casefold().translate(_FINNISH_LAST))


def sorted_rows(
    rows: list[dict[str, Any]], column: str, descending: bool, lang: str = "fi"
) -> list[dict[str, Any]]:
    """The rows ordered by ``column`` (one of SORTS) in ``lang``'s alphabet, ties by name;
    empty values last.

    >>> rows = [{"name": "B", "actions": 1}, {"name": "a", "actions": 2}]
    >>> [r["name"] for r in sorted_rows(rows, "actions", True)], sorted_rows(rows, "name", False)[0]
    (['a', 'B'], {'name': 'a', 'actions': 2})
    """
    name = "title" if rows and "title" in rows[0] else "name"

    def by_name(row: dict[str, Any]) -> str:
        return collation_key(str(row[name]), lang)

    ordered = sorted(rows, key=by_name)
    if column in _NUMERIC:
        return sorted(ordered, key=lambda r: int(r[column]), reverse=descending)
    if column == "rockets":
        return sorted(ordered, key=lambda r: r["rocket_rank"], reverse=descending)
    present = [r for r in ordered if row_has(r, column)]
    absent = [r for r in ordered if not row_has(r, column)]
    if column != name:
        present.sort(key=lambda r: collation_key(str(r[column]), lang), reverse=descending)
    elif descending:
        present.reverse()
    return present + absent


def row_has(row: dict[str, Any], column: str) -> bool:
    """Whether a row has a value in ``column``."""
    return row.get(column) not in (None, "")


def page_of(rows: list[Any], number: int, size: int) -> tuple[list[Any], int, int]:
    """Page ``number`` (from 1; past the end: the last) of ``size`` rows, that number, and
    how many pages there are (at least 1).

    >>> page_of(list(range(5)), 9, 2)
    ([4], 3, 3)
    """
    pages = max(1, math.ceil(len(rows) / size))
    number = min(max(1, number), pages)
    return rows[(number - 1) * size : number * size], number, pages

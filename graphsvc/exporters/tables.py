"""The workbook tables of a snapshot: the rows of each sheet, as an import would read them."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from graphsvc.indicator_model import Indicator, Observation, indicator_as_dict, observation_as_dict
from graphsvc.loaders.rows import SPECS
from graphsvc.model import (
    CONTACT_FIELDS,
    Edge,
    Label,
    Node,
    RelType,
    ends_by_start,
    local_rocket_key,
)
from graphsvc.records import Snapshot


@dataclass
class Table:
    """One sheet: its column names and its rows of text."""

    columns: tuple[str, ...]
    rows: list[list[str]]


def cell(value: Any) -> str:
    """A property value as workbook text: lists joined with ``;``, booleans lower-case.

    >>> cell(["rail", "food"]), cell(True), cell(None), cell(3)
    ('rail;food', 'true', '', '3')
    """
    if value is None:
        return ""
    if isinstance(value, list):
        return ";".join(str(v) for v in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def in_model_order(props: dict[str, Any], names: tuple[str, ...]) -> dict[str, Any]:
    """``props`` ordered as the vocabulary lists the property names (stable output bytes).

    >>> in_model_order({"kind": "city", "name": "K"}, ("name", "kind"))
    {'name': 'K', 'kind': 'city'}
    """
    rank = {name: i for i, name in enumerate(names)}
    return dict(sorted(props.items(), key=lambda item: (rank.get(item[0], len(rank)), item[0])))


def rockets_by_action(edges: list[Edge]) -> dict[str, list[str]]:
    """Action key -> the rockets it fuels, primary first, then by key."""
    return ends_by_start(edges, RelType.FUELS)


def workbook_tables(
    snapshot: Snapshot,
    *,
    include_contacts: bool = False,
    indicators: Sequence[Indicator] = (),
    observations: Sequence[Observation] = (),
) -> dict[str, Table]:
    """The sheets of the workbook format, rows ordered by key (contacts only if asked):
    the graph's five, then the indicators and their yearly values."""
    derived: dict[Label, dict[str, dict[str, Any]]] = {
        Label.ACTION: _columns_of_actions(snapshot.edges),
        Label.ROCKET: _columns_of_rockets(snapshot.edges),
        Label.PROGRAMME: {
            e.start: {"part_of": e.end} for e in snapshot.edges if e.type is RelType.CARRIES_OUT
        },
    }
    tables: dict[str, Table] = {}
    actor_columns = tuple(
        c for c in SPECS["actors"].columns if include_contacts or c not in CONTACT_FIELDS
    )
    sheets: dict[str, tuple[Label, tuple[str, ...]]] = {
        "actors": (Label.ACTOR, actor_columns),
        "actions": (Label.ACTION, SPECS["actions"].columns),
        "programmes": (Label.PROGRAMME, SPECS["programmes"].columns),
        "rockets": (Label.ROCKET, SPECS["rockets"].columns),
        "themes": (Label.THEME, SPECS["themes"].columns),
    }
    for name, (label, columns) in sheets.items():
        nodes = [n for n in snapshot.nodes if n.label is label]
        tables[name] = _node_table(nodes, columns, derived.get(label, {}))
    edge_sheets = {
        "participation": (RelType.RUNS, SPECS["participation"].columns),
        "collaborations": (RelType.COLLABORATES_WITH, SPECS["collaborations"].columns),
    }
    for name, (rel_type, columns) in edge_sheets.items():
        edges = [e for e in snapshot.edges if e.type is rel_type]
        tables[name] = Table(
            columns,
            [_row({columns[0]: e.start, columns[1]: e.end, **e.props}, columns) for e in edges],
        )
    columns = SPECS["indicators"].columns
    rows = [_row({**indicator_as_dict(i), "owner": i.owner}, columns) for i in indicators]
    tables["indicators"] = Table(columns, rows)
    columns = SPECS["indicator_values"].columns
    tables["indicator_values"] = Table(
        columns, [_row(observation_as_dict(o), columns) for o in observations]
    )
    return {name: tables[name] for name in SPECS}


def _columns_of_actions(edges: list[Edge]) -> dict[str, dict[str, Any]]:
    """An action's ``rocket`` and ``themes`` cells, from its relationships: a rocket whose
    own key several programmes have is written ``programme:key``."""
    rockets = ends_by_start(edges, RelType.FUELS)
    themes = ends_by_start(edges, RelType.ADDRESSES)
    owner = {e.start: e.end for e in edges if e.type is RelType.PART_OF}
    shared = Counter(local_rocket_key(k) for k in owner)
    written = {
        k: f"{p}:{local_rocket_key(k)}" if shared[local_rocket_key(k)] > 1 else k
        for k, p in owner.items()
    }
    return {
        key: {
            "rocket": [written.get(r, r) for r in rockets.get(key, [])],
            "themes": themes.get(key, []),
        }
        for key in rockets.keys() | themes.keys()
    }


def _columns_of_rockets(edges: list[Edge]) -> dict[str, dict[str, Any]]:
    """A rocket's own ``key`` and its ``programme``, from its ``PART_OF``."""
    return {
        e.start: {"key": local_rocket_key(e.start), "programme": e.end}
        for e in edges
        if e.type is RelType.PART_OF
    }


def _node_table(
    nodes: list[Node], columns: tuple[str, ...], derived: dict[str, dict[str, Any]]
) -> Table:
    """One node sheet; the cells that come from relationships are in ``derived``."""
    rows = []
    for node in nodes:
        props = {"key": node.key, **node.props, **derived.get(node.key, {})}
        rows.append(_row(props, columns))
    return Table(columns, rows)


def _row(values: dict[str, Any], columns: tuple[str, ...]) -> list[str]:
    return [cell(values.get(c)) for c in columns]

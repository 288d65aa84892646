"""The workbook tables of a snapshot: the rows of each sheet, as an import would read them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from graphsvc.indicator_model import Indicator, Observation, indicator_as_dict, observation_as_dict
from graphsvc.loaders.rows import SPECS
from graphsvc.model import CONTACT_FIELDS, Edge, Label, Node, RelType
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
    fuels = sorted(
        (e for e in edges if e.type is RelType.FUELS),
        key=lambda e: (e.start, not e.props.get("primary", False), e.end),
    )
    rockets: dict[str, list[str]] = {}
    for edge in fuels:
        rockets.setdefault(edge.start, []).append(edge.end)
    return rockets


def workbook_tables(
    snapshot: Snapshot,
    *,
    include_contacts: bool = False,
    indicators: Sequence[Indicator] = (),
    observations: Sequence[Observation] = (),
) -> dict[str, Table]:
    """The sheets of the workbook format, rows ordered by key (contacts only if asked):
    the graph's five, then the indicators and their yearly values."""
    rockets = rockets_by_action(snapshot.edges)
    tables: dict[str, Table] = {}
    actor_columns = tuple(
        c for c in SPECS["actors"].columns if include_contacts or c not in CONTACT_FIELDS
    )
    sheets: dict[str, tuple[Label, tuple[str, ...]]] = {
        "actors": (Label.ACTOR, actor_columns),
        "actions": (Label.ACTION, SPECS["actions"].columns),
        "rockets": (Label.ROCKET, SPECS["rockets"].columns),
    }
    for name, (label, columns) in sheets.items():
        nodes = [n for n in snapshot.nodes if n.label is label]
        tables[name] = _node_table(nodes, columns, rockets if label is Label.ACTION else None)
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


def _node_table(
    nodes: list[Node], columns: tuple[str, ...], rockets: dict[str, list[str]] | None
) -> Table:
    """One node sheet; an action's ``rocket`` column comes from ``rockets``."""
    rows = []
    for node in nodes:
        props = {"key": node.key, **node.props}
        if rockets is not None:
            props["rocket"] = rockets.get(node.key, [])
        rows.append(_row(props, columns))
    return Table(columns, rows)


def _row(values: dict[str, Any], columns: tuple[str, ...]) -> list[str]:
    return [cell(values.get(c)) for c in columns]

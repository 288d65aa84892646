"""How SQLiteStore keeps indicators: the ``indicators`` and ``indicator_values`` tables.

An indicator's owner is a foreign key to the actor's row that becomes NULL when the
actor leaves or is erased, as the ``OWNED_BY`` relationship goes with the actor in Neo4j.
"""

from __future__ import annotations

import sqlite3

from orjson import loads

from graphsvc.indicator_model import Indicator, Observation
from graphsvc.model import Label
from graphsvc.stores.history import dump_props
from graphsvc.stores.indicator_plan import (
    IndicatorWrites,
    definition,
    indicator_from,
    measured_label,
    observation_from,
    value_props,
)

_INDICATOR_COLUMNS = "key, props, measures_key, owner_key"
ALL_INDICATORS = f"SELECT {_INDICATOR_COLUMNS} FROM indicators ORDER BY key"  # noqa: S608
GET_INDICATOR = f"SELECT {_INDICATOR_COLUMNS} FROM indicators WHERE key = ?"  # noqa: S608
ALL_VALUES = "SELECT indicator, year, props FROM indicator_values ORDER BY indicator, year"
VALUES_OF = "SELECT indicator, year, props FROM indicator_values WHERE indicator = ? ORDER BY year"
GET_VALUE = "SELECT indicator, year, props FROM indicator_values WHERE indicator = ? AND year = ?"
IS_ACTOR = "SELECT 1 FROM nodes WHERE label = ? AND key = ?"
UPSERT_INDICATOR = (
    "INSERT INTO indicators (key, props, measures_label, measures_key, owner_label, owner_key) "
    "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET props = excluded.props, "
    "measures_label = excluded.measures_label, measures_key = excluded.measures_key, "
    "owner_label = excluded.owner_label, owner_key = excluded.owner_key"
)
UPSERT_VALUE = (
    "INSERT INTO indicator_values (indicator, year, props) VALUES (?, ?, ?) "
    "ON CONFLICT (indicator, year) DO UPDATE SET props = excluded.props"
)
DELETE_INDICATOR = "DELETE FROM indicators WHERE key = ?"
DELETE_VALUE = "DELETE FROM indicator_values WHERE indicator = ? AND year = ?"
CLEAR_INDICATORS = "DELETE FROM indicators"


def to_indicator(row: tuple) -> Indicator:
    """An indicator from a row of ``indicators``."""
    key, props, measures, owner = row
    return indicator_from(key, loads(props), measures, owner)


def to_observation(row: tuple) -> Observation:
    """A yearly value from a row of ``indicator_values``."""
    return observation_from(row[0], row[1], loads(row[2]))


class SQLiteIndicatorTable:
    """The IndicatorTable of one SQLite write transaction."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def indicators(self, keys: list[str]) -> dict[str, Indicator]:
        """The stored indicators among ``keys``."""
        rows = [r for k in keys for r in self.conn.execute(GET_INDICATOR, (k,))]
        return {r[0]: to_indicator(r) for r in rows}

    def values(self, pairs: list[tuple[str, int]]) -> dict[tuple[str, int], Observation]:
        """The stored values among ``pairs``."""
        rows = [r for p in pairs for r in self.conn.execute(GET_VALUE, p)]
        return {(r[0], r[1]): to_observation(r) for r in rows}

    def actors(self, keys: list[str]) -> set[str]:
        """Which of ``keys`` are actors now."""
        label = Label.ACTOR.value
        return {k for k in keys if self.conn.execute(IS_ACTOR, (label, k)).fetchone()}


def write_indicators(conn: sqlite3.Connection, writes: IndicatorWrites) -> None:
    """Write a plan's indicator rows (deletes first; values after their indicators)."""
    conn.executemany(DELETE_VALUE, writes.value_deletes)
    conn.executemany(DELETE_INDICATOR, [(k,) for k in writes.indicator_deletes])
    actor = Label.ACTOR.value
    conn.executemany(
        UPSERT_INDICATOR,
        [
            (
                i.key,
                dump_props(definition(i)),
                measured_label(i).value,
                i.measures,
                actor if i.owner else None,
                i.owner,
            )
            for i in writes.indicators
        ],
    )
    conn.executemany(
        UPSERT_VALUE,
        [(o.indicator, o.year, dump_props(value_props(o))) for o in writes.values],
    )

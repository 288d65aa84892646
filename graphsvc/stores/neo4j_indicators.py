"""How Neo4jStore keeps indicators: reads and writes inside its transaction functions."""

from __future__ import annotations

from neo4j import ManagedTransaction

from graphsvc.indicator_model import Indicator, IndicatorRel, Observation
from graphsvc.model import Label
from graphsvc.stores import cypher_indicators as cy
from graphsvc.stores.indicator_plan import (
    DEFINITION,
    IndicatorWrites,
    definition,
    indicator_from,
    measured_label,
    observation_from,
    value_props,
)
from graphsvc.stores.neo4j_tx import rows_of


def to_indicators(rows: list | None) -> list[Indicator]:
    """Indicators from ``[key, props, measures, owner]`` rows."""
    return [
        indicator_from(key, {n: props.get(n) for n in DEFINITION}, measures, owner)
        for key, props, measures, owner in rows or []
    ]


def to_observations(rows: list | None) -> list[Observation]:
    """Yearly values from ``[indicator, year, props]`` rows."""
    return [observation_from(key, year, props) for key, year, props in rows or []]


class Neo4jIndicatorTable:
    """The IndicatorTable of one Neo4j write transaction."""

    def __init__(self, tx: ManagedTransaction) -> None:
        self.tx = tx

    def indicators(self, keys: list[str]) -> dict[str, Indicator]:
        """The stored indicators among ``keys``."""
        found = to_indicators(rows_of(self.tx, cy.INDICATORS, keys=keys))
        return {i.key: i for i in found}

    def values(self, pairs: list[tuple[str, int]]) -> dict[tuple[str, int], Observation]:
        """The stored values among ``pairs``."""
        found = to_observations(rows_of(self.tx, cy.VALUES, pairs=[list(p) for p in pairs]))
        return {(o.indicator, o.year): o for o in found}

    def actors(self, keys: list[str]) -> set[str]:
        """Which of ``keys`` are actors now."""
        return set(rows_of(self.tx, cy.ACTORS, keys=keys) or [])


def write_indicators(tx: ManagedTransaction, writes: IndicatorWrites) -> None:
    """Write a plan's indicators and values (deletes first; links after the nodes)."""
    if writes.value_deletes:
        tx.run(cy.DELETE_VALUES, pairs=[list(p) for p in writes.value_deletes]).consume()
    if writes.indicator_deletes:
        tx.run(cy.DELETE_INDICATORS, keys=writes.indicator_deletes).consume()
    if writes.indicators:
        rows = [[i.key, definition(i)] for i in writes.indicators]
        tx.run(cy.UPSERT_INDICATORS, rows=rows).consume()
        links: dict[tuple[str, str], list[list[str]]] = {}
        for i in writes.indicators:
            measures = (IndicatorRel.MEASURES.value, measured_label(i).value)
            links.setdefault(measures, []).append([i.key, i.measures])
            if i.owner:
                owner = (IndicatorRel.OWNED_BY.value, Label.ACTOR.value)
                links.setdefault(owner, []).append([i.key, i.owner])
        for end, link_rows in links.items():
            tx.run(cy.LINK[end], rows=link_rows).consume()
    if writes.values:
        values = [[o.indicator, o.year, value_props(o)] for o in writes.values]
        tx.run(cy.UPSERT_VALUES, rows=values).consume()

"""Backup and restore of the Neo4j store: every record as a plain dict, in one transaction.

:func:`dump` reads the graph (nodes with every stored property, relationships), its
history periods, indicators with their values, presentations, handled marks of gaps, users,
API keys, pseudonyms and the audit log in one write transaction that first takes the graph
writers' lock and the audit counter's lock, so the copy is one consistent moment while the
service keeps running (writers wait for the read, which takes well under a second for a
register of thousands of actors). :func:`load` writes such records into an empty store in one
transaction. Sessions are not carried: they do not survive a restore.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import Any

from neo4j import ManagedTransaction

from graphsvc.errors import ValidationError
from graphsvc.messages import said
from graphsvc.model import ENDPOINTS, Label, RelType
from graphsvc.records import GapMark
from graphsvc.stores import (
    cypher,
    cypher_audit,
    cypher_gap_marks,
    cypher_history,
    cypher_indicators,
    cypher_presentations,
    cypher_survey,
)
from graphsvc.stores.indicator_plan import IndicatorWrites
from graphsvc.stores.neo4j_gap_marks import write_mark
from graphsvc.stores.neo4j_history import add_missing_periods
from graphsvc.stores.neo4j_indicators import to_indicators, to_observations, write_indicators
from graphsvc.stores.neo4j_store import Neo4jStore
from graphsvc.stores.neo4j_tx import META, chunks, lock, rows_of, run

#: How each internal record is written back: accounts, the audit log, history periods.
_CREATE = {
    **cypher_audit.CREATE_RECORDS,
    **cypher_history.CREATE_PERIODS,
    **cypher_presentations.CREATE_RECORDS,
    **cypher_survey.CREATE_RECORDS,
}


def dump(store: Neo4jStore) -> list[dict[str, Any]]:
    """Every record of the store, graph first, then accounts, then the audit log's head."""

    def work(tx: ManagedTransaction) -> list[dict[str, Any]]:
        lock(tx)
        run(tx, cypher_audit.LOCK_AUDIT_COUNTER)
        return list(_records(tx))

    result: list[dict[str, Any]] = store.write_work(work)
    return result


def _records(tx: ManagedTransaction) -> Iterator[dict[str, Any]]:
    for label in Label:
        for _, props in rows_of(tx, cypher.ALL_NODES[label]) or []:
            yield {"kind": "node", "label": label.value, "props": props}
    for rel_type in ENDPOINTS:
        for start, end, props in rows_of(tx, cypher.EDGES_ALL[rel_type]) or []:
            yield {
                "kind": "edge",
                "type": rel_type.value,
                "start": start,
                "end": end,
                "props": props,
            }
    for key, props, measures, owner in rows_of(tx, cypher_indicators.ALL_INDICATORS) or []:
        yield {
            "kind": "indicator",
            "key": key,
            "props": props,
            "measures": measures,
            "owner": owner,
        }
    for indicator, year, props in rows_of(tx, cypher_indicators.ALL_VALUES) or []:
        yield {"kind": "indicator_value", "indicator": indicator, "year": year, "props": props}
    for gap_id, by, at, note in rows_of(tx, cypher_gap_marks.ALL_MARKS) or []:
        yield {"kind": "gap_mark", "gap_id": gap_id, "by": by, "at": at, "note": note or ""}
    internal_records = {
        **cypher_audit.ALL_RECORDS,
        **cypher_history.ALL_PERIODS,
        **cypher_presentations.ALL_RECORDS,
        **cypher_survey.ALL_RECORDS,
    }
    for internal, query in internal_records.items():
        for props in rows_of(tx, query) or []:
            yield {"kind": "record", "label": internal, "props": props}
    head = run(tx, cypher_audit.GET_AUDIT_HEAD)
    yield {
        "kind": "audit_head",
        "seq": head[0]["seq"] if head else 0,
        "hash": head[0]["hash"] if head else None,
    }


def load(store: Neo4jStore, records: Iterable[dict[str, Any]]) -> None:
    """Write dumped records into the store in one transaction (the caller checked that
    the store is empty); nodes replace the built-in ones with their backed-up values."""
    nodes: dict[Label, list[dict[str, Any]]] = {}
    edges: dict[RelType, list[dict[str, Any]]] = {}
    internal: dict[str, list[dict[str, Any]]] = {}
    head: dict[str, Any] = {"seq": 0, "hash": None}
    indicators = IndicatorWrites()
    owners: dict[str, str] = {}
    marks: list[GapMark] = []
    for number, record in enumerate(records, 2):
        try:
            kind = record["kind"]
            if kind == "node":
                nodes.setdefault(Label(record["label"]), []).append(dict(record["props"]))
            elif kind == "edge":
                row = {"start": record["start"], "end": record["end"], "props": record["props"]}
                edges.setdefault(RelType(record["type"]), []).append(row)
            elif kind == "record" and record["label"] in _CREATE:
                internal.setdefault(record["label"], []).append(dict(record["props"]))
            elif kind == "indicator":
                indicators.indicators.extend(to_indicators([_indicator_row(record)]))
            elif kind == "indicator_owner":
                owners[record["key"]] = record["owner"]
            elif kind == "indicator_value":
                value = [record["indicator"], record["year"], record["props"]]
                indicators.values.extend(to_observations([value]))
            elif kind == "gap_mark":
                marks.append(GapMark(record["gap_id"], record["by"], record["at"], record["note"]))
            elif kind == "audit_head":
                head = {"seq": int(record["seq"]), "hash": record["hash"]}
            else:
                raise ValueError(f"unknown record {kind!r}")
        except (KeyError, TypeError, ValueError) as e:
            raise ValidationError(
                said("errors.store.neo4j_backup_line", number=f"{number}", problem=f"{e!s:.200}")
            ) from e

    def work(tx: ManagedTransaction) -> None:
        lock(tx)
        for label, rows in nodes.items():
            for part in chunks(rows):
                run(tx, cypher.UPSERT_NODES[label], rows=part)
        for rel_type, rows in edges.items():
            for part in chunks(rows):
                run(tx, cypher.UPSERT_EDGES[rel_type], rows=part)
        tx.run(cypher_history.CLEAR_PERIODS).consume()  # the empty store's built-in periods
        for internal_label, rows in internal.items():
            for part in chunks(rows):
                run(tx, _CREATE[internal_label], rows=part)
        owned = [replace(i, owner=owners.get(i.key)) for i in indicators.indicators]
        write_indicators(tx, replace(indicators, indicators=owned))
        for mark in marks:
            write_mark(tx, mark)
        add_missing_periods(tx)  # a backup from before history: its graph begins today
        run(tx, cypher_audit.SET_AUDIT_HEAD, seq=head["seq"], hash=head["hash"])
        tx.run(cypher.BUMP_VERSION, META).consume()

    store.write_work(work)


def _indicator_row(record: dict[str, Any]) -> list[Any]:
    return [record["key"], dict(record["props"]), record["measures"], None]

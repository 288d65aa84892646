"""How Neo4jStore keeps handled marks of gaps: transaction functions over ``GapMark`` nodes.

Writes lock the meta node first, as every graphsvc write does, and bump the version that
analysis caches are keyed by (a mark changes what the gaps analysis answers).
"""

from __future__ import annotations

from neo4j import ManagedTransaction

from graphsvc.records import GapMark
from graphsvc.stores import cypher
from graphsvc.stores import cypher_gap_marks as cy
from graphsvc.stores.neo4j_tx import META, lock, run


def to_marks(rows: list | None) -> list[GapMark]:
    """Marks from ``[gap_id, by, at, note]`` rows."""
    return [GapMark(gap_id, by, at, note or "") for gap_id, by, at, note in rows or []]


def write_mark(tx: ManagedTransaction, mark: GapMark) -> bool:
    """Store or replace a mark; True if the gap had none."""
    lock(tx)
    found = run(tx, cy.UPSERT_MARK, gap_id=mark.gap_id, by=mark.by, at=mark.at, note=mark.note)
    tx.run(cypher.BUMP_VERSION, META).consume()
    return bool(found[0]["new"])


def delete_mark(tx: ManagedTransaction, gap_id: str) -> bool:
    """Remove a gap's mark; False if it had none."""
    lock(tx)
    if not run(tx, cy.DELETE_MARK, gap_id=gap_id)[0]["deleted"]:
        return False
    tx.run(cypher.BUMP_VERSION, META).consume()
    return True

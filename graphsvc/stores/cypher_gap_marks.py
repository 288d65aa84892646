"""The Cypher of the Neo4j store's handled marks of gaps.

One ``(:GapMark {gap_id, marked_by, marked_at, note})`` per gap marked handled; the label
comes from :class:`~graphsvc.records.GapMarkLabel`, values always travel as parameters.
"""

from __future__ import annotations

from graphsvc.records import GapMarkLabel

MARK = GapMarkLabel.GAP_MARK.value

#: (name, statement) of the constraint mark writes rely on.
SCHEMA: tuple[tuple[str, str], ...] = (
    (
        "graphsvc_gap_mark_id",
        f"CREATE CONSTRAINT graphsvc_gap_mark_id IF NOT EXISTS FOR (m:{MARK}) "
        "REQUIRE m.gap_id IS UNIQUE",
    ),
)

ALL_MARKS = (
    f"MATCH (m:{MARK}) WITH m ORDER BY m.gap_id "
    "RETURN collect([m.gap_id, m.marked_by, m.marked_at, m.note]) AS rows"
)
UPSERT_MARK = (
    f"OPTIONAL MATCH (old:{MARK} {{gap_id: $gap_id}}) "
    f"MERGE (m:{MARK} {{gap_id: $gap_id}}) "
    "SET m.marked_by = $by, m.marked_at = $at, m.note = $note "
    "RETURN old IS NULL AS new"
)
DELETE_MARK = f"MATCH (m:{MARK} {{gap_id: $gap_id}}) DETACH DELETE m RETURN count(*) AS deleted"
CLEAR = f"MATCH (m:{MARK}) DETACH DELETE m"

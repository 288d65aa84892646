"""How SQLiteStore keeps handled marks of gaps: the ``gap_marks`` table (migration 0008).

A mark is not graph data, but it changes what the gaps analysis answers, so each write
bumps the version that analysis caches are keyed by.
"""

from __future__ import annotations

import sqlite3

from graphsvc.records import GapMark
from graphsvc.stores.sql import BUMP_VERSION

ALL_MARKS = "SELECT gap_id, marked_by, marked_at, note FROM gap_marks ORDER BY gap_id"
UPSERT_MARK = (
    "INSERT INTO gap_marks (gap_id, marked_by, marked_at, note) VALUES (?, ?, ?, ?) "
    "ON CONFLICT (gap_id) DO UPDATE SET marked_by = excluded.marked_by, "
    "marked_at = excluded.marked_at, note = excluded.note"
)
IS_MARKED = "SELECT 1 FROM gap_marks WHERE gap_id = ?"
DELETE_MARK = "DELETE FROM gap_marks WHERE gap_id = ?"
CLEAR_MARKS = "DELETE FROM gap_marks"


def to_marks(rows: list[tuple]) -> list[GapMark]:
    """Marks from rows of ``gap_marks``."""
    return [GapMark(*row) for row in rows]


def write_mark(conn: sqlite3.Connection, mark: GapMark) -> bool:
    """Store or replace a mark; True if the gap had none."""
    new = conn.execute(IS_MARKED, (mark.gap_id,)).fetchone() is None
    conn.execute(UPSERT_MARK, (mark.gap_id, mark.by, mark.at, mark.note))
    conn.execute(BUMP_VERSION)
    return new


def delete_mark(conn: sqlite3.Connection, gap_id: str) -> bool:
    """Remove a gap's mark; False if it had none."""
    if not conn.execute(DELETE_MARK, (gap_id,)).rowcount:
        return False
    conn.execute(BUMP_VERSION)
    return True

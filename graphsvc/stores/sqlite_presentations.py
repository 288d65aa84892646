"""How SQLiteStore keeps presentations: one row each in ``presentations``, slides as JSON."""

from __future__ import annotations

from orjson import dumps, loads

from graphsvc.presentation_model import Presentation, Slide
from graphsvc.stores.base import (
    presentation_changed,
    presentation_exists,
    presentation_not_found,
)
from graphsvc.stores.store_parts import SQLiteParts

_COLUMNS = "key, title, map, as_of, created_by, updated_at, slides"
ALL_PRESENTATIONS = f"SELECT {_COLUMNS} FROM presentations ORDER BY key"  # noqa: S608
GET_PRESENTATION = f"SELECT {_COLUMNS} FROM presentations WHERE key = ?"  # noqa: S608
INSERT_PRESENTATION = f"INSERT INTO presentations ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)"  # noqa: S608
REPLACE_PRESENTATION = (
    "UPDATE presentations SET title = ?, map = ?, as_of = ?, created_by = ?, updated_at = ?, "
    "slides = ? WHERE key = ?"
)
DELETE_PRESENTATION = "DELETE FROM presentations WHERE key = ?"
CLEAR_PRESENTATIONS = "DELETE FROM presentations"


def to_presentation(row: tuple) -> Presentation:
    """A presentation from a row of ``presentations``."""
    key, title, map_path, as_of, created_by, updated_at, slides = row
    kept = tuple(Slide(s["caption"], s["view"]) for s in loads(slides))
    return Presentation(key, title, map_path, kept, as_of, created_by, updated_at)


def _slides(p: Presentation) -> str:
    return dumps([{"caption": s.caption, "view": s.view} for s in p.slides]).decode()


class SQLitePresentations(SQLiteParts):
    """The presentation methods of SQLiteStore, over its reads and write transactions."""

    def find_presentations(self) -> list[Presentation]:
        """Every presentation, by key."""
        return [to_presentation(r) for r in self._read(ALL_PRESENTATIONS)]

    def get_presentation(self, key: str) -> Presentation:
        """The presentation with this key, or NotFoundError."""
        rows = self._read(GET_PRESENTATION, (key,))
        if not rows:
            raise presentation_not_found(key)
        return to_presentation(rows[0])

    def add_presentation(self, p: Presentation) -> None:
        """Store a new presentation (ConflictError, nothing written, if the key exists)."""
        with self._transaction(write=True) as conn:
            if conn.execute(GET_PRESENTATION, (p.key,)).fetchone():
                raise presentation_exists(p.key)
            row = (p.key, p.title, p.map, p.as_of, p.created_by, p.updated_at, _slides(p))
            conn.execute(INSERT_PRESENTATION, row)

    def replace_presentation(self, p: Presentation, *, expected: str | None = None) -> None:
        """Replace a stored presentation whole (NotFoundError if there is none;
        ConflictError if ``expected`` is not its ``updated_at`` now)."""
        with self._transaction(write=True) as conn:
            stored = conn.execute(GET_PRESENTATION, (p.key,)).fetchone()
            if stored is None:
                raise presentation_not_found(p.key)
            if expected is not None and to_presentation(stored).updated_at != expected:
                raise presentation_changed(p.key)
            row = (p.title, p.map, p.as_of, p.created_by, p.updated_at, _slides(p), p.key)
            conn.execute(REPLACE_PRESENTATION, row)

    def delete_presentation(self, key: str) -> bool:
        """Delete a presentation; False if there was none."""
        with self._transaction(write=True) as conn:
            return bool(conn.execute(DELETE_PRESENTATION, (key,)).rowcount)

"""How Neo4jStore keeps presentations: one node each, read and written in its transactions."""

from __future__ import annotations

from typing import Any

from neo4j import ManagedTransaction

from graphsvc.presentation_model import Presentation, Slide
from graphsvc.stores import cypher_presentations as cy
from graphsvc.stores.base import (
    presentation_changed,
    presentation_exists,
    presentation_not_found,
)
from graphsvc.stores.neo4j_tx import lock, rows_of, run
from graphsvc.stores.store_parts import Neo4jParts


def to_presentation(props: dict[str, Any]) -> Presentation:
    """A presentation from its node's properties."""
    slides = tuple(Slide(c, v) for c, v in zip(props["captions"], props["views"], strict=True))
    return Presentation(
        props["key"],
        props["title"],
        props["map"],
        slides,
        props.get("as_of"),
        props.get("created_by", ""),
        props.get("updated_at", ""),
    )


def stored_props(p: Presentation) -> dict[str, Any]:
    """The node properties of a presentation (``as_of`` left out when there is none)."""
    props: dict[str, Any] = {
        "key": p.key,
        "title": p.title,
        "map": p.map,
        "created_by": p.created_by,
        "updated_at": p.updated_at,
        "captions": [s.caption for s in p.slides],
        "views": [s.view for s in p.slides],
    }
    if p.as_of:
        props["as_of"] = p.as_of
    return props


class Neo4jPresentations(Neo4jParts):
    """The presentation methods of Neo4jStore, over its managed transactions."""

    def find_presentations(self) -> list[Presentation]:
        """Every presentation, by key."""
        rows = self.read_work(lambda tx: rows_of(tx, cy.ALL_PRESENTATIONS))
        return [to_presentation(r) for r in rows or []]

    def get_presentation(self, key: str) -> Presentation:
        """The presentation with this key, or NotFoundError."""
        rows = self.read_work(lambda tx: rows_of(tx, cy.GET_PRESENTATION, key=key))
        if not rows:
            raise presentation_not_found(key)
        return to_presentation(rows[0])

    def add_presentation(self, p: Presentation) -> None:
        """Store a new presentation (ConflictError, nothing written, if the key exists)."""

        def work(tx: ManagedTransaction) -> None:
            lock(tx)
            if rows_of(tx, cy.GET_PRESENTATION, key=p.key):
                raise presentation_exists(p.key)
            tx.run(cy.CREATE_PRESENTATION, props=stored_props(p)).consume()

        self.write_work(work)

    def replace_presentation(self, p: Presentation, *, expected: str | None = None) -> None:
        """Replace a stored presentation whole (NotFoundError if there is none;
        ConflictError if ``expected`` is not its ``updated_at`` now)."""

        def work(tx: ManagedTransaction) -> None:
            lock(tx)
            stored = rows_of(tx, cy.GET_PRESENTATION, key=p.key)
            if not stored:
                raise presentation_not_found(p.key)
            if expected is not None and stored[0].get("updated_at", "") != expected:
                raise presentation_changed(p.key)
            tx.run(cy.REPLACE_PRESENTATION, props=stored_props(p)).consume()

        self.write_work(work)

    def delete_presentation(self, key: str) -> bool:
        """Delete a presentation; False if there was none."""

        def work(tx: ManagedTransaction) -> int:
            lock(tx)
            return int(run(tx, cy.DELETE_PRESENTATION, key=key)[0]["deleted"])

        return bool(self.write_work(work))

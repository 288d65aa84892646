"""How Neo4jStore keeps the survey, read and written in its transactions."""

from __future__ import annotations

from typing import Any

from neo4j import ManagedTransaction
from orjson import dumps, loads

from graphsvc.stores import cypher
from graphsvc.stores import cypher_survey as cy
from graphsvc.stores.neo4j_tx import META, lock, rows_of, run
from graphsvc.stores.store_parts import Neo4jParts
from graphsvc.stores.survey_records import (
    answer_refused,
    wave_changed,
    wave_exists,
    wave_not_found,
)
from graphsvc.survey_model import (
    Answer,
    Link,
    Wave,
    answer_as_dict,
    answer_from_dict,
    wave_as_dict,
    wave_from_dict,
)


def _doc(data: dict[str, Any]) -> str:
    return dumps(data).decode()


def _wave(tx: ManagedTransaction, year: int) -> Wave | None:
    docs = rows_of(tx, cy.GET_WAVE, year=year) or []
    return wave_from_dict(loads(docs[0])) if docs else None


class Neo4jSurveys(Neo4jParts):
    """The survey methods of Neo4jStore, over its managed transactions."""

    def find_waves(self) -> list[Wave]:
        """Every wave, by year."""
        docs = self.read_work(lambda tx: rows_of(tx, cy.ALL_WAVES))
        return [wave_from_dict(loads(d)) for d in docs or []]

    def get_wave(self, year: int) -> Wave:
        """The wave of ``year``, or NotFoundError."""
        wave = self.read_work(lambda tx: _wave(tx, year))
        if wave is None:
            raise wave_not_found(year)
        return wave

    def add_wave(self, wave: Wave) -> None:
        """Store a new wave (ConflictError, nothing written, if its year has one)."""

        def work(tx: ManagedTransaction) -> None:
            lock(tx)
            if _wave(tx, wave.year) is not None:
                raise wave_exists(wave.year)
            tx.run(cy.CREATE_WAVE, year=wave.year, doc=_doc(wave_as_dict(wave))).consume()

        self.write_work(work)

    def replace_wave(self, wave: Wave, *, expected: str | None = None) -> None:
        """Replace a wave whole (NotFoundError if none; ConflictError if ``expected`` is
        not its ``updated_at`` now); bumps the version."""

        def work(tx: ManagedTransaction) -> None:
            lock(tx)
            stored = _wave(tx, wave.year)
            if stored is None:
                raise wave_not_found(wave.year)
            if expected is not None and stored.updated_at != expected:
                raise wave_changed(wave.year)
            tx.run(cy.REPLACE_WAVE, year=wave.year, doc=_doc(wave_as_dict(wave))).consume()
            tx.run(cypher.BUMP_VERSION, META).consume()  # analyses read its rates and wishes

        self.write_work(work)

    def add_link(self, link: Link) -> None:
        """Store a respondent's new link, revoking their live ones in the wave at once."""
        props = {
            "year": link.year,
            "actor": link.actor,
            "token_hash": link.token_hash,
            "issued_at": link.issued_at,
        }

        def work(tx: ManagedTransaction) -> None:
            lock(tx)
            if _wave(tx, link.year) is None:
                raise wave_not_found(link.year)
            run(tx, cy.REVOKE_LINKS, year=link.year, actor=link.actor, at=link.issued_at)
            tx.run(cy.CREATE_LINK, props=props).consume()

        self.write_work(work)

    def revoke_links(self, year: int, actor: str, at: str) -> int:
        """Revoke a respondent's live links in a wave; how many there were."""

        def work(tx: ManagedTransaction) -> int:
            lock(tx)
            return int(run(tx, cy.REVOKE_LINKS, year=year, actor=actor, at=at)[0]["revoked"])

        return self.write_work(work)

    def find_links(self, year: int) -> list[Link]:
        """Every link of a wave, revoked ones too, by respondent and time issued."""
        rows = self.read_work(lambda tx: rows_of(tx, cy.LINKS_OF_WAVE, year=year))
        return [Link(*row) for row in rows or []]

    def link_by_hash(self, token_hash: str) -> Link | None:
        """The link whose token hashes to ``token_hash`` (revoked or not), or None."""
        rows = self.read_work(lambda tx: rows_of(tx, cy.LINK_BY_HASH, hash=token_hash))
        return Link(*rows[0]) if rows else None

    def save_answer(self, answer: Answer, *, token_hash: str) -> None:
        """Store a respondent's answer whole; ConflictError, nothing written, when the wave
        is closed or the link is no longer live (decided inside the transaction)."""
        where: dict[str, Any] = {"year": answer.year, "actor": answer.actor}

        def work(tx: ManagedTransaction) -> None:
            lock(tx)
            wave = _wave(tx, answer.year)
            live = run(tx, cy.LIVE_LINK, hash=token_hash, **where)[0]["live"]
            if wave is None or wave.closed or not live:
                raise answer_refused(answer.year)
            doc = _doc(answer_as_dict(answer))
            ident = f"{answer.year}:{answer.actor}"
            tx.run(cy.SAVE_ANSWER, id=ident, doc=doc, **where).consume()

        self.write_work(work)

    def find_answers(self, year: int | None = None, actor: str | None = None) -> list[Answer]:
        """The answers of a wave, of a respondent, or both, by year and respondent."""
        docs = self.read_work(lambda tx: rows_of(tx, cy.ANSWERS, year=year, actor=actor))
        return [answer_from_dict(loads(d)) for d in docs or []]

    def erase_answers(self, actor: str, year: int | None = None) -> int:
        """Delete a respondent's answers (of one wave, or every wave); how many."""

        def work(tx: ManagedTransaction) -> int:
            lock(tx)
            erased = int(run(tx, cy.ERASE_ANSWERS, actor=actor, year=year)[0]["erased"])
            tx.run(cypher.BUMP_VERSION, META).consume()
            return erased

        return self.write_work(work)

"""How SQLiteStore keeps the survey: waves and answers as JSON rows, links by token hash."""

from __future__ import annotations

from typing import Any

from orjson import dumps, loads

from graphsvc.stores.sql import BUMP_VERSION
from graphsvc.stores.store_parts import SQLiteParts
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

ALL_WAVES = "SELECT doc FROM survey_waves ORDER BY year"
GET_WAVE = "SELECT doc FROM survey_waves WHERE year = ?"
INSERT_WAVE = "INSERT INTO survey_waves (year, doc) VALUES (?, ?)"
REPLACE_WAVE = "UPDATE survey_waves SET doc = ? WHERE year = ?"
_LINK = "year, actor, token_hash, issued_at, revoked_at"
LINKS_OF_WAVE = f"SELECT {_LINK} FROM survey_links WHERE year = ? ORDER BY actor, issued_at"  # noqa: S608
LINK_BY_HASH = f"SELECT {_LINK} FROM survey_links WHERE token_hash = ?"  # noqa: S608
INSERT_LINK = f"INSERT INTO survey_links ({_LINK}) VALUES (?, ?, ?, ?, NULL)"  # noqa: S608
REVOKE_LINKS = (
    "UPDATE survey_links SET revoked_at = ? WHERE year = ? AND actor = ? AND revoked_at IS NULL"
)
LIVE_LINK = (
    "SELECT 1 FROM survey_links WHERE token_hash = ? AND year = ? AND actor = ? "
    "AND revoked_at IS NULL"
)
SAVE_ANSWER = (
    "INSERT INTO survey_answers (year, actor, doc) VALUES (?, ?, ?) "
    "ON CONFLICT (year, actor) DO UPDATE SET doc = excluded.doc"
)
ANSWERS = (
    "SELECT doc FROM survey_answers WHERE (?1 IS NULL OR year = ?1) AND (?2 IS NULL OR actor = ?2) "
    "ORDER BY year, actor"
)
ERASE_ANSWERS = "DELETE FROM survey_answers WHERE actor = ?1 AND (?2 IS NULL OR year = ?2)"
ERASE_LINKS = "DELETE FROM survey_links WHERE actor = ?"
#: Run by ``clear`` (links and answers go with their waves).
CLEAR_SURVEYS = "DELETE FROM survey_waves"


def _doc(data: dict[str, Any]) -> str:
    return dumps(data).decode()


class SQLiteSurveys(SQLiteParts):
    """The survey methods of SQLiteStore, over its reads and write transactions."""

    def find_waves(self) -> list[Wave]:
        """Every wave, by year."""
        return [wave_from_dict(loads(r[0])) for r in self._read(ALL_WAVES)]

    def get_wave(self, year: int) -> Wave:
        """The wave of ``year``, or NotFoundError."""
        rows = self._read(GET_WAVE, (year,))
        if not rows:
            raise wave_not_found(year)
        return wave_from_dict(loads(rows[0][0]))

    def add_wave(self, wave: Wave) -> None:
        """Store a new wave (ConflictError, nothing written, if its year has one)."""
        with self._transaction(write=True) as conn:
            if conn.execute(GET_WAVE, (wave.year,)).fetchone():
                raise wave_exists(wave.year)
            conn.execute(INSERT_WAVE, (wave.year, _doc(wave_as_dict(wave))))

    def replace_wave(self, wave: Wave, *, expected: str | None = None) -> None:
        """Replace a wave whole (NotFoundError if none; ConflictError if ``expected`` is
        not its ``updated_at`` now); bumps the version."""
        with self._transaction(write=True) as conn:
            stored = conn.execute(GET_WAVE, (wave.year,)).fetchone()
            if stored is None:
                raise wave_not_found(wave.year)
            if expected is not None and wave_from_dict(loads(stored[0])).updated_at != expected:
                raise wave_changed(wave.year)
            conn.execute(REPLACE_WAVE, (_doc(wave_as_dict(wave)), wave.year))
            conn.execute(BUMP_VERSION)  # analyses read a closed wave's rates and wishes

    def add_link(self, link: Link) -> None:
        """Store a respondent's new link, revoking their live ones in the wave at once."""
        with self._transaction(write=True) as conn:
            if conn.execute(GET_WAVE, (link.year,)).fetchone() is None:
                raise wave_not_found(link.year)
            conn.execute(REVOKE_LINKS, (link.issued_at, link.year, link.actor))
            conn.execute(INSERT_LINK, (link.year, link.actor, link.token_hash, link.issued_at))

    def revoke_links(self, year: int, actor: str, at: str) -> int:
        """Revoke a respondent's live links in a wave; how many there were."""
        with self._transaction(write=True) as conn:
            return int(conn.execute(REVOKE_LINKS, (at, year, actor)).rowcount)

    def find_links(self, year: int) -> list[Link]:
        """Every link of a wave, revoked ones too, by respondent and time issued."""
        return [Link(*row) for row in self._read(LINKS_OF_WAVE, (year,))]

    def link_by_hash(self, token_hash: str) -> Link | None:
        """The link whose token hashes to ``token_hash`` (revoked or not), or None."""
        rows = self._read(LINK_BY_HASH, (token_hash,))
        return Link(*rows[0]) if rows else None

    def save_answer(self, answer: Answer, *, token_hash: str) -> None:
        """Store a respondent's answer whole, replacing their earlier one; ConflictError,
        nothing written, when the wave is closed or the link is no longer live (decided
        inside the writing transaction)."""
        with self._transaction(write=True) as conn:
            wave = conn.execute(GET_WAVE, (answer.year,)).fetchone()
            live = conn.execute(LIVE_LINK, (token_hash, answer.year, answer.actor)).fetchone()
            if wave is None or wave_from_dict(loads(wave[0])).closed or live is None:
                raise answer_refused(answer.year)
            conn.execute(SAVE_ANSWER, (answer.year, answer.actor, _doc(answer_as_dict(answer))))

    def find_answers(self, year: int | None = None, actor: str | None = None) -> list[Answer]:
        """The answers of a wave, of a respondent, or both, by year and respondent."""
        return [answer_from_dict(loads(r[0])) for r in self._read(ANSWERS, (year, actor))]

    def erase_answers(self, actor: str, year: int | None = None) -> int:
        """Delete a respondent's answers (of one wave, or every wave); how many."""
        with self._transaction(write=True) as conn:
            erased = int(conn.execute(ERASE_ANSWERS, (actor, year)).rowcount)
            conn.execute(BUMP_VERSION)
            return erased

"""The SurveyStore protocol, which both stores implement beside GraphStore, and the
errors they raise in the same words.

Views of the graph (a day, a programme) hold no survey: the survey service asks for the
store itself through :func:`survey_store`.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from graphsvc.errors import ConflictError, NotFoundError, ValidationError
from graphsvc.messages import said
from graphsvc.stores.base import GraphStore
from graphsvc.survey_model import Answer, Link, Wave


@runtime_checkable
class SurveyStore(Protocol):
    """Waves, links and answers of the yearly survey, kept in the graph's database."""

    def find_waves(self) -> list[Wave]:
        """Every wave, ordered by year."""

    def get_wave(self, year: int) -> Wave:
        """The wave of ``year``, or NotFoundError."""

    def add_wave(self, wave: Wave) -> None:
        """Store a new wave; ConflictError (nothing written) if its year has one."""

    def replace_wave(self, wave: Wave, *, expected: str | None = None) -> None:
        """Replace a wave whole; NotFoundError if there is none. With ``expected`` (the
        ``updated_at`` it was read with), ConflictError and nothing written when it has
        changed since, decided inside the writing transaction."""

    def add_link(self, link: Link) -> None:
        """Store a respondent's new link and revoke their live ones in that wave, in one
        transaction (NotFoundError if the wave does not exist)."""

    def revoke_links(self, year: int, actor: str, at: str) -> int:
        """Revoke a respondent's live links in a wave at time ``at``; how many there were."""

    def find_links(self, year: int) -> list[Link]:
        """Every link of a wave, revoked ones too, ordered by respondent and time issued."""

    def link_by_hash(self, token_hash: str) -> Link | None:
        """The link whose token hashes to ``token_hash`` (revoked or not), or None."""

    def save_answer(self, answer: Answer, *, token_hash: str) -> None:
        """Store a respondent's answer whole, replacing their earlier one in the wave;
        ConflictError and nothing written when the wave is closed or the link
        ``token_hash`` is not the respondent's live link, decided inside the transaction."""

    def find_answers(self, year: int | None = None, actor: str | None = None) -> list[Answer]:
        """The answers of a wave, of a respondent, or both; ordered by year and respondent."""

    def erase_answers(self, actor: str, year: int | None = None) -> int:
        """Delete a respondent's answers, of one wave or of every wave; how many there were.
        Bumps the version."""


@runtime_checkable
class SurveyGraphStore(GraphStore, SurveyStore, Protocol):
    """A store that keeps both the graph and the survey (SQLite and Neo4j)."""


def survey_store(store: GraphStore) -> SurveyGraphStore:
    """``store`` as the keeper of the survey, or ValidationError for a view of the graph."""
    if not isinstance(store, SurveyStore):
        raise ValidationError(said("errors.survey.no_survey_here"))
    return store  # type: ignore[return-value]


def wave_not_found(year: int) -> NotFoundError:
    """The error both stores raise for a wave that does not exist."""
    return NotFoundError(said("errors.survey.wave_not_found", year=f"{year}"), key=f"{year}")


def wave_exists(year: int) -> ConflictError:
    """The error both stores raise for a new wave in a year that has one."""
    return ConflictError(said("errors.survey.wave_exists", year=f"{year}"))


def wave_changed(year: int) -> ConflictError:
    """The error both stores raise when a wave changed since it was read."""
    return ConflictError(said("errors.survey.wave_changed", year=f"{year}"))


def answer_refused(year: int) -> ConflictError:
    """The error both stores raise for an answer to a closed wave or through a dead link."""
    return ConflictError(said("errors.survey.answer_closed", year=f"{year}"))

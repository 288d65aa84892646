"""The vocabulary of the yearly network survey: waves, respondents' links and answers.

A :class:`Wave` runs once a year (its ``year`` is its key) until its last day ``ends``;
each respondent (an actor with a contact) holds a :class:`Link`, a capability token kept
only as its SHA-256; an :class:`Answer` is what one respondent said in one wave. Answers
are checked here against the roster of actors and actions, every problem at once,
before a store sees them. Pure: no I/O.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from graphsvc.errors import ValidationError
from graphsvc.messages import Said, said
from graphsvc.model_rules import fold_text
from graphsvc.values import SHORT_TEXT, joined, quoted, text_problem


class SurveyLabel(StrEnum):
    """The node labels of survey records in Neo4j (query text is built only from these)."""

    WAVE = "SurveyWave"
    LINK = "SurveyLink"
    ANSWER = "SurveyAnswer"


class Question(StrEnum):
    """The questions of every wave, in the order the form asks them."""

    WORKED_WITH = "worked_with"
    WANTS = "wants"
    ACTIONS = "actions"
    NOTE = "note"


#: The most ties, wishes and actions one answer may name, and characters of its free text.
MOST_TIES = 200
MOST_WISHES = 50
MOST_ACTIONS = 300
NOTE_TEXT = 4000
#: The most characters of a wave's title and of its own free-text question.
TITLE_TEXT = 200
#: A response rate that supports naming brokers, and the least one that supports a map.
GOOD_RATE = 0.80
FAIR_RATE = 0.65
#: Characters a free-entry organisation name may not hold (markup).
_MARKUP = re.compile(r"[<>]")


def token_hash(token: str) -> str:
    """The SHA-256 (hex) a link's token is stored and looked up as.

    >>> token_hash("abc")[:12]
    'ba7816bf8f01'
    """
    return hashlib.sha256(token.encode("utf-8", "replace")).hexdigest()


@dataclass(frozen=True)
class Review:
    """An editor's decision on an organisation named in free entry (``name``, folded):
    the actor it is (``actor``, a new or an existing key) or None when it was rejected."""

    name: str
    actor: str | None
    by: str
    at: str


@dataclass(frozen=True)
class Wave:
    """One year's survey. ``ends`` is its last day (ISO): links stop working after it,
    and closing writes the answers into the history on it. ``question`` /
    ``question_en`` replace the free-text question's default words when not empty."""

    year: int
    title: str
    title_en: str
    ends: str
    question: str = ""
    question_en: str = ""
    closed_at: str | None = None
    created_by: str = ""
    updated_at: str = ""
    reviews: tuple[Review, ...] = ()
    #: The response rates when the wave closed: ``overall`` and ``by_rocket`` (rocket key:
    #: rate), each ``{"asked", "answered", "rate", "band"}``; None while it is open.
    rates: dict[str, Any] | None = None

    @property
    def closed(self) -> bool:
        """Whether the wave has been closed (its answers are in the history)."""
        return self.closed_at is not None

    def review_of(self, name: str) -> Review | None:
        """The decision on a free-entry name (any spelling that folds the same), or None."""
        folded = fold_name(name)
        return next((r for r in self.reviews if r.name == folded), None)


@dataclass(frozen=True)
class Link:
    """A respondent's capability link in one wave, kept as the hash of its token."""

    year: int
    actor: str
    token_hash: str
    issued_at: str
    revoked_at: str | None = None

    @property
    def live(self) -> bool:
        """Whether the link has not been revoked (it may still have expired)."""
        return self.revoked_at is None


@dataclass(frozen=True)
class Tie:
    """An actor the respondent worked with: a roster ``actor`` key, or a new organisation
    by ``name`` (``actor`` None); and the actions they worked on together."""

    actor: str | None
    name: str = ""
    actions: tuple[str, ...] = ()


@dataclass(frozen=True)
class Answer:
    """What one respondent (``actor``) answered in the wave of ``year``."""

    year: int
    actor: str
    worked_with: tuple[Tie, ...] = ()
    wants: tuple[str, ...] = ()
    actions: tuple[str, ...] = ()
    note: str = ""
    updated_at: str = ""

    @property
    def new_names(self) -> list[str]:
        """The organisations named in free entry, in the order given."""
        return [t.name for t in self.worked_with if t.actor is None]


def fold_name(name: str) -> str:
    """A free-entry name as the review queue keys it: folded, spaces collapsed.

    >>> fold_name("  Kouvolan   Kahvila OY ")
    'kouvolan kahvila oy'
    """
    return " ".join(fold_text(name).split())


def name_problem(name: str) -> Said | None:
    """Why ``name`` cannot be a new organisation's name, or None when it can."""
    if not name.strip():
        return said("errors.survey.name_blank")
    if _MARKUP.search(name):
        return said("errors.survey.name_markup")
    return text_problem(name, SHORT_TEXT)


@dataclass(frozen=True)
class Roster:
    """What an answer may name: the keys of the actors and of the actions."""

    actors: Collection[str]
    actions: Collection[str]


def checked_answer(year: int, actor: str, data: Mapping[str, Any], roster: Roster) -> Answer:
    """The answer in ``data`` (the JSON the form posts), or ValidationError naming every
    field, position and value that is not allowed; nothing partial is returned."""
    problems: list[str | Said] = []

    def where(question: Question, position: int | None = None) -> Said:
        if position is None:
            return said(f"errors.survey.where.{question.value}")
        return said(f"errors.survey.where.{question.value}_at", position=f"{position}")

    def keys(value: Any, known: Collection[str], question: Question, most: int) -> list[str]:
        items = value if isinstance(value, list) else []
        if not isinstance(value, list | type(None)):
            problems.append(said("errors.survey.not_a_list", where=where(question)))
        if len(items) > most:
            problems.append(said("errors.survey.too_many", where=where(question), most=most))
        kept: list[str] = []
        for position, item in enumerate(items[:most], start=1):
            if not isinstance(item, str) or item not in known:
                bad = said("errors.survey.unknown_key", value=quoted(item))
                problems.append(
                    said("errors.survey.problem_at", where=where(question, position), problem=bad)
                )
            elif item not in kept and item != actor:
                kept.append(item)
        return kept

    ties = _ties(data.get(Question.WORKED_WITH.value), actor, roster, problems, where)
    wants = keys(data.get(Question.WANTS.value), roster.actors, Question.WANTS, MOST_WISHES)
    actions = keys(data.get(Question.ACTIONS.value), roster.actions, Question.ACTIONS, MOST_ACTIONS)
    note = data.get(Question.NOTE.value) or ""
    if not isinstance(note, str):
        problems.append(said("errors.survey.not_text", where=where(Question.NOTE)))
        note = ""
    elif problem := text_problem(note, NOTE_TEXT):
        problems.append(
            said("errors.survey.problem_at", where=where(Question.NOTE), problem=problem)
        )
    if problems:
        raise ValidationError(said("errors.survey.answer_refused", problems=joined(problems)))
    return Answer(year, actor, tuple(ties), tuple(wants), tuple(actions), note.strip())


def _ties(
    value: Any, actor: str, roster: Roster, problems: list[str | Said], where: Any
) -> list[Tie]:
    """The ties of the worked-with question (each ``{"actor": key}`` or ``{"name": text}``,
    with ``"actions": [keys]``), one per actor or folded name."""
    items = value if isinstance(value, list) else []
    if not isinstance(value, list | type(None)):
        problems.append(said("errors.survey.not_a_list", where=where(Question.WORKED_WITH)))
    if len(items) > MOST_TIES:
        problems.append(
            said("errors.survey.too_many", where=where(Question.WORKED_WITH), most=MOST_TIES)
        )
    ties: dict[str, Tie] = {}
    for position, item in enumerate(items[:MOST_TIES], start=1):
        at = where(Question.WORKED_WITH, position)

        def refuse(problem: Said, at: Said = at) -> None:
            problems.append(said("errors.survey.problem_at", where=at, problem=problem))

        if not isinstance(item, dict):
            refuse(said("errors.survey.not_a_tie"))
            continue
        key, name = item.get("actor"), item.get("name")
        actions = item.get("actions") or []
        if not isinstance(actions, list) or len(actions) > MOST_ACTIONS:
            refuse(said("errors.survey.actions_not_a_list"))
            continue
        unknown = [a for a in actions if not isinstance(a, str) or a not in roster.actions]
        if unknown:
            refuse(said("errors.survey.unknown_action", value=quoted(unknown[0])))
            continue
        if key:
            if not isinstance(key, str) or key not in roster.actors:
                refuse(said("errors.survey.unknown_key", value=quoted(key)))
                continue
            if key == actor:
                continue
            tie = Tie(key, "", tuple(dict.fromkeys(actions)))
            ident = f"key:{key}"
        elif isinstance(name, str) and not (problem := name_problem(name)):
            tie = Tie(None, " ".join(name.split()), tuple(dict.fromkeys(actions)))
            ident = f"name:{fold_name(name)}"
        else:
            refuse(problem if isinstance(name, str) and problem else said("errors.survey.no_actor"))
            continue
        if ident in ties:
            merged = tuple(dict.fromkeys(ties[ident].actions + tie.actions))
            tie = Tie(tie.actor, tie.name, merged)
        ties[ident] = tie
    return list(ties.values())


def answer_as_dict(answer: Answer) -> dict[str, Any]:
    """An answer as JSON (the shape :func:`checked_answer` reads, with its year, respondent
    and time)."""
    return {
        "year": answer.year,
        "respondent": answer.actor,
        Question.WORKED_WITH.value: [
            {"actor": t.actor, "name": t.name, "actions": list(t.actions)}
            if t.actor is None
            else {"actor": t.actor, "actions": list(t.actions)}
            for t in answer.worked_with
        ],
        Question.WANTS.value: list(answer.wants),
        Question.ACTIONS.value: list(answer.actions),
        Question.NOTE.value: answer.note,
        "updated_at": answer.updated_at,
    }


def answer_from_dict(data: Mapping[str, Any]) -> Answer:
    """An answer as a store wrote it with :func:`answer_as_dict` (trusted, not checked)."""
    ties = tuple(
        Tie(t.get("actor"), t.get("name", ""), tuple(t.get("actions", ())))
        for t in data.get(Question.WORKED_WITH.value, ())
    )
    return Answer(
        int(data["year"]),
        str(data["respondent"]),
        ties,
        tuple(data.get(Question.WANTS.value, ())),
        tuple(data.get(Question.ACTIONS.value, ())),
        str(data.get(Question.NOTE.value, "")),
        str(data.get("updated_at", "")),
    )


def wave_as_dict(wave: Wave) -> dict[str, Any]:
    """A wave as JSON (without its links and answers)."""
    return {
        "year": wave.year,
        "title": wave.title,
        "title_en": wave.title_en,
        "ends": wave.ends,
        "question": wave.question,
        "question_en": wave.question_en,
        "closed_at": wave.closed_at,
        "created_by": wave.created_by,
        "updated_at": wave.updated_at,
        "reviews": [
            {"name": r.name, "actor": r.actor, "by": r.by, "at": r.at} for r in wave.reviews
        ],
        "rates": wave.rates,
    }


def wave_from_dict(data: Mapping[str, Any]) -> Wave:
    """A wave as a store wrote it with :func:`wave_as_dict` (trusted, not checked)."""
    reviews = tuple(Review(r["name"], r.get("actor"), r["by"], r["at"]) for r in data["reviews"])
    return Wave(
        int(data["year"]),
        data["title"],
        data["title_en"],
        data["ends"],
        data.get("question", ""),
        data.get("question_en", ""),
        data.get("closed_at"),
        data.get("created_by", ""),
        data.get("updated_at", ""),
        reviews,
        data.get("rates"),
    )

"""The respondent's side of the survey: the link is the credential.

:func:`respondent_of` turns a token into the respondent it was issued to, or refuses it
(unknown or tampered: NotFoundError; revoked, or the wave closed or past its last day:
GoneError). The form shows names only, never contact data, and starts from the
respondent's own answer, else from their answer of the wave before ("carry forward"),
else from what the graph already holds about them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

from graphsvc.accounts.base import utc_now
from graphsvc.dates import today
from graphsvc.errors import GoneError, NotFoundError
from graphsvc.messages import said
from graphsvc.model import Label, Node, RelType, without_contacts
from graphsvc.services.accounts import Author
from graphsvc.stores.base import GraphStore
from graphsvc.stores.survey_records import SurveyGraphStore, survey_store
from graphsvc.survey_model import (
    Answer,
    Link,
    Roster,
    Tie,
    Wave,
    answer_as_dict,
    checked_answer,
    token_hash,
)

#: What a token looks like (``secrets.token_urlsafe(32)``); anything else is not looked up.
_TOKEN = re.compile(r"[A-Za-z0-9_-]{20,100}")


@dataclass(frozen=True)
class Respondent:
    """Whom a live token belongs to: the wave, the link and the actor (no contact data)."""

    wave: Wave
    link: Link
    actor: Node

    @property
    def pseudonymous(self) -> str:
        """How the audit log names this respondent's wave."""
        return f"survey:{self.wave.year}"


def respondent_of(store: GraphStore, token: str) -> Respondent:
    """The respondent of a live token, or NotFoundError / GoneError saying why not."""
    surveys = survey_store(store)
    link = surveys.link_by_hash(token_hash(token)) if _TOKEN.fullmatch(token) else None
    if link is None:
        raise NotFoundError(said("errors.survey.link_unknown"))
    if not link.live:
        raise GoneError(said("errors.survey.link_revoked"))
    wave = surveys.get_wave(link.year)
    if wave.closed or today() > wave.ends:
        raise GoneError(said("errors.survey.link_closed", year=f"{wave.year}"))
    try:
        actor = without_contacts(store.get_node(Label.ACTOR, link.actor))
    except NotFoundError:
        raise NotFoundError(said("errors.survey.link_unknown")) from None
    return Respondent(wave, link, actor)


def roster_of(store: GraphStore) -> tuple[list[Node], list[Node]]:
    """The actors and the actions a respondent may name, by name and by title."""
    actors = sorted(store.find_nodes(Label.ACTOR), key=lambda n: (n.name.casefold(), n.key))
    actions = sorted(store.find_nodes(Label.ACTION), key=lambda n: (n.name.casefold(), n.key))
    return actors, actions


def _from_graph(store: GraphStore, respondent: Respondent) -> Answer:
    """What the graph holds about the respondent now, as an answer to confirm."""
    key = respondent.actor.key
    tied = [e.end for e in store.find_edges(RelType.COLLABORATES_WITH, start=key)]
    tied += [e.start for e in store.find_edges(RelType.COLLABORATES_WITH, end=key)]
    runs = [e.end for e in store.find_edges(RelType.RUNS, start=key)]
    ties = tuple(Tie(k) for k in dict.fromkeys(tied))
    return Answer(respondent.wave.year, key, ties, (), tuple(runs))


def starting_answer(store: SurveyGraphStore, respondent: Respondent) -> tuple[Answer, str]:
    """The answer the form starts from and where it comes from: ``saved`` (this wave),
    ``carried`` (the respondent's latest earlier wave, free text left out) or ``graph``."""
    year, key = respondent.wave.year, respondent.actor.key
    answers = store.find_answers(actor=key)
    for answer in answers:
        if answer.year == year:
            return answer, "saved"
    earlier = [a for a in answers if a.year < year]
    if earlier:
        last = earlier[-1]
        return Answer(year, key, last.worked_with, last.wants, last.actions), "carried"
    return _from_graph(store, respondent), "graph"


def form_of(store: GraphStore, token: str) -> dict[str, Any]:
    """What the respondent's form shows: the wave, their name, the roster (names only)
    and the answer to start from. NotFoundError / GoneError for a dead token."""
    surveys = survey_store(store)
    respondent = respondent_of(store, token)
    actors, actions = roster_of(store)
    answer, origin = starting_answer(surveys, respondent)
    return {
        "wave": respondent.wave,
        "who": respondent,
        "respondent": {"key": respondent.actor.key, "name": respondent.actor.name},
        "actors": [(n.key, n.name) for n in actors if n.key != respondent.actor.key],
        "actions": [(n.key, n.name) for n in actions],
        "answer": answer,
        "origin": origin,
    }


def save_answer(store: GraphStore, token: str, data: dict[str, Any], by: Author) -> dict[str, Any]:
    """Check and store the respondent's whole answer (ValidationError naming every
    problem, nothing stored); audited as ``survey.answer`` without its contents."""
    surveys = survey_store(store)
    respondent = respondent_of(store, token)
    actors = {n.key for n in store.find_nodes(Label.ACTOR)}
    actions = {n.key for n in store.find_nodes(Label.ACTION)}
    year, key = respondent.wave.year, respondent.actor.key
    answer = checked_answer(year, key, data, Roster(actors, actions))
    stamped = replace(answer, updated_at=utc_now())
    surveys.save_answer(stamped, token_hash=respondent.link.token_hash)
    by.record("survey.answer", f"{respondent.pseudonymous}:{by.actor(key)}")
    return {"saved_at": stamped.updated_at, "answer": answer_as_dict(stamped)}


def record_opening(respondent: Respondent, by: Author) -> None:
    """Audit that a respondent opened their form (``survey.open``)."""
    by.record("survey.open", f"{respondent.pseudonymous}:{by.actor(respondent.actor.key)}")


def export_answers(store: GraphStore, actor: str, by: Author) -> dict[str, Any]:
    """One respondent's answers of every wave, as JSON (an admin's export of personal
    data); audited as ``survey.export``."""
    answers = survey_store(store).find_answers(actor=actor)
    by.record("survey.export", f"survey:{by.actor(actor)}")
    return {"respondent": actor, "items": [answer_as_dict(a) for a in answers]}


def erase_answers(store: GraphStore, actor: str, by: Author, *, year: int | None = None) -> int:
    """Erase one respondent's answers (of one wave, or every wave); how many there were.
    Ties a closed wave already wrote are network facts and stay."""
    erased = survey_store(store).erase_answers(actor, year)
    by.record("survey.erase", f"survey:{by.actor(actor)}", f"{erased}")
    return erased

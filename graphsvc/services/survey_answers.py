"""The respondent's side of the survey: the link is the credential.

:func:`respondent_of` turns a token into the respondent it was issued to, or refuses it
(unknown or tampered: NotFoundError; revoked, or the wave closed or past its last day:
GoneError). The form shows names only, never contact data, and starts from the
respondent's own answer, else from their answer of the wave before ("carry forward"),
else from what the graph already holds about them.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

from graphsvc.accounts.base import utc_now
from graphsvc.dates import today
from graphsvc.errors import GoneError, NotFoundError
from graphsvc.messages import said
from graphsvc.model import Label, Node, RelType, without_contacts
from graphsvc.model_rules import fold_text
from graphsvc.services.accounts import Author
from graphsvc.services.analysis_cache import CACHE
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
    def wave_ref(self) -> str:
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


@dataclass(frozen=True)
class SurveyRoster:
    """What a respondent may name, as the form names it: ``{key: label}`` of the actors and
    of the actions in label order (a label is the name, or ``Name (key)`` where several
    share a name), and ``{folded label or key: key}`` to read a typed name back."""

    actors: dict[str, str]
    actions: dict[str, str]
    actor_of: dict[str, str]
    action_of: dict[str, str]

    def keys(self) -> Roster:
        """The keys an answer may hold."""
        return Roster(self.actors.keys(), self.actions.keys())


def labels_of(pairs: Iterable[tuple[str, str]]) -> dict[str, str]:
    """``{key: label}`` in label order: the name, or ``Name (key)`` where several share it.

    >>> labels_of([("a", "Oy"), ("b", "Oy"), ("c", "Ab")])
    {'c': 'Ab', 'a': 'Oy (a)', 'b': 'Oy (b)'}
    """
    pairs = list(pairs)
    shared = Counter(fold_text(name) for _, name in pairs)
    labels = {k: f"{n} ({k})" if shared[fold_text(n)] > 1 else n for k, n in pairs}
    return dict(sorted(labels.items(), key=lambda item: (item[1].casefold(), item[0])))


def _finder(labels: dict[str, str]) -> dict[str, str]:
    found = {fold_text(key): key for key in labels}
    found.update({fold_text(label): key for key, label in labels.items()})
    return found


def roster(store: GraphStore) -> SurveyRoster:
    """The store's roster now, kept per graph version (every form and save reads it)."""

    def read() -> SurveyRoster:
        actors = labels_of((n.key, n.name) for n in store.find_nodes(Label.ACTOR))
        actions = labels_of((n.key, n.name) for n in store.find_nodes(Label.ACTION))
        return SurveyRoster(actors, actions, _finder(actors), _finder(actions))

    return CACHE.get_or_compute((store.url, store.version(), "survey_roster"), read)


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
    """What the respondent's form shows: the wave, their name, the roster (names only;
    the respondent is on it too, the form leaves them out) and the answer to start from.
    NotFoundError / GoneError for a dead token."""
    surveys = survey_store(store)
    respondent = respondent_of(store, token)
    answer, origin = starting_answer(surveys, respondent)
    return {
        "wave": respondent.wave,
        "who": respondent,
        "respondent": {"key": respondent.actor.key, "name": respondent.actor.name},
        "roster": roster(store),
        "answer": answer,
        "origin": origin,
    }


def save_answer(store: GraphStore, token: str, data: dict[str, Any], by: Author) -> dict[str, Any]:
    """Check and store the respondent's whole answer (ValidationError naming every
    problem, nothing stored); audited as ``survey.answer`` without its contents."""
    surveys = survey_store(store)
    respondent = respondent_of(store, token)
    year, key = respondent.wave.year, respondent.actor.key
    answer = checked_answer(year, key, data, roster(store).keys())
    stamped = replace(answer, updated_at=utc_now())
    surveys.save_answer(stamped, token_hash=respondent.link.token_hash)
    by.record("survey.answer", f"{respondent.wave_ref}:{by.actor(key)}")
    return {"saved_at": stamped.updated_at, "answer": answer_as_dict(stamped)}


def record_opening(respondent: Respondent, by: Author) -> None:
    """Audit that a respondent opened their form (``survey.open``)."""
    by.record("survey.open", f"{respondent.wave_ref}:{by.actor(respondent.actor.key)}")


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

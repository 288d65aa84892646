"""What a wave's answers do to the graph, written into the history on the wave's last day.

- A reported tie becomes ``COLLABORATES_WITH`` (``source`` survey, ``since`` the wave's
  year) with the wave's ``year``, the ``respondent`` who reported it and ``confirmed``
  when both sides did. A tie the graph holds already keeps its direction, kind, since and
  source and gains the three survey properties.
- A tie an earlier wave found ends when neither side reports it again although both
  answered (each had it carried forward and left it out); ties from workbooks never end
  here.
- An action a respondent took part in without running it becomes ``RUNS`` as a
  ``participant``.
- A new organisation named in free entry counts only once an editor has decided what it
  is (:func:`decide_review`); writing a wave again is idempotent, so a decision after the
  close writes that organisation's ties then.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from graphsvc.accounts.base import utc_now
from graphsvc.dates import today
from graphsvc.errors import NotFoundError, ValidationError
from graphsvc.messages import said
from graphsvc.model import ActorKind, Edge, Label, Node, RelType, Role
from graphsvc.model_rules import parse_enum
from graphsvc.records import Batch, Snapshot
from graphsvc.services.accounts import Author
from graphsvc.services.survey import open_wave
from graphsvc.stores.base import GraphStore
from graphsvc.stores.survey_records import survey_store
from graphsvc.survey_model import Answer, Review, Wave, fold_name, wave_as_dict
from graphsvc.values import quoted

COLLABORATES = RelType.COLLABORATES_WITH
SURVEY_SOURCE = "survey"


@dataclass
class SurveyWrites:
    """The writes of a wave's answers and what they mean."""

    edges: list[Edge] = field(default_factory=list)
    ended: list[tuple[RelType, str, str]] = field(default_factory=list)
    ties: int = 0
    confirmed: int = 0
    participations: int = 0
    pending_names: int = 0


def _resolver(wave: Wave, actors: set[str]) -> Any:
    def resolve(actor: str | None, name: str) -> str | None:
        if actor is None:
            review = wave.review_of(name)
            actor = review.actor if review else None
        return actor if actor in actors else None

    return resolve


def survey_writes(wave: Wave, answers: Iterable[Answer], graph: Snapshot) -> SurveyWrites:
    """The relationships a wave's answers write into ``graph`` (the graph on its last day)."""
    actors = {n.key for n in graph.nodes if n.label is Label.ACTOR}
    actions = {n.key for n in graph.nodes if n.label is Label.ACTION}
    runs = {(e.start, e.end) for e in graph.edges if e.type is RelType.RUNS}
    existing = {frozenset((e.start, e.end)): e for e in graph.edges if e.type is COLLABORATES}
    resolve = _resolver(wave, actors)
    writes = SurveyWrites()
    reporters: dict[frozenset[str], set[str]] = {}
    answered = set()
    for answer in answers:
        if answer.actor not in actors:
            continue
        answered.add(answer.actor)
        for tie in answer.worked_with:
            other = resolve(tie.actor, tie.name)
            if tie.actor is None and other is None and wave.review_of(tie.name) is None:
                writes.pending_names += 1
            if other is not None and other != answer.actor:
                reporters.setdefault(frozenset((answer.actor, other)), set()).add(answer.actor)
        for action in answer.actions:
            if action in actions and (answer.actor, action) not in runs:
                role = {"role": Role.PARTICIPANT.value}
                writes.edges.append(Edge(RelType.RUNS, answer.actor, action, role))
                writes.participations += 1
    for pair, who in sorted(reporters.items(), key=lambda item: sorted(item[0])):
        writes.edges.append(_tie(wave.year, pair, who, existing.get(pair)))
        writes.ties += 1
        writes.confirmed += len(who) == 2
    for pair, edge in existing.items():
        earlier = edge.props.get("source") == SURVEY_SOURCE and _year(edge) < wave.year
        if earlier and pair not in reporters and pair <= answered:
            writes.ended.append((COLLABORATES, edge.start, edge.end))
    return writes


def _year(edge: Edge) -> int:
    value = edge.props.get("year", 0)
    return value if isinstance(value, int) else 0


def _tie(year: int, pair: frozenset[str], who: set[str], known: Edge | None) -> Edge:
    """The tie of ``pair`` as the wave reports it (``who``: the sides that reported it)."""
    confirmed = len(who) == 2
    if known is not None:
        start, end, props = known.start, known.end, dict(known.props)
    else:
        start = min(pair) if confirmed else next(iter(who))
        end = next(k for k in pair if k != start)
        props = {"source": SURVEY_SOURCE, "since": f"{year}"}
    respondent = start if confirmed or start in who else end
    props.update(year=year, respondent=respondent, confirmed=confirmed)
    return Edge(COLLABORATES, start, end, props)


def write_answers(store: GraphStore, wave: Wave) -> dict[str, Any]:
    """Write a wave's answers into the history on its last day (idempotent)."""
    graph = store.snapshot(as_of=wave.ends)
    writes = survey_writes(wave, survey_store(store).find_answers(wave.year), graph)
    report = store.apply(Batch(edges=writes.edges, edge_deletes=writes.ended, on=wave.ends))
    return {
        "ties": writes.ties,
        "confirmed": writes.confirmed,
        "ended": len(writes.ended),
        "participations": writes.participations,
        "pending_names": writes.pending_names,
        "report": report.as_dict(),
    }


def close_wave(store: GraphStore, year: int, by: Author) -> dict[str, Any]:
    """Close a wave: no answer is taken from now on, and its answers are written into
    the history on its last day (today when it closes early). If writing fails the
    wave stays open, as it was."""
    from graphsvc.services.survey_rates import closing_rates

    surveys = survey_store(store)
    wave = open_wave(surveys, year)
    now = utc_now()
    rates = closing_rates(store, wave)
    closed = replace(wave, ends=min(wave.ends, today()), closed_at=now, updated_at=now, rates=rates)
    surveys.replace_wave(closed, expected=wave.updated_at)
    try:
        written = write_answers(store, closed)
    except BaseException:
        surveys.replace_wave(replace(wave, updated_at=utc_now()), expected=now)
        raise
    by.record("survey.close", f"survey:{year}")
    return {"wave": wave_as_dict(closed), **written}


def review_queue(store: GraphStore, year: int) -> list[dict[str, Any]]:
    """The organisations named in free entry, as first written, with how many named
    them and the decision taken (None while it waits)."""
    surveys = survey_store(store)
    wave = surveys.get_wave(year)
    named: dict[str, dict[str, Any]] = {}
    for answer in surveys.find_answers(year):
        for name in answer.new_names:
            entry = named.setdefault(fold_name(name), {"name": name, "named_by": 0})
            entry["named_by"] += 1
    for folded, entry in named.items():
        review = wave.review_of(folded)
        entry["decision"] = None if review is None else {"actor": review.actor, "by": review.by}
    return sorted(named.values(), key=lambda e: (e["decision"] is not None, fold_name(e["name"])))


def decide_review(
    store: GraphStore,
    year: int,
    name: str,
    by: Author,
    *,
    actor: str | None = None,
    new_key: str | None = None,
    new_kind: str | None = None,
) -> dict[str, Any]:
    """Decide what a free-entry name is: an existing ``actor``, a new actor (``new_key``
    and ``new_kind``, named as written), or neither (rejected). A closed wave's ties of
    that name are written at once."""
    surveys = survey_store(store)
    wave = surveys.get_wave(year)
    entry = next(
        (e for e in review_queue(store, year) if fold_name(e["name"]) == fold_name(name)), None
    )
    if entry is None:
        message = said("errors.survey.review_unknown", name=quoted(name), year=f"{year}")
        raise NotFoundError(message, key=name)
    if (actor and (new_key or new_kind)) or bool(new_key) != bool(new_kind):
        raise ValidationError(said("errors.survey.review_choice"))
    day = wave.ends if wave.closed else today()
    if new_key or new_kind:
        kind = parse_enum(ActorKind, new_kind or "", "kind")
        node = Node(Label.ACTOR, new_key or "", {"name": entry["name"], "kind": kind.value})
        store.apply(Batch(nodes=[node], on=day))
        actor = node.key
    elif actor:
        store.get_node(Label.ACTOR, actor)
    review = Review(fold_name(name), actor or None, by.who, utc_now())
    kept = tuple(r for r in wave.reviews if r.name != review.name) + (review,)
    decided = replace(wave, reviews=kept, updated_at=utc_now())
    surveys.replace_wave(decided, expected=wave.updated_at)
    by.record("survey.review", f"survey:{year}", "accepted" if actor else "rejected")
    written = write_answers(store, decided) if decided.closed else None
    return {"name": entry["name"], "actor": review.actor, "written": written}

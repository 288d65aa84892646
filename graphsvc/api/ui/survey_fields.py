"""The respondent's form as fields: labels on the page, keys in the answer.

The form shows actors and actions by their roster labels (the name, or ``Name (key)``
where several share it: :class:`~graphsvc.services.survey_answers.SurveyRoster`). Its
rows post ``tie_actor`` / ``tie_action`` pairs (whom the respondent worked with, and on
which action), ``want`` and ``action`` rows and ``note``. :func:`answer_data` turns them
into the JSON of :func:`graphsvc.survey_model.checked_answer`: a worked-with name not on
the roster is a new organisation (free entry); a wish or an action not on it stays as
written, so the check names it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from graphsvc.model_rules import fold_text
from graphsvc.services.survey_answers import SurveyRoster
from graphsvc.survey_model import Answer, Question

#: Empty rows the form adds to each list for browsers without JavaScript.
SPARE_ROWS = 3


def answer_data(form: Mapping[str, list[str]], roster: SurveyRoster) -> dict[str, Any]:
    """The answer JSON of the posted fields (``{name: [values]}``, blank rows dropped)."""
    actor_of, action_of = roster.actor_of, roster.action_of

    def one(value: str, known: dict[str, str]) -> str:
        return known.get(fold_text(" ".join(value.split())), value)

    ties: list[dict[str, Any]] = []
    names, acts = form.get("tie_actor", []), form.get("tie_action", [])
    for i, name in enumerate(names):
        action = acts[i].strip() if i < len(acts) else ""
        if not name.strip():
            continue
        key = actor_of.get(fold_text(" ".join(name.split())))
        tie: dict[str, Any] = {"actor": key} if key else {"name": name}
        tie["actions"] = [one(action, action_of)] if action else []
        ties.append(tie)
    return {
        Question.WORKED_WITH.value: ties,
        Question.WANTS.value: [one(v, actor_of) for v in form.get("want", []) if v.strip()],
        Question.ACTIONS.value: [one(v, action_of) for v in form.get("action", []) if v.strip()],
        Question.NOTE.value: "".join(form.get("note", [])).strip(),
    }


def rows_of(answer: Answer, roster: SurveyRoster) -> dict[str, list[Any]]:
    """The rows the form shows for ``answer``: ``ties`` as (actor, action) labels, one row
    per action; ``wants`` and ``actions`` as labels."""
    actors, actions = roster.actors, roster.actions
    ties: list[tuple[str, str]] = []
    for tie in answer.worked_with:
        who = actors.get(tie.actor, tie.actor) if tie.actor else tie.name
        ties += [(who, actions.get(a, a)) for a in tie.actions] or [(who, "")]
    return {
        "ties": ties,
        "wants": [actors.get(k, k) for k in answer.wants],
        "actions": [actions.get(k, k) for k in answer.actions],
    }


def posted_rows(form: Mapping[str, list[str]]) -> dict[str, list[Any]]:
    """The rows as posted (to show them again beside the problems, nothing lost)."""
    names, acts = form.get("tie_actor", []), form.get("tie_action", [])
    ties = [(n, acts[i] if i < len(acts) else "") for i, n in enumerate(names) if n.strip()]
    return {
        "ties": ties,
        "wants": [v for v in form.get("want", []) if v.strip()],
        "actions": [v for v in form.get("action", []) if v.strip()],
    }

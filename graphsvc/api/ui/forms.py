"""Edit forms as data: form fields -> the dicts the write services take, and back.

Every field is checked by :class:`~graphsvc.api.ui.form_problems.FormCheck` with the
model's rules, so that the form lists all its problems at once in the page's language;
the write services validate again through the model before anything is stored.
"""

from __future__ import annotations

from typing import Any

from fastapi import Request

from graphsvc.api.ui.form_problems import FormCheck
from graphsvc.errors import NotFoundError, ValidationError
from graphsvc.model import CONTACT_FIELDS, ActorKind, Label, Node, Status
from graphsvc.model_rules import fold_text, validate_key
from graphsvc.stores.base import GraphStore

#: Text fields of the actor form (besides key, name and kind), in form order.
ACTOR_TEXT_FIELDS = (
    "sector",
    "municipality",
    "business_id",
    "website",
    "verified_at",
    *CONTACT_FIELDS,
)
ACTION_TEXT_FIELDS = ("start", "end")


def _taken(store: GraphStore, label: Label, key: str) -> bool:
    try:
        store.get_node(label, key)
    except NotFoundError:
        return False
    return True


def actor_data(check: FormCheck, store: GraphStore, current: Node | None) -> dict[str, Any]:
    """The actor form as service data (a new actor's when ``current`` is None); ``None``
    removes a property on update. Every problem found is added to ``check.problems``."""
    new, stored = current is None, current.props if current is not None else {}
    data: dict[str, Any] = {}
    if new:
        data["key"] = check.key()
        if check.problems == [] and _taken(store, Label.ACTOR, data["key"]):
            check.say("key", "err_key_taken", value=check.quoted(data["key"]))
    data["name"] = check.text("name", required=True)
    data["kind"] = check.choice("kind", ActorKind, "kind", required=True)
    for name in ACTOR_TEXT_FIELDS:
        if name == "business_id":
            data[name] = check.business_id()
        elif name == "contact_email":
            data[name] = check.email(name)
        elif name == "verified_at":
            data[name] = check.day(name, stored.get(name))
        else:
            data[name] = check.text(name)
    data["tags"] = check.items("tags")
    return data


def action_data(
    check: FormCheck, store: GraphStore, rockets: list[str], current: Node | None
) -> dict[str, Any]:
    """The action form as service data (a new action's when ``current`` is None):
    ``rockets`` lists the primary rocket first (of the ``rockets`` that exist). Every
    problem found is added to ``check.problems``."""
    new, stored = current is None, current.props if current is not None else {}
    data: dict[str, Any] = {}
    if new:
        data["key"] = check.key()
        if check.problems == [] and _taken(store, Label.ACTION, data["key"]):
            check.say("key", "err_key_taken", value=check.quoted(data["key"]))
    data["title"] = check.text("title", required=True)
    primary = check.text("primary_rocket", required=True)
    chosen = list(dict.fromkeys([primary, *check.values("rockets")] if primary else []))
    for rocket in chosen:
        if rocket not in rockets:
            name = "primary_rocket" if rocket == primary else "rockets"
            check.say(name, "err_choice", value=check.quoted(rocket), allowed=", ".join(rockets))
    data["rockets"] = chosen
    data["status"] = check.choice("status", Status, "status", required=False)
    data["start"] = check.day("start", stored.get("start"))
    data["end"] = check.day("end", stored.get("end"))
    check.period(data["start"], data["end"])
    data["themes"] = check.items("themes")
    data["description"] = check.text("description")
    return data


def form_of(node: Node | None) -> dict[str, str]:
    """A node's properties as form field values (lists joined with ``; ``)."""
    if node is None:
        return {}
    values = {"key": node.key}
    for name, value in node.props.items():
        values[name] = "; ".join(value) if isinstance(value, list) else str(value)
    return values


def submitted(request: Request) -> dict[str, str]:
    """The submitted form fields, to show them again next to an error."""
    form = getattr(request.state, "form", None)
    if form is None:
        return {}
    return {k: v for k, v in form.items() if isinstance(v, str) and k != "csrf_token"}


def resolve_actor(store: GraphStore, text: str, lang: str) -> Node:
    """The actor named by its key, or by a name that matches exactly one actor.

    Raises ValidationError (with a message in ``lang``) when none or several match.
    """
    text = text.strip()
    if not text:
        raise ValidationError(_said(lang, "actor_not_found", text))
    try:
        return store.get_node(Label.ACTOR, validate_key(text))
    except (ValidationError, NotFoundError):
        pass
    hits = store.search(text, labels=[Label.ACTOR], limit=20)
    exact = [n for n in hits if fold_text(n.name) == fold_text(text)]
    if len(exact) == 1:
        return exact[0]
    if len(hits) == 1:
        return hits[0]
    if not hits:
        raise ValidationError(_said(lang, "actor_not_found", text))
    names = ", ".join(f"{n.name} ({n.key})" for n in hits[:5])
    raise ValidationError(_said(lang, "actor_ambiguous", text, names=names))


def _said(lang: str, key: str, given: str, **values: str) -> str:
    """The message ``ui.<key>`` about what the user typed, quoted as the reader writes quotes."""
    from graphsvc import messages

    return messages.text(f"ui.{key}", lang, q=messages.quote(given, lang), **values)

"""Edit forms as data: form fields -> the dicts the write services take, and back.

Values are checked here only for what a form adds (lengths, ``;``-separated lists);
everything else is validated by the model through the write services, so a form
shows the same error messages as an import.
"""

from __future__ import annotations

from typing import Any

from fastapi import Request

from graphsvc.api.ui.session import form_value, form_values
from graphsvc.errors import ValidationError
from graphsvc.model import CONTACT_FIELDS, Label, Node
from graphsvc.model_rules import fold_text, validate_key
from graphsvc.stores.base import GraphStore
from graphsvc.values import list_problem, text_limit, text_problem

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


def split_list(text: str) -> list[str]:
    """A ``;``-separated cell as a list, as workbooks write lists.

    >>> split_list(" rata; logistiikka ;;")
    ['rata', 'logistiikka']
    """
    return [part.strip() for part in text.split(";") if part.strip()]


def _text(request: Request, name: str) -> str | None:
    """A text field, with the CRLF that browsers send as line breaks turned into LF."""
    value = form_value(request, name).replace("\r\n", "\n")
    problem = text_problem(value, text_limit(name))
    if problem:
        raise ValidationError(f"{name} {problem}", value=name)
    return value or None


def _list(request: Request, name: str) -> list[str] | None:
    items = split_list(_text(request, name) or "")
    problem = list_problem(items)
    if problem:
        raise ValidationError(f"{name}: {problem}", value=name)
    return items or None


def actor_data(request: Request, *, new: bool) -> dict[str, Any]:
    """The actor form as service data; ``None`` removes a property on update."""
    data: dict[str, Any] = {f: _text(request, f) for f in ACTOR_TEXT_FIELDS}
    data["name"] = _text(request, "name")
    data["kind"] = _text(request, "kind")
    data["tags"] = _list(request, "tags")
    if not data["name"]:
        raise ValidationError("name is required")
    if not data["kind"]:
        raise ValidationError("kind is required")
    if new:
        data["key"] = validate_key(form_value(request, "key"), "Actor key")
    return data


def action_data(request: Request, *, new: bool) -> dict[str, Any]:
    """The action form as service data: ``rockets`` lists the primary rocket first."""
    data: dict[str, Any] = {f: _text(request, f) for f in ACTION_TEXT_FIELDS}
    data["title"] = _text(request, "title")
    data["status"] = _text(request, "status")
    data["description"] = _text(request, "description")
    data["themes"] = _list(request, "themes")
    if not data["title"]:
        raise ValidationError("title is required")
    primary = form_value(request, "primary_rocket")
    if not primary:
        raise ValidationError("choose the main rocket")
    data["rockets"] = list(dict.fromkeys([primary, *form_values(request, "rockets")]))
    if new:
        data["key"] = validate_key(form_value(request, "key"), "Action key")
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
    from graphsvc.errors import NotFoundError

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

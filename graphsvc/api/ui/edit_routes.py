"""Editor forms: create and change actors and actions, add an action's partners.

Every POST needs the session's CSRF token and the editor role (viewers get 403 and
nothing changes); removals are in :mod:`graphsvc.api.ui.delete_routes`. Writes go
through :mod:`graphsvc.services.editing`, the same use cases as the API, which write the
audit log with the same names. A form that has problems comes back listing all of them.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from fastapi import APIRouter
from fastapi.responses import RedirectResponse, Response

from graphsvc import messages
from graphsvc.api.dependencies import author
from graphsvc.api.ui import forms
from graphsvc.api.ui.form_problems import FormCheck, Problem
from graphsvc.api.ui.pages import Page, render, security_headers
from graphsvc.api.ui.read_routes import (
    action_response,
    all_rockets,
    rockets_of_action,
    themes_of_action,
)
from graphsvc.api.ui.session import EditorPage, UIRoute, form_value, form_values
from graphsvc.api.ui.stores import app_store
from graphsvc.errors import ConflictError, GraphsvcError, NotFoundError, ValidationError
from graphsvc.model import ActorKind, Label, Node, Role, Status
from graphsvc.services import editing

router = APIRouter(route_class=UIRoute, include_in_schema=False)


def _done(path: str, message: str) -> RedirectResponse:
    return RedirectResponse(f"{path}?msg={message}", status_code=303, headers=security_headers())


def _by(page: Page) -> editing.Author:
    assert page.principal is not None  # an EditorPage is signed in
    return author(page.request, page.principal)


def _problems(page: Page, e: Exception) -> list[Problem]:
    """The problem a write service found after the form's own checks passed."""
    if isinstance(e, ConflictError):
        value = messages.quote(form_value(page.request, "key"), page.lang)
        return [Problem("key", page.t("err_key_taken", field=page.t("key"), value=value))]
    detail = e.in_lang(page.lang) if isinstance(e, GraphsvcError) else str(e)
    return [Problem("", page.t("err_store", detail=detail))]


def _form(page: Page, template: str, key: str | None, values: dict[str, Any],
          problems: list[Problem], **context: Any) -> Response:  # fmt: skip
    return render(
        page,
        template,
        status=422 if problems else 200,
        key=key,
        values=values,
        problems=problems,
        errors={p.field: p.message for p in reversed(problems) if p.field},
        **context,
    )


# --- actors -----------------------------------------------------------------------------


def _actor_form(
    page: Page, key: str | None, values: dict[str, str], problems: list[Problem]
) -> Response:
    return _form(
        page, "actor_form.html", key, values, problems,
        kinds=list(ActorKind), text_fields=forms.ACTOR_TEXT_FIELDS,
    )  # fmt: skip


@router.get("/new-actor")
def new_actor_form(page: EditorPage) -> Response:
    """An empty actor form."""
    return _actor_form(page, None, {}, [])


@router.post("/new-actor")
def create_actor(page: EditorPage) -> Response:
    """Create an actor; the form comes back listing every problem when there are any."""
    check = FormCheck(page.request, page.lang)
    data = forms.actor_data(check, app_store(page), None)
    if not check.problems:
        try:
            editing.create_actor(app_store(page), data, _by(page))
        except (ValidationError, ConflictError, NotFoundError) as e:
            check.problems.extend(_problems(page, e))
    if check.problems:
        return _actor_form(page, None, forms.submitted(page.request), check.problems)
    return _done(f"/actors/{quote(data['key'])}", "saved")


@router.get("/actors/{key}/edit")
def edit_actor_form(page: EditorPage, key: str) -> Response:
    """The actor form filled with the actor's current values (contacts included)."""
    node = app_store(page).get_node(Label.ACTOR, key)
    return _actor_form(page, key, forms.form_of(node), [])


@router.post("/actors/{key}/edit")
def update_actor(page: EditorPage, key: str) -> Response:
    """Save changes to an actor; an emptied field removes that property."""
    current = app_store(page).get_node(Label.ACTOR, key)
    check = FormCheck(page.request, page.lang)
    data = forms.actor_data(check, app_store(page), current)
    if not check.problems:
        try:
            editing.update_actor(app_store(page), key, data, _by(page))
        except (ValidationError, ConflictError) as e:
            check.problems.extend(_problems(page, e))
    if check.problems:
        values = {**forms.submitted(page.request), "key": key}
        return _actor_form(page, key, values, check.problems)
    return _done(f"/actors/{quote(key)}", "saved")


# --- actions ----------------------------------------------------------------------------


def _action_form(
    page: Page, key: str | None, values: dict[str, Any], problems: list[Problem]
) -> Response:
    return _form(
        page, "action_form.html", key, values, problems,
        statuses=list(Status), rockets=all_rockets(app_store(page)),
    )  # fmt: skip


def _submitted_action(page: Page) -> dict[str, Any]:
    values: dict[str, Any] = forms.submitted(page.request)
    values["rockets"] = form_values(page.request, "rockets")
    return values


def _checked_action(page: Page, current: Node | None) -> tuple[dict[str, Any], FormCheck]:
    check = FormCheck(page.request, page.lang)
    rockets = [r.key for r in all_rockets(app_store(page))]
    return forms.action_data(check, app_store(page), rockets, current), check


@router.get("/new-action")
def new_action_form(page: EditorPage) -> Response:
    """An empty action form."""
    return _action_form(page, None, {"rockets": []}, [])


@router.post("/new-action")
def create_action(page: EditorPage) -> Response:
    """Create an action fuelling the chosen rockets (the main one first)."""
    data, check = _checked_action(page, None)
    if not check.problems:
        try:
            editing.create_action(app_store(page), data, _by(page))
        except (ValidationError, ConflictError, NotFoundError) as e:
            check.problems.extend(_problems(page, e))
    if check.problems:
        return _action_form(page, None, _submitted_action(page), check.problems)
    return _done(f"/actions/{quote(data['key'])}", "saved")


@router.get("/actions/{key}/edit")
def edit_action_form(page: EditorPage, key: str) -> Response:
    """The action form filled with the action's current values and rockets."""
    store = app_store(page)
    node = store.get_node(Label.ACTION, key)
    values: dict[str, Any] = forms.form_of(node)
    rockets = rockets_of_action(store, key)
    values["primary_rocket"] = next((r.key for r, primary in rockets if primary), "")
    values["rockets"] = [r.key for r, _ in rockets]
    values["themes"] = "; ".join(t.key for t in themes_of_action(store, key))
    return _action_form(page, key, values, [])


@router.post("/actions/{key}/edit")
def update_action(page: EditorPage, key: str) -> Response:
    """Save changes to an action; the chosen rockets replace the ones it fuelled."""
    current = app_store(page).get_node(Label.ACTION, key)
    data, check = _checked_action(page, current)
    if not check.problems:
        try:
            editing.update_action(app_store(page), key, data, _by(page))
        except (ValidationError, ConflictError) as e:
            check.problems.extend(_problems(page, e))
    if check.problems:
        values = {**_submitted_action(page), "key": key}
        return _action_form(page, key, values, check.problems)
    return _done(f"/actions/{quote(key)}", "saved")


# --- participation ----------------------------------------------------------------------


@router.post("/actions/{key}/partners")
def add_partner(page: EditorPage, key: str) -> Response:
    """Make an actor (by key or unique name) run this action in the chosen role."""
    store = app_store(page)
    store.get_node(Label.ACTION, key)
    text = form_value(page.request, "actor")
    role = form_value(page.request, "role") or Role.PARTNER.value
    check = FormCheck(page.request, page.lang)
    check.choice("role", Role, "prole", required=False)
    try:
        if check.problems:
            raise ValidationError(check.problems[0].message)
        actor = forms.resolve_actor(store, text, page.lang)
        editing.set_participation(store, key, actor.key, role, _by(page))
    except ValidationError as e:
        error = page.t("form_error", detail=e.in_lang(page.lang))
        return action_response(page, key, status=422, error=error, actor=text, role=role)
    return _done(f"/actions/{quote(key)}", "partner_added")

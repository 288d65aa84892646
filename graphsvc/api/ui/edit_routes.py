"""Editor forms: create and change actors and actions, add and remove an action's partners.

Every POST needs the session's CSRF token and the editor role (viewers get 403 and
nothing changes). Writes go through :mod:`graphsvc.services.editing`, the same use
cases as the API, which write the audit log with the same names.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from fastapi import APIRouter
from fastapi.responses import RedirectResponse, Response

from graphsvc.api.dependencies import author
from graphsvc.api.ui import forms
from graphsvc.api.ui.pages import Page, render, security_headers
from graphsvc.api.ui.read_routes import action_response, all_rockets, rockets_of_action
from graphsvc.api.ui.session import EditorPage, UIRoute, form_value
from graphsvc.errors import ConflictError, NotFoundError, ValidationError
from graphsvc.model import ActorKind, Label, Role, Status
from graphsvc.services import editing
from graphsvc.stores.base import GraphStore

router = APIRouter(route_class=UIRoute, include_in_schema=False)


def _store(page: Page) -> GraphStore:
    store: GraphStore = page.request.app.state.store
    return store


def _done(path: str, message: str) -> RedirectResponse:
    return RedirectResponse(f"{path}?msg={message}", status_code=303, headers=security_headers())


def _by(page: Page) -> editing.Author:
    assert page.principal is not None  # an EditorPage is signed in
    return author(page.request, page.principal)


def _error(page: Page, e: Exception) -> str:
    return page.t("form_error", detail=str(e))


# --- actors -----------------------------------------------------------------------------


def _actor_form(
    page: Page, key: str | None, values: dict[str, str], error: str | None, status: int = 200
) -> Response:
    return render(
        page,
        "actor_form.html",
        status=status,
        key=key,
        values=values,
        error=error,
        kinds=list(ActorKind),
        text_fields=forms.ACTOR_TEXT_FIELDS,
    )


@router.get("/new-actor")
def new_actor_form(page: EditorPage) -> Response:
    """An empty actor form."""
    return _actor_form(page, None, {}, None)


@router.post("/new-actor")
def create_actor(page: EditorPage) -> Response:
    """Create an actor; the form comes back with the error when the model refuses it."""
    try:
        data = forms.actor_data(page.request, new=True)
        editing.create_actor(_store(page), data, _by(page))
    except (ValidationError, ConflictError, NotFoundError) as e:
        values = forms.submitted(page.request)
        return _actor_form(page, None, values, _error(page, e), status=e.status)
    return _done(f"/actors/{quote(data['key'])}", "saved")


@router.get("/actors/{key}/edit")
def edit_actor_form(page: EditorPage, key: str) -> Response:
    """The actor form filled with the actor's current values (contacts included)."""
    node = _store(page).get_node(Label.ACTOR, key)
    return _actor_form(page, key, forms.form_of(node), None)


@router.post("/actors/{key}/edit")
def update_actor(page: EditorPage, key: str) -> Response:
    """Save changes to an actor; an emptied field removes that property."""
    try:
        data = forms.actor_data(page.request, new=False)
        editing.update_actor(_store(page), key, data, _by(page))
    except (ValidationError, ConflictError) as e:
        values = {**forms.submitted(page.request), "key": key}
        return _actor_form(page, key, values, _error(page, e), status=e.status)
    return _done(f"/actors/{quote(key)}", "saved")


# --- actions ----------------------------------------------------------------------------


def _action_form(
    page: Page,
    key: str | None,
    values: dict[str, Any],
    error: str | None,
    status: int = 200,
) -> Response:
    return render(
        page,
        "action_form.html",
        status=status,
        key=key,
        values=values,
        error=error,
        statuses=list(Status),
        rockets=all_rockets(_store(page)),
    )


def _submitted_action(page: Page) -> dict[str, Any]:
    values: dict[str, Any] = forms.submitted(page.request)
    values["rockets"] = forms.form_values(page.request, "rockets")
    return values


@router.get("/new-action")
def new_action_form(page: EditorPage) -> Response:
    """An empty action form."""
    return _action_form(page, None, {"rockets": []}, None)


@router.post("/new-action")
def create_action(page: EditorPage) -> Response:
    """Create an action fuelling the chosen rockets (the main one first)."""
    try:
        data = forms.action_data(page.request, new=True)
        editing.create_action(_store(page), data, _by(page))
    except (ValidationError, ConflictError, NotFoundError) as e:
        return _action_form(page, None, _submitted_action(page), _error(page, e), e.status)
    return _done(f"/actions/{quote(data['key'])}", "saved")


@router.get("/actions/{key}/edit")
def edit_action_form(page: EditorPage, key: str) -> Response:
    """The action form filled with the action's current values and rockets."""
    store = _store(page)
    node = store.get_node(Label.ACTION, key)
    values: dict[str, Any] = forms.form_of(node)
    rockets = rockets_of_action(store, key)
    values["primary_rocket"] = next((r.key for r, primary in rockets if primary), "")
    values["rockets"] = [r.key for r, _ in rockets]
    return _action_form(page, key, values, None)


@router.post("/actions/{key}/edit")
def update_action(page: EditorPage, key: str) -> Response:
    """Save changes to an action; the chosen rockets replace the ones it fuelled."""
    try:
        data = forms.action_data(page.request, new=False)
        editing.update_action(_store(page), key, data, _by(page))
    except (ValidationError, ConflictError) as e:
        values = {**_submitted_action(page), "key": key}
        return _action_form(page, key, values, _error(page, e), e.status)
    return _done(f"/actions/{quote(key)}", "saved")


# --- participation ----------------------------------------------------------------------


@router.post("/actions/{key}/partners")
def add_partner(page: EditorPage, key: str) -> Response:
    """Make an actor (by key or unique name) run this action in the chosen role."""
    store = _store(page)
    store.get_node(Label.ACTION, key)
    text = form_value(page.request, "actor")
    role = form_value(page.request, "role") or Role.PARTNER.value
    try:
        actor = forms.resolve_actor(store, text, page.lang)
        editing.set_participation(store, key, actor.key, role, _by(page))
    except ValidationError as e:
        return action_response(page, key, status=422, error=_error(page, e), actor=text, role=role)
    return _done(f"/actions/{quote(key)}", "partner_added")


@router.post("/actions/{key}/partners/{actor_key}/remove")
def remove_partner(page: EditorPage, key: str, actor_key: str) -> Response:
    """Stop an actor running this action."""
    editing.remove_participation(_store(page), key, actor_key, _by(page))
    return _done(f"/actions/{quote(key)}", "partner_removed")

"""Safe deletion in the web UI: a confirmation page first, then an undo.

``GET`` of a removal address shows what would go and asks for confirmation (a page, so it
works without JavaScript); its form posts to the same address, which deletes through
:mod:`graphsvc.services.editing` and leaves the browser an undo (:mod:`graphsvc.api.ui.undo`).
``POST /undo`` puts it back. Editors and admins only; every POST carries the CSRF token.
"""

from __future__ import annotations

from urllib.parse import quote

from fastapi import APIRouter
from fastapi.responses import RedirectResponse, Response

from graphsvc import messages
from graphsvc.api.dependencies import author
from graphsvc.api.ui import undo
from graphsvc.api.ui.pages import Page, render, security_headers
from graphsvc.api.ui.session import EditorPage, UIRoute, error_page
from graphsvc.api.ui.stores import app_store
from graphsvc.errors import ConflictError, NotFoundError
from graphsvc.model import Label, RelType
from graphsvc.services import editing

router = APIRouter(route_class=UIRoute, include_in_schema=False)
_HOMES = {Label.ACTOR: "actors", Label.ACTION: "actions"}


def _by(page: Page) -> editing.Author:
    assert page.principal is not None  # an EditorPage is signed in
    return author(page.request, page.principal)


def _who(page: Page) -> str:
    assert page.principal is not None  # an EditorPage is signed in
    return page.principal.who


def _q(page: Page, text: str) -> str:
    return messages.quote(text, page.lang)


def _redirect(path: str, message: str) -> RedirectResponse:
    return RedirectResponse(f"{path}?msg={message}", status_code=303, headers=security_headers())


def _confirm(page: Page, title: str, text: str, button: str, back: str) -> Response:
    return render(
        page, "confirm.html", title=title, text=text, button=button, back=back,
        action=page.request.url.path,
    )  # fmt: skip


# --- partners ---------------------------------------------------------------------------


@router.get("/actions/{key}/partners/{actor_key}/remove")
def confirm_remove_partner(page: EditorPage, key: str, actor_key: str) -> Response:
    """Ask before an actor stops running this action."""
    store = app_store(page)
    action, actor = store.get_node(Label.ACTION, key), store.get_node(Label.ACTOR, actor_key)
    edges = store.find_edges(RelType.RUNS, start=actor_key, end=key)
    if not edges:
        raise NotFoundError(f"{actor.name} does not run {action.name}")
    text = page.t(
        "confirm_remove_partner",
        actor=_q(page, actor.name),
        action=_q(page, action.name),
        role=page.label("prole", edges[0].props.get("role", "")),
    )
    title, button = page.t("confirm_remove_partner_title"), page.t("confirm_yes_remove")
    return _confirm(page, title, text, button, f"/actions/{quote(key)}")


@router.post("/actions/{key}/partners/{actor_key}/remove")
def remove_partner(page: EditorPage, key: str, actor_key: str) -> Response:
    """Stop an actor running this action; the next page offers the undo."""
    store = app_store(page)
    action, actor = store.get_node(Label.ACTION, key), store.get_node(Label.ACTOR, actor_key)
    removed = editing.remove_participation(store, key, actor_key, _by(page))
    response = _redirect(f"/actions/{quote(key)}", "removed")
    names = {"actor": actor.name, "action": action.name}
    undo.remember(page.request, response, _who(page), removed, "removed_partner", **names)
    return response


# --- actors and actions -----------------------------------------------------------------


def _confirm_delete(page: Page, label: Label, key: str) -> Response:
    store = app_store(page)
    node = store.get_node(label, key)
    links = len(store.neighbours(label, key))
    kind = label.value.lower()
    text = page.t(f"confirm_delete_{kind}", name=_q(page, node.name), n=links)
    title, button = page.t(f"confirm_delete_{kind}_title"), page.t("confirm_yes_delete")
    return _confirm(page, title, text, button, f"/{_HOMES[label]}/{quote(key)}")


def _delete(page: Page, label: Label, key: str) -> Response:
    store = app_store(page)
    delete = editing.delete_actor if label is Label.ACTOR else editing.delete_action
    removed = delete(store, key, _by(page))
    name = removed.node.name if removed.node is not None else key
    response = _redirect("/", "removed")
    undo.remember(
        page.request, response, _who(page), removed, f"removed_{label.value.lower()}", name=name
    )
    return response


@router.get("/actors/{key}/delete")
def confirm_delete_actor(page: EditorPage, key: str) -> Response:
    """Ask before an actor and its relationships are deleted."""
    return _confirm_delete(page, Label.ACTOR, key)


@router.post("/actors/{key}/delete")
def delete_actor(page: EditorPage, key: str) -> Response:
    """Delete an actor and its relationships; the next page offers the undo."""
    return _delete(page, Label.ACTOR, key)


@router.get("/actions/{key}/delete")
def confirm_delete_action(page: EditorPage, key: str) -> Response:
    """Ask before an action and its relationships are deleted."""
    return _confirm_delete(page, Label.ACTION, key)


@router.post("/actions/{key}/delete")
def delete_action(page: EditorPage, key: str) -> Response:
    """Delete an action and its relationships; the next page offers the undo."""
    return _delete(page, Label.ACTION, key)


# --- undo -------------------------------------------------------------------------------


@router.post("/undo")
def undo_removal(page: EditorPage) -> Response:
    """Put back what this browser deleted last, exactly as it was."""
    offer = undo.offer(page.request, _who(page))
    if offer is None:
        return error_page(page.request, 410, page.t("undo_expired"))
    removed = offer.removed
    try:
        left_out = editing.restore(app_store(page), removed, _by(page))
    except ConflictError:
        key = removed.node.key if removed.node is not None else ""
        return error_page(page.request, 409, page.t("undo_conflict", item=_q(page, key)))
    except NotFoundError:
        return error_page(page.request, 410, page.t("undo_expired"))
    if removed.node is not None:
        target = f"/{_HOMES[removed.node.label]}/{quote(removed.node.key)}"
    else:
        target = f"/actions/{quote(removed.edges[0].end)}"
    response = _redirect(target, "restored_partly" if left_out else "restored")
    undo.forget(response)
    return response

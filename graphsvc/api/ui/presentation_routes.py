"""The "Esitykset / Presentations" pages: the list, one presentation's slides, and the
editors' changes (create, rename, reorder and remove slides, delete, each removal
confirmed on a page of its own first). Writes go through
:mod:`graphsvc.services.presentations`, the same use cases and audit names as the API.
"Play" links lead to the map page that plays a presentation (``?presentation=KEY``).
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any
from urllib.parse import parse_qsl, quote, urlsplit

from fastapi import APIRouter
from fastapi.responses import RedirectResponse, Response

from graphsvc import messages
from graphsvc.api.dependencies import author
from graphsvc.api.ui.pages import Page, render, security_headers
from graphsvc.api.ui.read_routes import all_rockets
from graphsvc.api.ui.session import EditorPage, UIRoute, ViewerPage, form_value
from graphsvc.api.ui.stores import app_store
from graphsvc.errors import NotFoundError
from graphsvc.model import Label
from graphsvc.presentation_model import TITLE_TEXT, Presentation
from graphsvc.services import presentations as service
from graphsvc.services.accounts import Author
from graphsvc.stores.base import GraphStore

router = APIRouter(route_class=UIRoute, include_in_schema=False)
_NOT_KEY = re.compile(r"[^a-z0-9]+")


def _by(page: Page) -> Author:
    assert page.principal is not None  # an EditorPage is signed in
    return author(page.request, page.principal)


def _done(path: str, message: str) -> RedirectResponse:
    return RedirectResponse(f"{path}?msg={message}", status_code=303, headers=security_headers())


def _here(key: str) -> str:
    return f"/presentations/{quote(key, safe='')}"


def new_key(store: GraphStore, title: str) -> str:
    """A free key made of the title's letters (``valtuuston-seminaari``, then ``…-2``)."""
    folded = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode().lower()
    stem = _NOT_KEY.sub("-", folded).strip("-")[:60] or "esitys"
    taken = {p.key for p in store.find_presentations()}
    key, n = stem, 1
    while key in taken:
        n += 1
        key = f"{stem}-{n}"
    return key


def map_name(page: Page, store: GraphStore, path: str) -> str:
    """What a presentation's map shows, in the page language."""
    parts = urlsplit(path)
    segments = parts.path.split("/")
    if segments[2:3] == ["rocket"]:
        rockets = {r.key: page.rocket_name(r) for r in all_rockets(store)}
        return page.t("pres_map_rocket", name=rockets.get(segments[3], segments[3]))
    if segments[2:3] == ["actor"]:
        try:
            name = store.get_node(Label.ACTOR, segments[3]).name
        except NotFoundError:
            name = segments[3]
        depth = dict(parse_qsl(parts.query)).get("depth", "1")
        return page.t("pres_map_actor", name=name, depth=depth)
    return page.t("pres_map_network")


def _row(page: Page, store: GraphStore, p: Presentation) -> dict[str, Any]:
    return {
        "key": p.key,
        "title": p.title,
        "map": map_name(page, store, p.map),
        "map_path": p.map,
        "as_of": p.as_of,
        "slides": p.slides,
        "updated_at": p.updated_at[:10],
        "play": service.play_url(p),
        "here": _here(p.key),
    }


def map_choices(page: Page, store: GraphStore) -> list[tuple[str, str]]:
    """The maps a new presentation can play on: the whole network and each rocket."""
    rockets = [
        (f"/maps/rocket/{r.key}", page.t("pres_map_rocket", name=page.rocket_name(r)))
        for r in all_rockets(store)
    ]
    return [("/maps/network", page.t("pres_map_network")), *rockets]


def _list(page: Page, status: int = 200, **form: Any) -> Response:
    store = app_store(page)
    rows = [_row(page, store, p) for p in store.find_presentations()]
    return render(
        page,
        "presentations.html",
        status=status,
        rows=rows,
        maps=map_choices(page, store),
        problems=form.get("problems", []),
        values=form.get("values", {}),
    )


@router.get("/presentations")
def presentations(page: ViewerPage) -> Response:
    """Every presentation: play it; editors also create, open and delete."""
    return _list(page)


def _title_problems(page: Page, title: str) -> list[str]:
    ok = 0 < len(title) <= TITLE_TEXT
    return [] if ok else [page.t("pres_err_title", n=TITLE_TEXT)]


@router.post("/presentations")
def create(page: EditorPage) -> Response:
    """Create an empty presentation on the chosen map; every problem of the form is named."""
    store = app_store(page)
    title, map_path = form_value(page.request, "title"), form_value(page.request, "map")
    problems = _title_problems(page, title)
    if map_path not in dict(map_choices(page, store)):
        problems.append(page.t("pres_err_map"))
    if problems:
        values = {"title": title, "map": map_path}
        return _list(page, status=422, problems=problems, values=values)
    data = {"key": new_key(store, title), "title": title, "map": map_path, "slides": []}
    made = service.create_presentation(store, data, _by(page))
    return _done(_here(made["key"]), "pres_created")


def _detail(page: Page, key: str, status: int = 200, problems: list[str] | None = None) -> Response:
    store = app_store(page)
    shown = _row(page, store, store.get_presentation(key))  # 404 for an unknown key
    return render(page, "presentation.html", status=status, p=shown, problems=problems or [])


@router.get("/presentations/{key}")
def presentation(page: ViewerPage, key: str) -> Response:
    """One presentation's slides in order; editors reorder, remove and rename."""
    return _detail(page, key)


@router.post("/presentations/{key}/rename")
def rename(page: EditorPage, key: str) -> Response:
    """Give the presentation a new name."""
    title = form_value(page.request, "title")
    problems = _title_problems(page, title)
    if problems:
        return _detail(page, key, status=422, problems=problems)
    service.rename(app_store(page), key, title, _by(page))
    return _done(_here(key), "pres_renamed")


@router.post("/presentations/{key}/slides/{number}/move")
def move(page: EditorPage, key: str, number: int) -> Response:
    """Move a slide one place earlier (``steps=-1``) or later (``steps=1``)."""
    steps = -1 if form_value(page.request, "steps") == "-1" else 1
    service.move_slide(app_store(page), key, number, steps, _by(page))
    return _done(_here(key), "pres_slide_moved")


def _confirm(page: Page, key: str, question: str, action: str) -> Response:
    p = app_store(page).get_presentation(key)
    return render(
        page,
        "presentation_confirm.html",
        title=p.title,
        question=question,
        action=action,
        back=_here(key),
    )


@router.get("/presentations/{key}/slides/{number}/remove")
def confirm_remove(page: EditorPage, key: str, number: int) -> Response:
    """Ask before removing a slide."""
    p = app_store(page).get_presentation(key)
    if not 1 <= number <= len(p.slides):
        raise NotFoundError(f"presentation {key!r} has no slide {number}")
    caption = p.slides[number - 1].caption or page.t("pres_no_caption")
    question = page.t("pres_remove_confirm", n=number, caption=messages.quote(caption, page.lang))
    return _confirm(page, key, question, f"{_here(key)}/slides/{number}/remove")


@router.post("/presentations/{key}/slides/{number}/remove")
def remove(page: EditorPage, key: str, number: int) -> Response:
    """Remove a slide."""
    service.remove_slide(app_store(page), key, number, _by(page))
    return _done(_here(key), "pres_slide_removed")


@router.get("/presentations/{key}/delete")
def confirm_delete(page: EditorPage, key: str) -> Response:
    """Ask before deleting a presentation."""
    p = app_store(page).get_presentation(key)
    question = page.t(
        "pres_delete_confirm", title=messages.quote(p.title, page.lang), n=len(p.slides)
    )
    return _confirm(page, key, question, f"{_here(key)}/delete")


@router.post("/presentations/{key}/delete")
def delete(page: EditorPage, key: str) -> Response:
    """Delete a presentation."""
    service.delete_presentation(app_store(page), key, _by(page))
    return _done("/presentations", "pres_deleted")

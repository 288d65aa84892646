"""Presentation use cases shared by the API and the web UI: saved map views as slides.

Every write checks the whole presentation with
:func:`graphsvc.presentation_model.checked` (ValidationError listing every problem),
stamps who changed it and when, and is audited (``presentation.create`` / ``.update`` /
``.delete``). JSON is :func:`~graphsvc.presentation_model.presentation_as_dict`.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from graphsvc.accounts.base import utc_now
from graphsvc.errors import ConflictError, ValidationError
from graphsvc.messages import said
from graphsvc.presentation_model import Presentation, Slide, checked, presentation_as_dict
from graphsvc.services.accounts import Author
from graphsvc.stores.base import GraphStore

#: How often an appended slide is tried against a presentation others keep changing.
APPEND_TRIES = 5


def play_url(p: Presentation) -> str:
    """The map page that plays ``p``: its map path with ``presentation=KEY`` (and ``as_of``).

    >>> play_url(Presentation("council", "C", "/maps/actor/xamk?depth=2", as_of="2023-12-31"))
    '/maps/actor/xamk?depth=2&as_of=2023-12-31&presentation=council'
    """
    from urllib.parse import quote

    joined = "&" if "?" in p.map else "?"
    as_of = f"as_of={p.as_of}&" if p.as_of else ""
    return f"{p.map}{joined}{as_of}presentation={quote(p.key, safe='')}"


def public(p: Presentation) -> dict[str, Any]:
    """A presentation's JSON with the URL that plays it."""
    return {**presentation_as_dict(p), "play": play_url(p)}


def list_presentations(store: GraphStore) -> dict[str, Any]:
    """Every presentation, by key."""
    return {"items": [public(p) for p in store.find_presentations()]}


def show_presentation(store: GraphStore, key: str) -> dict[str, Any]:
    """One presentation with its slides (NotFoundError if there is none)."""
    return public(store.get_presentation(key))


def _from(key: str, data: dict[str, Any], by: Author) -> Presentation:
    made = checked(
        key, data.get("title", ""), data.get("map", ""), data.get("slides") or [], data.get("as_of")
    )
    return replace(made, created_by=by.who, updated_at=utc_now())


def create_presentation(store: GraphStore, data: dict[str, Any], by: Author) -> dict[str, Any]:
    """Create a presentation from ``data`` (``key``, ``title``, ``map``, optional ``as_of``
    and ``slides``); ConflictError if the key is taken."""
    made = _from(str(data.get("key", "")), data, by)
    store.add_presentation(made)
    by.record("presentation.create", f"presentation:{made.key}")
    return public(made)


def update_presentation(
    store: GraphStore, key: str, data: dict[str, Any], by: Author
) -> dict[str, Any]:
    """Replace a presentation's title, map, day and slides (NotFoundError if none)."""
    old = store.get_presentation(key)
    made = replace(_from(key, data, by), created_by=old.created_by or by.who)
    store.replace_presentation(made)
    by.record("presentation.update", f"presentation:{key}")
    return public(made)


def delete_presentation(store: GraphStore, key: str, by: Author) -> None:
    """Delete a presentation (NotFoundError if there is none)."""
    store.get_presentation(key)
    store.delete_presentation(key)
    by.record("presentation.delete", f"presentation:{key}")


def _changed(store: GraphStore, old: Presentation, by: Author, **changes: Any) -> dict[str, Any]:
    """Write ``old`` with ``changes`` unless someone changed it since it was read
    (ConflictError then: nothing is lost, the caller reads it again)."""
    data = {**presentation_as_dict(old), **changes}
    data["slides"] = [s if isinstance(s, dict) else vars(s) for s in data["slides"]]
    made = replace(_from(old.key, data, by), created_by=old.created_by or by.who)
    store.replace_presentation(made, expected=old.updated_at)
    by.record("presentation.update", f"presentation:{old.key}")
    return public(made)


def add_slide(store: GraphStore, key: str, caption: str, view: str, by: Author) -> dict[str, Any]:
    """Append a slide to a presentation (NotFoundError if none; ValidationError for a bad
    caption or view); two editors saving at once both keep their slide."""
    for _ in range(APPEND_TRIES - 1):
        old = store.get_presentation(key)
        try:
            return _changed(store, old, by, slides=[*old.slides, Slide(caption, view)])
        except ConflictError:
            continue  # changed meanwhile: append to what it holds now
    old = store.get_presentation(key)
    return _changed(store, old, by, slides=[*old.slides, Slide(caption, view)])


def _slide_at(p: Presentation, number: int) -> int:
    if not 1 <= number <= len(p.slides):
        raise ValidationError(
            said(
                "errors.service.no_slide",
                key=repr(p.key),
                n=str(len(p.slides)),
                number=str(number),
            ),
            value=number,
        )
    return number - 1


def move_slide(store: GraphStore, key: str, number: int, steps: int, by: Author) -> dict[str, Any]:
    """Move slide ``number`` (from 1) ``steps`` places later (negative: earlier), within
    the presentation's ends."""
    old = store.get_presentation(key)
    slides = list(old.slides)
    moved = slides.pop(_slide_at(old, number))
    slides.insert(min(max(number - 1 + steps, 0), len(slides)), moved)
    return _changed(store, old, by, slides=slides)


def remove_slide(store: GraphStore, key: str, number: int, by: Author) -> dict[str, Any]:
    """Remove slide ``number`` (from 1) of a presentation."""
    old = store.get_presentation(key)
    slides = list(old.slides)
    del slides[_slide_at(old, number)]
    return _changed(store, old, by, slides=slides)


def rename(store: GraphStore, key: str, title: str, by: Author) -> dict[str, Any]:
    """Give a presentation a new title."""
    return _changed(store, store.get_presentation(key), by, title=title)

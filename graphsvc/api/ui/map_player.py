"""What a served map page adds for presentations, per request: the slides of
``?presentation=KEY`` for anyone signed in, and for editors the data of "Save this view as
a slide" (their presentations, the session's CSRF token, the map path to save).

The map page itself is cached for everyone (:mod:`graphsvc.api.ui.map_routes`); its
empty presentation block (:data:`graphsvc.render.page.PRESENTATION_SLOT`) is replaced here
with escaped JSON, which the page's presentation script reads. A data block runs nothing,
so the page's script policy stays as it is.
"""

from __future__ import annotations

from typing import Any

from starlette.concurrency import run_in_threadpool

from graphsvc.api.ui.pages import Page
from graphsvc.api.ui.stores import app_store
from graphsvc.messages import CATALOGUE
from graphsvc.presentation_model import CAPTION_TEXT, TITLE_TEXT, Presentation, map_problems
from graphsvc.stores.base import GraphStore

#: The player's and the save form's words: (name in the script, ui message key).
WORDS = {
    "player": "pres_player",
    "counter": "pres_counter",
    "prev": "pres_prev",
    "next": "pres_next",
    "fullscreen": "pres_fullscreen",
    "exit": "pres_exit",
    "keys": "pres_keys",
    "empty": "pres_empty",
    "save_view": "pres_save_view",
    "save_caption": "pres_save_caption",
    "save_into": "pres_save_into",
    "save_new": "pres_save_new",
    "new_title": "pres_new_title",
    "save_button": "pres_save_button",
    "saved": "pres_saved",
    "save_failed": "pres_save_failed",
    "open": "pres_open",
    "err_title": "pres_err_title",
    "err_caption": "pres_err_caption",
}


def saved_map_path(page: Page) -> str:
    """This map page as a presentation's map: its path with ``depth``, ``gaps`` and a
    timeline's ``from`` and ``to`` only (the day ``as_of`` is kept apart)."""
    query = page.request.query_params
    params = []
    if page.request.url.path.startswith("/maps/actor/"):
        params.append(f"depth={query.get('depth') or '1'}")
    if query.get("gaps", "").lower() in ("1", "true", "on", "yes"):
        params.append("gaps=1")
    params += [f"{name}={query[name]}" for name in ("from", "to") if query.get(name)]
    return page.request.url.path + ("?" + "&".join(params) if params else "")


def _player_data(
    page: Page, store: GraphStore, key: str | None, as_of: str | None
) -> dict[str, Any] | None:
    playing: Presentation | None = store.get_presentation(key) if key else None  # 404 if none
    if playing is None and not page.can_edit:
        return None
    data: dict[str, Any] = {
        "words": {name: CATALOGUE[f"ui.{k}"].in_lang(page.lang) for name, k in WORDS.items()},
        "canEdit": page.can_edit,
        "captionLimit": CAPTION_TEXT,
        "titleLimit": TITLE_TEXT,
    }
    if playing is not None:
        data["presentation"] = {
            "key": playing.key,
            "title": playing.title,
            "page": f"/presentations/{playing.key}",
            "slides": [{"caption": s.caption, "view": s.view} for s in playing.slides],
        }
    if page.can_edit:
        path = saved_map_path(page)
        data.update(
            csrf=page.csrf,
            map=path if not map_problems(path) else "/maps/network",
            asOf=as_of,
            presentations=[{"key": p.key, "title": p.title} for p in store.find_presentations()],
        )
    return data


async def with_player(page: Page, html: str, key: str | None, as_of: str | None) -> str:
    """The map page ``html`` with this request's presentation data (unchanged when there
    is none for it). NotFoundError (a 404 page) for an unknown presentation."""
    from graphsvc.render.page import PRESENTATION_SLOT, safe_json

    store = app_store(page)
    data = await run_in_threadpool(_player_data, page, store, key, as_of)
    if data is None:
        return html
    filled = PRESENTATION_SLOT.replace(">{}<", f">{safe_json(data)}<")
    return html.replace(PRESENTATION_SLOT, filled, 1)

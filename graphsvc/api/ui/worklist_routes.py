"""The worklist's forms: an editor marks a gap of the Gaps page handled, or reopens it.

Every POST needs the session's CSRF token and the editor role (viewers get 403 and
nothing changes); the marks go through :mod:`graphsvc.services.gap_marks`, the same use
case as ``PUT /api/v1/gaps/{gap_id}/handled``, audited the same way.
"""

from __future__ import annotations

from urllib.parse import urlencode

from fastapi import APIRouter
from fastapi.responses import RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from graphsvc.api.dependencies import author
from graphsvc.api.ui.pages import Page, security_headers
from graphsvc.api.ui.session import EditorPage, UIRoute, form_value
from graphsvc.api.ui.stores import app_store
from graphsvc.errors import NotFoundError
from graphsvc.services import gap_marks

router = APIRouter(route_class=UIRoute, include_in_schema=False)


def _back(page: Page, message: str, anchor: str) -> RedirectResponse:
    """Back to the Gaps page (of the rocket the form came from), with its flash message."""
    params = {"rocket": form_value(page.request, "rocket"), "msg": message}
    query = urlencode({k: v for k, v in params.items() if v})
    return RedirectResponse(f"/gaps?{query}#{anchor}", status_code=303, headers=security_headers())


@router.post("/gaps/{gap_id}/handled")
async def mark_handled(page: EditorPage, gap_id: str) -> Response:
    """Mark the gap handled, with the note of the form (404 for a gap that has closed)."""
    assert page.principal is not None  # an EditorPage is signed in
    note, rocket = form_value(page.request, "note"), form_value(page.request, "rocket")
    by = author(page.request, page.principal)
    store = app_store(page)
    await run_in_threadpool(gap_marks.mark_handled, store, gap_id, note, by, rocket or None)
    return _back(page, "gap_handled", "handled")


@router.post("/gaps/{gap_id}/reopen")
async def reopen(page: EditorPage, gap_id: str) -> Response:
    """Reopen the gap: it goes back to its rocket's list (a gap already open stays open:
    a second click or an old page changes nothing)."""
    assert page.principal is not None
    by = author(page.request, page.principal)
    try:
        await run_in_threadpool(gap_marks.reopen, app_store(page), gap_id, by)
    except NotFoundError:
        pass
    return _back(page, "gap_reopened", f"gap-{gap_id}")

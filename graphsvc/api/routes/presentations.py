"""``/api/v1/presentations``: saved map views that play as slides (editors write them)."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response

from graphsvc.api.dependencies import StoreDep, author, run_store
from graphsvc.api.responses import JSONAnswer, created
from graphsvc.api.routes.common import CHANGE, DELETES, READ, creates
from graphsvc.api.schemas.common import PROTECTED, problem_responses
from graphsvc.api.schemas.presentations import (
    PresentationCreate,
    PresentationPublic,
    PresentationsPublic,
    PresentationUpdate,
    SlideCreate,
)
from graphsvc.api.security import Editor, Viewer
from graphsvc.services import presentations as service

router = APIRouter(
    prefix="/api/v1/presentations", tags=["presentations"], default_response_class=JSONAnswer
)


@router.get(
    "",
    summary="The presentations",
    response_model=PresentationsPublic,
    responses=problem_responses(*PROTECTED),
)
async def list_presentations(principal: Viewer, request: Request, store: StoreDep) -> JSONAnswer:
    """Every saved presentation by key, with its slides and the URL that plays it."""
    return JSONAnswer(await run_store(request, service.list_presentations, store))


@router.post(
    "",
    summary="Create a presentation",
    response_model=PresentationPublic,
    **creates("presentation"),
)
def create_presentation(
    principal: Editor, request: Request, body: PresentationCreate, store: StoreDep
) -> JSONAnswer:
    """Create a presentation (editors); 409 if the key exists, 422 listing every problem."""
    data = service.create_presentation(
        store, body.model_dump(mode="json"), author(request, principal)
    )
    return created(data, router.prefix, body.key)


@router.get("/{key}", summary="One presentation", response_model=PresentationPublic, responses=READ)
async def get_presentation(
    principal: Viewer, request: Request, key: str, store: StoreDep
) -> JSONAnswer:
    """The presentation with its slides in order."""
    return JSONAnswer(await run_store(request, service.show_presentation, store, key))


@router.put(
    "/{key}", summary="Replace a presentation", response_model=PresentationPublic, responses=CHANGE
)
def replace_presentation(
    principal: Editor, request: Request, key: str, body: PresentationUpdate, store: StoreDep
) -> JSONAnswer:
    """Replace the title, map, day and slides (editors): rename, reorder, remove slides."""
    data = service.update_presentation(
        store, key, body.model_dump(mode="json"), author(request, principal)
    )
    return JSONAnswer(data)


@router.delete("/{key}", summary="Delete a presentation", **DELETES)
def delete_presentation(principal: Editor, request: Request, key: str, store: StoreDep) -> Response:
    """Delete a presentation and its slides (editors)."""
    service.delete_presentation(store, key, author(request, principal))
    return Response(status_code=204)


@router.post(
    "/{key}/slides",
    summary="Add a slide",
    response_model=PresentationPublic,
    responses=CHANGE,
)
def add_slide(
    principal: Editor, request: Request, key: str, body: SlideCreate, store: StoreDep
) -> JSONAnswer:
    """Append a slide to the end of a presentation (editors); the map page's
    "Save this view as a slide" sends it."""
    data = service.add_slide(store, key, body.caption, body.view, author(request, principal))
    return JSONAnswer(data)

"""``/api/v1/gaps/{gap_id}/handled``: marking a gap of the worklist handled, and reopening it."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Request, Response

from graphsvc.api.dependencies import StoreDep, author
from graphsvc.api.responses import JSONAnswer
from graphsvc.api.routes.common import CHANGE, DELETES
from graphsvc.api.schemas.gaps import GapMarkPublic, GapMarkPut
from graphsvc.api.security import Editor
from graphsvc.records import GAP_ID_SHAPE
from graphsvc.services import gap_marks as service

router = APIRouter(prefix="/api/v1/gaps", tags=["analysis"], default_response_class=JSONAnswer)
GapId = Annotated[
    str,
    Path(
        max_length=80,
        description="The gap's id from the gaps analysis (KIND-<12 hex digits>)",
        json_schema_extra={"pattern": GAP_ID_SHAPE.pattern},
    ),
]


@router.put(
    "/{gap_id}/handled",
    summary="Mark a gap handled",
    response_model=GapMarkPublic,
    responses=CHANGE,
)
def mark_handled(
    principal: Editor, request: Request, gap_id: GapId, body: GapMarkPut, store: StoreDep
) -> JSONAnswer:
    """Mark the gap handled now by the caller, with an optional note (editors); a second
    mark replaces the first. With ``rocket``, the gap may be one of that rocket's own part.
    404 when the programme (or the rocket) does not have the gap now."""
    by = author(request, principal)
    mark = service.mark_handled(store, gap_id, body.note, by, body.rocket)
    return JSONAnswer(mark)


@router.delete("/{gap_id}/handled", summary="Reopen a gap", **DELETES)
def reopen(principal: Editor, request: Request, gap_id: GapId, store: StoreDep) -> Response:
    """Remove the gap's mark, so it is open again (editors); 404 when it has none."""
    service.reopen(store, gap_id, author(request, principal))
    return Response(status_code=204)

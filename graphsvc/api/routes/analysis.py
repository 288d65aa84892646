"""``GET /api/v1/analysis/{kind}``: the network analyses as data (time-bounded, cached)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request

from graphsvc.api.responses import JSONAnswer
from graphsvc.api.schemas.common import problem_responses
from graphsvc.api.security import Viewer
from graphsvc.errors import NotFoundError

router = APIRouter(prefix="/api/v1/analysis", tags=["analysis"], default_response_class=JSONAnswer)


def analysis_kinds() -> tuple[str, ...]:
    """The analysis kinds the service offers (the same as ``graphsvc analyze``)."""
    from graphsvc.services import analysis

    return tuple(analysis.KINDS)


@router.get(
    "/{kind}",
    summary="Run an analysis",
    responses={
        200: {"content": {"application/json": {"example": {"kind": "brokers", "items": []}}}},
        **problem_responses(401, 403, 404, 422, 503),
    },
)
async def run_analysis(
    principal: Viewer,
    request: Request,
    kind: str,
    rocket: Annotated[str | None, Query(max_length=128, description="Only this rocket")] = None,
    top: Annotated[int | None, Query(ge=1, le=500, description="Size of ranked lists")] = None,
) -> JSONAnswer:
    """Centrality, brokers, gaps, recommendations, coverage, communities, … as JSON.

    Runs in a worker thread within the analysis budget (503 when over it; ask again later)
    and is cached until the graph changes. Contact fields are removed for viewers.
    """
    kinds = analysis_kinds()
    if kind not in kinds:
        raise NotFoundError(f"no analysis {kind!r}: use one of {', '.join(kinds)}")
    params = {k: v for k, v in {"rocket": rocket, "top": top}.items() if v is not None}
    result = await request.app.state.analysis.run(
        kind, params, include_contacts=principal.sees_contacts
    )
    return JSONAnswer(result)

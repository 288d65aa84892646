"""``GET /api/v1/analysis/{kind}``: the network analyses as data (time-bounded, cached)."""

from __future__ import annotations

from typing import Annotated, Literal

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
    actor: Annotated[str | None, Query(max_length=128, description="whatif: the actor")] = None,
    lang: Annotated[Literal["fi", "en"], Query(description="Language of labels")] = "fi",
    top: Annotated[int | None, Query(ge=1, le=500, description="Size of ranked lists")] = None,
    method: Annotated[str | None, Query(max_length=40, description="recommend: method")] = None,
    per_actor: Annotated[int | None, Query(ge=1, le=50, description="recommend: per actor")] = None,
) -> JSONAnswer:
    """Summary, centrality, brokers, gaps, recommend, coverage, communities, whatif as JSON.

    Runs in a worker thread within the analysis budget (503 when over it; ask again later)
    and is cached until the graph changes. Contact fields are removed for viewers.
    Shapes per kind: docs/analysis.md.
    """
    kinds = analysis_kinds()
    if kind not in kinds:
        raise NotFoundError(f"no analysis {kind!r}: use one of {', '.join(kinds)}")
    given = {
        "rocket": rocket,
        "actor": actor,
        "lang": lang,
        "top": top,
        "method": method,
        "per_actor": per_actor,
    }
    params = {k: v for k, v in given.items() if v is not None}
    result = await request.app.state.analysis.run(
        kind, params, include_contacts=principal.sees_contacts
    )
    return JSONAnswer(result)

"""``GET /api/v1/analysis/{kind}``: the network analyses as data (time-bounded, cached)."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Path, Query, Request, Response

from graphsvc.api.responses import JSONAnswer
from graphsvc.api.schemas.answers import AnalysisPublic
from graphsvc.api.schemas.common import PROTECTED, problem_responses
from graphsvc.api.security import Viewer
from graphsvc.errors import NotFoundError
from graphsvc.services.analysis import KINDS

router = APIRouter(
    prefix="/api/v1/analysis",
    tags=["analysis"],
    default_response_class=JSONAnswer,
)

#: The ``kind`` path parameter: one of the kinds ``graphsvc analyze`` offers.
KindParam = Annotated[
    str, Path(description="The analysis", json_schema_extra={"enum": list(KINDS)})
]


@router.get(
    "/{kind}",
    summary="Run an analysis",
    response_model=AnalysisPublic,
    responses=problem_responses(*PROTECTED, 404, 422),
)
async def run_analysis(
    principal: Viewer,
    request: Request,
    kind: KindParam,
    rocket: Annotated[str | None, Query(max_length=128, description="Only this rocket")] = None,
    actor: Annotated[str | None, Query(max_length=128, description="whatif: the actor")] = None,
    lang: Annotated[Literal["fi", "en"], Query(description="Language of labels")] = "fi",
    top: Annotated[int | None, Query(ge=1, le=500, description="Size of ranked lists")] = None,
    method: Annotated[str | None, Query(max_length=40, description="recommend: method")] = None,
    per_actor: Annotated[int | None, Query(ge=1, le=50, description="recommend: per actor")] = None,
) -> Response:
    """Summary, centrality, brokers, gaps, recommend, coverage, communities, whatif as JSON.

    Runs in a work process within the analysis budget (503 with ``Retry-After`` when over
    it or when the queue is full; ask again later) and is cached until the graph changes.
    Contact fields are removed for viewers.
    Shapes per kind: docs/analysis.md.
    """
    if kind not in KINDS:
        raise NotFoundError(f"no analysis {kind!r}: use one of {', '.join(KINDS)}")
    given = {
        "rocket": rocket,
        "actor": actor,
        "lang": lang,
        "top": top,
        "method": method,
        "per_actor": per_actor,
    }
    params = {k: v for k, v in given.items() if v is not None}
    body = await request.app.state.analysis.run(
        kind, params, include_contacts=principal.sees_contacts, request=request
    )
    return Response(body, media_type="application/json")

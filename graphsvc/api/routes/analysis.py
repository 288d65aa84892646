"""``GET /api/v1/analysis/{kind}``: the network analyses as data (time-bounded, cached)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query, Request, Response

from graphsvc.api.responses import JSONAnswer
from graphsvc.api.schemas.answers import AnalysisPublic
from graphsvc.api.schemas.common import PROTECTED, problem_responses
from graphsvc.api.security import Viewer
from graphsvc.errors import NotFoundError
from graphsvc.messages import said
from graphsvc.services.analyses import KINDS, query_model

router = APIRouter(
    prefix="/api/v1/analysis",
    tags=["analysis"],
    default_response_class=JSONAnswer,
)

#: The ``kind`` path parameter: one of the kinds ``graphsvc analyze`` offers.
KindParam = Annotated[
    str, Path(description="The analysis", json_schema_extra={"enum": list(KINDS)})
]


#: The query parameters: every parameter of the table of analyses (see docs/analysis.md).
AnalysisQuery = query_model()


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
    query: Annotated[AnalysisQuery, Query()],  # type: ignore[valid-type]
) -> Response:
    """Summary, centrality, brokers, gaps, recommend, coverage, communities, whatif as JSON.

    Runs in a work process within the analysis budget (503 with ``Retry-After`` when over
    it or when the queue is full; ask again later) and is cached until the graph changes.
    Results never carry contact fields. A parameter the kind does not take is a 422.
    Shapes per kind: docs/analysis.md.
    """
    if kind not in KINDS:
        raise NotFoundError(
            said("errors.api.unknown_analysis", kind=kind, allowed=", ".join(KINDS))
        )
    params = query.model_dump(exclude_none=True)  # type: ignore[attr-defined]
    body = await request.app.state.analysis.run(kind, params, request=request)
    return Response(body, media_type="application/json")

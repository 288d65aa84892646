"""``GET /api/v1/search?q=``: actors, actions and rockets by name or key, accent-insensitive."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from graphsvc.api.dependencies import ReadStoreDep
from graphsvc.api.responses import JSONAnswer
from graphsvc.api.schemas.answers import SearchPublic
from graphsvc.api.schemas.common import PROTECTED, problem_responses
from graphsvc.api.security import Viewer
from graphsvc.model import Label
from graphsvc.public_form import node_public

router = APIRouter(prefix="/api/v1", tags=["search"], default_response_class=JSONAnswer)
MAX_RESULTS = 200


@router.get(
    "/search",
    summary="Search by name or key",
    response_model=SearchPublic,
    responses=problem_responses(*PROTECTED, 404, 422),  # 404: no such programme
)
def search(
    principal: Viewer,
    store: ReadStoreDep,
    q: Annotated[str, Query(min_length=1, max_length=200, description="Text to find")],
    label: Label | None = None,
    limit: Annotated[int, Query(ge=1, le=MAX_RESULTS)] = 50,
) -> JSONAnswer:
    """Nodes whose name or key contains ``q`` (case- and accent-insensitive), best first."""
    nodes = store.search(q, labels=[label] if label else None, limit=limit)
    items = [
        {
            "label": n.label.value,
            **node_public(n, include_contacts=principal.sees_contacts),
            "name": n.name,
        }
        for n in nodes
    ]
    return JSONAnswer({"q": q, "items": items})

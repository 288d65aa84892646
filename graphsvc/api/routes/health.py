"""``GET /health``: liveness for load balancers; never touches the store, never waits."""

from __future__ import annotations

from fastapi import APIRouter, Request

from graphsvc import __version__
from graphsvc.api.responses import JSONAnswer
from graphsvc.api.schemas.answers import HealthPublic

router = APIRouter(tags=["health"])


@router.get(
    "/health",
    summary="Is the service up?",
    response_class=JSONAnswer,
    response_model=HealthPublic,
    openapi_extra={"security": []},  # public: no credential needed
)
async def health(request: Request) -> JSONAnswer:
    """Answers at once, even while analyses run: it runs on the event loop, not in a thread."""
    return JSONAnswer(
        {"status": "ok", "version": __version__, "store": request.app.state.store_kind}
    )

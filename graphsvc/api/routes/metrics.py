"""``GET /metrics``: the service's figures in the Prometheus text format.

Readable by admins (an admin API key or a signed-in admin) and, without a credential, by
any client on this machine (loopback, not forwarded by a proxy): the Prometheus or agent
next to the server. From this machine it is never rate limited. See docs/api.md, "Metrics".
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request, Response
from fastapi.responses import PlainTextResponse

from graphsvc.api.schemas.common import PROTECTED, problem_responses
from graphsvc.api.security import Principal, authenticate, from_this_machine
from graphsvc.errors import PermissionDeniedError
from graphsvc.messages import said
from graphsvc.metrics import CONTENT_TYPE, exposition
from graphsvc.model import UserRole

router = APIRouter(tags=["health"])

METRICS_ANSWER = {
    "description": "Every metric in the Prometheus text exposition format (version 0.0.4)",
    "content": {"text/plain": {"schema": {"type": "string"}}},
}


async def metrics_reader(request: Request) -> Principal | None:
    """Admit a client on this machine as it is (None), anyone else as an admin (401/403)."""
    if from_this_machine(request.scope):
        return None
    principal = await authenticate(request)
    if not principal.has(UserRole.ADMIN):
        raise PermissionDeniedError(said("errors.api.metrics_admin", has=principal.role.value))
    return principal


@router.get(
    "/metrics",
    summary="Metrics for Prometheus",
    response_class=PlainTextResponse,
    responses={200: METRICS_ANSWER, **problem_responses(*PROTECTED, 403)},
    # an admin credential, or none at all from this machine
    openapi_extra={"security": [{}, {"apiKey": []}, {"session": []}]},
)
async def read_metrics(reader: Annotated[Principal | None, Depends(metrics_reader)]) -> Response:
    """HTTP requests by route template, analysis and import durations, cache hits and
    misses, and the work pools' jobs, summed over every worker and work process of the
    server. Admins only, unless asked from this machine (127.0.0.1 or ::1)."""
    return Response(exposition(), media_type=CONTENT_TYPE)

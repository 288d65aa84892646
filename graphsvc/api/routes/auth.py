"""Sign-in for people: ``/auth/login``, ``/auth/logout``, ``/auth/session`` (cookie + CSRF).

The web UI signs in here; the session cookie is signed, HttpOnly and SameSite=Lax, and
every unsafe request made with it must carry the session's CSRF token.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request, Response
from starlette.concurrency import run_in_threadpool

from graphsvc.api.dependencies import AccountsDep
from graphsvc.api.responses import JSONAnswer
from graphsvc.api.schemas.admin import SignIn
from graphsvc.api.schemas.answers import SessionPublic
from graphsvc.api.schemas.common import BODY, PROTECTED, problem_responses
from graphsvc.api.security import Principal, Viewer, session_info, start_session
from graphsvc.services import accounts as account_service

router = APIRouter(prefix="/auth", tags=["sign-in"], default_response_class=JSONAnswer)
#: Sign-in and sign-out need no credential.
PUBLIC: dict[str, Any] = {"security": []}


@router.post(
    "/login",
    summary="Sign in (web UI)",
    response_model=SessionPublic,
    responses=problem_responses(*PROTECTED, *BODY),
    openapi_extra=PUBLIC,
)
async def login(request: Request, body: SignIn, accounts: AccountsDep) -> JSONAnswer:
    """Check the password and start a session; answers with the CSRF token to send back."""
    user = await run_in_threadpool(account_service.sign_in, accounts, body.name, body.password)
    start_session(request, user.name)
    principal = Principal("user", user.name, user.role)
    return JSONAnswer(session_info(request, principal))


@router.post(
    "/logout",
    summary="Sign out",
    status_code=204,
    responses=problem_responses(403, 429, 503),
    openapi_extra=PUBLIC,
)
async def logout(request: Request) -> Response:
    """End the session of this browser."""
    request.session.clear()
    return Response(status_code=204)


@router.get(
    "/session",
    summary="Who is signed in",
    response_model=SessionPublic,
    responses=problem_responses(*PROTECTED),
)
async def session(request: Request, principal: Viewer) -> JSONAnswer:
    """The signed-in person (or key) and the CSRF token pages must send with changes."""
    return JSONAnswer(session_info(request, principal))

"""Sign-in for people: ``/auth/login``, ``/auth/logout``, ``/auth/session`` (cookie + CSRF).

The session lives in the store; the cookie holds only an opaque token (HttpOnly,
SameSite=Lax), and every unsafe request made with it, signing out included, must carry
the session's CSRF token.
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
from graphsvc.api.security import Principal, Viewer, session_info
from graphsvc.api.session_cookie import clear_session_cookie, set_session_cookie
from graphsvc.api.sign_in import end_browser_session, open_browser_session
from graphsvc.services import sign_in as sign_in_service

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
    """Check the password and start a session; answers with the CSRF token to send back.

    Failed sign-ins are throttled per account and per address: 429 with Retry-After.
    """
    address = request.client.host if request.client else "-"
    user = await run_in_threadpool(
        sign_in_service.sign_in, accounts, body.name, body.password, address
    )
    token, max_age = await open_browser_session(request, user)
    answer = JSONAnswer(session_info(request, Principal("user", user.name, user.role)))
    set_session_cookie(answer, token, max_age)
    return answer


@router.post(
    "/logout",
    summary="Sign out",
    status_code=204,
    responses=problem_responses(403, 429, 503),
    openapi_extra=PUBLIC,
)
async def logout(request: Request) -> Response:
    """End this browser's session in the store (needs the session's CSRF token: 403
    without it, and the session stays); without a live session there is nothing to end."""
    await end_browser_session(request)
    response = Response(status_code=204)
    clear_session_cookie(response)
    return response


@router.get(
    "/session",
    summary="Who is signed in",
    response_model=SessionPublic,
    responses=problem_responses(*PROTECTED),
)
async def session(request: Request, principal: Viewer) -> JSONAnswer:
    """The signed-in person (or key) and the CSRF token pages must send with changes."""
    return JSONAnswer(session_info(request, principal))

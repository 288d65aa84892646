"""Sign-in for people: ``/auth/login``, ``/auth/logout``, ``/auth/session`` (cookie + CSRF).

The web UI signs in here; the session cookie is signed, HttpOnly and SameSite=Lax, and
every unsafe request made with it must carry the session's CSRF token.
"""

from __future__ import annotations

from fastapi import APIRouter, Request, Response
from starlette.concurrency import run_in_threadpool

from graphsvc.api.dependencies import AccountsDep
from graphsvc.api.responses import JSONAnswer
from graphsvc.api.schemas.admin import SignIn
from graphsvc.api.schemas.common import problem_responses
from graphsvc.api.security import Principal, Viewer, session_info, start_session
from graphsvc.services import accounts as account_service

router = APIRouter(prefix="/auth", tags=["sign-in"], default_response_class=JSONAnswer)
SESSION_EXAMPLE = {"name": "maija", "role": "editor", "kind": "user", "csrf_token": "…"}


@router.post(
    "/login",
    summary="Sign in (web UI)",
    responses={
        200: {"content": {"application/json": {"example": SESSION_EXAMPLE}}},
        **problem_responses(401, 422),
    },
)
async def login(request: Request, body: SignIn, accounts: AccountsDep) -> JSONAnswer:
    """Check the password and start a session; answers with the CSRF token to send back."""
    user = await run_in_threadpool(account_service.sign_in, accounts, body.name, body.password)
    start_session(request, user.name)
    principal = Principal("user", user.name, user.role)
    return JSONAnswer(session_info(request, principal))


@router.post("/logout", summary="Sign out", status_code=204)
async def logout(request: Request) -> Response:
    """End the session of this browser."""
    request.session.clear()
    return Response(status_code=204)


@router.get(
    "/session",
    summary="Who is signed in",
    responses={
        200: {"content": {"application/json": {"example": SESSION_EXAMPLE}}},
        **problem_responses(401),
    },
)
async def session(request: Request, principal: Viewer) -> JSONAnswer:
    """The signed-in person (or key) and the CSRF token pages must send with changes."""
    return JSONAnswer(session_info(request, principal))

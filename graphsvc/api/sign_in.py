"""Opening and ending a browser's session, shared by the API and the web UI sign-in."""

from __future__ import annotations

from fastapi import Request
from starlette.concurrency import run_in_threadpool

from graphsvc.accounts.base import User
from graphsvc.api.security import check_csrf, session_principal
from graphsvc.api.session_cookie import session_token
from graphsvc.errors import AuthenticationError
from graphsvc.services import sessions as session_service


async def open_browser_session(request: Request, user: User) -> tuple[str, int]:
    """Start a stored session for ``user`` (ending the browser's previous one); returns the
    cookie token and its max age. The session is kept in ``request.state.session``."""
    accounts = request.app.state.accounts
    old = session_token(request)
    if old:
        await run_in_threadpool(session_service.end_session, accounts, old)
    max_age: int = request.app.state.settings.session_max_seconds
    token, session = await run_in_threadpool(session_service.start_session, accounts, user, max_age)
    request.state.session = session
    request.app.state.seen_sessions.remember(session.token_hash)
    return token, max_age


async def end_browser_session(request: Request) -> None:
    """Delete the browser's live session after checking its CSRF token
    (PermissionDeniedError without it); nothing to do without a live session."""
    token = session_token(request)
    if token is None:
        return
    try:
        principal = await session_principal(request)
    except AuthenticationError:
        return  # ended already
    if principal is None:
        return
    await check_csrf(request)
    await drop_session(request)


async def drop_session(request: Request) -> None:
    """Delete the session this request was authenticated with (checked by the caller)."""
    token = session_token(request)
    if token is not None:
        await run_in_threadpool(session_service.end_session, request.app.state.accounts, token)
        request.app.state.seen_sessions.forget(session_service.hash_token(token))

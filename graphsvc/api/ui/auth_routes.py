"""The sign-in form, signing in with a password (stored session + CSRF) and signing out."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from graphsvc.api.security import CSRF_FIELD, session_principal
from graphsvc.api.session_cookie import (
    clear_session_cookie,
    login_csrf,
    login_csrf_matches,
    set_login_csrf,
    set_session_cookie,
)
from graphsvc.api.sign_in import drop_session, open_browser_session
from graphsvc.api.ui.pages import Page, render, request_lang, security_headers
from graphsvc.api.ui.session import SIGN_IN_PATH, UIRoute, ViewerPage, safe_next
from graphsvc.errors import AuthenticationError, RateLimitedError
from graphsvc.messages import text
from graphsvc.services import sign_in as sign_in_service

router = APIRouter(route_class=UIRoute, include_in_schema=False)


def _sign_in_form(
    request: Request, error: str | None = None, status: int = 200, retry_after: int | None = None
) -> Response:
    page = Page(request, request_lang(request))
    token = login_csrf(request)
    next_path = safe_next(request.query_params.get("next"))
    response = render(page, "sign_in.html", status=status, error=error, next_path=next_path)
    set_login_csrf(response, token)
    if retry_after is not None:
        response.headers["Retry-After"] = str(retry_after)
    return response


@router.get(SIGN_IN_PATH)
async def sign_in_form(request: Request) -> Response:
    """The sign-in form (signed-in users go straight on)."""
    try:
        signed_in = await session_principal(request) is not None
    except AuthenticationError:
        signed_in = False
    if signed_in:
        return RedirectResponse(safe_next(request.query_params.get("next")), status_code=303)
    return _sign_in_form(request)


@router.post(SIGN_IN_PATH)
async def sign_in(request: Request) -> Response:
    """Check the name and password; on success start a new session and go to ``next``."""
    form = await request.form()
    lang = request_lang(request)
    if not login_csrf_matches(request, str(form.get(CSRF_FIELD) or "")):
        return _sign_in_form(request, text("ui.session_expired", lang), status=403)
    name = str(form.get("username") or "").strip()
    password = str(form.get("password") or "")
    address = request.client.host if request.client else "-"
    accounts = request.app.state.accounts
    try:
        user = await run_in_threadpool(sign_in_service.sign_in, accounts, name, password, address)
    except AuthenticationError:
        return _sign_in_form(request, text("ui.sign_in_failed", lang), status=401)
    except RateLimitedError as e:
        seconds = int(e.extra.get("retry_after", 60))
        message = text("ui.sign_in_throttled", lang, seconds=seconds)
        return _sign_in_form(request, message, status=429, retry_after=seconds)
    token, max_age = await open_browser_session(request, user)
    target = safe_next(str(form.get("next") or request.query_params.get("next") or "/"))
    response = RedirectResponse(target, status_code=303, headers=security_headers())
    set_session_cookie(response, token, max_age)
    return response


@router.post("/sign-out")
async def sign_out(page: ViewerPage) -> Response:
    """End the session in the store (the form posts the CSRF token) and show the sign-in form."""
    await drop_session(page.request)
    response = RedirectResponse(SIGN_IN_PATH, status_code=303, headers=security_headers())
    clear_session_cookie(response)
    return response

"""The sign-in form, signing in with a password (session cookie + CSRF) and signing out."""

from __future__ import annotations

import hmac

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from graphsvc.api.security import CSRF_FIELD, start_session
from graphsvc.api.ui.pages import Page, render, request_lang, security_headers
from graphsvc.api.ui.session import (
    SIGN_IN_PATH,
    UIRoute,
    ViewerPage,
    login_csrf,
    safe_next,
)
from graphsvc.errors import AuthenticationError
from graphsvc.services import accounts as account_service

router = APIRouter(route_class=UIRoute, include_in_schema=False)


def _sign_in_form(request: Request, error: str | None = None, status: int = 200) -> Response:
    page = Page(request, request_lang(request))
    login_csrf(request)
    next_path = safe_next(request.query_params.get("next"))
    return render(page, "sign_in.html", status=status, error=error, next_path=next_path)


@router.get(SIGN_IN_PATH)
async def sign_in_form(request: Request) -> Response:
    """The sign-in form (signed-in users go straight on)."""
    if request.session.get("user"):
        return RedirectResponse(safe_next(request.query_params.get("next")), status_code=303)
    return _sign_in_form(request)


@router.post(SIGN_IN_PATH)
async def sign_in(request: Request) -> Response:
    """Check the name and password; on success start a new session and go to ``next``."""
    form = await request.form()
    lang = request_lang(request)
    from graphsvc.api.ui.texts import translate

    expected = str(request.session.get("csrf") or "")
    given = str(form.get(CSRF_FIELD) or "")
    if not expected or not given or not hmac.compare_digest(expected, given):
        return _sign_in_form(request, translate(lang, "session_expired"), status=403)
    name = str(form.get("username") or "").strip()
    password = str(form.get("password") or "")
    accounts = request.app.state.accounts
    try:
        user = await run_in_threadpool(account_service.sign_in, accounts, name, password)
    except AuthenticationError:
        return _sign_in_form(request, translate(lang, "sign_in_failed"), status=401)
    start_session(request, user.name)
    await run_in_threadpool(
        account_service.record,
        accounts,
        who=f"user:{user.name}",
        role=user.role.value,
        action="sign-in",
        obj=f"User:{user.name}",
    )
    target = safe_next(str(form.get("next") or request.query_params.get("next") or "/"))
    return RedirectResponse(target, status_code=303, headers=security_headers())


@router.post("/sign-out")
def sign_out(page: ViewerPage) -> Response:
    """End the session (the form posts the CSRF token) and show the sign-in form."""
    page.request.session.clear()
    return RedirectResponse(SIGN_IN_PATH, status_code=303, headers=security_headers())

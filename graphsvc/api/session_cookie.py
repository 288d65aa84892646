"""The cookies of people: the session cookie and the sign-in form's CSRF cookie.

``graphsvc_session`` holds an opaque random token whose record is in the store
(:mod:`graphsvc.services.sessions`); it is HttpOnly, SameSite=Lax, lives at most as
long as the session and carries nothing else. Before signing in there is no session,
so the sign-in form is protected by a signed double-submit cookie,
``graphsvc_login_csrf``: a random nonce with its HMAC under the session secret, sent
both as the cookie and as the form's hidden field (OWASP's "signed double-submit
cookie"). Nothing is stored for anonymous visitors.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

from fastapi import Request, Response

SESSION_COOKIE = "graphsvc_session"
LOGIN_CSRF_COOKIE = "graphsvc_login_csrf"
#: Seconds a sign-in form stays usable.
LOGIN_FORM_SECONDS = 3600


def session_token(request: Request) -> str | None:
    """The session token the browser sent, if any."""
    return request.cookies.get(SESSION_COOKIE) or None


def set_session_cookie(response: Response, token: str, max_age: int) -> None:
    """Give the browser its session token (HttpOnly, SameSite=Lax, whole site)."""
    response.set_cookie(
        SESSION_COOKIE, token, max_age=max_age, path="/", httponly=True, samesite="lax"
    )


def clear_session_cookie(response: Response) -> None:
    """Tell the browser to forget its session token."""
    response.delete_cookie(SESSION_COOKIE, path="/", httponly=True, samesite="lax")


def _signature(secret: str, nonce: str) -> str:
    return hmac.new(secret.encode(), nonce.encode(), hashlib.sha256).hexdigest()


def login_csrf_valid(secret: str, token: str) -> bool:
    """Whether ``token`` is a sign-in form token signed with ``secret``.

    >>> token = new_login_csrf("s3cret-for-doctest")
    >>> login_csrf_valid("s3cret-for-doctest", token), login_csrf_valid("other", token)
    (True, False)
    """
    nonce, _, signature = token.partition(".")
    return bool(nonce) and hmac.compare_digest(_signature(secret, nonce), signature)


def new_login_csrf(secret: str) -> str:
    """A fresh signed sign-in form token."""
    nonce = secrets.token_urlsafe(24)
    return f"{nonce}.{_signature(secret, nonce)}"


def login_csrf(request: Request) -> str:
    """The sign-in form token of this browser: its valid cookie, else a new one (kept in
    ``request.state`` for the page being rendered; set it with :func:`set_login_csrf`)."""
    secret: str = request.app.state.session_secret
    token = getattr(request.state, "login_csrf", None) or request.cookies.get(LOGIN_CSRF_COOKIE)
    if not token or not login_csrf_valid(secret, token):
        token = new_login_csrf(secret)
    request.state.login_csrf = token
    return str(token)


def set_login_csrf(response: Response, token: str) -> None:
    """Give the browser the sign-in form token as a cookie (HttpOnly, SameSite=Lax)."""
    response.set_cookie(
        LOGIN_CSRF_COOKIE,
        token,
        max_age=LOGIN_FORM_SECONDS,
        path="/",
        httponly=True,
        samesite="lax",
    )


def login_csrf_matches(request: Request, given: str) -> bool:
    """Whether the form's token equals the browser's cookie and is correctly signed."""
    cookie = request.cookies.get(LOGIN_CSRF_COOKIE, "")
    secret: str = request.app.state.session_secret
    return (
        bool(cookie and given)
        and hmac.compare_digest(cookie, given)
        and login_csrf_valid(secret, cookie)
    )

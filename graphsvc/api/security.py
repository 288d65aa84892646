"""Who is asking: Bearer API keys for programs, a session cookie (with CSRF) for people.

A session cookie is looked up in the store at every request (no cache), so a sign-out
or a removed user is refused by every worker at once.

Every non-public route takes its principal as a ``Viewer``, ``Editor`` or ``Admin``
parameter (``Annotated[Principal, Depends(...)]``). A missing or wrong credential gives
401, a role lacking the function 403 — both before the route does anything. Tests may
replace a role's dependency (``require_viewer`` etc.) through ``app.dependency_overrides``.
"""

from __future__ import annotations

import hmac
import ipaddress
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import Depends, Request
from starlette.concurrency import run_in_threadpool
from starlette.types import Scope

from graphsvc.accounts.base import Session, User
from graphsvc.api.session_cookie import session_token
from graphsvc.errors import AuthenticationError, PermissionDeniedError
from graphsvc.messages import said
from graphsvc.model import UserRole
from graphsvc.services import accounts as account_service
from graphsvc.services import sessions as session_service

_RANK = {UserRole.VIEWER: 0, UserRole.EDITOR: 1, UserRole.ADMIN: 2}
#: Seconds a verified API key is trusted without asking the store again (per worker).
KEY_CACHE_SECONDS = 5.0
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
CSRF_HEADER = "X-CSRF-Token"
CSRF_FIELD = "csrf_token"


@dataclass(frozen=True)
class Principal:
    """The one asking: an API key, a signed-in user, or anonymous (when public reading is on)."""

    kind: str
    name: str
    role: UserRole

    @property
    def who(self) -> str:
        """How the audit log names the principal: ``key:ID``, ``user:NAME``, ``anonymous``."""
        return f"{self.kind}:{self.name}" if self.kind != "anonymous" else "anonymous"

    @property
    def sees_contacts(self) -> bool:
        """Whether personal contact data may be shown (editors and admins)."""
        return _RANK[self.role] >= _RANK[UserRole.EDITOR]

    def has(self, role: UserRole) -> bool:
        """Whether this principal's role includes ``role``."""
        return _RANK[self.role] >= _RANK[role]


class KeyCache:
    """Recently verified API keys by hash, so most requests skip the store lookup."""

    def __init__(self, ttl: float = KEY_CACHE_SECONDS) -> None:
        self.ttl = ttl
        self._entries: dict[str, tuple[float, Principal]] = {}

    def get(self, key_hash: str) -> Principal | None:
        """The cached principal of a key hash if still fresh."""
        entry = self._entries.get(key_hash)
        if entry and entry[0] > time.monotonic():
            return entry[1]
        return None

    def put(self, key_hash: str, principal: Principal) -> None:
        """Remember a verified key."""
        if len(self._entries) > 10_000:
            self._entries.clear()
        self._entries[key_hash] = (time.monotonic() + self.ttl, principal)

    def clear(self) -> None:
        """Forget every key (after a revocation in this worker)."""
        self._entries.clear()


async def _from_bearer(request: Request, header: str) -> Principal:
    scheme, _, secret = header.partition(" ")
    if scheme.lower() != "bearer" or not secret.strip():
        raise AuthenticationError(said("errors.api.bearer"))
    secret = secret.strip()
    cache: KeyCache = request.app.state.key_cache
    key_hash = account_service.hash_key(secret)
    cached = cache.get(key_hash)
    if cached is not None:
        return cached
    key = await run_in_threadpool(
        account_service.authenticate_key, request.app.state.accounts, secret
    )
    principal = Principal("key", key.key_id, key.role)
    cache.put(key_hash, principal)
    return principal


async def session_principal(request: Request) -> Principal | None:
    """The person of the request's session cookie; None without a cookie.

    Raises AuthenticationError for a cookie whose session has ended, expired or lost its
    user. The session is kept in ``request.state.session`` for the CSRF check.
    """
    token = session_token(request)
    if token is None:
        return None
    found: tuple[Session, User] = await run_in_threadpool(
        session_service.find_session, request.app.state.accounts, token
    )
    session, user = found
    request.state.session = session
    request.app.state.seen_sessions.remember(session.token_hash)
    return Principal("user", user.name, user.role)


def session_csrf(request: Request) -> str:
    """The CSRF token of the request's session ('' without one)."""
    session: Session | None = getattr(request.state, "session", None)
    return session.csrf_token if session is not None else ""


async def check_csrf(request: Request) -> None:
    """For cookie sessions, unsafe methods need the session's CSRF token (header or form field)."""
    expected = session_csrf(request)
    given = request.headers.get(CSRF_HEADER, "")
    if not given and request.headers.get("content-type", "").startswith(
        ("application/x-www-form-urlencoded", "multipart/form-data")
    ):
        form = await request.form()
        given = str(form.get(CSRF_FIELD) or "")
    if not expected or not given or not hmac.compare_digest(expected, given):
        raise PermissionDeniedError(said("errors.api.csrf", header=CSRF_HEADER))


async def authenticate(request: Request) -> Principal:
    """The principal of a request (401 when there is no valid credential)."""
    header = request.headers.get("authorization")
    if header is not None:
        principal = await _from_bearer(request, header)
    else:
        found = await session_principal(request)
        if found is None:
            if request.app.state.settings.public_read and request.method in SAFE_METHODS:
                found = Principal("anonymous", "anonymous", UserRole.VIEWER)
            else:
                raise AuthenticationError(said("errors.api.sign_in"))
        elif request.method not in SAFE_METHODS:
            await check_csrf(request)
        principal = found
    request.state.authenticated = principal
    return principal


def authenticated(request: Request) -> Principal | None:
    """The principal this request was authenticated as, if it got that far.

    Only for answers built outside the route (the audit of a refusal, an HTML error
    page); routes get their principal as a ``Viewer``/``Editor``/``Admin`` parameter.
    """
    principal: Principal | None = getattr(request.state, "authenticated", None)
    return principal


def require(role: UserRole) -> Callable[[Request], Awaitable[Principal]]:
    """A dependency admitting principals whose role includes ``role`` (401/403 otherwise)."""

    async def dependency(request: Request) -> Principal:
        principal = await authenticate(request)
        if not principal.has(role):
            raise PermissionDeniedError(
                said("errors.api.role_needed", role=role.value, has=principal.role.value)
            )
        return principal

    dependency.__name__ = f"require_{role.value}"
    return dependency


require_viewer = require(UserRole.VIEWER)
require_editor = require(UserRole.EDITOR)
require_admin = require(UserRole.ADMIN)
#: The principal of a route any signed-in role may use.
Viewer = Annotated[Principal, Depends(require_viewer)]
#: The principal of a route for editors and admins.
Editor = Annotated[Principal, Depends(require_editor)]
#: The principal of a route for admins.
Admin = Annotated[Principal, Depends(require_admin)]


#: Headers a reverse proxy adds: a request carrying one came from elsewhere through it.
FORWARDED_HEADERS = frozenset({b"forwarded", b"x-forwarded-for", b"x-real-ip"})


def from_this_machine(scope: Scope) -> bool:
    """Whether the client connected over loopback (127.0.0.0/8, ``::1``) and no proxy
    forwarded the request (a proxy on this machine would make every client look local)."""
    client = scope.get("client")
    try:
        address = ipaddress.ip_address(client[0]) if client else None
    except ValueError:
        return False
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    if address is None or not address.is_loopback:
        return False
    return not any(key in FORWARDED_HEADERS for key, _ in scope.get("headers", ()))


def session_info(request: Request, principal: Principal) -> dict[str, Any]:
    """Who is signed in and the CSRF token their pages must send back."""
    return {
        "name": principal.name,
        "role": principal.role.value,
        "kind": principal.kind,
        "csrf_token": session_csrf(request) if principal.kind == "user" else None,
    }

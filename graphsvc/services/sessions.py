"""Server-side sessions of people signed in to the web UI, kept in the store.

The browser holds only an opaque random token; the store keeps its SHA-256 hash, the
user it belongs to (bound to that user record's creation time), the CSRF token of the
session and a fixed expiry: ``max_seconds`` after signing in, never extended. Signing
out, removing the user or resetting their password deletes the record, so every worker
refuses the cookie at its next request.
"""

from __future__ import annotations

import secrets
import time

from graphsvc.accounts.base import AccountStore, Session, User
from graphsvc.errors import AuthenticationError
from graphsvc.messages import said
from graphsvc.services.accounts import hash_key

#: Longest token accepted from a cookie (ours are 43 characters).
MAX_TOKEN_LENGTH = 128
ENDED = said("errors.service.session_ended")


def hash_token(token: str) -> str:
    """The stored form of a session token (SHA-256, hex), as for API keys."""
    return hash_key(token)


def start_session(
    accounts: AccountStore, user: User, max_seconds: int, now: float | None = None
) -> tuple[str, Session]:
    """Open a session for ``user``: the token for the cookie and the stored record."""
    now = time.time() if now is None else now
    token = secrets.token_urlsafe(32)
    session = Session(
        hash_token(token),
        user.name,
        user.created_at,
        secrets.token_urlsafe(32),
        now,
        now + max_seconds,
    )
    accounts.add_session(session)
    return token, session


def find_session(
    accounts: AccountStore, token: str, now: float | None = None
) -> tuple[Session, User]:
    """The live session of ``token`` and its user, else AuthenticationError.

    An expired session, or one whose user was removed (or removed and added again), is
    deleted on the way.
    """
    now = time.time() if now is None else now
    if not token or len(token) > MAX_TOKEN_LENGTH:
        raise AuthenticationError(ENDED)
    session = accounts.get_session(hash_token(token))
    if session is None:
        raise AuthenticationError(ENDED)
    if session.expires_at <= now:
        accounts.delete_session(session.token_hash)
        raise AuthenticationError(said("errors.service.session_expired"))
    user = accounts.get_user(session.user_name)
    if user is None or user.created_at != session.user_created_at:
        accounts.delete_session(session.token_hash)
        raise AuthenticationError(ENDED)
    return session, user


def end_session(accounts: AccountStore, token: str) -> bool:
    """Delete the session of ``token``; False if there was none."""
    if not token or len(token) > MAX_TOKEN_LENGTH:
        return False
    return accounts.delete_session(hash_token(token))

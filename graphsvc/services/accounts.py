"""Use cases of identity: users with argon2 passwords, hashed API keys, and the audit log.

Sign-in itself (throttled, audited) is in :mod:`graphsvc.services.sign_in`, sessions in
:mod:`graphsvc.services.sessions`, the name and password rules in
:mod:`graphsvc.services.account_rules`.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from typing import Any

from graphsvc.accounts.base import AccountStore, ApiKey, AuditEntry, User, utc_now
from graphsvc.errors import AuthenticationError, NotFoundError
from graphsvc.messages import said
from graphsvc.model import UserRole
from graphsvc.model_rules import parse_enum
from graphsvc.services import account_rules
from graphsvc.services.audit_log import actor_ref, pseudonym

#: Every API key starts with this, so leaked keys are easy to recognise and scan for.
KEY_PREFIX = "gsk_"
_DUMMY_HASH: str | None = None


def _hasher() -> Any:
    from argon2 import PasswordHasher

    return PasswordHasher()


def hash_key(secret: str) -> str:
    """The stored form of an API key: SHA-256 of the whole (high-entropy) secret, hex."""
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def hash_password(password: str) -> str:
    """An argon2id hash of a password (the rules are checked before, by the caller)."""
    return str(_hasher().hash(password))


@dataclass(frozen=True)
class Author:
    """Who makes a change, as the audit log names them (``user:NAME``, ``key:ID``; a role)."""

    accounts: AccountStore
    who: str
    role: str

    def record(self, action: str, obj: str, outcome: str = "ok") -> None:
        """Append the audit entry of a change (``outcome``: ``ok`` or why it was refused)."""
        record(self.accounts, who=self.who, role=self.role, action=action, obj=obj, outcome=outcome)

    def actor(self, key: str) -> str:
        """How the audit log names actor ``key``: by its pseudonym."""
        return actor_ref(self.accounts, key)

    def runs(self, actor_key: str, action_key: str) -> str:
        """How the audit log names a RUNS relationship: the actor by pseudonym, then the action."""
        return f"RUNS:{pseudonym(self.accounts, actor_key)}->{action_key}"


def add_user(
    accounts: AccountStore, name: str, role: str, password: str, by: Author | None = None
) -> User:
    """Create a user who can sign in to the web UI.

    The name is NFC-normalised; ValidationError for a name like an existing user's or a
    password breaking :func:`~graphsvc.services.account_rules.check_new_password`,
    ConflictError if the name is taken.
    """
    existing = [u.name for u in accounts.find_users()]
    checked = account_rules.check_user_name(name, existing)
    parsed_role = parse_enum(UserRole, role, "role")
    account_rules.check_new_password(checked, password)
    user = User(checked, parsed_role, hash_password(password), utc_now())
    accounts.add_user(user)
    if by is not None:  # set-up by tests and the demo is not an audited change
        by.record("user.add", f"User:{user.name}")
    return user


def reset_password(accounts: AccountStore, name: str, by: Author | None = None) -> str:
    """Give ``name`` a new generated password and end all their sessions; returns the
    password, which is shown only once (NotFoundError if there is no such user)."""
    name = account_rules.normalise_user_name(name)
    password = account_rules.generate_password(name)
    if not accounts.set_user_password(name, hash_password(password)):
        raise NotFoundError(said("errors.service.user_not_found", name=repr(name)))
    accounts.delete_user_sessions(name)
    accounts.clear_sign_in_failures(account_rules.account_subject(name))
    if by is not None:  # set-up by tests and the demo is not an audited change
        by.record("user.reset-password", f"User:{name}")
    return password


def remove_user(accounts: AccountStore, name: str, by: Author | None = None) -> None:
    """Remove ``name`` and end their sessions at once (NotFoundError if there is none)."""
    name = account_rules.normalise_user_name(name)
    if not accounts.delete_user(name):
        raise NotFoundError(said("errors.service.user_not_found", name=repr(name)))
    if by is not None:  # set-up by tests and the demo is not an audited change
        by.record("user.delete", f"User:{name}")


def check_password(accounts: AccountStore, name: str, password: str) -> User:
    """The user whose name and password match, else AuthenticationError (same for both cases)."""
    from argon2.exceptions import InvalidHashError, VerificationError

    global _DUMMY_HASH
    user = accounts.get_user(name)
    hasher = _hasher()
    if user is None:
        _DUMMY_HASH = _DUMMY_HASH or hasher.hash(secrets.token_urlsafe(16))
        try:  # spend the same time as for a real user, so names cannot be probed
            hasher.verify(_DUMMY_HASH, password)
        except VerificationError:
            pass
        raise AuthenticationError(said("errors.service.wrong_password"))
    try:
        hasher.verify(user.password_hash, password)
    except (VerificationError, InvalidHashError):
        raise AuthenticationError(said("errors.service.wrong_password")) from None
    return user


def create_key(
    accounts: AccountStore, role: str, name: str | None = None, by: Author | None = None
) -> tuple[ApiKey, str]:
    """Create an API key; returns the stored record and the secret, which is shown only once."""
    key_id = secrets.token_hex(4)
    secret = f"{KEY_PREFIX}{key_id}_{secrets.token_urlsafe(32)}"
    key = ApiKey(
        key_id,
        (name or f"key-{key_id}")[:100],
        parse_enum(UserRole, role, "role"),
        utc_now(),
    )
    accounts.add_key(key, hash_key(secret))
    if by is not None:  # set-up by tests and the demo is not an audited change
        by.record("key.create", f"ApiKey:{key.key_id}")
    return key, secret


def authenticate_key(accounts: AccountStore, secret: str) -> ApiKey:
    """The active key whose secret this is, else AuthenticationError."""
    if not secret.startswith(KEY_PREFIX) or len(secret) > 200:
        raise AuthenticationError(said("errors.service.key_invalid"))
    wanted = hash_key(secret)
    key = accounts.get_key_by_hash(wanted)
    if key is None or not key.active:
        raise AuthenticationError(said("errors.service.key_revoked"))
    return key


def revoke_key(accounts: AccountStore, key_id: str, by: Author | None = None) -> None:
    """Revoke a key by its id (NotFoundError if there is no such active key)."""
    if not accounts.revoke_key(key_id):
        raise NotFoundError(said("errors.service.key_not_found", key=repr(key_id)))
    if by is not None:  # set-up by tests and the demo is not an audited change
        by.record("key.revoke", f"ApiKey:{key_id}")


def record(
    accounts: AccountStore, *, who: str, role: str, action: str, obj: str, outcome: str = "ok"
) -> AuditEntry:
    """Append one line to the audit log: who did what to which object, and how it ended.

    ``obj`` names an actor only by its pseudonym (:func:`graphsvc.services.audit_log.actor_ref`).
    Returns the entry as chained (with ``seq`` and its hash).
    """
    entry = AuditEntry(utc_now(), who, role, action, obj[:300], outcome[:300])
    return accounts.append_audit(entry)


def key_public(key: ApiKey) -> dict[str, Any]:
    """An API key as JSON (never its secret or hash)."""
    return {
        "id": key.key_id,
        "name": key.name,
        "role": key.role.value,
        "created_at": key.created_at,
        "revoked_at": key.revoked_at,
    }


def user_public(user: User) -> dict[str, Any]:
    """A user as JSON (never the password hash)."""
    return {"name": user.name, "role": user.role.value, "created_at": user.created_at}

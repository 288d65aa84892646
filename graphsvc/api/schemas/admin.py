"""Bodies of sign-in and of the admin routes: keys, users, the audit log."""

from __future__ import annotations

from typing import Annotated

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
)

from graphsvc.accounts.base import AuditEntry
from graphsvc.api.schemas.common import STORABLE, Key, Page, Strict
from graphsvc.model import UserRole
from graphsvc.services.account_rules import normalise_user_name

#: A user name: NFC-normalised first (a decomposed ``ä`` is the same name), then the key rule.
UserName = Annotated[
    Key, BeforeValidator(lambda v: normalise_user_name(v) if isinstance(v, str) else v)
]


class SignIn(Strict):
    """A person's user name and password (``POST /auth/login``)."""

    name: Annotated[str, StringConstraints(min_length=1, max_length=128)]
    password: Annotated[str, StringConstraints(min_length=1, max_length=1024)]

    model_config = ConfigDict(
        extra="forbid", json_schema_extra={"examples": [{"name": "maija", "password": "…"}]}
    )


class KeyCreate(Strict):
    """A new API key: its role and an optional name saying who uses it."""

    role: UserRole
    name: Annotated[str, StringConstraints(max_length=100), *STORABLE] | None = None

    model_config = ConfigDict(
        extra="forbid", json_schema_extra={"examples": [{"role": "viewer", "name": "dashboard"}]}
    )


class UserCreate(Strict):
    """A new person who can sign in to the web UI."""

    name: UserName
    role: UserRole
    password: Annotated[str, StringConstraints(min_length=12, max_length=1024)] = Field(
        description="At least 12 characters"
    )


class KeyPublic(BaseModel):
    """An API key as the admin routes show it (never its secret or hash)."""

    id: str
    name: str
    role: UserRole
    created_at: str
    revoked_at: str | None


class KeysPublic(BaseModel):
    """Every API key, revoked ones too."""

    items: list[KeyPublic]


class KeyCreated(KeyPublic):
    """A new API key with its ``secret``, shown in this answer only."""

    secret: str = Field(description="Send as 'Authorization: Bearer <secret>'; never shown again")


class UserPublic(BaseModel):
    """A person who can sign in (never a password hash)."""

    name: str
    role: UserRole
    created_at: str


class UsersPublic(BaseModel):
    """Every person who can sign in."""

    items: list[UserPublic]


class AuditPublic(Page):
    """A page of the audit log, newest first (entries as the account store keeps them)."""

    items: list[AuditEntry]

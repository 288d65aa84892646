"""Bodies of sign-in and of the admin routes: keys, users."""

from __future__ import annotations

from typing import Annotated

from pydantic import BeforeValidator, ConfigDict, Field, StringConstraints

from graphsvc.api.schemas.common import Key, Strict
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
    name: Annotated[str, StringConstraints(max_length=100)] | None = None

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

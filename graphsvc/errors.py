"""Every error graphsvc raises on purpose.

Each class carries the HTTP status the API answers with and a short ``title``;
the API turns them into ``application/problem+json`` in one place and the CLI
prints ``error: <message>`` and exits non-zero. Backend exceptions are wrapped
into these (``raise ... from e``) so that no traceback reaches a user.
"""

from __future__ import annotations

from typing import Any


class GraphsvcError(Exception):
    """Base of every graphsvc error; ``status`` is the matching HTTP status."""

    status = 500
    title = "Internal error"

    def __init__(self, message: str, **extra: Any) -> None:
        super().__init__(message)
        self.message = message
        self.extra = extra

    def __str__(self) -> str:
        return self.message


class ValidationError(GraphsvcError):
    """A value is not allowed: an unknown kind, label, role, a bad key or e-mail."""

    status = 422
    title = "Invalid value"


class NotFoundError(GraphsvcError):
    """The node, relationship or resource asked for does not exist."""

    status = 404
    title = "Not found"


class ConflictError(GraphsvcError):
    """The request clashes with the current state (e.g. the key already exists)."""

    status = 409
    title = "Conflict"


class ImportRejectedError(GraphsvcError):
    """A workbook was rejected; ``errors`` lists every row-level problem found."""

    status = 422
    title = "Import rejected"

    def __init__(self, message: str, errors: list[dict[str, Any]] | None = None) -> None:
        super().__init__(message, errors=errors or [])
        self.errors = errors or []


class HostileFileError(ImportRejectedError):
    """A file was refused before reading: too big, a zip or XML bomb, a far-away cell."""

    status = 413
    title = "File refused"


class StoreUnavailableError(GraphsvcError):
    """The database cannot be reached or timed out; nothing was written."""

    status = 503
    title = "Store unavailable"


class StoreError(GraphsvcError):
    """The database refused an operation for a reason other than reachability."""

    status = 500
    title = "Store error"


class AuthenticationError(GraphsvcError):
    """No credential, or a wrong one."""

    status = 401
    title = "Not authenticated"


class PermissionDeniedError(GraphsvcError):
    """The credential is valid but its role lacks the function."""

    status = 403
    title = "Forbidden"


class RateLimitedError(GraphsvcError):
    """Too many requests from one client in a short time."""

    status = 429
    title = "Too many requests"


class BudgetExceededError(GraphsvcError):
    """An analysis would take longer than its time budget allows."""

    status = 503
    title = "Analysis over budget"

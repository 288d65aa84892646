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

    def __init_subclass__(cls, status: int | None = None, title: str | None = None) -> None:
        """``class XError(GraphsvcError, status=404, title="Not found")`` sets both at once."""
        super().__init_subclass__()
        cls.status = cls.status if status is None else status
        cls.title = cls.title if title is None else title

    def __init__(self, message: str, **extra: Any) -> None:
        super().__init__(message)
        self.message = message
        self.extra = extra

    def __str__(self) -> str:
        return self.message


class ValidationError(GraphsvcError, status=422, title="Invalid value"):
    """A value is not allowed: an unknown kind, label, role, a bad key or e-mail."""


class NotFoundError(GraphsvcError, status=404, title="Not found"):
    """The node, relationship or resource asked for does not exist."""


class ConflictError(GraphsvcError, status=409, title="Conflict"):
    """The request clashes with the current state (e.g. the key already exists)."""


class ImportRejectedError(GraphsvcError, status=422, title="Import rejected"):
    """A workbook was rejected; ``errors`` lists every row-level problem found."""

    def __init__(self, message: str, errors: list[dict[str, Any]] | None = None) -> None:
        super().__init__(message, errors=errors or [])
        self.errors = errors or []


class HostileFileError(ImportRejectedError, status=413, title="File refused"):
    """A file was refused before reading: too big, a zip or XML bomb, a far-away cell."""


class StoreUnavailableError(GraphsvcError, status=503, title="Store unavailable"):
    """The database cannot be reached or timed out; nothing was written."""


class StatisticsUnavailableError(GraphsvcError, status=502, title="Statistics service unavailable"):
    """A statistics service (PxWeb, Sotkanet) cannot be reached, failed or keeps rate-limiting."""


class StoreError(GraphsvcError, status=500, title="Store error"):
    """The database refused an operation for a reason other than reachability."""


class AuthenticationError(GraphsvcError, status=401, title="Not authenticated"):
    """No credential, or a wrong one."""


class PermissionDeniedError(GraphsvcError, status=403, title="Forbidden"):
    """The credential is valid but its role lacks the function."""


class RateLimitedError(GraphsvcError, status=429, title="Too many requests"):
    """Too many requests from one client in a short time."""


class BudgetExceededError(GraphsvcError, status=503, title="Analysis over budget"):
    """An analysis would take longer than its time budget allows."""

"""Every error graphsvc raises on purpose.

Each class carries the HTTP status the API answers with and a short ``title``;
the API turns them into ``application/problem+json`` in one place and the CLI
prints ``error: <message>`` and exits non-zero. Backend exceptions are wrapped
into these (``raise ... from e``) so that no traceback reaches a user.

An error raised with a :class:`~graphsvc.messages.Said` (a catalogue key and its values)
is read in each reader's language (:meth:`GraphsvcError.in_lang`); ``message`` is its
English text, for logs and API clients that ask for no language.
"""

from __future__ import annotations

from typing import Any

from graphsvc.messages import Said


class GraphsvcError(Exception):
    """Base of every graphsvc error; ``status`` is the matching HTTP status."""

    status = 500
    title = "Internal error"

    def __init_subclass__(cls, status: int | None = None, title: str | None = None) -> None:
        """``class XError(GraphsvcError, status=404, title="Not found")`` sets both at once."""
        super().__init_subclass__()
        cls.status = cls.status if status is None else status
        cls.title = cls.title if title is None else title

    def __init__(self, message: str | Said, **extra: Any) -> None:
        self.said = message if isinstance(message, Said) else None
        self.message = message.in_lang("en") if isinstance(message, Said) else message
        super().__init__(self.message)
        self.extra = extra

    def in_lang(self, lang: str) -> str:
        """The message in ``lang`` (the English ``message`` when raised with a plain text)."""
        return self.said.in_lang(lang) if self.said is not None else self.message

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

    def __init__(self, message: str | Said, errors: list[dict[str, Any]] | None = None) -> None:
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


class GoneError(GraphsvcError, status=410, title="Gone"):
    """A capability that worked once and no longer does (a revoked or ended survey link)."""


class PermissionDeniedError(GraphsvcError, status=403, title="Forbidden"):
    """The credential is valid but its role lacks the function."""


class RateLimitedError(GraphsvcError, status=429, title="Too many requests"):
    """Too many requests from one client in a short time."""


class BudgetExceededError(GraphsvcError, status=503, title="Analysis over budget"):
    """An analysis would take longer than its time budget allows."""


def row_message(row: dict[str, Any], lang: str) -> str:
    """A row-level problem's message (see ``ImportRejectedError.errors``) in ``lang``."""
    said = row.get("said")
    return said.in_lang(lang) if isinstance(said, Said) else str(row.get("message", row))


def rows_in_lang(rows: list[dict[str, Any]], lang: str) -> list[dict[str, Any]]:
    """Row-level problems ready for JSON: each ``message`` in ``lang``, no catalogue keys."""
    return [
        {**{k: v for k, v in row.items() if k != "said"}, "message": row_message(row, lang)}
        if isinstance(row, dict)
        else row
        for row in rows
    ]

"""Request limits: body size (413 before the body is read) and a per-client rate (429)."""

from __future__ import annotations

import hashlib
import json
import time
from typing import Any

from fastapi import HTTPException
from starlette.requests import cookie_parser
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from graphsvc.api.problems import PROBLEM_TYPE, accepted_lang
from graphsvc.api.security import from_this_machine
from graphsvc.api.session_cookie import SESSION_COOKIE
from graphsvc.messages import text
from graphsvc.services.survey import FORM_PATH as SURVEY_PREFIX

#: Paths whose bodies are workbook uploads (the upload limit applies, not the JSON one).
UPLOAD_PATHS = ("/api/v1/imports",)
#: Paths never rate limited: the load balancer's health probe must always get through.
UNLIMITED_PATHS = ("/health",)
#: Paths never rate limited for a client on this machine: the local Prometheus scrape.
LOCALLY_UNLIMITED_PATHS = ("/metrics",)


class BodyTooLargeError(HTTPException):
    """Raised while a body is streamed in and passes its limit (FastAPI lets it through)."""

    def __init__(self, limit: int, lang: str = "en") -> None:
        super().__init__(413, text("errors.api.body_too_large", lang, limit=f"{limit}"))


async def send_problem(
    scope: Scope, send: Send, status: int, title: str, detail: str, headers: dict[str, str]
) -> None:
    """Answer directly from ASGI middleware with a problem+json body."""
    request_id = scope.get("state", {}).get("request_id", "-")
    body = json.dumps(
        {
            "type": "about:blank",
            "title": title,
            "status": status,
            "detail": detail,
            "request_id": request_id,
        }
    ).encode()
    raw = [
        (b"content-type", PROBLEM_TYPE.encode()),
        (b"content-length", str(len(body)).encode()),
        (b"x-request-id", str(request_id).encode()),
        (b"connection", b"close"),
        *((k.lower().encode(), v.encode()) for k, v in headers.items()),
    ]
    await send({"type": "http.response.start", "status": status, "headers": raw})
    await send({"type": "http.response.body", "body": body})


def scope_lang(scope: Scope) -> str:
    """The language of a problem answered from middleware (see ``accepted_lang``)."""
    return accepted_lang(_header(scope, b"accept-language"))


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope.get("headers", ()):
        if key == name:
            return str(value.decode("latin-1"))
    return None


class BodyLimitMiddleware:
    """Refuse bodies over the limit: at once from Content-Length, else while streaming in."""

    def __init__(self, app: ASGIApp, *, max_body_bytes: int, max_upload_bytes: int) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes
        self.max_upload_bytes = max_upload_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path = scope.get("path", "")
        limit = self.max_upload_bytes if path in UPLOAD_PATHS else self.max_body_bytes
        declared = _header(scope, b"content-length")
        lang = scope_lang(scope)
        if declared is not None:
            if not declared.strip().isdigit():
                detail = text("errors.api.bad_content_length", lang)
                await send_problem(scope, send, 400, "Bad request", detail, {})
                return
            if int(declared) > limit:
                detail = text(
                    "errors.api.body_too_large_declared",
                    lang,
                    declared=declared,
                    limit=f"{limit}",
                )
                await send_problem(scope, send, 413, "Too large", detail, {})
                return
        received = 0
        started = False

        async def limited_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise BodyTooLargeError(limit, lang)
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, limited_receive, tracking_send)
        except BodyTooLargeError as e:
            if started:
                raise
            await send_problem(scope, send, 413, "Too large", str(e.detail), {})


#: An address may send this many times the per-credential limit (several clients behind one
#: address), so that rotating made-up credentials does not escape the limit.
ADDRESS_FACTOR = 10


class SeenSessions:
    """Hashes of session tokens this worker has found live in the store, for a while.

    Only the rate limit uses it, to give a real session its own bucket: a made-up
    cookie is counted under its address like an anonymous request.
    """

    def __init__(self, ttl: float = 600.0, size: int = 10_000) -> None:
        self.ttl = ttl
        self.size = size
        self._until: dict[str, float] = {}

    def remember(self, token_hash: str) -> None:
        """Note a session token (by hash) found live."""
        if len(self._until) >= self.size:
            self._until.clear()
        self._until[token_hash] = time.monotonic() + self.ttl

    def forget(self, token_hash: str) -> None:
        """Drop a session that has ended."""
        self._until.pop(token_hash, None)

    def __contains__(self, token_hash: object) -> bool:
        until = self._until.get(str(token_hash))
        return until is not None and until > time.monotonic()


def session_hash(scope: Scope) -> str | None:
    """The SHA-256 (hex) of the request's session cookie, if it sent one."""
    header = _header(scope, b"cookie")
    token = cookie_parser(header).get(SESSION_COOKIE) if header else None
    return hashlib.sha256(token.encode("utf-8", "replace")).hexdigest() if token else None


def survey_link(scope: Scope) -> str | None:
    """The token of a request to a respondent's form (``/s/{token}…``), if it is one."""
    path = str(scope.get("path", ""))
    if not path.startswith(SURVEY_PREFIX):
        return None
    return path[len(SURVEY_PREFIX) :].split("/", 1)[0] or None


class RateLimitMiddleware:
    """A fixed one-minute window per credential and per address, per worker.

    A credential is an ``Authorization`` header, or a session cookie that this worker has
    seen live (``seen``); any other cookie does not make a bucket of its own. A survey
    link is a bucket of its own too, of ``per_link`` requests a minute.
    ``per_minute <= 0`` turns the limit off. Behind several workers each keeps its own
    count, so the effective limit is ``per_minute`` times the number of workers.
    """

    def __init__(
        self, app: ASGIApp, *, per_minute: int, seen: SeenSessions, per_link: int = 0
    ) -> None:
        self.app = app
        self.per_minute = per_minute
        self.per_link = per_link
        self.seen = seen
        self._window = 0
        self._counts: dict[str, int] = {}

    def _credential(self, scope: Scope) -> str | None:
        authorization = _header(scope, b"authorization")
        if authorization:
            return authorization
        digest = session_hash(scope)
        return digest if digest is not None and digest in self.seen else None

    def _buckets(self, scope: Scope) -> list[tuple[str, int]]:
        client: Any = scope.get("client")
        buckets = [(f"ip:{client[0] if client else '-'}", self.per_minute * ADDRESS_FACTOR)]
        credential = self._credential(scope)
        if credential:
            digest = hashlib.sha256(credential.encode("utf-8", "replace")).hexdigest()[:24]
            buckets.append((digest, self.per_minute))
        else:
            buckets[0] = (buckets[0][0], self.per_minute)
        link = survey_link(scope)
        if link is not None and self.per_link > 0:
            digest = hashlib.sha256(link.encode("utf-8", "replace")).hexdigest()[:24]
            buckets.append((f"link:{digest}", self.per_link))
        return buckets

    @staticmethod
    def _unlimited(scope: Scope) -> bool:
        path = scope.get("path")
        if path in UNLIMITED_PATHS:
            return True
        return path in LOCALLY_UNLIMITED_PATHS and from_this_machine(scope)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or self.per_minute <= 0 or self._unlimited(scope):
            await self.app(scope, receive, send)
            return
        now = time.monotonic()
        window = int(now // 60)
        if window != self._window:
            self._window, self._counts = window, {}
        over = None
        for bucket, limit in self._buckets(scope):
            count = self._counts.get(bucket, 0) + 1
            self._counts[bucket] = count
            if count > limit:
                over = limit
        if over is not None:
            retry = str(60 - int(now % 60))
            detail = text("errors.api.rate_limited", scope_lang(scope), over=f"{over}", retry=retry)
            await send_problem(
                scope, send, 429, "Too many requests", detail, {"Retry-After": retry}
            )
            return
        await self.app(scope, receive, send)

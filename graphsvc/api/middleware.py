"""Per-request plumbing: a request id on every answer, safe default response headers, and
each request counted and timed for ``/metrics``."""

from __future__ import annotations

import logging
import re
import time
import uuid

from starlette.datastructures import MutableHeaders
from starlette.routing import Match
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from graphsvc.metrics import record_request
from graphsvc.services.survey import FORM_PATH

_GOOD_ID = re.compile(r"^[A-Za-z0-9._-]{1,64}$")
#: The API answers JSON only; pages (the web UI, /docs) set their own policy.
API_CSP = "default-src 'none'; frame-ancestors 'none'"


class HttpMiddleware:
    """An ASGI middleware that handles HTTP requests; anything else (lifespan) passes by."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
        else:
            await self.handle(scope, receive, send)

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Handle one HTTP request (passing it on to ``self.app``)."""
        raise NotImplementedError


class RequestIdMiddleware(HttpMiddleware):
    """Give each request an id (the caller's ``X-Request-ID`` if sane) and safe headers."""

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Set the request id, and the id and safe headers on the answer."""
        given = ""
        for key, value in scope.get("headers", ()):
            if key == b"x-request-id":
                given = value.decode("latin-1")
        request_id = given if _GOOD_ID.match(given) else uuid.uuid4().hex
        scope.setdefault("state", {})["request_id"] = request_id

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                headers.setdefault("X-Request-ID", request_id)
                headers.setdefault("X-Content-Type-Options", "nosniff")
                headers.setdefault("Referrer-Policy", "no-referrer")
                headers.setdefault("Content-Security-Policy", API_CSP)
            await send(message)

        await self.app(scope, receive, send_with_headers)


#: The route label of a request that matched no route (bounded: never the raw path).
UNMATCHED = "unmatched"


def route_template(scope: Scope) -> str:
    """The template of the route that answered (``/api/v1/actors/{key}``), never the path.

    A request refused before routing (rate limit, body size) is matched against the
    app's routes here; one that matches none is :data:`UNMATCHED`.
    """
    route = scope.get("route")
    if route is None:
        router = getattr(scope.get("app"), "router", None)
        for candidate in getattr(router, "routes", ()):
            match, _ = candidate.matches(scope)
            if match is not Match.NONE:
                route = candidate
                break
    path = getattr(route, "path", None)
    return path if isinstance(path, str) and path else UNMATCHED


class MetricsMiddleware(HttpMiddleware):
    """Count and time every HTTP request by method, route template and status."""

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Pass the request on; count and time it when its answer is done (or failed)."""
        started = time.perf_counter()
        status = 0

        async def send_noting_status(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, send_noting_status)
        except Exception:
            status = status or 500  # the error handler outside answers 500
            raise
        finally:
            seconds = time.perf_counter() - started
            record_request(scope["method"], route_template(scope), status, seconds)


class HiddenSurveyLinks(logging.Filter):
    """Keep survey links out of the access log: a token in a log line is a credential
    anyone reading the log could use (``/s/…``; the rest of the line stays)."""

    def filter(self, record: logging.LogRecord) -> bool:
        """Replace the token of a logged form path by ``…``; never drops a line."""
        args = record.args
        if isinstance(args, tuple) and len(args) > 2 and str(args[2]).startswith(FORM_PATH):
            rest = str(args[2])[len(FORM_PATH) :]
            tail = rest[rest.find("/") :] if "/" in rest else ""
            record.args = (*args[:2], f"{FORM_PATH}…{tail}", *args[3:])
        return True

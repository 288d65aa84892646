"""The one place that turns every error into ``application/problem+json`` (RFC 9457).

Each answer carries ``type``, ``title``, ``status``, ``detail`` and the ``request_id``
that is also sent as the ``X-Request-ID`` header and written to the log, so an
operator can find the traceback of a 500 that the client never sees.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import Match, compile_path

from graphsvc.api.dependencies import audit_refusal
from graphsvc.errors import (
    GraphsvcError,
    ImportRejectedError,
    RateLimitedError,
    StoreUnavailableError,
    rows_in_lang,
)
from graphsvc.messages import LANGS, Said, text

log = logging.getLogger("graphsvc.api")

PROBLEM_TYPE = "application/problem+json"
_TITLES = {
    400: "Bad request",
    401: "Not authenticated",
    403: "Forbidden",
    404: "Not found",
    405: "Method not allowed",
    406: "Not acceptable",
    409: "Conflict",
    413: "Too large",
    415: "Unsupported media type",
    422: "Invalid request",
    429: "Too many requests",
    500: "Internal error",
    503: "Service unavailable",
}


def request_id_of(request: Request) -> str:
    """The id given to this request by the request-id middleware."""
    return str(getattr(request.state, "request_id", "") or "-")


def reader_lang(request: Request) -> str:
    """The language of an API answer's ``detail`` and ``errors``: the first catalogue
    language the ``Accept-Language`` header names (``fi``, ``en``), else English."""
    return accepted_lang(request.headers.get("accept-language"))


def accepted_lang(header: str | None) -> str:
    """The first catalogue language an ``Accept-Language`` value names, else English.

    >>> accepted_lang("sv,fi-FI;q=0.9"), accepted_lang(None)
    ('fi', 'en')
    """
    for part in (header or "").split(","):
        tag = part.split(";", 1)[0].strip().lower()[:2]
        if tag in LANGS:
            return tag
    return "en"


def problem(
    status: int,
    detail: str,
    *,
    request_id: str,
    title: str | None = None,
    headers: dict[str, str] | None = None,
    **extra: Any,
) -> JSONResponse:
    """A problem+json response with the given status, detail and extension members."""
    body = {
        "type": "about:blank",
        "title": title or _TITLES.get(status, "Error"),
        "status": status,
        "detail": detail,
        "request_id": request_id,
        **extra,
    }
    all_headers = {"X-Request-ID": request_id, **(headers or {})}
    return JSONResponse(body, status_code=status, media_type=PROBLEM_TYPE, headers=all_headers)


async def _graphsvc_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, GraphsvcError)
    if exc.status < 500:
        await audit_refusal(request, exc.status, exc.title)
    extra: dict[str, Any] = {}
    headers: dict[str, str] = {}
    lang = reader_lang(request)
    if isinstance(exc, ImportRejectedError):
        extra["errors"] = rows_in_lang(exc.errors, lang)
    elif isinstance(exc.extra.get("errors"), list):  # a form or body checked whole
        extra["errors"] = rows_in_lang(exc.extra["errors"], lang)
    if isinstance(exc, RateLimitedError) or "retry_after" in exc.extra:
        headers["Retry-After"] = str(exc.extra.get("retry_after", 60))
    if exc.status == 503:
        headers.setdefault("Retry-After", str(exc.extra.get("retry_after", 5)))
    if exc.status == 401:
        headers["WWW-Authenticate"] = 'Bearer realm="graphsvc"'
    if exc.status >= 500:
        log.warning("request %s: %s: %s", request_id_of(request), type(exc).__name__, exc)
    if isinstance(exc, StoreUnavailableError):  # the message names hosts: keep it in the log
        detail = text("errors.api.store_unreachable", lang)
        headers["Retry-After"] = "5"
    elif exc.status == 500:
        detail = text("errors.api.store_refused", lang)
    else:
        detail = exc.in_lang(lang)
    return problem(
        exc.status,
        detail,
        request_id=request_id_of(request),
        title=exc.title,
        headers=headers,
        **extra,
    )


def _field_name(loc: tuple[Any, ...]) -> str:
    parts = [str(p) for p in loc if p not in ("body", "query", "path", "header", "cookie")]
    return ".".join(parts) or str(loc[0] if loc else "request")


async def _validation_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    await audit_refusal(request, 422, "Invalid request")
    lang = reader_lang(request)
    if any(err.get("type") == "json_invalid" for err in exc.errors()):
        return malformed_json(request)
    errors = []
    unknown = []
    for err in exc.errors():
        field = _field_name(tuple(err.get("loc", ())))
        if err.get("type") == "extra_forbidden":
            unknown.append(field)
        # never echo the submitted value ("input"): it may be personal data
        ours = (err.get("ctx") or {}).get("said")  # a check of ours, in the catalogue
        message = ours.in_lang(lang) if isinstance(ours, Said) else str(err.get("msg", "invalid"))
        errors.append({"field": field, "message": message, "type": err.get("type")})
    if unknown:
        many = "many" if len(unknown) > 1 else "one"
        detail = text(f"errors.api.unknown_field.{many}", lang, fields=", ".join(unknown))
    else:
        detail = "; ".join(f"{e['field']}: {e['message']}" for e in errors[:10])
    return problem(422, detail, request_id=request_id_of(request), errors=errors)


def malformed_json(request: Request) -> JSONResponse:
    """400: the body is not JSON at all (a 422 is for JSON that breaks the schema)."""
    detail = text("errors.api.malformed_json", reader_lang(request))
    return problem(400, detail, request_id=request_id_of(request))


def _http_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    detail = exc.detail if isinstance(exc.detail, str) else _TITLES.get(exc.status_code, "error")
    headers = dict(exc.headers or {})
    lang = reader_lang(request)
    if exc.status_code == 404 and detail == "Not Found":
        detail = text("errors.api.no_route", lang, path=request.url.path)
    if exc.status_code == 405:
        allowed = ", ".join(allowed_methods(request))
        headers["Allow"] = allowed
        detail = text(
            "errors.api.method_not_allowed",
            lang,
            method=request.method,
            path=request.url.path,
            allowed=allowed,
        )
    return problem(exc.status_code, detail, request_id=request_id_of(request), headers=headers)


_METHODS = ("DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT")


def allowed_methods(request: Request) -> list[str]:
    """Every method the request's path answers, sorted.

    API paths answer with the methods their OpenAPI path lists, the literal path first
    (``/indicators/progress`` is its own path, not a ``/indicators/{key}``); other paths
    ask each route through the public ``BaseRoute.matches``.
    """
    documented = _documented_methods(request.app, request.url.path)
    if documented:
        return documented
    found: set[str] = set()
    for method in _METHODS:
        scope = {**request.scope, "method": method}
        if any(route.matches(scope)[0] is Match.FULL for route in request.app.router.routes):
            found.add(method)
    return sorted(found)


def _documented_methods(app: FastAPI, path: str) -> list[str]:
    """The methods of the most literal OpenAPI path that ``path`` fits, or none."""
    fitting = [
        (template.count("{"), sorted(m.upper() for m in operations if m.upper() in _METHODS))
        for template, operations in app.openapi().get("paths", {}).items()
        if compile_path(template)[0].fullmatch(path)
    ]
    return min(fitting)[1] if fitting else []


def _unexpected(request: Request, exc: Exception) -> JSONResponse:
    rid = request_id_of(request)
    log.error("request %s failed", rid, exc_info=exc)
    detail = text("errors.api.unexpected", reader_lang(request), request_id=rid)
    return problem(500, detail, request_id=rid)


def install_problem_handlers(app: FastAPI) -> None:
    """Make every error of ``app`` answer as problem+json: ours, FastAPI's and unexpected ones."""
    app.add_exception_handler(GraphsvcError, _graphsvc_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(Exception, _unexpected)

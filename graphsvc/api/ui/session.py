"""Who is looking at a page: sign-in checks for pages and forms, and HTML error answers.

UI routes use :class:`UIRoute`, which turns the errors of a page into what a browser
needs: a redirect to the sign-in form (not signed in), or an HTML error page (403, 404,
422) instead of the API's problem+json.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import Depends, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import RedirectResponse, Response
from fastapi.routing import APIRoute
from starlette.exceptions import HTTPException as StarletteHTTPException

from graphsvc.api.security import authenticate, authenticated
from graphsvc.api.ui.pages import Page, render, request_lang, security_headers
from graphsvc.errors import AuthenticationError, GraphsvcError, PermissionDeniedError
from graphsvc.model import UserRole

SIGN_IN_PATH = "/sign-in"
#: Messages a redirect after a successful form may ask the next page to show (``?msg=``).
FLASH_MESSAGES = (
    frozenset(
        {
            "saved",
            "partner_added",
            "removed",
            "restored",
            "restored_partly",
            "gap_handled",
            "gap_reopened",
        }
    )
    | frozenset(
        {"pres_created", "pres_renamed", "pres_deleted", "pres_slide_moved", "pres_slide_removed"}
    )
    | frozenset({"survey_created", "survey_closed", "survey_revoked", "survey_decided"})
)
_FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")


def safe_next(value: str | None) -> str:
    """A local path to return to after signing in; anything else becomes ``/``.

    >>> safe_next("/gaps?rocket=centre"), safe_next("//evil.example"), safe_next("https://x")
    ('/gaps?rocket=centre', '/', '/')
    """
    if not value or not value.startswith("/") or value.startswith("//") or "\\" in value:
        return "/"
    return value


def sign_in_redirect(request: Request) -> RedirectResponse:
    """Send the browser to the sign-in form, coming back here afterwards."""
    here = request.url.path
    if request.url.query:
        here += "?" + request.url.query
    target = here if request.method == "GET" else "/"
    return RedirectResponse(
        f"{SIGN_IN_PATH}?next={quote(target, safe='')}", status_code=303, headers=security_headers()
    )


def error_page(request: Request, status: int, detail: str) -> Response:
    """An HTML error page in the page language (the detail is escaped by the template)."""
    page = Page(request, request_lang(request), authenticated(request))
    return render(page, "error.html", status=status, status_code=status, detail=detail)


def _said(request: Request, key: str) -> str:
    """The message ``ui.<key>`` in the request's page language."""
    from graphsvc.messages import text

    return text(f"ui.{key}", request_lang(request))


class UIRoute(APIRoute):
    """A route answering browsers: sign-in redirects and HTML error pages, never JSON."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        """Wrap the FastAPI handler so that errors become pages."""
        handler = super().get_route_handler()

        async def ui_handler(request: Request) -> Response:
            try:
                return await handler(request)
            except AuthenticationError:
                return sign_in_redirect(request)
            except PermissionDeniedError:
                return error_page(request, 403, _said(request, "error_403"))
            except GraphsvcError as e:
                detail = (
                    e.in_lang(request_lang(request))
                    if e.status < 500
                    else _said(request, "error_store")
                )
                return error_page(request, e.status, detail)
            except RequestValidationError:
                return error_page(request, 422, _said(request, "error_invalid"))
            except StarletteHTTPException as e:
                return error_page(request, e.status_code, str(e.detail))

        return ui_handler


async def _form_if_any(request: Request) -> None:
    if request.headers.get("content-type", "").startswith(_FORM_TYPES):
        request.state.form = await request.form()


async def viewer_page(request: Request) -> Page:
    """The page of a signed-in user (any role); AuthenticationError leads to the sign-in form."""
    await _form_if_any(request)
    principal = await authenticate(request)
    page = Page(request, request_lang(request), principal)
    message = request.query_params.get("msg")
    if message == "removed" and page.can_edit and page.principal is not None:
        from graphsvc.api.ui.undo import offer

        page.undo = offer(request, page.principal.who)
    if message in FLASH_MESSAGES and page.undo is None:
        page.flash = page.t(message)
    return page


async def editor_page(request: Request) -> Page:
    """The page of an editor or admin; viewers get 403 (CSRF is checked first on POST)."""
    page = await viewer_page(request)
    assert page.principal is not None
    if not page.principal.has(UserRole.EDITOR):
        raise PermissionDeniedError("this needs the editor role")
    return page


def form_value(request: Request, name: str) -> str:
    """A submitted form field as stripped text ('' when absent)."""
    form = getattr(request.state, "form", None)
    value = form.get(name) if form is not None else None
    return value.strip() if isinstance(value, str) else ""


def form_values(request: Request, name: str) -> list[str]:
    """Every value of a repeated form field (checkboxes, multi-selects), stripped."""
    form = getattr(request.state, "form", None)
    if form is None:
        return []
    return [v.strip() for v in form.getlist(name) if isinstance(v, str) and v.strip()]


ViewerPage = Annotated[Page, Depends(viewer_page)]
EditorPage = Annotated[Page, Depends(editor_page)]

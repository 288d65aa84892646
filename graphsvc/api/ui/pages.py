"""Rendering of web UI pages: the Jinja2 environment (autoescape on), language and headers."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import jinja2
from fastapi import Request
from fastapi.responses import HTMLResponse, Response

from graphsvc.api.security import Principal, session_csrf
from graphsvc.api.ui import texts
from graphsvc.model import BUILTIN_ROCKETS

TEMPLATES = Path(__file__).parent / "templates"
LANG_COOKIE = "graphsvc_lang"
#: The policy of every UI page: nothing inline, nothing from elsewhere.
PAGE_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; "
    "base-uri 'none'; object-src 'none'"
)
_ROCKET_NUMBERS = {r.key: r.number for r in BUILTIN_ROCKETS}


def security_headers(csp: str = PAGE_CSP) -> dict[str, str]:
    """Headers sent with every UI page: the CSP, no sniffing, no referrer, no caching."""
    return {
        "Content-Security-Policy": csp,
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "no-referrer",
        "X-Frame-Options": "DENY",
        "Cache-Control": "no-store",
    }


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    """The Jinja2 environment of the UI templates; every value is HTML-escaped."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    return env


def request_lang(request: Request) -> str:
    """The page language: ``?lang=`` first, then the language cookie, else Finnish."""
    return (
        texts.pick_lang(request.query_params.get("lang"))
        or texts.pick_lang(request.cookies.get(LANG_COOKIE))
        or texts.DEFAULT_LANG
    )


def rocket_order(node_key: str, number: Any) -> tuple[int, str]:
    """Sort key putting rockets 1–5 first and the launch pad (number 0) last."""
    n = int(number or _ROCKET_NUMBERS.get(node_key, 0) or 0)
    return (n if n > 0 else 99, node_key)


@dataclass
class Page:
    """What every template gets: the request, language, who is signed in and the CSRF token."""

    request: Request
    lang: str
    principal: Principal | None = None
    flash: str | None = None
    extra_headers: dict[str, str] = field(default_factory=dict)

    @property
    def can_edit(self) -> bool:
        """Whether edit forms and buttons are shown (editors and admins)."""
        from graphsvc.model import UserRole

        return self.principal is not None and self.principal.has(UserRole.EDITOR)

    @property
    def sees_contacts(self) -> bool:
        """Whether personal contact data may be shown."""
        return self.principal is not None and self.principal.sees_contacts

    @property
    def csrf(self) -> str:
        """The CSRF token that every form posts back: the session's, or before signing in
        the sign-in form's."""
        return session_csrf(self.request) or str(getattr(self.request.state, "login_csrf", ""))

    def t(self, key: str, **values: Any) -> str:
        """A text of the catalogue in the page language."""
        return texts.translate(self.lang, key, **values)

    def label(self, prefix: str, value: Any) -> str:
        """The translated name of a kind, role or status."""
        return texts.label_of(self.lang, prefix, value)

    def rocket_name(self, node: Any) -> str:
        """A rocket's name in the page language (``name_en`` in English when present)."""
        props = node.props if hasattr(node, "props") else node
        key = node.key if hasattr(node, "key") else props.get("key", "")
        if self.lang == "en" and props.get("name_en"):
            return str(props["name_en"])
        return str(props.get("name_fi") or key)

    def switch_lang_url(self) -> str:
        """This page's URL in the other language."""
        other = "en" if self.lang == "fi" else "fi"
        params = dict(self.request.query_params)
        params["lang"] = other
        return f"{self.request.url.path}?{urlencode(params)}"

    def url(self, path: str, **params: Any) -> str:
        """A local URL with query parameters (None values left out)."""
        kept = {k: v for k, v in params.items() if v is not None and v != ""}
        return f"{path}?{urlencode(kept)}" if kept else path


def render(page: Page, template: str, status: int = 200, **context: Any) -> HTMLResponse:
    """Render ``template`` for ``page`` with the security headers and the language cookie."""
    demo_notice = None
    if page.request.app.state.settings.demo_notice:
        from graphsvc.demo.writer import DEMO_NOTICE_EN, DEMO_NOTICE_FI

        demo_notice = DEMO_NOTICE_EN if page.lang == "en" else DEMO_NOTICE_FI
    html = (
        environment()
        .get_template(template)
        .render(page=page, t=page.t, demo_notice=demo_notice, **context)
    )
    response = HTMLResponse(html, status_code=status, headers=security_headers())
    for name, value in page.extra_headers.items():
        response.headers[name] = value
    remember_lang(page.request, response)
    return response


def remember_lang(request: Request, response: Response) -> None:
    """Keep an explicitly chosen ``?lang=`` in a cookie for the following pages."""
    chosen = texts.pick_lang(request.query_params.get("lang"))
    if chosen and chosen != request.cookies.get(LANG_COOKIE):
        response.set_cookie(
            LANG_COOKIE, chosen, max_age=365 * 24 * 3600, samesite="lax", httponly=True
        )

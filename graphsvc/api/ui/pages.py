"""Rendering of web UI pages: the Jinja2 environment (autoescape on), language and headers.

Every word comes from the ui section of :mod:`graphsvc.messages`; templates call the
globals ``t(key, **values)`` and ``label(prefix, value)`` and the filters ``num``, ``share``,
``day`` and ``quoted``, all bound to the page's language.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import jinja2
from fastapi import Request
from fastapi.responses import HTMLResponse, Response

from graphsvc import messages
from graphsvc.api.security import Principal, session_csrf
from graphsvc.errors import GraphsvcError
from graphsvc.model import BUILTIN_ROCKETS, Label, ProgrammeKind

TEMPLATES = Path(__file__).parent / "templates"
LANG_COOKIE = "graphsvc_lang"
#: The programme the reader chose to see (absent: the whole portfolio).
PROGRAMME_COOKIE = "graphsvc_programme"
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
    env.globals.update(t=_t, label=_label)
    env.filters.update(num=_num, share=_share, day=_day, quoted=_quoted, options=_options)
    return env


def _lang(context: Any) -> str:
    return str(context["page"].lang)


@jinja2.pass_context
def _t(context: Any, key: str, **values: Any) -> str:
    return messages.text(f"ui.{key}", _lang(context), **values)


@jinja2.pass_context
def _label(context: Any, prefix: str, value: Any) -> str:
    return label_of(_lang(context), prefix, value)


@jinja2.pass_context
def _num(context: Any, value: float, digits: int = 2) -> str:
    return messages.number(value, _lang(context), digits)


@jinja2.pass_context
def _share(context: Any, value: float) -> str:
    return messages.percent(value, _lang(context))


@jinja2.pass_context
def _quoted(context: Any, value: str) -> str:
    return messages.quote(value, _lang(context))


@jinja2.pass_context
def _day(context: Any, value: Any) -> str:
    """An ISO date (``2025-03-15``) in the page's locale; any other text as it is."""
    if isinstance(value, str):
        try:
            value = dt.date.fromisoformat(value)
        except ValueError:
            return value
    return messages.date(value, _lang(context))


@jinja2.pass_context
def _options(context: Any, items: Any, prefix: str | None = None) -> list[tuple[Any, str]]:
    """(value, text) pairs of a select: enums named by ``prefix``, rockets by name, else as is."""
    page = context["page"]
    if prefix is not None:
        return [(item.value, page.label(prefix, item.value)) for item in items]
    return [
        (item.key, page.rocket_name(item)) if hasattr(item, "key") else (item, str(item))
        for item in items
    ]


def pick_lang(value: str | None) -> str | None:
    """``value`` if it is a language of the catalogue, else None.

    >>> pick_lang("en"), pick_lang("sv"), pick_lang(None)
    ('en', None, None)
    """
    return value if value in messages.LANGS else None


def label_of(lang: str, prefix: str, value: object) -> str:
    """The name of an enum value in ``lang`` (``ui.<prefix>_<value>``), else the value itself.

    >>> label_of("fi", "prole", "lead"), label_of("en", "kind", "nonsense")
    ('vetäjä', 'nonsense')
    """
    key = f"ui.{prefix}_{value}"
    return messages.text(key, lang) if key in messages.CATALOGUE else str(value)


def request_lang(request: Request) -> str:
    """The page language: ``?lang=`` first, then the language cookie, else Finnish."""
    return (
        pick_lang(request.query_params.get("lang"))
        or pick_lang(request.cookies.get(LANG_COOKIE))
        or messages.DEFAULT_LANG
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
    #: A deletion this browser can still undo (an :class:`~graphsvc.api.ui.undo.UndoOffer`).
    undo: Any = None
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
        """The message ``ui.<key>`` in the page language (numbers and dates localised)."""
        return messages.text(f"ui.{key}", self.lang, **values)

    def label(self, prefix: str, value: Any) -> str:
        """The name of a kind, role or status in the page language."""
        return label_of(self.lang, prefix, value)

    def rocket_name(self, node: Any) -> str:
        """A rocket's name in the page language (``name_en`` in English when present)."""
        props = node.props if hasattr(node, "props") else node
        key = node.key if hasattr(node, "key") else props.get("key", "")
        if self.lang == "en" and props.get("name_en"):
            return str(props["name_en"])
        return str(props.get("name_fi") or key)

    @property
    def programme_asked(self) -> bool:
        """Whether this page's URL chooses the programme (``?programme=``, empty for all)."""
        return "programme" in self.request.query_params

    @property
    def programme(self) -> str | None:
        """The programme this page shows: the URL's choice, else the remembered one; None
        for the whole portfolio."""
        if self.programme_asked:
            chosen = self.request.query_params.get("programme")
        else:
            chosen = self.request.cookies.get(PROGRAMME_COOKIE)
        return chosen[:128] if chosen else None

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
    demo_notice = page.t("demo_notice") if page.request.app.state.settings.demo_notice else None
    html = (
        environment()
        .get_template(template)
        .render(page=page, demo_notice=demo_notice, programmes=_switch(page), **context)
    )
    response = HTMLResponse(html, status_code=status, headers=security_headers())
    for name, value in page.extra_headers.items():
        response.headers[name] = value
    remember_lang(page.request, response)
    remember_programme(page, response)
    return response


def remember_lang(request: Request, response: Response) -> None:
    """Keep an explicitly chosen ``?lang=`` in a cookie for the following pages."""
    chosen = pick_lang(request.query_params.get("lang"))
    if chosen and chosen != request.cookies.get(LANG_COOKIE):
        response.set_cookie(
            LANG_COOKIE, chosen, max_age=365 * 24 * 3600, samesite="lax", httponly=True
        )


def _switch(page: Page) -> list[tuple[str, str]]:
    """The programmes the header offers (signed-in pages of a portfolio only; none when
    the store cannot answer, as on the page saying so)."""
    if page.principal is None:
        return []
    try:
        return programme_choices(page)
    except GraphsvcError:
        return []


def remember_programme(page: Page, response: Response) -> None:
    """Keep the programme chosen in the URL in a cookie (forget it when the portfolio is)."""
    if not page.programme_asked:
        return
    if page.programme is None:
        response.delete_cookie(PROGRAMME_COOKIE)
    elif page.programme != page.request.cookies.get(PROGRAMME_COOKIE):
        response.set_cookie(
            PROGRAMME_COOKIE, page.programme, max_age=365 * 24 * 3600, samesite="lax", httponly=True
        )


def programme_choices(page: Page) -> list[tuple[str, str]]:
    """(key, name) of the programmes a reader may switch to, growth programmes first then
    plans and strategies; empty when the store holds only one programme."""
    nodes = page.request.app.state.store.find_nodes(Label.PROGRAMME)
    if len(nodes) < 2:
        return []
    order = {k.value: i for i, k in enumerate(ProgrammeKind)}
    nodes.sort(key=lambda n: (order.get(str(n.props.get("kind", "programme")), 9), n.key))
    english = page.lang == "en"
    return [(n.key, str((english and n.props.get("name_en")) or n.name)) for n in nodes]

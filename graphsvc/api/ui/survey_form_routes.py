"""The respondent's form at ``/s/{token}``: no sign-in, the link is the credential.

``GET`` shows the form (names only, never contact data) starting from the saved answer,
last wave's ("carry forward") or the graph's; ``POST`` saves the whole form and shows it
again (browsers without JavaScript); ``POST …/save`` is the same save answered as JSON,
which ``survey.js`` sends as the respondent goes. A dead link gets a page saying why,
in the respondent's language (``?lang=``, the language cookie, else the browser's).
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response
from markupsafe import Markup, escape
from starlette.concurrency import run_in_threadpool

from graphsvc import messages
from graphsvc.api.problems import accepted_lang
from graphsvc.api.ui.pages import LANG_COOKIE, Page, pick_lang, render, security_headers
from graphsvc.api.ui.session import UIRoute
from graphsvc.api.ui.survey_fields import SPARE_ROWS, answer_data, posted_rows, rows_of
from graphsvc.errors import GoneError, GraphsvcError, NotFoundError, ValidationError
from graphsvc.services import survey_answers
from graphsvc.services.accounts import Author
from graphsvc.services.analysis_cache import CACHE
from graphsvc.services.survey_answers import SurveyRoster
from graphsvc.stores.base import GraphStore

router = APIRouter(route_class=UIRoute, include_in_schema=False)


def respondent_lang(request: Request) -> str:
    """``?lang=``, then the language cookie, then the browser's language, else Finnish."""
    header = request.headers.get("accept-language")
    browser = accepted_lang(header) if header else None
    return (
        pick_lang(request.query_params.get("lang"))
        or pick_lang(request.cookies.get(LANG_COOKIE))
        or browser
        or messages.DEFAULT_LANG
    )


def _respondent(request: Request) -> Author:
    """How the audit log names what a respondent does (their pseudonym is in the object)."""
    return Author(request.app.state.accounts, "respondent", "respondent")


def _form_fields(form: Any) -> dict[str, list[str]]:
    return {name: [v for v in form.getlist(name) if isinstance(v, str)] for name in form.keys()}


def _page(
    request: Request,
    token: str,
    *,
    status: int = 200,
    flash: str | None = None,
    problem: str | None = None,
    posted: dict[str, list[str]] | None = None,
) -> Response:
    page = Page(request, respondent_lang(request))
    store = request.app.state.store
    try:
        form = survey_answers.form_of(store, token)
    except (NotFoundError, GoneError) as e:
        return _dead_link(page, e)
    names = form["roster"]
    rows = posted_rows(posted) if posted is not None else rows_of(form["answer"], names)
    note = "".join(posted.get("note", [])) if posted is not None else form["answer"].note
    if posted is None and status == 200 and flash is None:
        survey_answers.record_opening(form["who"], _respondent(request))
    return render(
        page,
        "survey_form.html",
        status=status,
        wave=form["wave"],
        respondent=form["respondent"],
        origin=form["origin"] if posted is None else "posted",
        actor_options=options_without(actor_options(names, store), form["respondent"]["key"]),
        action_options=Markup("".join(html for _, html in action_options(names, store))),
        rows=rows,
        note=note,
        spare=SPARE_ROWS,
        problem=problem,
        saved=flash or "",
        form_path=f"/s/{token}",
    )


def _options(labels: dict[str, str]) -> tuple[tuple[str, str], ...]:
    return tuple(
        (key, f'<option value="{escape(label)}"></option>') for key, label in labels.items()
    )


def actor_options(roster: SurveyRoster, store: GraphStore) -> tuple[tuple[str, str], ...]:
    """The actors' ``<option>`` elements (escaped), made once per graph version."""
    key = (store.url, store.version(), "survey_actor_options")
    return CACHE.get_or_compute(key, lambda: _options(roster.actors))


def action_options(roster: SurveyRoster, store: GraphStore) -> tuple[tuple[str, str], ...]:
    """The actions' ``<option>`` elements (escaped), made once per graph version."""
    key = (store.url, store.version(), "survey_action_options")
    return CACHE.get_or_compute(key, lambda: _options(roster.actions))


def options_without(options: tuple[tuple[str, str], ...], respondent: str) -> Markup:
    """The options of every actor but the respondent."""
    return Markup("".join(html for key, html in options if key != respondent))


def _dead_link(page: Page, error: GraphsvcError) -> Response:
    status = 410 if isinstance(error, GoneError) else 404
    return render(page, "survey_gone.html", status=status, detail=error.in_lang(page.lang))


def _save(request: Request, token: str, fields: dict[str, list[str]]) -> dict[str, Any]:
    store = request.app.state.store
    data = answer_data(fields, survey_answers.roster(store))
    return survey_answers.save_answer(store, token, data, _respondent(request))


@router.get("/s/{token}")
def survey_form(request: Request, token: str) -> Response:
    """The respondent's form."""
    return _page(request, token)


@router.post("/s/{token}")
async def survey_submit(request: Request, token: str) -> Response:
    """Save the whole form and show it again, saved or with what to correct."""
    fields = _form_fields(await request.form())
    lang = respondent_lang(request)
    try:
        saved = await run_in_threadpool(_save, request, token, fields)
    except ValidationError as e:
        problem = e.in_lang(lang)
        return await run_in_threadpool(
            lambda: _page(request, token, status=422, problem=problem, posted=fields)
        )
    except (NotFoundError, GoneError) as e:
        return _dead_link(Page(request, lang), e)
    flash = messages.text("ui.survey_saved_at", lang, at=_clock(saved["saved_at"], lang))
    return await run_in_threadpool(lambda: _page(request, token, flash=flash))


@router.post("/s/{token}/save")
async def survey_autosave(request: Request, token: str) -> Response:
    """The same save, answered as JSON for ``survey.js``: ``{"message"}`` or a problem."""
    fields = _form_fields(await request.form())
    lang = respondent_lang(request)
    headers = security_headers()
    try:
        saved = await run_in_threadpool(_save, request, token, fields)
    except GraphsvcError as e:
        detail = e.in_lang(lang) if e.status < 500 else messages.text("ui.error_store", lang)
        return JSONResponse({"detail": detail}, status_code=e.status, headers=headers)
    message = messages.text("ui.survey_saved_at", lang, at=_clock(saved["saved_at"], lang))
    return JSONResponse({"message": message, "saved_at": saved["saved_at"]}, headers=headers)


def _clock(at: str, lang: str) -> str:
    """The time of a save (UTC ISO) as the reader's clock time."""
    import datetime as dt

    return messages.clock(dt.datetime.fromisoformat(at), lang)

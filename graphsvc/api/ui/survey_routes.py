"""The "Kysely / Survey" pages of editors: the waves and a new one, a wave's response
rates and who has not answered, its links (a CSV for the mail merge, one respondent's new
link, revoking), the review of new names and closing, each close confirmed first.
Writes go through the same services and audit names as the CLI and the API.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from fastapi.responses import RedirectResponse, Response

from graphsvc import messages
from graphsvc.api.dependencies import author
from graphsvc.api.ui.pages import Page, render, security_headers
from graphsvc.api.ui.session import EditorPage, UIRoute, form_value
from graphsvc.api.ui.stores import app_store
from graphsvc.dates import today
from graphsvc.errors import ConflictError, ValidationError
from graphsvc.model import CONTACT_FIELDS, ActorKind, Label
from graphsvc.services import survey as service
from graphsvc.services import survey_close, survey_rates
from graphsvc.services.accounts import Author
from graphsvc.stores.survey_records import survey_store

router = APIRouter(route_class=UIRoute, include_in_schema=False)


def _by(page: Page) -> Author:
    assert page.principal is not None  # an EditorPage is signed in
    return author(page.request, page.principal)


def _here(year: int) -> str:
    return f"/survey/{year}"


def _done(path: str, message: str) -> RedirectResponse:
    return RedirectResponse(f"{path}?msg={message}", status_code=303, headers=security_headers())


def _waves(page: Page, status: int = 200, **form: Any) -> Response:
    store = app_store(page)
    rows = []
    for wave in survey_store(store).find_waves():
        kept = (wave.rates or {}).get("overall")  # a closed wave keeps its rates
        overall = kept or survey_rates.wave_status(store, wave.year)["overall"]
        rows.append({"wave": wave, "overall": overall})
    next_year = int(today()[:4])
    return render(
        page,
        "survey.html",
        status=status,
        rows=rows,
        problems=form.get("problems", []),
        values=form.get("values", {"year": f"{next_year}"}),
    )


@router.get("/survey")
def waves(page: EditorPage) -> Response:
    """Every wave with its response rate, and the form of a new one."""
    return _waves(page)


@router.post("/survey")
def create(page: EditorPage) -> Response:
    """Create a wave; every problem of the form is named and nothing is lost."""
    names = ("year", "title", "title_en", "ends", "question", "question_en")
    values = {n: form_value(page.request, n) for n in names}
    try:
        year = int(values["year"])
    except ValueError:
        problem = page.t("survey_err_year", value=values["year"])
        return _waves(page, status=422, problems=[problem], values=values)
    try:
        service.create_wave(
            app_store(page),
            year,
            values["title"],
            _by(page),
            title_en=values["title_en"] or None,
            ends=values["ends"] or None,
            question=values["question"],
            question_en=values["question_en"],
        )
    except (ValidationError, ConflictError) as e:
        return _waves(page, status=422, problems=[e.in_lang(page.lang)], values=values)
    return _done(_here(year), "survey_created")


def _wave(page: Page, year: int, status: int = 200, **extra: Any) -> Response:
    store = app_store(page)
    rates = survey_rates.wave_status(store, year)  # 404 for a year without a wave
    contacts = {n.key: n.props for n in store.find_nodes(Label.ACTOR)}
    for row in rates["not_answered"]:
        row["contact"] = {f: contacts.get(row["key"], {}).get(f, "") for f in CONTACT_FIELDS}
    return render(
        page,
        "survey_wave.html",
        status=status,
        rates=rates,
        wave=survey_store(store).get_wave(year),
        review=survey_close.review_queue(store, year),
        actors=sorted(
            ((n.key, n.name) for n in store.find_nodes(Label.ACTOR)), key=lambda a: a[1].casefold()
        ),
        kinds=list(ActorKind),
        **extra,
    )


@router.get("/survey/{year}")
def wave(page: EditorPage, year: int) -> Response:
    """A wave's response rates overall, per kind and per rocket, who has not answered,
    the new names to review, and its links."""
    return _wave(page, year)


@router.post("/survey/{year}/links")
def issue_links(page: EditorPage, year: int) -> Response:
    """New links for the respondents without a live one, as a CSV download (shown once)."""
    base = page.request.app.state.settings.public_url
    rows = service.issue_links(app_store(page), year, base, _by(page))
    if not rows:
        return _wave(page, year, notice=page.t("survey_no_new_links"))
    headers = security_headers()
    headers["Content-Disposition"] = f'attachment; filename="survey-links-{year}.csv"'
    return Response(service.links_csv(rows), media_type="text/csv; charset=utf-8", headers=headers)


@router.post("/survey/{year}/links/{actor}")
def new_link(page: EditorPage, year: int, actor: str) -> Response:
    """A new link for one respondent (their old one stops working), shown once."""
    base = page.request.app.state.settings.public_url
    row = service.issue_links(app_store(page), year, base, _by(page), actors=[actor])[0]
    return render(page, "survey_link.html", row=row, back=_here(year), year=year)


@router.post("/survey/{year}/links/{actor}/revoke")
def revoke(page: EditorPage, year: int, actor: str) -> Response:
    """Stop a respondent's link from working (their answers stay)."""
    service.revoke_link(app_store(page), year, actor, _by(page))
    return _done(_here(year), "survey_revoked")


@router.post("/survey/{year}/review")
def decide(page: EditorPage, year: int) -> Response:
    """Decide what a new name is: an existing actor, a new actor, or rejected."""
    choice = form_value(page.request, "choice")
    name = form_value(page.request, "name")
    options: dict[str, Any] = {}
    if choice == "existing":
        options["actor"] = form_value(page.request, "actor") or None
    elif choice == "new":
        options["new_key"] = form_value(page.request, "new_key") or None
        options["new_kind"] = form_value(page.request, "new_kind") or None
    try:
        if choice in ("existing", "new") and not any(options.values()):
            raise ValidationError(messages.said("errors.survey.review_choice"))
        survey_close.decide_review(app_store(page), year, name, _by(page), **options)
    except (ValidationError, ConflictError) as e:
        return _wave(page, year, status=422, review_problem=e.in_lang(page.lang), review_name=name)
    return _done(_here(year), "survey_decided")


@router.get("/survey/{year}/close")
def confirm_close(page: EditorPage, year: int) -> Response:
    """Ask before closing a wave."""
    rates = survey_rates.wave_status(app_store(page), year)
    return render(page, "survey_confirm.html", rates=rates, back=_here(year), year=year)


@router.post("/survey/{year}/close")
def close(page: EditorPage, year: int) -> Response:
    """Close a wave: its answers go into the history on its last day."""
    survey_close.close_wave(app_store(page), year, _by(page))
    return _done(_here(year), "survey_closed")

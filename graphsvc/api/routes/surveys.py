"""``/api/v1/surveys``: the yearly network survey for editors (waves, links, response
rates, closing, the review of new names) and admins (a respondent's answers: export,
erase). Respondents never come here: their link opens ``/s/{token}`` (the web UI)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Request, Response

from graphsvc.api.dependencies import StoreDep, author, run_store
from graphsvc.api.responses import JSONAnswer, created
from graphsvc.api.routes.common import ADMIN_LIST, CHANGE, creates
from graphsvc.api.schemas.common import PROTECTED, problem_responses
from graphsvc.api.schemas.surveys import (
    AnswersExport,
    CloseReport,
    Erased,
    LinkRows,
    LinksRequest,
    ReviewDecision,
    ReviewDone,
    ReviewItems,
    WaveCreate,
    WavePublic,
    WavesPublic,
    WaveStatus,
)
from graphsvc.api.security import Admin, Editor, Viewer
from graphsvc.services import survey as service
from graphsvc.services import survey_answers, survey_close, survey_rates

#: A wave's year in a path (outside the years a wave may have: 422).
Year = Annotated[int, Path(ge=2000, le=2100, description="The wave's year")]
#: An editor's read of one wave: 403 below the role, 404 for a year without a wave.
EDITOR_READ = problem_responses(*PROTECTED, 403, 404, 422)
router = APIRouter(prefix="/api/v1/surveys", tags=["surveys"], default_response_class=JSONAnswer)


@router.get(
    "",
    summary="The survey waves",
    response_model=WavesPublic,
    responses=problem_responses(*PROTECTED),
)
async def list_waves(principal: Viewer, request: Request, store: StoreDep) -> JSONAnswer:
    """Every wave by year: its title, last day, whether it is closed."""
    return JSONAnswer(await run_store(request, service.list_waves, store))


@router.post("", summary="Create a wave", response_model=WavePublic, **creates("survey wave"))
def create_wave(
    principal: Editor, request: Request, body: WaveCreate, store: StoreDep
) -> JSONAnswer:
    """Create the wave of a year (editors); 409 if the year has one, 422 naming every problem."""
    data = service.create_wave(
        store,
        body.year,
        body.title,
        author(request, principal),
        title_en=body.title_en,
        ends=body.ends,
        question=body.question,
        question_en=body.question_en,
    )
    return created(data, router.prefix, str(body.year))


@router.get(
    "/answers/{actor}",
    summary="A respondent's answers",
    response_model=AnswersExport,
    responses=ADMIN_LIST,
)
def export_answers(principal: Admin, request: Request, actor: str, store: StoreDep) -> JSONAnswer:
    """Every answer one respondent gave, in every wave (admins: personal data)."""
    return JSONAnswer(survey_answers.export_answers(store, actor, author(request, principal)))


@router.delete(
    "/answers/{actor}",
    summary="Erase a respondent's answers",
    response_model=Erased,
    responses=problem_responses(*PROTECTED, 403, 422),
)
def erase_answers(
    principal: Admin,
    request: Request,
    actor: str,
    store: StoreDep,
    year: Annotated[int | None, Query(ge=2000, le=2100, description="Only this wave")] = None,
) -> JSONAnswer:
    """Erase one respondent's answers, of one wave or every wave (admins)."""
    erased: Any = survey_answers.erase_answers(store, actor, author(request, principal), year=year)
    return JSONAnswer({"erased": erased})


@router.get(
    "/{year}", summary="A wave's response rates", response_model=WaveStatus, responses=EDITOR_READ
)
async def wave_status(
    principal: Editor, request: Request, year: Year, store: StoreDep
) -> JSONAnswer:
    """Response rates overall, per kind of actor and per rocket against the 80 % / 65 %
    thresholds, and who has not answered (editors)."""
    return JSONAnswer(await run_store(request, survey_rates.wave_status, store, year))


@router.post("/{year}/links", summary="Issue links", response_model=LinkRows, responses=CHANGE)
def issue_links(
    principal: Editor, request: Request, year: Year, body: LinksRequest, store: StoreDep
) -> JSONAnswer:
    """New links for the respondents without a live one (or ``actors``, or everyone with
    ``reissue``), each with the respondent's contact, for a mail merge (editors). A link
    is shown only here, once; issuing a respondent a new one revokes the old."""
    base = request.app.state.settings.public_url
    rows = service.issue_links(
        store, year, base, author(request, principal), actors=body.actors, reissue=body.reissue
    )
    return JSONAnswer({"items": rows})


@router.delete("/{year}/links/{actor}", summary="Revoke a link", status_code=204, responses=CHANGE)
def revoke_link(
    principal: Editor, request: Request, year: Year, actor: str, store: StoreDep
) -> Response:
    """Stop a respondent's link from working (editors); their answers stay."""
    service.revoke_link(store, year, actor, author(request, principal))
    return Response(status_code=204)


@router.post("/{year}/close", summary="Close a wave", response_model=CloseReport, responses=CHANGE)
def close_wave(principal: Editor, request: Request, year: Year, store: StoreDep) -> JSONAnswer:
    """Close the wave (editors): links stop working and the answers are written into the
    history on its last day; the counts of ties, confirmed, ended and participations."""
    return JSONAnswer(survey_close.close_wave(store, year, author(request, principal)))


@router.get(
    "/{year}/review",
    summary="New names to review",
    response_model=ReviewItems,
    responses=EDITOR_READ,
)
async def review_queue(
    principal: Editor, request: Request, year: Year, store: StoreDep
) -> JSONAnswer:
    """The organisations respondents named in free entry, waiting ones first (editors)."""
    items = await run_store(request, survey_close.review_queue, store, year)
    return JSONAnswer({"items": items})


@router.post(
    "/{year}/review", summary="Decide a new name", response_model=ReviewDone, responses=CHANGE
)
def decide_review(
    principal: Editor, request: Request, year: Year, body: ReviewDecision, store: StoreDep
) -> JSONAnswer:
    """Decide what a free-entry name is (editors); a closed wave's ties with it are written."""
    data = survey_close.decide_review(
        store,
        year,
        body.name,
        author(request, principal),
        actor=body.actor,
        new_key=body.new_key,
        new_kind=body.new_kind,
    )
    return JSONAnswer(data)

"""``/api/v1/indicators``: vitality indicators, their yearly values and their progress."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query, Request, Response

from graphsvc.api.dependencies import ProgrammeStoreDep, StoreDep, author, run_store
from graphsvc.api.responses import JSONAnswer, created
from graphsvc.api.routes.common import CHANGE, DELETES, READ, creates
from graphsvc.api.schemas.common import PROTECTED, problem_responses
from graphsvc.api.schemas.indicators import (
    IndicatorCreate,
    IndicatorDetailPublic,
    IndicatorsProgressPublic,
    IndicatorsPublic,
    IndicatorUpdate,
    ValuePut,
)
from graphsvc.api.security import Editor, Viewer
from graphsvc.indicator_model import FIRST_YEAR, LAST_YEAR
from graphsvc.services import indicators as service

router = APIRouter(
    prefix="/api/v1/indicators", tags=["indicators"], default_response_class=JSONAnswer
)
LIST = problem_responses(*PROTECTED, 404, 422)  # 404: no such programme
Lang = Annotated[str, Query(pattern="^(fi|en)$", description="Language of names and sentences")]
YearQuery = Annotated[
    int | None,
    Query(ge=FIRST_YEAR, le=LAST_YEAR, description="The year followed (default: this year)"),
]
YearPath = Annotated[int, Path(ge=FIRST_YEAR, le=LAST_YEAR, description="The year of the value")]


@router.get("", summary="The vitality indicators", response_model=IndicatorsPublic, responses=LIST)
async def list_indicators(
    principal: Viewer, request: Request, store: ProgrammeStoreDep, lang: Lang = "fi"
) -> JSONAnswer:
    """Every indicator by key, with its baseline, target, owner and number of values."""
    return JSONAnswer(await run_store(request, service.list_indicators, store, lang))


@router.get(
    "/progress",
    summary="Progress of every indicator in a year",
    response_model=IndicatorsProgressPublic,
    responses=LIST,
)
async def indicators_progress(
    principal: Viewer,
    request: Request,
    store: ProgrammeStoreDep,
    year: YearQuery = None,
    lang: Lang = "fi",
) -> JSONAnswer:
    """Each indicator's latest value at or before ``year``, its progress from baseline to
    target, whether it is on track, its trend, and the network facts of the rocket (or the
    programme) it measures (as ``graphsvc indicators progress --json``)."""
    data = await run_store(request, service.indicator_progress_report, store, year, lang)
    return JSONAnswer(data)


_CREATES = creates("indicator")
_CREATES["responses"] = {**_CREATES["responses"], **problem_responses(404)}


@router.post("", summary="Create an indicator", response_model=IndicatorDetailPublic, **_CREATES)
def create_indicator(
    principal: Editor, request: Request, body: IndicatorCreate, store: StoreDep
) -> JSONAnswer:
    """Create an indicator (editors); 409 if the key exists, 404 if the owner is no actor."""
    data = service.create_indicator(
        store, body.model_dump(exclude_none=True, mode="json"), author(request, principal)
    )
    return created(data, router.prefix, body.key)


@router.get("/{key}", summary="One indicator", response_model=IndicatorDetailPublic, responses=READ)
async def get_indicator(
    principal: Viewer,
    request: Request,
    key: str,
    store: StoreDep,
    year: YearQuery = None,
    lang: Lang = "fi",
) -> JSONAnswer:
    """The indicator with all its yearly values and its progress in ``year``."""
    return JSONAnswer(await run_store(request, service.show_indicator, store, key, year, lang))


@router.patch(
    "/{key}", summary="Change an indicator", response_model=IndicatorDetailPublic, responses=CHANGE
)
def update_indicator(
    principal: Editor, request: Request, key: str, body: IndicatorUpdate, store: StoreDep
) -> JSONAnswer:
    """Change the fields sent (editors); ``null`` empties an optional field."""
    changes = body.model_dump(exclude_unset=True, mode="json")
    return JSONAnswer(service.update_indicator(store, key, changes, author(request, principal)))


@router.delete("/{key}", summary="Delete an indicator", **DELETES)
def delete_indicator(principal: Editor, request: Request, key: str, store: StoreDep) -> Response:
    """Delete an indicator and all its values (editors)."""
    service.delete_indicator(store, key, author(request, principal))
    return Response(status_code=204)


@router.put(
    "/{key}/values/{year}",
    summary="Set the value of a year",
    response_model=IndicatorDetailPublic,
    responses=CHANGE,
)
def put_value(
    principal: Editor,
    request: Request,
    key: str,
    year: YearPath,
    body: ValuePut,
    store: StoreDep,
) -> JSONAnswer:
    """Record (or correct) the indicator's value in ``year`` (editors)."""
    data = body.model_dump(exclude_none=True, mode="json")
    return JSONAnswer(service.put_value(store, key, year, data, author(request, principal)))


@router.delete("/{key}/values/{year}", summary="Delete the value of a year", **DELETES)
def delete_value(
    principal: Editor, request: Request, key: str, year: YearPath, store: StoreDep
) -> Response:
    """Delete the indicator's value in ``year`` (editors); 404 when there is none."""
    service.delete_value(store, key, year, author(request, principal))
    return Response(status_code=204)

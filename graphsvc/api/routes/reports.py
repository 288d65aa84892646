"""``/api/v1/reports``: the council's annual follow-up report of a programme year."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Path, Query, Request, Response

from graphsvc.api.dependencies import ProgrammeParam, author
from graphsvc.api.file_jobs import report_file
from graphsvc.api.schemas.common import PROTECTED, problem_responses
from graphsvc.api.security import Viewer
from graphsvc.indicator_model import FIRST_YEAR, LAST_YEAR
from graphsvc.services.annual_report import REPORT_FORMATS, check_report_year, report_file_name

router = APIRouter(prefix="/api/v1/reports", tags=["reports"])
#: The HTML report is styled in itself and draws its maps and charts inline; no scripts.
REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'"
REPORT_ANSWER = {
    "description": "The report: one self-contained HTML page, or an A4 PDF",
    "content": {"text/html": {}, "application/pdf": {}},
}


@router.get(
    "/{year}",
    summary="The annual follow-up report",
    response_class=Response,
    responses={200: REPORT_ANSWER, **problem_responses(*PROTECTED, 404, 422)},
)
async def annual_report(
    principal: Viewer,
    request: Request,
    year: Annotated[int, Path(ge=FIRST_YEAR, le=LAST_YEAR, description="The programme year")],
    format: Annotated[Literal["html", "pdf"], Query(description="html or pdf")] = "pdf",
    lang: Annotated[Literal["fi", "en"], Query(description="Language of the report")] = "fi",
    programme: ProgrammeParam = None,
) -> Response:
    """The follow-up report of ``year`` for the council, like ``graphsvc report``: the
    indicators' progress with trend charts, and per rocket the actions, the network's
    change, key actors, suggested introductions and a map. No contact data, for any
    role. Built in a work process of the file pool (503 with ``Retry-After`` when full)."""
    check_report_year(year)
    body = await report_file(request, year, lang, format, programme)
    author(request, principal).record("report", f"report:{year}", f"{format} {lang}")
    name = report_file_name(year, lang, format)
    disposition = "attachment" if format == "pdf" else "inline"
    headers = {"Content-Disposition": f'{disposition}; filename="{name}"'}
    if format == "html":
        headers["Content-Security-Policy"] = REPORT_CSP
    return Response(body, media_type=REPORT_FORMATS[format], headers=headers)

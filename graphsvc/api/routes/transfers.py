"""``POST /api/v1/imports`` (a workbook upload) and ``GET /api/v1/exports/{format}``.

Imports use the same validation and all-or-nothing load as ``graphsvc load``; exports the
same writers as ``graphsvc export``. Both are audited. The upload is read only after the
credential and the content type have been checked, and never beyond ``max_upload_bytes``.
"""

from __future__ import annotations

import re
import shutil
import tempfile
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi import Path as PathParam
from starlette.background import BackgroundTask
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.responses import FileResponse

from graphsvc.api.dependencies import AsOfParam, ProgrammeParam, StoreDep, author
from graphsvc.api.file_jobs import export_file
from graphsvc.api.responses import JSONAnswer
from graphsvc.api.schemas.answers import ImportReport
from graphsvc.api.schemas.common import PROTECTED, problem_responses
from graphsvc.api.security import Editor, Viewer
from graphsvc.dates import DAY_SHAPE, not_future, parse_day
from graphsvc.errors import GraphsvcError, NotFoundError, ValidationError
from graphsvc.loaders.files import SHEET_NAMES
from graphsvc.messages import said

router = APIRouter(
    prefix="/api/v1", tags=["imports and exports"], default_response_class=JSONAnswer
)
#: Files an upload may hold: one .xlsx, or the sheets of the workbook as CSV files.
CSV_SHEETS = SHEET_NAMES
_UNSUPPORTED = re.compile(r"[^A-Za-z0-9_.-]")
MEDIA_TYPES = {
    "csv": "application/zip",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "json": "application/json",
    "graphml": "application/graphml+xml",
    "gexf": "application/gexf+xml",
    "cypher": "text/plain; charset=utf-8",
}
#: The ``format`` path parameter: one of the formats ``graphsvc export`` offers.
FormatParam = Annotated[
    str, PathParam(description="The export format", json_schema_extra={"enum": list(MEDIA_TYPES)})
]
UPLOAD_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "required": ["file"],
                    "additionalProperties": False,
                    "properties": {
                        "file": {
                            "type": "array",
                            "minItems": 1,
                            "maxItems": len(CSV_SHEETS),
                            "items": {"type": "string", "format": "binary"},
                            "description": "One .xlsx, or CSV files named actors.csv, actions.csv, "
                            "participation.csv, rockets.csv, collaborations.csv",
                        }
                    },
                }
            }
        },
    }
}


class UnsupportedMediaError(GraphsvcError):
    """The request body is not of a content type this route takes."""

    status = 415
    title = "Unsupported media type"


#: Export formats whose files are text or JSON; the others are binary.
EXPORT_SCHEMAS = {"json": {"type": "object"}}
EXPORT_ANSWER = {
    "description": "The export file, as an attachment",
    "headers": {
        "Content-Disposition": {
            "description": "attachment; filename=…",
            "required": True,
            "schema": {"type": "string"},
        }
    },
    "content": {
        media.split(";")[0]: {
            "schema": EXPORT_SCHEMAS.get(fmt, {"type": "string", "format": "binary"})
        }
        for fmt, media in MEDIA_TYPES.items()
    },
}


def _upload_name(upload: UploadFile) -> str:
    name = Path(upload.filename or "").name.lower()
    stem, _, ext = name.rpartition(".")
    if ext == "xlsx" or (ext == "csv" and stem in CSV_SHEETS):
        return name
    raise UnsupportedMediaError(
        said(
            "errors.api.not_workbook_file",
            name=_UNSUPPORTED.sub("?", name)[:80],
            names=", ".join(s + ".csv" for s in CSV_SHEETS),
        )
    )


async def _save_uploads(request: Request, folder: Path) -> Path:
    """Write the uploaded files to ``folder``; returns the path to import (file or folder)."""
    form = await request.form(max_files=len(CSV_SHEETS), max_fields=5)
    uploads = [v for v in form.getlist("file") if isinstance(v, UploadFile)]
    if not uploads:
        raise ValidationError(said("errors.api.no_workbook"))
    names = []
    for upload in uploads:
        name = _upload_name(upload)
        with (folder / name).open("wb") as out:
            await run_in_threadpool(shutil.copyfileobj, upload.file, out)
        names.append(name)
    if any(n.endswith(".xlsx") for n in names):
        if len(names) > 1:
            raise ValidationError(said("errors.api.one_xlsx"))
        return folder / names[0]
    return folder


@router.post(
    "/imports",
    summary="Import a workbook",
    openapi_extra=UPLOAD_BODY,
    response_model=ImportReport,
    responses=problem_responses(*PROTECTED, 400, 403, 413, 415, 422),
)
async def import_workbook(
    principal: Editor,
    request: Request,
    store: StoreDep,
    dry_run: bool = False,
    as_of: Annotated[
        str | None,
        Query(
            max_length=10,
            description="The workbook is the network as it stood then (YYYY-MM-DD or YYYY, "
            "not in the future): new items begin then, unlisted ones end then",
            json_schema_extra=DAY_SHAPE,
        ),
    ] = None,
) -> JSONAnswer:
    """Load a workbook all or nothing, like ``graphsvc load`` (editors).

    A rejected workbook answers 422 with ``errors``: one entry per problem, naming the
    file, row and column. ``dry_run=true`` checks without writing; ``as_of`` loads a
    yearly round (like ``graphsvc load --as-of``).
    """
    day = None if as_of is None else not_future(parse_day(as_of))
    from graphsvc.services import workbook

    content_type = request.headers.get("content-type", "")
    if not content_type.startswith("multipart/form-data"):
        raise UnsupportedMediaError(
            said(
                "errors.api.not_multipart",
                sent=content_type[:60] or said("errors.api.no_content_type"),
            )
        )
    by = author(request, principal)
    with tempfile.TemporaryDirectory(prefix="graphsvc-upload-") as tmp:
        try:
            path = await _save_uploads(request, Path(tmp))
        except GraphsvcError as e:
            by.record("import", "workbook", f"rejected: {type(e).__name__}")
            raise
        report = await run_in_threadpool(
            workbook.import_workbook,
            store,
            path,
            dry_run=dry_run,
            settings=request.app.state.settings,
            by=by,
            as_of=day,
        )
    return JSONAnswer(report)


@router.get(
    "/exports/{format}",
    summary="Export the graph",
    response_class=FileResponse,
    responses={200: EXPORT_ANSWER, **problem_responses(*PROTECTED, 404, 422)},
)
async def export_graph(
    principal: Viewer,
    request: Request,
    format: FormatParam,
    as_of: AsOfParam = None,
    programme: ProgrammeParam = None,
) -> FileResponse:
    """The graph as csv (a zip), xlsx, json, graphml, gexf or cypher, like ``graphsvc export``;
    with ``as_of``, as it stood then (it loads back to that state).

    Contact fields are included for editors and admins only; spreadsheet formulas are
    neutralised. Every export is audited. Exports are written in a work process of their
    own pool: 503 with ``Retry-After`` when it is full or the export is over its budget.
    """
    fmt = format
    if fmt not in MEDIA_TYPES:
        raise NotFoundError(
            said("errors.api.export_format", fmt=fmt, allowed=", ".join(MEDIA_TYPES))
        )
    day = None if as_of is None else parse_day(as_of)
    tmp = Path(tempfile.mkdtemp(prefix="graphsvc-export-"))
    try:
        path = await export_file(request, fmt, tmp, principal.sees_contacts, day, programme)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    from graphsvc.services import workbook

    workbook.record_export(author(request, principal), fmt, principal.sees_contacts)
    return FileResponse(
        path,
        media_type=MEDIA_TYPES[fmt],
        filename=Path(path).name,
        background=BackgroundTask(shutil.rmtree, tmp, ignore_errors=True),
    )

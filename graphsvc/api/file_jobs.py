"""Exports and map pages for the API: built in their own bounded pool of work processes.

Writing a 100x workbook or laying out a map is CPU-bound; in the serving interpreter it
would hold up sign-in and writes. These jobs run in a
:class:`~graphsvc.api.workpool.WorkPool` of their own (``GRAPHSVC_FILE_PROCESSES``
processes, ``GRAPHSVC_FILE_QUEUE`` waiting jobs, each stopped after
``GRAPHSVC_FILE_BUDGET_SECONDS``), apart from the analyses, so neither starves the other.
Map pages are cached per selection and graph version; exports are never shared.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request

from graphsvc.api.pools import work_pool
from graphsvc.api.workpool import WorkPool
from graphsvc.messages import said
from graphsvc.settings import Settings
from graphsvc.stores.base import GraphStore


def file_pool(store: GraphStore, settings: Settings) -> WorkPool:
    """The pool of one API worker for exports and map builds."""
    return work_pool("files", store, settings)


async def export_file(
    request: Request,
    fmt: str,
    folder: Path,
    include_contacts: bool,
    as_of: str | None = None,
    programme: str | None = None,
) -> Path:
    """Export the graph (of ``programme``, as of ``as_of``) into ``folder`` in a work
    process; the file written (see :func:`graphsvc.services.workbook.export_to_file`)."""
    params = {
        "fmt": fmt,
        "folder": folder,
        "include_contacts": include_contacts,
        "as_of": as_of,
        "programme": programme,
    }
    path: Path = await request.app.state.files.run(
        "graphsvc.services.workbook:export_to_file",
        params,
        request=request,
        what=said("errors.api.job.export", fmt=fmt),
    )
    return path


async def map_page(request: Request, selection: dict[str, Any]) -> str:
    """The map page of ``selection`` built in a work process (see
    :func:`graphsvc.services.maps.build_map`), cached per graph version."""
    store: GraphStore = request.app.state.store
    version = await run_in_threadpool(store.version)
    html: str = await request.app.state.files.run(
        "graphsvc.services.maps:build_map",
        selection,
        key=("map", version, tuple(sorted(selection.items()))),
        request=request,
        what=said("errors.api.job.map"),
    )
    return html


async def report_file(
    request: Request, year: int, lang: str, fmt: str, programme: str | None = None
) -> bytes:
    """The annual report of ``year`` (of ``programme``) as HTML or PDF bytes, built in a
    work process (see :func:`graphsvc.services.annual_report.annual_report`), cached per
    graph version."""
    store: GraphStore = request.app.state.store
    version = await run_in_threadpool(store.version)
    params = {"year": year, "lang": lang, "fmt": fmt, "programme": programme}
    report: bytes = await request.app.state.files.run(
        "graphsvc.services.annual_report:annual_report",
        params,
        key=("report", version, year, lang, fmt, programme),
        request=request,
        what=said("errors.api.job.report", year=f"{year}"),
    )
    return report

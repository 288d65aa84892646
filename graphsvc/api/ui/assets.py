"""The UI's own static files (stylesheet, script, icon), served from the package, allow-listed."""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter
from fastapi.responses import Response

from graphsvc.api.ui.pages import security_headers
from graphsvc.errors import NotFoundError

router = APIRouter(include_in_schema=False)
STATIC = Path(__file__).parent / "static"
#: The only files served, with their media types.
FILES = {
    "ui.css": "text/css; charset=utf-8",
    "ui.js": "text/javascript; charset=utf-8",
    "survey.js": "text/javascript; charset=utf-8",
    "favicon.svg": "image/svg+xml",
}


@router.get("/static/ui/{name}")
def static_file(name: str) -> Response:
    """One of the UI's static files (404 for anything not on the list)."""
    media_type = FILES.get(name)
    if media_type is None:
        raise NotFoundError(f"no static file {name!r}")
    headers = security_headers()
    headers["Cache-Control"] = "public, max-age=3600"
    return Response((STATIC / name).read_bytes(), media_type=media_type, headers=headers)

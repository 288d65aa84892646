"""``/docs``: Swagger UI from bundled assets (no CDN), and the OpenAPI security schemes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import FastAPI
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.openapi.utils import get_openapi
from fastapi.staticfiles import StaticFiles
from starlette.responses import HTMLResponse

from graphsvc.api.schemas.common import Problem

DOCS_CSP = (
    "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; frame-ancestors 'none'"
)
ASSETS_URL = "/docs/assets"


def _assets_dir() -> Path | None:
    try:
        import fastapi_offline
    except ImportError:
        return None
    folder = Path(fastapi_offline.__file__).parent / "static"
    return folder if (folder / "swagger-ui-bundle.js").exists() else None


def limit_page_sizes(schema: dict[str, Any], largest: int) -> None:
    """Cap every ``limit`` query parameter of ``schema`` at this app's ``max_page_size``."""
    for operations in schema.get("paths", {}).values():
        for operation in operations.values():
            for param in operation.get("parameters", ()):
                bounds = param.get("schema", {})
                if param["name"] == "limit" and bounds.get("maximum", 0) > largest:
                    bounds["maximum"] = largest


def install_docs(app: FastAPI) -> None:
    """Serve the Swagger UI at ``/docs`` from local files and describe the auth schemes."""
    assets = _assets_dir()
    if assets is not None:
        app.mount(ASSETS_URL, StaticFiles(directory=assets), name="docs-assets")

    @app.get("/docs", include_in_schema=False)
    async def swagger_ui() -> HTMLResponse:
        if assets is None:
            html = "<p>Swagger UI assets are not installed; the schema is at /openapi.json.</p>"
            return HTMLResponse(html, headers={"Content-Security-Policy": DOCS_CSP})
        page = get_swagger_ui_html(
            openapi_url="/openapi.json",
            title=f"{app.title} — API",
            swagger_js_url=f"{ASSETS_URL}/swagger-ui-bundle.js",
            swagger_css_url=f"{ASSETS_URL}/swagger-ui.css",
            swagger_favicon_url=f"{ASSETS_URL}/favicon.png",
        )
        return HTMLResponse(page.body, headers={"Content-Security-Policy": DOCS_CSP})

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = get_openapi(
                title=app.title,
                version=app.version,
                description=app.description,
                routes=app.routes,
                tags=app.openapi_tags,
            )
            components = schema.setdefault("components", {})
            components.setdefault("schemas", {})["Problem"] = Problem.model_json_schema()
            components["securitySchemes"] = {
                "apiKey": {
                    "type": "http",
                    "scheme": "bearer",
                    "description": "graphsvc keys create",
                },
                "session": {"type": "apiKey", "in": "cookie", "name": "graphsvc_session"},
            }
            schema["security"] = [{"apiKey": []}, {"session": []}]
            limit_page_sizes(schema, app.state.settings.max_page_size)
            app.openapi_schema = schema
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]

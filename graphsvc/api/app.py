"""The FastAPI app factory: settings, store, accounts, middleware, error handling, routes."""

from __future__ import annotations

import gc
import logging
import os
import secrets
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from urllib.parse import urlparse

from fastapi import FastAPI

from graphsvc import __version__
from graphsvc.accounts import open_accounts
from graphsvc.api.docs import install_docs
from graphsvc.api.limits import BodyLimitMiddleware, RateLimitMiddleware, SeenSessions
from graphsvc.api.middleware import HiddenSurveyLinks, MetricsMiddleware, RequestIdMiddleware
from graphsvc.api.problems import install_problem_handlers
from graphsvc.api.routes import actions, actors, admin, auth, health, metrics, rockets, search
from graphsvc.api.security import KeyCache
from graphsvc.errors import StoreUnavailableError
from graphsvc.metrics import forget_process
from graphsvc.settings import Settings, get_settings
from graphsvc.stores.base import GraphStore

log = logging.getLogger("graphsvc.api")
#: Threads running store calls, per store kind: SQLite work is CPU-bound (a few threads
#: beat many under the GIL); Neo4j calls mostly wait on the network.
STORE_THREADS = {"sqlite": 4}
DESCRIPTION = """Who runs which action of the *Elinvoiman kasvu* programme, which actions an
actor runs, who fuels each rocket, and the network analyses as data.

Programs send `Authorization: Bearer <API key>` (`graphsvc keys create --role viewer`);
people sign in at `/auth/login`. Viewers read, editors write, admins manage keys, users,
erasure and the audit log. Contact fields (`contact_*`) reach editors and admins only.
Errors are `application/problem+json` with a `request_id`."""


def open_store_with_retries(settings: Settings) -> GraphStore:
    """Open the configured store, retrying for up to ``connect_timeout`` seconds."""
    from graphsvc.stores import open_store

    deadline = time.monotonic() + settings.connect_timeout
    delay = 0.2
    while True:
        try:
            return open_store(settings.store, settings)
        except StoreUnavailableError as e:
            if time.monotonic() + delay > deadline:
                raise
            log.warning("store not reachable yet (%s); retrying in %.1f s", e, delay)
            time.sleep(delay)
            delay = min(delay * 2, 3.0)


def create_app(settings: Settings | None = None, store: GraphStore | None = None) -> FastAPI:
    """The graphsvc web app on ``store`` (default: open the configured one, with retries).

    The web UI (its own routers) is added on top of this app; it shares sign-in,
    problems and limits. A store passed in stays owned by the caller.
    """
    settings = settings or get_settings()
    owned = store is None
    store = store or open_store_with_retries(settings)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        import anyio.to_thread

        threads = STORE_THREADS.get(app.state.store_kind, 32)
        anyio.to_thread.current_default_thread_limiter().total_tokens = threads
        yield
        app.state.analysis.shutdown()
        app.state.files.shutdown()
        app.state.accounts.close()
        if owned:
            store.close()
        forget_process(os.getpid())  # this worker's live gauges end with it

    app = FastAPI(
        title="graphsvc",
        version=__version__,
        description=DESCRIPTION,
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
    )
    from graphsvc.api.analysis_runner import AnalysisRunner
    from graphsvc.api.file_jobs import file_pool

    app.state.settings = settings
    app.state.store = store
    app.state.store_kind = urlparse(store.url).scheme or "unknown"
    app.state.inline_reads = app.state.store_kind == "sqlite"
    app.state.accounts = open_accounts(store)
    app.state.key_cache = KeyCache()
    app.state.seen_sessions = SeenSessions()
    app.state.analysis = AnalysisRunner(store, settings, inline_version=app.state.inline_reads)
    app.state.files = file_pool(store, settings)

    secret = settings.session_secret.get_secret_value() if settings.session_secret else None
    if secret is None:
        log.warning(
            "GRAPHSVC_SESSION_SECRET is not set: sign-in forms of other processes are refused"
        )
    app.state.session_secret = secret or secrets.token_urlsafe(32)  # signs sign-in forms
    app.add_middleware(
        BodyLimitMiddleware,
        max_body_bytes=settings.max_body_bytes,
        max_upload_bytes=settings.max_upload_bytes,
    )
    app.add_middleware(
        RateLimitMiddleware,
        per_minute=settings.rate_limit_per_minute,
        seen=app.state.seen_sessions,
        per_link=settings.survey_saves_per_minute,
    )
    app.add_middleware(RequestIdMiddleware)
    app.add_middleware(MetricsMiddleware)
    install_problem_handlers(app)
    from graphsvc.api.routes import (
        analysis,
        gaps,
        indicators,
        presentations,
        reports,
        surveys,
        transfers,
    )

    routers = (health, auth, actors, actions, rockets, indicators, reports, search, analysis, gaps)
    for module in (*routers, presentations, surveys, transfers, admin, metrics):
        app.include_router(module.router)
    from graphsvc.api.ui import ui_router

    app.include_router(ui_router)
    install_docs(app)
    return app


def create_served_app() -> FastAPI:
    """create_app for the workers of ``graphsvc serve``, with start-up objects frozen.

    Freezing moves the objects alive after start-up (libraries, routes, schemas) out of
    the garbage collector's full scans, which otherwise pause a worker for tens of
    milliseconds under load. Tests build many apps in one process and use create_app.
    """
    app = create_app()
    logging.getLogger("uvicorn.access").addFilter(HiddenSurveyLinks())
    gc.collect()
    gc.freeze()
    return app

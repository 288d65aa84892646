"""The peer of bench/api_wrk: the raw who-runs service call behind one bare Starlette route.

No authentication, middleware, validation or routing table: what serving the store call over
HTTP costs at the least, under the same uvicorn settings as ``graphsvc serve``. The ratio of
its throughput to graphsvc's who-runs route is the API layer's overhead.

    uvicorn --app-dir bench peer_app:create_peer_app --factory  (GRAPHSVC_STORE set)
"""

from __future__ import annotations

import json
import os

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from graphsvc.services import queries
from graphsvc.stores import open_store


def create_peer_app() -> Starlette:
    """A Starlette app answering ``GET /who-runs/{key}`` straight from the store."""
    store = open_store(os.environ["GRAPHSVC_STORE"])

    async def who_runs(request: Request) -> Response:
        data = queries.who_runs(store, request.path_params["key"], include_contacts=False)
        body = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()
        return Response(body, media_type="application/json")

    return Starlette(routes=[Route("/who-runs/{key}", who_runs)])

"""Analyses for the API: in a work process, bounded, shared, within a time budget.

The serving interpreter never runs an analysis: :class:`AnalysisRunner` hands it to a
:class:`~graphsvc.api.workpool.WorkPool` (``GRAPHSVC_ANALYSIS_PROCESSES`` processes,
``GRAPHSVC_ANALYSIS_QUEUE`` waiting jobs; more answer 503 with ``Retry-After``). Results
are cached per graph version; identical requests in flight share one computation. A
request over ``GRAPHSVC_ANALYSIS_BUDGET_SECONDS`` gets 503; its computation goes on
(and lands in the cache) only while no other analysis waits for the process, and never
beyond ``GRAPHSVC_ANALYSIS_LIMIT_SECONDS``. A request whose client went away stops
waiting at once: its job is dropped if it has not started.
"""

from __future__ import annotations

from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request

from graphsvc.api.pools import work_pool
from graphsvc.api.responses import encode_json
from graphsvc.messages import said
from graphsvc.settings import Settings
from graphsvc.stores.base import GraphStore


def compute_json(store: GraphStore, kind: str, params: dict[str, Any]) -> bytes:
    """One analysis through the shared service (the same as ``graphsvc analyze``), encoded
    as the API's JSON (what a work process sends back)."""
    from graphsvc.services.analysis import run_analysis

    return encode_json(run_analysis(store, kind, read_only=True, **params))


class AnalysisRunner:
    """Runs the analyses of one API worker in its work processes, cached per graph version."""

    def __init__(self, store: GraphStore, settings: Settings, *, inline_version: bool) -> None:
        self.store = store
        self.inline_version = inline_version
        self.pool = work_pool("analysis", store, settings)

    async def run(
        self,
        kind: str,
        params: dict[str, Any],
        *,
        request: Request | None = None,
    ) -> bytes:
        """The analysis result as JSON, from cache when the graph has not changed since.

        Raises PoolBusyError, BudgetExceededError or WorkStoppedError (all 503), and the
        analysis's own errors (404 for an unknown rocket, 422 for a bad parameter).
        """
        if self.inline_version:
            version = self.store.version()
        else:
            version = await run_in_threadpool(self.store.version)
        key = (self.store.url, version, kind, tuple(sorted(params.items())))
        body: bytes = await self.pool.run(
            "graphsvc.api.analysis_runner:compute_json",
            {"kind": kind, "params": params},
            key=key,
            request=request,
            what=said("errors.api.job.analysis", kind=kind),
        )
        return body

    def shutdown(self) -> None:
        """Stop the work processes (a later request starts new ones)."""
        self.pool.shutdown()

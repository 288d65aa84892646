"""Analyses for the API: in a worker thread, within a time budget, cached per graph version.

The event loop never runs an analysis: it awaits a future with a deadline. A request
over budget gets 503 while the computation finishes in the background and lands in
the cache, so asking again later is answered at once. Identical requests in flight
share one computation.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import threading
from collections import OrderedDict
from collections.abc import Hashable
from typing import Any

from starlette.concurrency import run_in_threadpool

from graphsvc.api.responses import encode_json
from graphsvc.errors import BudgetExceededError
from graphsvc.model import CONTACT_FIELDS
from graphsvc.stores.base import GraphStore

CACHE_ENTRIES = 64


def scrub_contacts(value: Any) -> Any:
    """``value`` with every ``contact_*`` member removed from every mapping, at any depth."""
    if isinstance(value, dict):
        return {k: scrub_contacts(v) for k, v in value.items() if k not in CONTACT_FIELDS}
    if isinstance(value, list | tuple):
        return [scrub_contacts(v) for v in value]
    return value


def compute(store: GraphStore, kind: str, params: dict[str, Any], include_contacts: bool) -> Any:
    """Run one analysis through the shared service (the same as ``graphsvc analyze``)."""
    from graphsvc.services.analysis import run_analysis

    result = run_analysis(store, kind, include_contacts=include_contacts, **params)
    return result if include_contacts else scrub_contacts(result)


class AnalysisRunner:
    """Runs analyses one at a time per worker, with a budget, a version-keyed cache and dedup."""

    def __init__(
        self, store: GraphStore, *, budget: float, threads: int = 1, inline_version: bool = False
    ) -> None:
        self.store = store
        self.budget = budget
        self.inline_version = inline_version
        self.threads = threads
        self._executor: concurrent.futures.ThreadPoolExecutor | None = None
        self._lock = threading.Lock()
        self._cache: OrderedDict[Hashable, bytes] = OrderedDict()
        self._inflight: dict[Hashable, concurrent.futures.Future[bytes]] = {}

    def _job(self, key: Hashable, kind: str, params: dict[str, Any], contacts: bool) -> bytes:
        try:
            result = encode_json(compute(self.store, kind, params, contacts))
        finally:
            with self._lock:
                self._inflight.pop(key, None)
        with self._lock:
            self._cache[key] = result
            self._cache.move_to_end(key)
            while len(self._cache) > CACHE_ENTRIES:
                self._cache.popitem(last=False)
        return result

    async def run(self, kind: str, params: dict[str, Any], *, include_contacts: bool) -> bytes:
        """The analysis result as JSON, from cache when the graph has not changed since."""
        if self.inline_version:
            version = self.store.version()
        else:
            version = await run_in_threadpool(self.store.version)
        key = (kind, tuple(sorted(params.items())), version, include_contacts)
        with self._lock:
            if key in self._cache:
                self._cache.move_to_end(key)
                return self._cache[key]
            future = self._inflight.get(key)
            if future is None:
                if self._executor is None:
                    self._executor = concurrent.futures.ThreadPoolExecutor(
                        self.threads, "graphsvc-analysis"
                    )
                future = self._executor.submit(self._job, key, kind, params, include_contacts)
                self._inflight[key] = future
        try:
            return await asyncio.wait_for(asyncio.shield(asyncio.wrap_future(future)), self.budget)
        except TimeoutError:
            raise BudgetExceededError(
                f"analysis {kind!r} takes longer than its budget of {self.budget:g} s; "
                "it goes on in the background: ask again in a while for the cached answer"
            ) from None

    def shutdown(self) -> None:
        """Stop the analysis thread (a later request starts a new one); running work is dropped."""
        with self._lock:
            executor, self._executor = self._executor, None
            self._inflight.clear()
        if executor is not None:
            executor.shutdown(wait=False, cancel_futures=True)

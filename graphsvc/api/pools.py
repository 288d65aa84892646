"""The two work pools of an API worker, sized and timed by the settings in one place.

``analysis`` runs the analyses (:mod:`graphsvc.api.analysis_runner`); ``files`` builds
exports and map pages (:mod:`graphsvc.api.file_jobs`), apart, so neither starves the other.
"""

from __future__ import annotations

from graphsvc.api.workpool import WorkPool
from graphsvc.settings import Settings
from graphsvc.stores.base import GraphStore

#: Finished answers each pool keeps (analyses per graph version; map pages per selection).
CACHE_ENTRIES = {"analysis": 64, "files": 16}


def work_pool(name: str, store: GraphStore, settings: Settings) -> WorkPool:
    """The pool ``name`` (``analysis`` or ``files``) of one API worker."""
    s = settings
    sizes = {
        "analysis": (
            s.analysis_processes,
            s.analysis_queue,
            s.analysis_budget_seconds,
            s.analysis_limit_seconds,
        ),
        "files": (s.file_processes, s.file_queue, s.file_budget_seconds, s.file_budget_seconds),
    }
    processes, queue, budget, limit = sizes[name]
    return WorkPool(
        name,
        store.url,
        settings,
        processes=processes,
        queue=queue,
        budget=budget,
        limit=limit,
        cache_entries=CACHE_ENTRIES[name],
    )

"""The loop of one work process: open the store from its URL, then run jobs sent over a pipe.

A job is ``(function path, keyword arguments)``; the function is called as
``f(store, **kwargs)``, the store cut to the programme of a ``programme`` argument. The
answer is ``("ok", result)``, ``("error", GraphsvcError)`` for the errors graphsvc raises
on purpose, or ``("failed", class name)`` for anything else (the traceback goes to this
process's log, never to the client).
"""

from __future__ import annotations

import importlib
import logging
import os
import pickle
from multiprocessing.connection import Connection
from typing import Any

from graphsvc.errors import GraphsvcError
from graphsvc.settings import Settings
from graphsvc.stores.base import GraphStore

log = logging.getLogger("graphsvc.pool")
#: Work processes yield the CPU to the serving process (health checks, sign-in, writes).
NICENESS = 10


def call(path: str, store: GraphStore, kwargs: dict[str, Any]) -> Any:
    """Call the function named ``module:name`` with the store and ``kwargs`` (the store cut
    to ``kwargs["programme"]`` when given)."""
    module, _, name = path.partition(":")
    if kwargs.get("programme") is not None:
        from graphsvc.services.programme_scope import store_in

        kwargs = dict(kwargs)
        store = store_in(store, kwargs.pop("programme"))
    kwargs.pop("programme", None)
    return getattr(importlib.import_module(module), name)(store, **kwargs)


def serve_jobs(conn: Connection, store_url: str, settings: Settings) -> None:
    """Answer jobs from ``conn`` until the parent closes it (the process's target).

    The process lowers its own scheduling priority first, so on a busy machine the
    serving process gets the CPU before any analysis, export or map build.
    """
    from graphsvc.stores import open_store

    os.nice(NICENESS)
    store: GraphStore | None = None
    try:
        while True:
            try:
                path, kwargs = conn.recv()
            except (EOFError, OSError):
                return
            try:
                if store is None:
                    store = open_store(store_url, settings)
                answer: tuple[Any, ...] = ("ok", call(path, store, kwargs))
            except GraphsvcError as e:
                answer = ("error", e)
            except Exception as e:
                log.exception("job %s failed", path)
                answer = ("failed", type(e).__name__)
            try:
                _send(conn, answer)
            except (BrokenPipeError, OSError):
                return
    finally:
        if store is not None:
            store.close()


def _send(conn: Connection, answer: tuple[Any, ...]) -> None:
    """Send ``answer``; an error that cannot be pickled travels as its class name."""
    try:
        conn.send(answer)
    except (pickle.PicklingError, TypeError, AttributeError):
        conn.send(("failed", type(answer[1]).__name__))

"""Jobs for the work-pool tests, run in the pool's processes as ``f(store, **kwargs)``."""

from __future__ import annotations

import os
import time
from pathlib import Path

from graphsvc.errors import NotFoundError
from graphsvc.stores.base import GraphStore


def record(store: GraphStore, path: str, tag: str, seconds: float = 0.0) -> tuple[str, int]:
    """Append ``tag`` to the file at ``path`` when the job starts, sleep, return (tag, pid)."""
    with Path(path).open("a", encoding="utf-8") as log:
        log.write(tag + "\n")
    time.sleep(seconds)
    return tag, os.getpid()


def refuse(store: GraphStore, key: str) -> None:
    """Raise the not-found error a real job raises for an unknown key."""
    raise NotFoundError(f"no actor {key!r}")

"""Runs the ``graphsvc`` command in a subprocess against a SQLite store, as a user would."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from graphsvc.stores.base import GraphStore
from graphsvc.stores.sqlite_store import SQLiteStore


def graphsvc(
    *args: str, url: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run ``python -m graphsvc --store URL ARGS`` (with ``env`` if given); output as text."""
    return subprocess.run(
        [sys.executable, "-m", "graphsvc", "--store", url, *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )


def loaded_sqlite(path: Path, load: Callable[[GraphStore], None]) -> str:
    """The URL of a new SQLite store at ``path``: schema made, ``load`` run, then closed."""
    url = f"sqlite:///{path}"
    store = SQLiteStore(url)
    store.ensure_schema()
    load(store)
    store.close()
    return url

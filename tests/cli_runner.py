"""Runs the ``graphsvc`` command in a subprocess against a SQLite store, as a user would."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import click

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


def commands_of(group: click.Group) -> dict[str, click.Command]:
    """The sub-commands of ``group`` by name, found as ``graphsvc --help`` finds them: through
    click's ``list_commands`` and ``get_command``, so a lazily loaded command is loaded
    (``group.commands`` holds only those loaded so far)."""
    ctx = click.Context(group)
    found = {name: group.get_command(ctx, name) for name in group.list_commands(ctx)}
    missing = sorted(name for name, command in found.items() if command is None)
    assert not missing, f"listed but not found: {missing}"
    return {name: command for name, command in found.items() if command is not None}

"""Root pytest hooks: conftest files are fixtures, not doctest modules."""

from __future__ import annotations

from pathlib import Path


def pytest_ignore_collect(collection_path: Path) -> bool | None:
    """Skip conftest.py files when collecting doctests (their names clash across folders)."""
    return True if collection_path.name == "conftest.py" else None

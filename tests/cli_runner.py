"""Runs the ``graphsvc`` command in a subprocess against a store URL, as a user would."""

from __future__ import annotations

import subprocess
import sys


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

"""The ``graphsvc`` command: one module per area registers its commands on ``main``, imported
when one of them runs (``graphsvc.cli.app.COMMAND_MODULES``)."""

from graphsvc.cli import app
from graphsvc.cli.app import main

__all__ = ["main", "run"]


def run() -> None:
    """The ``graphsvc`` program: one command in a process of its own (tests call ``main``
    inside theirs)."""
    app.OWN_PROCESS = True
    main()

"""The ``graphsvc`` command: one module per area registers its commands on ``main``, imported
when one of them runs (``graphsvc.cli.app.COMMAND_MODULES``)."""

from graphsvc.cli.app import main

__all__ = ["main"]

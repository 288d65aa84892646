"""The ``graphsvc`` command: one module per area registers its commands on ``main``."""

from graphsvc.cli import access, analyze, audit, backup, maps, queries, serve, workbook  # noqa: F401
from graphsvc.cli.app import main

__all__ = ["main"]

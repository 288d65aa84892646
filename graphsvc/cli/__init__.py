"""The ``graphsvc`` command: one module per area registers its commands on ``main``."""

from graphsvc.cli import (  # noqa: F401
    access,
    analyze,
    audit,
    backup,
    gaps,
    indicators,
    maps,
    queries,
    report,
    serve,
    workbook,
)
from graphsvc.cli.app import main

__all__ = ["main"]

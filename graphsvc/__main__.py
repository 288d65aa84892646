"""Run the graphsvc command with ``python -m graphsvc``."""

from graphsvc.cli import run

run()

"""Run the graphsvc command with ``python -m graphsvc``."""

from graphsvc.cli import main

main()

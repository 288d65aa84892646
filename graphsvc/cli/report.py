"""``graphsvc report``: the council's annual follow-up report as HTML or PDF."""

from __future__ import annotations

from pathlib import Path

import click

from graphsvc.cli.app import main, programme_option, with_store
from graphsvc.cli.tables import echo
from graphsvc.cli.usage import Choice
from graphsvc.errors import ValidationError
from graphsvc.messages import said, text
from graphsvc.services.annual_report import REPORT_FORMATS, annual_report, report_file_name
from graphsvc.stores.base import GraphStore


@main.command("report")
@click.option("--year", type=int, required=True, help="The programme year reported.")
@click.option(
    "--lang", type=Choice(["fi", "en"]), default="fi", show_default=True,
    help="Language of the report.",
)  # fmt: skip
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    help="FILE.pdf or FILE.html (default: vuosiraportti-YEAR.pdf, annual-report-YEAR.pdf).",
)
@programme_option
@with_store
def report(store: GraphStore, year: int, lang: str, output: Path | None) -> None:
    """Write the annual follow-up report of a year: indicators with progress and trend
    charts, and per rocket the actions, the network's change, key actors, suggested
    introductions and a map. Self-contained HTML, or a PDF typeset from it."""
    path = output or Path(report_file_name(year, lang, "pdf"))
    fmt = path.suffix.lower().lstrip(".")
    if fmt not in REPORT_FORMATS:
        suffix = path.suffix or said("cli.error.no_suffix")
        raise ValidationError(said("cli.error.report_suffix", name=path.name, suffix=suffix))
    body = annual_report(store, year, lang, fmt)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(body)
    echo(text("cli.report.wrote", lang, path=str(path), size=len(body), fmt=fmt, year=str(year)))

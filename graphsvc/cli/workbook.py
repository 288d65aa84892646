"""``load`` and ``export``: the programme workbook in and the graph out."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

import click

from graphsvc.cli.access import cli_author
from graphsvc.cli.app import (
    as_of_option,
    json_option,
    main,
    print_json,
    programme_option,
    with_store,
)
from graphsvc.cli.tables import current_lang, echo, print_table, say
from graphsvc.cli.usage import Choice
from graphsvc.cli.words import heads, in_lang, step_word
from graphsvc.errors import ValidationError
from graphsvc.loaders.stages import Progress
from graphsvc.messages import said, text
from graphsvc.services import workbook
from graphsvc.stores.base import GraphStore

#: Workbooks with more rows than this (judged by file size) get a progress bar on a terminal.
_PROGRESS_BYTES = 256 * 1024


def _size(path: Path) -> int:
    if path.is_dir():
        return sum(p.stat().st_size for p in path.iterdir() if p.is_file())
    return path.stat().st_size if path.exists() else 0


@contextmanager
def _progress(path: Path, enabled: bool) -> Iterator[Progress | None]:
    """A rich progress bar on stderr, only when stdout is a terminal and the file is large."""
    if not (enabled and sys.stdout.isatty() and _size(path) >= _PROGRESS_BYTES):
        yield None
        return
    from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    with Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        TimeElapsedColumn(),
        transient=True,
    ) as bar:
        lang = current_lang()
        task = bar.add_task(step_word("loading", lang), total=len(workbook.STAGES))

        def update(stage: str, done: int, total: int) -> None:
            bar.update(task, description=step_word(stage, lang), completed=done, total=total)

        yield update


_COUNTS = ("created", "updated", "unchanged", "deleted")


def _print_report(report: dict[str, Any]) -> None:
    lang = current_lang()
    dated = report.get("as_of") is not None
    names = ("begun", "changed", "unchanged", "ended") if dated else _COUNTS
    rows = [
        (
            text(f"cli.load.{what}", lang),
            report[f"{prefix}_created"],
            report[f"{prefix}_updated"],
            report[f"{prefix}_unchanged"],
            report[f"{prefix}_deleted"],
        )
        for what, prefix in (
            ("nodes", "nodes"),
            ("relationships", "edges"),
            ("indicators", "indicators"),
            ("values", "values"),
        )
        if what in ("nodes", "relationships") or any(report[f"{prefix}_{c}"] for c in _COUNTS)
    ]
    sheets = ", ".join(f"{name} {count}" for name, count in report["rows"].items())
    say(text("cli.load.rows_read", lang, source=report["source"], sheets=sheets))
    title = "cli.load.dry_run_title" if report["dry_run"] else "cli.load.loaded"
    print_table(
        text(title, lang, seconds=report["seconds"]),
        ["", *heads(names, lang)],
        rows,
        names=["", *names],
    )
    day = dt.date.fromisoformat(report["as_of"]) if dated else None
    if day:
        say(text("cli.load.as_of", lang, day=day))
    if report.get("later_changes"):
        say(text("cli.load.later_changes", lang, n=report["later_changes"], day=day))
    for note in report["notes"]:
        say(text("cli.load.note", lang, note=in_lang(note, lang)))
    if report["dry_run"]:
        say(text("cli.load.dry_run", lang))


@main.command("load", creates_store=True)
@click.argument("path", required=False, type=click.Path(path_type=Path))
@click.option("--dry-run", is_flag=True, help="Validate and report without writing.")
@click.option(
    "--demo",
    is_flag=True,
    help="Load the illustrative Kouvola data set: its yearly rounds 2021-2024, each as of "
    "31 December of its year.",
)
@click.option(
    "--as-of",
    "as_of",
    metavar="DATE",
    help="The workbook is the network as it stood then (YYYY-MM-DD, or YYYY for 31 December): "
    "new items begin then, items its sheets no longer list end then.",
)
@json_option
@with_store
def load(
    store: GraphStore,
    path: Path | None,
    dry_run: bool,
    demo: bool,
    as_of: str | None,
    as_json: bool,
) -> None:
    """Import a workbook: a folder of CSV files or one .xlsx, all or nothing.

    The sheets are actors, actions, participation and optional rockets and
    collaborations. Loading the same workbook twice changes nothing. A rejected
    workbook lists every problem with its file, row and column, and nothing is written.
    With --as-of the workbook describes one day (a yearly round): what is new begins
    then, what its sheets no longer list ends then, and changes recorded after that day
    stay as they were.
    """
    if demo == (path is not None):
        raise ValidationError(said("cli.error.path_or_demo"))
    if path is None:
        if as_of is not None:
            raise ValidationError(said("cli.error.demo_as_of"))
        with cli_author(store) as by:
            reports = workbook.import_demo(store, dry_run=dry_run, by=by)
        if as_json:
            print_json({"rounds": reports})
        for report in [] if as_json else reports:
            _print_report(report)
        return
    with _progress(path, not as_json) as progress, cli_author(store) as by:
        report = workbook.import_workbook(
            store, path, dry_run=dry_run, progress=progress, by=by, as_of=as_of
        )
    if as_json:
        print_json(report)
    else:
        _print_report(report)


@main.command("export")
@click.argument("fmt", metavar="FORMAT", type=Choice(list(workbook.EXPORT_FORMATS)))
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    help="File (a folder for csv) to write; '-' for stdout (json, cypher). "
    "Default: graphsvc-export.<format> in the working directory.",
)
@click.option("--include-contacts", is_flag=True, help="Include personal contact columns.")
@as_of_option
@programme_option
@json_option
@with_store
def export(
    store: GraphStore,
    fmt: str,
    output: Path | None,
    include_contacts: bool,
    as_of: str | None,
    as_json: bool,
) -> None:
    """Export the graph as csv (a workbook folder), xlsx, json, graphml, gexf or cypher.

    CSV and XLSX load back with ``graphsvc load`` to the same graph; cells that a
    spreadsheet would run as formulas are prefixed with a quote. Contact columns are
    left out unless --include-contacts.
    """
    to_stdout = output is not None and str(output) == "-"
    if to_stdout and fmt not in workbook.TEXT_FORMATS:
        raise ValidationError(said("cli.error.not_to_stdout", fmt=fmt))
    target: Path | IO[str] = (
        sys.stdout if to_stdout else output or workbook.default_export_path(fmt)
    )
    summary = workbook.export_graph(
        store, fmt, target, include_contacts=include_contacts, as_of=as_of
    )
    with cli_author(store) as by:
        workbook.record_export(by, fmt, include_contacts)
    if to_stdout:
        return
    if as_json:
        print_json(summary)
    else:
        done = "cli.out.export.wrote" if include_contacts else "cli.out.export.wrote_no_contacts"
        counts = {k: str(summary[k]) for k in ("nodes", "relationships")}
        echo(text(done, current_lang(), target=str(target), **counts))

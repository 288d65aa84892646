"""``graphsvc gaps``: the worklist's marks: mark a gap handled, reopen it, list the marks."""

from __future__ import annotations

import click

from graphsvc.cli.access import cli_author
from graphsvc.cli.app import json_option, main, print_json, with_store
from graphsvc.cli.tables import echo, print_table
from graphsvc.cli.usage import Choice
from graphsvc.messages import text
from graphsvc.services import gap_marks as service
from graphsvc.stores.base import GraphStore

lang_option = click.option(
    "--lang", type=Choice(["fi", "en"]), default="fi", show_default=True,
    help="Language of the answer.",
)  # fmt: skip


@main.group("gaps")
def gaps() -> None:
    """The gaps as a worklist: mark one handled (with a note), reopen it, list the marks.

    GAP_ID is the id that `graphsvc analyze gaps` shows (KIND-<12 hex digits>)."""


@gaps.command("handle")
@click.argument("gap_id")
@click.option("--note", default="", help="What was done or agreed (optional).")
@click.option("--rocket", help="The gap is one of this rocket's (analyze gaps --rocket R).")
@json_option
@lang_option
@with_store
def handle(
    store: GraphStore, gap_id: str, note: str, rocket: str | None, as_json: bool, lang: str
) -> None:
    """Mark the gap GAP_ID handled (a second mark replaces the first)."""
    with cli_author(store) as by:
        mark = service.mark_handled(store, gap_id, note, by, rocket)
    if as_json:
        print_json(mark)
        return
    echo(text("analysis.mark.handled", lang, gap=gap_id, by=mark["by"], at=mark["at"]))


@gaps.command("reopen")
@click.argument("gap_id")
@lang_option
@with_store
def reopen(store: GraphStore, gap_id: str, lang: str) -> None:
    """Reopen the gap GAP_ID: remove its handled mark."""
    with cli_author(store) as by:
        service.reopen(store, gap_id, by)
    echo(text("analysis.mark.reopened", lang, gap=gap_id))


@gaps.command("marks")
@json_option
@lang_option
@with_store
def marks(store: GraphStore, as_json: bool, lang: str) -> None:
    """Every gap marked handled: who marked it, when, and the note."""
    found = service.list_marks(store)
    if as_json:
        print_json({"items": found})
        return
    heads = [text(f"analysis.mark.col.{c}", lang) for c in ("gap", "by", "at", "note")]
    rows = [(m["gap_id"], m["by"], m["at"][:16].replace("T", " "), m["note"]) for m in found]
    print_table(text("analysis.mark.title", lang, n=len(rows)), heads, rows)

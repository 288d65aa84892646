"""``audit``: read the audit log and check its hash chain."""

from __future__ import annotations

import sys

import click

from graphsvc.accounts import open_accounts
from graphsvc.cli.app import columns_option, json_option, main, print_json, with_store
from graphsvc.cli.tables import current_lang, echo, print_table
from graphsvc.cli.words import heads
from graphsvc.messages import text
from graphsvc.messages.labels import label
from graphsvc.services import audit_log
from graphsvc.stores.base import GraphStore


@main.group()
def audit() -> None:
    """The append-only, hash-chained audit log (actors appear by key, erased ones by pseudonym)."""


@audit.command("list")
@click.option(
    "--limit",
    default=50,
    show_default=True,
    type=click.IntRange(1, 100_000),
    help="How many of the newest entries to show.",
)
@json_option
@columns_option
@with_store
def audit_list(store: GraphStore, limit: int, as_json: bool) -> None:
    """Show the newest audit entries: seq, time, who, role, action, object, outcome."""
    accounts = open_accounts(store)
    try:
        data = audit_log.entries_public(accounts, accounts.find_audit(limit=limit))
    finally:
        accounts.close()
    if as_json:
        print_json(data)
        return
    lang = current_lang()
    fields = ("seq", "at", "who", "role", "action", "object", "outcome")
    rows = [[label("role", e[f], lang) if f == "role" else e[f] for f in fields] for e in data]
    names = ("seq", "at", "who", "role", "operation", "object", "outcome")
    print_table(text("cli.audit.title", lang), heads(names, lang), rows, names=fields)


@audit.command("verify")
@json_option
@with_store
def audit_verify(store: GraphStore, as_json: bool) -> None:
    """Check every row's hash and its link to the row before; exit code 1 at the first
    broken link (a row changed, removed or inserted outside graphsvc)."""
    accounts = open_accounts(store)
    try:
        report = audit_log.verify(accounts)
    finally:
        accounts.close()
    if as_json:
        print_json(
            {
                "rows": report.rows,
                "intact": report.intact,
                "broken_at": report.broken_at,
                "problem": report.problem,
            }
        )
    else:
        echo(report.describe_in(current_lang()))
    if not report.intact:
        sys.exit(1)

"""``backup`` and ``restore``: a consistent copy of the whole store, and its way back."""

from __future__ import annotations

from pathlib import Path

import click

from graphsvc.accounts import open_accounts
from graphsvc.cli.access import cli_who
from graphsvc.cli.app import json_option, main, print_json, with_store
from graphsvc.services import backup as backup_service
from graphsvc.stores.base import GraphStore


def _print_summary(verb: str, summary: dict[str, object], as_json: bool) -> None:
    if as_json:
        print_json(summary)
        return
    click.echo(
        f"{verb} {summary['file']}: {summary['nodes']} nodes, {summary['relationships']} "
        f"relationships, {summary['users']} users, {summary['keys']} API keys, "
        f"{summary['audit_rows']} audit rows ({summary['chain']})"
    )


@main.command("backup")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@json_option
@with_store
def backup(store: GraphStore, file: Path, as_json: bool) -> None:
    """Write a consistent copy of the whole store to FILE while the service runs: graph,
    users, API keys and the audit log (SQLite: a database file; Neo4j: gzip JSON lines)."""
    accounts = open_accounts(store)
    try:
        summary = backup_service.backup(store, accounts, file, who=cli_who(), role="admin")
    finally:
        accounts.close()
    _print_summary("wrote", summary, as_json)


@main.command("restore")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@json_option
@with_store
def restore(store: GraphStore, file: Path, as_json: bool) -> None:
    """Restore FILE (from graphsvc backup) into an empty store of the same kind; refuses
    a store that holds anything. Sessions are not restored: everyone signs in again."""
    accounts = open_accounts(store)
    try:
        summary = backup_service.restore(store, accounts, file, who=cli_who(), role="admin")
    finally:
        accounts.close()
    _print_summary("restored", summary, as_json)

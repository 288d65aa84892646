"""``backup`` and ``restore``: a consistent copy of the whole store, and its way back."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from graphsvc.accounts import open_accounts
from graphsvc.cli.access import cli_who
from graphsvc.cli.app import json_option, main, print_json, with_store
from graphsvc.services import backup as backup_service
from graphsvc.stores.base import GraphStore


def _run_and_print(
    store: GraphStore, use_case: Callable[..., dict[str, Any]], file: Path, verb: str, as_json: bool
) -> None:
    """Run ``backup`` or ``restore`` with the store's accounts, then print what it did."""
    accounts = open_accounts(store)
    try:
        summary = use_case(store, accounts, file, who=cli_who(), role="admin")
    finally:
        accounts.close()
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
    _run_and_print(store, backup_service.backup, file, "wrote", as_json)


@main.command("restore", creates_store=True)
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@json_option
@with_store
def restore(store: GraphStore, file: Path, as_json: bool) -> None:
    """Restore FILE (from graphsvc backup) into an empty store of the same kind; refuses
    a store that holds anything. Sessions are not restored: everyone signs in again."""
    _run_and_print(store, backup_service.restore, file, "restored", as_json)

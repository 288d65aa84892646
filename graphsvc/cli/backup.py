"""``backup`` and ``restore``: a consistent copy of the whole store, and its way back."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from graphsvc.accounts import open_accounts
from graphsvc.audit_chain import ChainReport
from graphsvc.cli.access import cli_who
from graphsvc.cli.app import json_option, main, print_json, with_store
from graphsvc.cli.tables import current_lang, echo
from graphsvc.messages import text
from graphsvc.services import backup as backup_service
from graphsvc.stores.base import GraphStore


def _run_and_print(
    store: GraphStore, use_case: Callable[..., dict[str, Any]], file: Path, done: str, as_json: bool
) -> None:
    """Run ``backup`` or ``restore`` with the store's accounts, then print what it did
    (``done``: the catalogue key of the sentence)."""
    accounts = open_accounts(store)
    try:
        summary = use_case(store, accounts, file, who=cli_who(), role="admin")
    finally:
        accounts.close()
    if as_json:
        print_json(summary)
        return
    lang = current_lang()
    chain = ChainReport.from_facts(summary["chain_check"]).describe_in(lang)
    counts = {k: str(summary[k]) for k in ("nodes", "relationships", "users", "keys", "audit_rows")}
    echo(text(done, lang, file=summary["file"], chain=chain, **counts))


@main.command("backup")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@json_option
@with_store
def backup(store: GraphStore, file: Path, as_json: bool) -> None:
    """Write a consistent copy of the whole store to FILE while the service runs: graph,
    users, API keys and the audit log (SQLite: a database file; Neo4j: gzip JSON lines)."""
    _run_and_print(store, backup_service.backup, file, "cli.out.backup.wrote", as_json)


@main.command("restore", creates_store=True)
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@json_option
@with_store
def restore(store: GraphStore, file: Path, as_json: bool) -> None:
    """Restore FILE (from graphsvc backup) into an empty store of the same kind; refuses
    a store that holds anything. Sessions are not restored: everyone signs in again."""
    _run_and_print(store, backup_service.restore, file, "cli.out.backup.restored", as_json)

"""``who-runs`` and ``actions-of``: the everyday questions."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import click

from graphsvc.cli.app import as_of_option, json_option, main, print_json, with_store
from graphsvc.cli.tables import print_table
from graphsvc.services import queries
from graphsvc.services.as_of import store_on
from graphsvc.stores.base import GraphStore

contacts_option = click.option(
    "--include-contacts", is_flag=True, help="Show personal contact details (editors only)."
)


def question_options(command: Callable[..., None]) -> Callable[..., None]:
    """``--as-of``, ``--json`` and ``--include-contacts`` on a command that reads the store."""
    return as_of_option(json_option(contacts_option(with_store(command))))


@main.command("who-runs")
@click.argument("action")
@question_options
def who_runs(
    store: GraphStore, action: str, as_of: str | None, as_json: bool, include_contacts: bool
) -> None:
    """Who runs ACTION (its key), with each actor's role."""
    then = store_on(store, as_of)
    data = queries.who_runs(then, action, include_contacts=include_contacts)
    _show(data, as_json, ("action", "title"), "actors", ("role", "actor", "name", "kind"))


@main.command("actions-of")
@click.argument("actor")
@question_options
def actions_of(
    store: GraphStore, actor: str, as_of: str | None, as_json: bool, include_contacts: bool
) -> None:
    """Which actions ACTOR (its key) runs, with its role in each."""
    then = store_on(store, as_of)
    data = queries.actions_of(then, actor, include_contacts=include_contacts)
    _show(data, as_json, ("actor", "name"), "actions", ("role", "action", "title", "status"))


def _show(
    data: dict[str, Any], as_json: bool, subject: tuple[str, str], items: str, columns: tuple
) -> None:
    """The answer as JSON, or as a table of role, key and the two named fields per row.

    ``subject`` names the node asked about and its field that heads the table.
    """
    if as_json:
        print_json(data)
        return
    node = data[subject[0]]
    heading = f"{node.get(subject[1], node['key'])} ({node['key']})"
    fields = columns[2:]
    rows = [(p["role"], p["key"], *(p.get(f) for f in fields)) for p in data[items]]
    print_table(heading, list(columns), rows)

"""``who-runs`` and ``actions-of``: the everyday questions."""

from __future__ import annotations

from typing import Any

import click

from graphsvc.cli.app import json_option, main, print_json, with_store
from graphsvc.cli.tables import print_table
from graphsvc.services import queries
from graphsvc.stores.base import GraphStore

contacts_option = click.option(
    "--include-contacts", is_flag=True, help="Show personal contact details (editors only)."
)


@main.command("who-runs")
@click.argument("action")
@json_option
@contacts_option
@with_store
def who_runs(store: GraphStore, action: str, as_json: bool, include_contacts: bool) -> None:
    """Who runs ACTION (its key), with each actor's role."""
    data = queries.who_runs(store, action, include_contacts=include_contacts)
    heading = f"{data['action'].get('title', action)} ({action})"
    _show(data, as_json, heading, "actors", ("role", "actor", "name", "kind"))


@main.command("actions-of")
@click.argument("actor")
@json_option
@contacts_option
@with_store
def actions_of(store: GraphStore, actor: str, as_json: bool, include_contacts: bool) -> None:
    """Which actions ACTOR (its key) runs, with its role in each."""
    data = queries.actions_of(store, actor, include_contacts=include_contacts)
    heading = f"{data['actor'].get('name', actor)} ({actor})"
    _show(data, as_json, heading, "actions", ("role", "action", "title", "status"))


def _show(data: dict[str, Any], as_json: bool, heading: str, items: str, columns: tuple) -> None:
    """The answer as JSON, or as a table of role, key and the two named fields per row."""
    if as_json:
        print_json(data)
        return
    fields = columns[2:]
    rows = [(p["role"], p["key"], *(p.get(f) for f in fields)) for p in data[items]]
    print_table(heading, list(columns), rows)

"""``who-runs`` and ``actions-of``: the everyday questions."""

from __future__ import annotations

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
    if as_json:
        print_json(data)
        return
    rows = [(a["role"], a["key"], a.get("name"), a.get("kind")) for a in data["actors"]]
    print_table(
        f"{data['action'].get('title', action)} ({action})", ["role", "actor", "name", "kind"], rows
    )


@main.command("actions-of")
@click.argument("actor")
@json_option
@contacts_option
@with_store
def actions_of(store: GraphStore, actor: str, as_json: bool, include_contacts: bool) -> None:
    """Which actions ACTOR (its key) runs, with its role in each."""
    data = queries.actions_of(store, actor, include_contacts=include_contacts)
    if as_json:
        print_json(data)
        return
    rows = [(a["role"], a["key"], a.get("title"), a.get("status")) for a in data["actions"]]
    print_table(
        f"{data['actor'].get('name', actor)} ({actor})", ["role", "action", "title", "status"], rows
    )

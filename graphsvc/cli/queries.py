"""``who-runs``, ``actions-of`` and ``search``: the everyday questions."""

from __future__ import annotations

import difflib
from collections.abc import Callable
from typing import Any

import click

from graphsvc.cli.app import (
    as_of_option,
    columns_option,
    json_option,
    main,
    print_json,
    programme_option,
    with_store,
)
from graphsvc.cli.tables import current_lang, print_table, say
from graphsvc.cli.usage import Choice
from graphsvc.cli.words import heads
from graphsvc.errors import NotFoundError
from graphsvc.messages import Said, quote, said, text
from graphsvc.messages.labels import label
from graphsvc.model import Label
from graphsvc.services import queries
from graphsvc.services.as_of import store_on
from graphsvc.stores.base import GraphStore

contacts_option = click.option(
    "--include-contacts", is_flag=True, help="Show personal contact details (editors only)."
)

#: How many close keys an unknown key's error suggests.
CLOSE_KEYS = 5


def question_options(command: Callable[..., None]) -> Callable[..., None]:
    """``--as-of``, ``--programme``, ``--json``, ``--columns`` and ``--include-contacts`` on a
    reading command."""
    return as_of_option(
        programme_option(json_option(columns_option(contacts_option(with_store(command)))))
    )


@main.command("who-runs")
@click.argument("action")
@question_options
def who_runs(
    store: GraphStore, action: str, as_of: str | None, as_json: bool, include_contacts: bool
) -> None:
    """Who runs ACTION (its key), with each actor's role."""
    then = store_on(store, as_of)
    data = _answer(then, Label.ACTION, action, queries.who_runs, include_contacts)
    if as_json:
        print_json(data)
        return
    lang = current_lang()
    node = data["action"]
    rows = [
        (p["key"], label("prole", p["role"], lang), p.get("name"), label("kind", p["kind"], lang))
        for p in data["actors"]
    ]
    names = ("actor", "role", "name", "kind")
    print_table(
        f"{node.get('title') or node['key']} ({node['key']})", heads(names, lang), rows, names=names
    )


@main.command("actions-of")
@click.argument("actor")
@question_options
def actions_of(
    store: GraphStore, actor: str, as_of: str | None, as_json: bool, include_contacts: bool
) -> None:
    """Which actions ACTOR (its key) runs, with its role in each."""
    then = store_on(store, as_of)
    data = _answer(then, Label.ACTOR, actor, queries.actions_of, include_contacts)
    if as_json:
        print_json(data)
        return
    lang = current_lang()
    node = data["actor"]
    rows = [
        (
            p["key"],
            label("prole", p["role"], lang),
            p.get("title"),
            label("status", p["status"], lang),
        )
        for p in data["actions"]
    ]
    names = ("action", "role", "title", "status")
    print_table(
        f"{node.get('name') or node['key']} ({node['key']})", heads(names, lang), rows, names=names
    )


#: The other label of each question, and the message saying a key belongs to it.
_OTHER = {
    Label.ACTION: (Label.ACTOR, "cli.error.is_actor"),
    Label.ACTOR: (Label.ACTION, "cli.error.is_action"),
}


def _answer(
    store: GraphStore,
    asked: Label,
    key: str,
    question: Callable[..., dict[str, Any]],
    include_contacts: bool,
) -> dict[str, Any]:
    """The question's answer; an unknown key is a NotFoundError that says what to do instead."""
    try:
        return question(store, key, include_contacts=include_contacts)
    except NotFoundError:
        pass
    other, hint = _OTHER[asked]
    if _exists(store, other, key):
        raise NotFoundError(said(hint, key=key)) from None
    missing = "cli.error.no_action" if asked is Label.ACTION else "cli.error.no_actor"
    shown = quote(key, current_lang())  # quotation marks of the reader who asked
    raise NotFoundError(said(missing, key=shown), hints=_hints(store, asked, key))


def _exists(store: GraphStore, label_: Label, key: str) -> bool:
    try:
        store.get_node(label_, key)
    except NotFoundError:
        return False
    return True


def _hints(store: GraphStore, label_: Label, key: str) -> list[Said]:
    """Close keys (by spelling, then by name) and how to search."""
    keys = [n.key for n in store.find_nodes(label_)]
    close = difflib.get_close_matches(key, keys, n=CLOSE_KEYS, cutoff=0.6)
    if len(close) < CLOSE_KEYS and key.strip():
        found = [n.key for n in store.search(key, labels=[label_], limit=CLOSE_KEYS)]
        close += [k for k in found if k not in close][: CLOSE_KEYS - len(close)]
    hints = [said("cli.error.close_keys", keys=", ".join(close))] if close else []
    return [*hints, said("cli.error.search_hint")]


def _name(node: Any, lang: str) -> str:
    """A node's name; a rocket's English name on English output."""
    if lang == "en" and node.props.get("name_en"):
        return str(node.props["name_en"])
    return str(node.name)


_SEARCHED = {"actor": Label.ACTOR, "action": Label.ACTION, "rocket": Label.ROCKET}


@main.command("search")
@click.argument("text_", metavar="TEXT")
@click.option(
    "--kind",
    type=Choice(list(_SEARCHED)),
    help="Only actors, actions or rockets (default: all three).",
)
@click.option(
    "--limit",
    default=50,
    show_default=True,
    type=click.IntRange(1, 200),
    help="At most this many results.",
)
@json_option
@columns_option
@with_store
def search(store: GraphStore, text_: str, kind: str | None, limit: int, as_json: bool) -> None:
    """Find keys by name or key: TEXT anywhere in either, ignoring case and accents
    (``jarjesto`` finds ``Järjestö``)."""
    labels = [_SEARCHED[kind]] if kind else list(_SEARCHED.values())
    nodes = store.search(text_, labels=labels, limit=limit)
    if as_json:
        print_json(
            {
                "q": text_,
                "items": [{"label": n.label.value, "key": n.key, "name": n.name} for n in nodes],
            }
        )
        return
    lang = current_lang()
    if not nodes:
        say(text("cli.search.none", lang, text=quote(text_, lang)))
        return
    rows = [
        (n.key, text(f"cli.label.{n.label.value.lower()}", lang), _name(n, lang)) for n in nodes
    ]
    names = ("key", "what", "name")
    title = text("cli.search.title", lang, text=quote(text_, lang), n=len(rows))
    print_table(title, heads(names, lang), rows, names=names)

"""``users`` and ``keys``: people who sign in to the web UI, and API keys for programs."""

from __future__ import annotations

import getpass
import sys
from collections.abc import Iterator
from contextlib import contextmanager

import click

from graphsvc.accounts import AccountStore, open_accounts
from graphsvc.cli.app import columns_option, json_option, main, print_json, with_store
from graphsvc.cli.tables import current_lang, echo, print_table
from graphsvc.cli.usage import Choice
from graphsvc.cli.words import heads
from graphsvc.messages import text
from graphsvc.messages.labels import label
from graphsvc.model import UserRole
from graphsvc.services import accounts as account_service
from graphsvc.services.accounts import Author
from graphsvc.stores.base import GraphStore

ROLE = Choice([r.value for r in UserRole])


def cli_who() -> str:
    """How the audit log names a change made from the command line."""
    try:
        return f"cli:{getpass.getuser()}"
    except Exception:  # no user name in some containers
        return "cli"


@contextmanager
def cli_author(store: GraphStore) -> Iterator[Author]:
    """The person at the command line as the author of a change, import or export (an
    admin: whoever runs the command has the store's files or credentials)."""
    accounts = open_accounts(store)
    try:
        yield Author(accounts, cli_who(), "admin")
    finally:
        accounts.close()


def _by(accounts: AccountStore) -> account_service.Author:
    """The person at the command line as the author of a change (an admin)."""
    return account_service.Author(accounts, cli_who(), "admin")


@main.group()
def users() -> None:
    """People who sign in to the web UI (viewer, editor or admin)."""


@users.command("add", creates_store=True)
@click.argument("name")
@click.option(
    "--role", type=ROLE, required=True, help="viewer reads, editor writes, admin manages."
)
@click.option(
    "--password-stdin",
    is_flag=True,
    help="Read the password from the first line of standard input instead of prompting.",
)
@with_store
def users_add(store: GraphStore, name: str, role: str, password_stdin: bool) -> None:
    """Add NAME, who signs in with a password (stored as argon2id).

    The password needs at least 12 characters, must not be a common password nor contain
    the name; a name that looks like an existing one (maija / rnaija) is refused.
    """
    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        lang = current_lang()
        password = click.prompt(
            text("cli.out.users.password", lang),
            hide_input=True,
            confirmation_prompt=text("cli.out.users.password_again", lang),
        )
    accounts = open_accounts(store)
    user = account_service.add_user(accounts, name, role, password, by=_by(accounts))
    lang = current_lang()
    echo(text("cli.users.added", lang, name=user.name, role=label("role", user.role.value, lang)))


@users.command("list")
@json_option
@columns_option
@with_store
def users_list(store: GraphStore, as_json: bool) -> None:
    """List the people who can sign in (never their passwords)."""
    data = [account_service.user_public(u) for u in open_accounts(store).find_users()]
    if as_json:
        print_json(data)
        return
    lang = current_lang()
    names = ("name", "role", "created")
    rows = [(u["name"], label("role", u["role"], lang), u["created_at"]) for u in data]
    print_table(text("cli.users.title", lang), heads(names, lang), rows, names=names)


@users.command("remove")
@click.argument("name")
@with_store
def users_remove(store: GraphStore, name: str) -> None:
    """Remove NAME; their sessions end at once."""
    accounts = open_accounts(store)
    account_service.remove_user(accounts, name, by=_by(accounts))
    echo(text("cli.users.removed", current_lang(), name=name))


@users.command("reset-password")
@click.argument("name")
@with_store
def users_reset_password(store: GraphStore, name: str) -> None:
    """Give NAME a new generated password, printed once on the last line; ends their sessions."""
    accounts = open_accounts(store)
    password = account_service.reset_password(accounts, name, by=_by(accounts))
    echo(text("cli.users.new_password", current_lang(), name=name), err=True)
    click.echo(password)


@main.group()
def keys() -> None:
    """API keys that programs send as 'Authorization: Bearer <key>'."""


@keys.command("create", creates_store=True)
@click.option(
    "--role", type=ROLE, required=True, help="viewer reads, editor writes, admin manages."
)
@click.option("--name", default=None, help="Who or what uses the key (shown in keys list).")
@with_store
def keys_create(store: GraphStore, role: str, name: str | None) -> None:
    """Create an API key and print it once, on the last line (only its hash is stored)."""
    accounts = open_accounts(store)
    key, secret = account_service.create_key(accounts, role, name, by=_by(accounts))
    role = label("role", key.role.value, current_lang())
    created = text("cli.keys.created", current_lang(), id=key.key_id, name=key.name, role=role)
    echo(created, err=True)
    echo(secret)


@keys.command("list")
@json_option
@columns_option
@with_store
def keys_list(store: GraphStore, as_json: bool) -> None:
    """List API keys (id, name, role, created, revoked), never the keys themselves."""
    data = [account_service.key_public(k) for k in open_accounts(store).find_keys()]
    if as_json:
        print_json(data)
        return
    lang = current_lang()
    rows = [
        (k["id"], k["name"], label("role", k["role"], lang), k["created_at"], k["revoked_at"] or "")
        for k in data
    ]
    names = ("id", "name", "role", "created", "revoked")
    print_table(text("cli.keys.title", lang), heads(names, lang), rows, names=names)


@keys.command("revoke")
@click.argument("key_id")
@with_store
def keys_revoke(store: GraphStore, key_id: str) -> None:
    """Revoke the key with id KEY_ID (from keys list); API workers refuse it within seconds."""
    accounts = open_accounts(store)
    account_service.revoke_key(accounts, key_id, by=_by(accounts))
    echo(text("cli.keys.revoked", current_lang(), id=key_id))

"""``serve``: the web UI and the API under uvicorn; ``--demo`` loads the demo data first."""

from __future__ import annotations

import os
import secrets
import shlex

import click

from graphsvc.cli.app import Context, main, pass_context
from graphsvc.cli.tables import current_lang, echo, say
from graphsvc.messages import text
from graphsvc.messages.labels import label
from graphsvc.model import Label, UserRole
from graphsvc.stores.base import GraphStore


def load_demo(store: GraphStore) -> bool:
    """Import the demo data set's yearly rounds if the store holds no actors or actions;
    True if it did."""
    from graphsvc.services.workbook import import_demo

    if store.count_nodes(Label.ACTOR) or store.count_nodes(Label.ACTION):
        return False
    import_demo(store)
    return True


def demo_users(store: GraphStore) -> tuple[list[tuple[str, str, str]], list[str]]:
    """Create the demo sign-in users that do not exist yet.

    Returns the new ones as (name, role, password) and the names of those that existed
    already (their passwords are not stored, only hashes).
    """
    from graphsvc.accounts import open_accounts
    from graphsvc.services import accounts as account_service
    from graphsvc.services.account_rules import generate_password

    accounts = open_accounts(store)
    made, existing = [], []
    for role in UserRole:
        name = f"demo-{role.value}"
        if accounts.get_user(name) is None:
            password = generate_password(name)
            account_service.add_user(accounts, name, role.value, password)
            made.append((name, role.value, password))
        else:
            existing.append(name)
    return made, existing


def reset_commands(store_url: str, names: list[str]) -> list[str]:
    """The command lines that give each of ``names`` a new password.

    >>> reset_commands("sqlite:///my demo.db", ["demo-viewer"])
    ["graphsvc --store 'sqlite:///my demo.db' users reset-password demo-viewer"]
    """
    store = shlex.quote(store_url)
    return [f"graphsvc --store {store} users reset-password {shlex.quote(n)}" for n in names]


@main.command("serve", creates_store=True)
@click.option("--demo", is_flag=True, help="Load the demo Kouvola data into an empty store first.")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=int, help="Port to listen on.")
@click.option(
    "--workers", default=1, show_default=True, type=click.IntRange(1, 64), help="Worker processes."
)
@pass_context
def serve(obj: Context, demo: bool, host: str, port: int, workers: int) -> None:
    """Serve the web UI and the API (OpenAPI at /docs) with uvicorn."""
    from graphsvc.metrics import prepare_multiprocess_dir, remove_multiprocess_dir

    # before any metric exists: every worker and work process counts into one directory
    made = prepare_multiprocess_dir()
    try:
        _serve(obj, demo, host, port, workers)
    finally:
        remove_multiprocess_dir(made)


def _serve(obj: Context, demo: bool, host: str, port: int, workers: int) -> None:
    import uvicorn

    from graphsvc.api.server_protocol import GuardedHttpToolsProtocol, raise_open_file_limit
    from graphsvc.settings import get_settings

    os.environ["GRAPHSVC_STORE"] = obj.store_url  # the workers open the same store
    if not os.environ.get("GRAPHSVC_SESSION_SECRET"):
        # one secret shared by this run's workers; sign-ins end when the server stops
        os.environ["GRAPHSVC_SESSION_SECRET"] = secrets.token_urlsafe(32)
    get_settings.cache_clear()
    if demo:
        os.environ["GRAPHSVC_DEMO_NOTICE"] = "true"  # the workers label every page as illustrative
        store = obj.store
        lang = current_lang()
        loaded = load_demo(store)
        say(text("cli.out.serve.demo_loaded" if loaded else "cli.out.serve.demo_not_loaded", lang))
        made, existing = demo_users(store)
        for name, role, password in made:
            shown = label("role", role, lang)
            echo(text("cli.out.serve.demo_sign_in", lang, name=name, password=password, role=shown))
        if existing:
            say(text("cli.out.serve.demo_sign_ins_exist", lang))
            for line in reset_commands(obj.store_url, existing):
                echo(f"  {line}")
        obj.close()
    echo(
        text(
            "cli.out.serve.listening", current_lang(), program="graphsvc", host=host, port=str(port)
        )
    )
    access_log = get_settings().access_log
    raise_open_file_limit()  # the workers inherit it; each caps its connections below it
    uvicorn.run(
        "graphsvc.api.app:create_served_app",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        loop="uvloop",
        http=GuardedHttpToolsProtocol,  # httptools with a header timeout and a connection cap
        log_level="info",
        access_log=access_log,  # a line per request costs a quarter of the throughput
        proxy_headers=False,
    )

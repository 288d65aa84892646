"""The ``graphsvc`` command group, its global options and error handling."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar

import click

from graphsvc import __version__
from graphsvc.cli.tables import echo, json_terminal_safe
from graphsvc.errors import GraphsvcError
from graphsvc.settings import get_settings
from graphsvc.stores.base import GraphStore

F = TypeVar("F", bound=Callable[..., Any])


class Context:
    """What every command shares: the store URL and a lazily opened store."""

    def __init__(self, store_url: str | None) -> None:
        self.store_url = store_url or get_settings().store
        self._store: GraphStore | None = None

    @property
    def store(self) -> GraphStore:
        """The store, opened on first use."""
        if self._store is None:
            from graphsvc.stores import open_store

            self._store = open_store(self.store_url)
        return self._store

    def close(self) -> None:
        """Close the store if it was opened."""
        if self._store is not None:
            self._store.close()
            self._store = None


class GraphsvcGroup(click.Group):
    """A click group that turns every GraphsvcError into ``error: …`` and exit code 1."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except GraphsvcError as e:
            echo(f"error: {e.message}", err=True)
            for row in getattr(e, "errors", [])[:50]:
                echo(f"  {row.get('message', row)}", err=True)
            sys.exit(1)
        except KeyboardInterrupt:
            click.echo("interrupted", err=True)
            sys.exit(130)


@click.group(cls=GraphsvcGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--store",
    "store_url",
    metavar="URL",
    default=None,
    help="Store URL: sqlite:///PATH (default graphsvc.db), bolt://HOST:PORT, neo4j://HOST:PORT, "
    "neo4j+s://HOST. Also GRAPHSVC_STORE.",
)
@click.version_option(__version__, prog_name="graphsvc")
@click.pass_context
def main(ctx: click.Context, store_url: str | None) -> None:
    """graphsvc: the network of a city growth programme, as a graph you can question."""
    obj = Context(store_url)
    ctx.obj = obj
    ctx.call_on_close(obj.close)


pass_context = click.make_pass_decorator(Context)

json_option = click.option(
    "--json", "as_json", is_flag=True, help="Print JSON (as the API answers)."
)


as_of_option = click.option(
    "--as-of",
    "as_of",
    metavar="DATE",
    help="The graph as it stood then: YYYY-MM-DD, or YYYY for 31 December (default: now).",
)


def print_json(data: Any) -> None:
    """Print data as pretty, UTF-8 JSON."""
    click.echo(json_terminal_safe(json.dumps(data, ensure_ascii=False, indent=2, default=str)))


def with_store(func: F) -> F:
    """Pass the opened store as the first argument of a command."""

    @pass_context
    @wraps(func)
    def wrapper(obj: Context, *args: Any, **kwargs: Any) -> Any:
        return func(obj.store, *args, **kwargs)

    return wrapper  # type: ignore[return-value]

"""The ``graphsvc`` command group, its global options and error handling."""

from __future__ import annotations

import importlib
import shlex
import sys
from collections.abc import Callable
from functools import wraps
from typing import TYPE_CHECKING, Any, TypeVar

import click

from graphsvc import __version__
from graphsvc.cli.tables import (
    COLUMNS_META,
    LANG_META,
    current_lang,
    echo,
    json_terminal_safe,
)
from graphsvc.cli.usage import Choice, LocalUsageError, asked_lang, parse_localised
from graphsvc.cli.words import in_lang
from graphsvc.errors import GraphsvcError, row_message
from graphsvc.messages import DEFAULT_LANG, LANGS, text

if TYPE_CHECKING:
    from graphsvc.stores.base import GraphStore

F = TypeVar("F", bound=Callable[..., Any])

#: Every command of ``graphsvc`` and the module (under ``graphsvc.cli``) that registers it on
#: ``main``. A module is imported when one of its commands is asked for, so a command line
#: imports only what its command needs (``graphsvc --help`` imports them all, for their help).
COMMAND_MODULES = {
    "actions-of": "queries",
    "analyze": "analyze",
    "audit": "audit",
    "backup": "backup",
    "export": "workbook",
    "gaps": "gaps",
    "indicators": "indicators",
    "keys": "access",
    "load": "workbook",
    "map": "maps",
    "report": "report",
    "restore": "backup",
    "search": "queries",
    "serve": "serve",
    "survey": "survey",
    "users": "access",
    "who-runs": "queries",
}


class Context:
    """What every command shares: the store URL and a lazily opened store."""

    def __init__(self, store_url: str | None) -> None:
        from graphsvc.settings import get_settings  # pydantic-settings: not for --help

        self.store_url = store_url or get_settings().store
        self._store: GraphStore | None = None

    @property
    def store(self) -> GraphStore:
        """The store, opened on first use."""
        if self._store is None:
            from graphsvc.stores import open_store

            _refuse_missing_file(self.store_url)
            self._store = open_store(self.store_url)
        return self._store

    def close(self) -> None:
        """Close the store if it was opened."""
        if self._store is not None:
            self._store.close()
            self._store = None


class UsageProblem(click.ClickException):
    """A command given something it cannot use (exit code 2, as click's own usage errors)."""

    exit_code = 2

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.lang = current_lang()  # shown after the command's context is gone

    def show(self, file: Any = None) -> None:
        """Print ``virhe: …`` (``error: …``) on stderr."""
        echo(text("errors.prefix", self.lang, message=self.message), err=True)


def _refuse_missing_file(url: str) -> None:
    """A read command never creates a SQLite file: UsageProblem when the file is missing
    (a missing folder is left to the store, which says it cannot open the file)."""
    from graphsvc.stores.sqlite_store import URL_PREFIX, path_from_url

    ctx = click.get_current_context(silent=True)
    if not url.startswith(URL_PREFIX) or ctx is None:
        return
    if getattr(ctx.command, "creates_store", False):
        return
    path = path_from_url(url)
    if not path.exists() and path.parent.is_dir():
        shown = shlex.quote(url)  # the hint is a command line to copy
        raise UsageProblem(text("cli.error.no_store", current_lang(), path=str(path), url=shown))


class GraphsvcCommand(click.Command):
    """A command with ``--lang`` (added when it has none); ``creates_store=True`` for the
    write commands that may create a new SQLite file."""

    def __init__(self, *args: Any, creates_store: bool = False, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.creates_store = creates_store
        if not any(p.name == "lang" for p in self.params):
            self.params.append(_lang_param())

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        """click's parsing, its usage errors in the reader's language."""
        return parse_localised(super().parse_args, ctx, args)

    def invoke(self, ctx: click.Context) -> Any:
        """Keep the command's own ``--lang`` where messages and tables find it."""
        if "lang" in ctx.params:
            ctx.meta[LANG_META] = ctx.params["lang"]
        return super().invoke(ctx)


def _remember(key: str) -> Callable[[click.Context, click.Parameter, Any], Any]:
    def callback(ctx: click.Context, _param: click.Parameter, value: Any) -> Any:
        if value is not None:
            ctx.meta[key] = value
        return value

    return callback


def _lang_param() -> click.Option:
    return click.Option(
        ["--lang"],
        type=Choice(LANGS),
        default=DEFAULT_LANG,
        show_default=True,
        expose_value=False,
        callback=_remember(LANG_META),
        help="Language of headers, words and messages.",
    )


class GraphsvcGroup(click.Group):
    """A click group that turns every GraphsvcError into ``error: …`` and exit code 1;
    ``lazy_modules`` maps command names to the ``graphsvc.cli`` modules that register them,
    imported on first use."""

    command_class = GraphsvcCommand
    group_class = type

    def __init__(self, *args: Any, lazy_modules: dict[str, str] | None = None, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.lazy_modules = lazy_modules or {}

    def list_commands(self, ctx: click.Context) -> list[str]:
        """Every command name, loaded or not."""
        return sorted({*self.commands, *self.lazy_modules})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        """The command, its module imported first if it has not been."""
        if cmd_name not in self.commands and cmd_name in self.lazy_modules:
            importlib.import_module(f"graphsvc.cli.{self.lazy_modules[cmd_name]}")
        return self.commands.get(cmd_name)

    def resolve_command(
        self, ctx: click.Context, args: list[str]
    ) -> tuple[str | None, click.Command | None, list[str]]:
        """click's, its ``Did you mean …?`` drawn from every command, loaded or not."""
        try:
            return super().resolve_command(ctx, args)
        except click.NoSuchCommand as e:
            names = self.list_commands(ctx)
            raise click.NoSuchCommand(e.command_name, possibilities=names, ctx=e.ctx) from e

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        """click's parsing, its usage errors in the reader's language."""
        return parse_localised(super().parse_args, ctx, args)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except LocalUsageError:
            raise
        except click.UsageError as e:  # no such command, a callback's refusal
            raise LocalUsageError(e, asked_lang(e.ctx or ctx)) from e
        except GraphsvcError as e:
            lang = current_lang()
            echo(text("errors.prefix", lang, message=e.in_lang(lang)), err=True)
            for row in getattr(e, "errors", [])[:50]:
                echo(f"  {row_message(row, lang)}", err=True)
            for hint in e.extra.get("hints", []):  # sentences: plain texts or catalogue messages
                echo(f"  {in_lang(hint, lang)}", err=True)
            sys.exit(1)
        except KeyboardInterrupt:
            click.echo(text("errors.interrupted", current_lang()), err=True)
            sys.exit(130)


@click.group(
    cls=GraphsvcGroup,
    lazy_modules=COMMAND_MODULES,
    context_settings={"help_option_names": ["-h", "--help"]},
)
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


def _split_columns(ctx: click.Context, param: click.Parameter, value: str | None) -> Any:
    names = [n.strip() for n in (value or "").split(",") if n.strip()]
    return _remember(COLUMNS_META)(ctx, param, names or None)


columns_option = click.option(
    "--columns",
    metavar="A,B,…",
    expose_value=False,
    callback=_split_columns,
    help="The table's columns to show, by name (the key column is always shown).",
)


as_of_option = click.option(
    "--as-of",
    "as_of",
    metavar="DATE",
    help="The graph as it stood then: YYYY-MM-DD, or YYYY for 31 December (default: now).",
)


PROGRAMME_META = "graphsvc.programme"

programme_option = click.option(
    "--programme",
    metavar="KEY",
    expose_value=False,
    callback=_remember(PROGRAMME_META),
    help="Only this programme's part of the portfolio (a strategy: its programmes); "
    "default: the whole portfolio.",
)


#: Whether the command runs in a process of its own (set by :func:`graphsvc.cli.run`), so it
#: may configure the process for one command (:func:`graphsvc.bulk.one_shot`).
OWN_PROCESS = False


def print_json(data: Any) -> None:
    """Print data as pretty, UTF-8 JSON."""
    import orjson

    options = orjson.OPT_INDENT_2 | orjson.OPT_NON_STR_KEYS
    click.echo(json_terminal_safe(orjson.dumps(data, option=options, default=str).decode()))


def with_store(func: F) -> F:
    """Pass the opened store as the first argument of a command (cut to the programme of
    ``--programme`` when the command has that option and it is given)."""

    @pass_context
    @wraps(func)
    def wrapper(obj: Context, *args: Any, **kwargs: Any) -> Any:
        programme = click.get_current_context().meta.get(PROGRAMME_META)
        if programme is None:
            return func(obj.store, *args, **kwargs)
        from graphsvc.services.programme_scope import store_in

        return func(store_in(obj.store, programme), *args, **kwargs)

    return wrapper  # type: ignore[return-value]

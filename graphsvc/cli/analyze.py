"""``graphsvc analyze KIND``: network analyses as readable tables, or as the API's JSON.

The options are generated from the parameters models of the table of analyses
(:mod:`graphsvc.services.analyses`); an option a kind does not take is left out of its call.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Callable
from typing import Any

import click
from pydantic.fields import FieldInfo

from graphsvc.bulk import one_shot
from graphsvc.cli import app
from graphsvc.cli.app import columns_option, json_option, main, print_json, with_store
from graphsvc.cli.tables import echo, print_table, say
from graphsvc.cli.usage import Choice
from graphsvc.cli.words import step_word
from graphsvc.messages import text
from graphsvc.services.analyses import ANALYSES, KINDS, all_params
from graphsvc.services.analysis import run_analysis
from graphsvc.stores.base import GraphStore

#: Rows shown per table when --top is not given.
DEFAULT_ROWS = 20


def _click_type(info: FieldInfo) -> Any:
    """The click type of a pydantic field: a choice, a bounded int or text."""
    annotation = info.annotation
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        annotation = next(a for a in typing.get_args(annotation) if a is not type(None))
    if typing.get_origin(annotation) is typing.Literal:
        return Choice([str(v) for v in typing.get_args(annotation)])
    if annotation is int:
        low = next((m.ge for m in info.metadata if hasattr(m, "ge")), None)
        high = next((m.le for m in info.metadata if hasattr(m, "le")), None)
        return click.IntRange(min=low, max=high)
    return str


def _option(name: str, info: FieldInfo, kinds: tuple[str, ...]) -> Callable[[Any], Any]:
    """The click option of one parameter; its help names the kinds that take it."""
    every = len(kinds) == len(KINDS)
    shown = info.description or name
    if not every:
        shown += f" ({', '.join(kinds)})"
    default = info.default if every and info.default is not None else None
    return click.option(
        "--" + (info.alias or name).replace("_", "-"),
        name,
        type=_click_type(info),
        default=default,
        show_default=default is not None,
        help=shown + ".",
    )


def _with_params(command: Callable[..., Any]) -> Callable[..., Any]:
    for name, (info, kinds) in reversed(all_params().items()):
        command = _option(name, info, kinds)(command)
    return command


HELP = f"""Analyse the collaboration network: KIND is one of {", ".join(KINDS)}.

\b
Examples:
  graphsvc analyze gaps --lang en
  graphsvc analyze recommend --actor kouvola-city
  graphsvc analyze whatif kouvola-city
  graphsvc analyze centrality --rocket competence --json
  graphsvc analyze gaps --as-of 2023
  graphsvc analyze change --from 2022 --to 2024 --lang en
  graphsvc analyze timeline
"""


@main.command("analyze", help=HELP)
@click.argument("kind", type=Choice(KINDS))
@click.argument("target", required=False, metavar="[ACTOR]")
@_with_params
@json_option
@columns_option
@with_store
def analyze(store: GraphStore, kind: str, target: str | None, as_json: bool, **given: Any) -> None:
    """Run one analysis and print its tables, or its JSON (help: :data:`HELP`)."""
    if app.OWN_PROCESS:
        one_shot()
    analysis = ANALYSES[kind]
    given["actor"] = given.get("actor") or target
    params = {k: v for k, v in given.items() if v is not None and k in analysis.params.model_fields}
    progress = None if as_json else _progress(kind, params["lang"])
    data = run_analysis(store, kind, progress=progress, read_only=True, **params)
    if as_json:
        print_json(data)
        return
    for table in analysis.tables(data["result"], params["lang"], params.get("top") or DEFAULT_ROWS):
        if table.columns:
            print_table(table.title, table.columns, table.rows, key=table.key)
        else:
            say(table.title)
    if data.get("survey"):
        say(data["survey"]["text"][params["lang"]])


def _progress(kind: str, lang: str) -> Callable[[str], None]:
    def report(step: str) -> None:
        echo(text("cli.progress", lang, kind=kind, step=step_word(step, lang)), err=True)

    return report

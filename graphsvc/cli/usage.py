"""click's own usage errors (a missing argument, an unknown option, a value not among the
choices) in the reader's language, through click's public API.

A command's ``parse_args`` turns click's :class:`click.UsageError` into
:class:`LocalUsageError`, whose ``show`` writes the usage line, the help hint and the
error in the language the command line asks for (``--lang``; Finnish by default). English
is click's own output, unchanged. The words are the catalogue's ``cli.out.usage.*``; the
inner sentence of a value click's other types refuse (a number out of range, a path that
does not exist) is click's, in English.
"""

from __future__ import annotations

from typing import Any

import click

from graphsvc.cli.tables import LANG_META, echo
from graphsvc.messages import DEFAULT_LANG, LANGS, lang_of, text

#: Where the whole command line is kept (``click.Context.meta``), for the language of an
#: error found before ``--lang`` was read.
ARGS_META = "graphsvc.args"


def asked_lang(ctx: click.Context | None) -> str:
    """The language the command line asks for: its ``--lang`` if read, else the last
    ``--lang X`` (or ``--lang=X``) typed, else Finnish.

    >>> ctx = click.Context(click.Command("x"))
    >>> ctx.meta[ARGS_META] = ["who-runs", "x", "--lang", "en"]
    >>> asked_lang(ctx)
    'en'
    """
    if ctx is None:
        return DEFAULT_LANG
    if LANG_META in ctx.meta:
        return lang_of(ctx.meta[LANG_META])
    args: list[str] = ctx.meta.get(ARGS_META, [])
    found = DEFAULT_LANG
    for index, arg in enumerate(args):
        value = args[index + 1] if arg == "--lang" and index + 1 < len(args) else None
        value = arg.removeprefix("--lang=") if arg.startswith("--lang=") else value
        found = value if value in LANGS else found
    return found


class Choice(click.Choice):
    """click's Choice whose refusal reads in the reader's language."""

    def get_invalid_choice_message(self, value: Any, ctx: click.Context | None) -> str:
        """``'x' ei ole sallittu: …`` in Finnish; click's own sentence in English."""
        lang = asked_lang(ctx)
        if lang == "en":
            return super().get_invalid_choice_message(value, ctx)
        choices = ", ".join(map(repr, self.choices))
        return text("cli.out.usage.not_a_choice", lang, value=repr(value), choices=choices)


class LocalUsageError(click.UsageError):
    """A click usage error shown in ``lang`` (exit code 2, as click's)."""

    def __init__(self, error: click.UsageError, lang: str) -> None:
        super().__init__(error.format_message(), error.ctx)
        self.error, self.lang = error, lang

    def show(self, file: Any = None) -> None:
        """Usage line, help hint and ``virhe: …`` on stderr (click's own output in English)."""
        if self.lang == "en":
            self.error.show(file)
            return
        ctx = self.ctx
        if ctx is not None:
            pieces = ctx.command.collect_usage_pieces(ctx)
            formatter = ctx.make_formatter()
            formatter.write_usage(
                ctx.command_path,
                " ".join(pieces).replace("[OPTIONS]", text("cli.out.usage.options", self.lang)),
                prefix=text("cli.out.usage.prefix", self.lang) + " ",
            )
            echo(formatter.getvalue().rstrip("\n"), err=True)
            names = ctx.command.get_help_option_names(ctx)
            if ctx.command.get_help_option(ctx) is not None and names:
                option = max(names, key=len)
                hint = text(
                    "cli.out.usage.help", self.lang, command=ctx.command_path, option=option
                )
                echo(f"{hint}\n", err=True)
        message = usage_message(self.error, self.lang)
        echo(text("errors.prefix", self.lang, message=message), err=True)


def usage_message(error: click.UsageError, lang: str) -> str:
    """The sentence of a click usage error in ``lang``."""
    if isinstance(error, click.NoSuchOption):
        said = text("cli.out.usage.no_such_option", lang, name=error.option_name)
        if error.possibilities:
            names = ", ".join(sorted(error.possibilities))
            said += " " + text("cli.out.usage.did_you_mean", lang, names=names)
        return said
    if isinstance(error, click.BadParameter):
        hint = _hint(error)
        if isinstance(error, click.MissingParameter):
            kind = error.param_type or (error.param.param_type_name if error.param else "")
            key = "cli.out.usage.missing_option" if kind == "option" else "cli.out.usage.missing"
            said = text(key, lang, name=hint)
            choices = error.param.type if error.param else None
            if isinstance(choices, click.Choice):
                names = ", ".join(map(str, choices.choices))
                said += " " + text("cli.out.usage.choose_from", lang, choices=names)
            return said
        return text("cli.out.usage.bad_value", lang, name=hint, message=error.message)
    return error.format_message()


def _hint(error: click.BadParameter) -> str:
    """How click names the parameter of an error (``'ACTION'``, ``'--role'``)."""
    hint = error.param_hint
    if hint is None and error.param is not None:
        hint = error.param.get_error_hint(error.ctx)
    if hint is None:
        return ""
    return hint if isinstance(hint, str) else " / ".join(f"'{h}'" for h in hint)


def parse_localised(parse: Any, ctx: click.Context, args: list[str]) -> list[str]:
    """``parse(ctx, args)`` (a command's own ``parse_args``) with its usage errors localised;
    the first command line seen is kept for :func:`asked_lang`."""
    ctx.meta.setdefault(ARGS_META, list(args))
    try:
        result: list[str] = parse(ctx, args)
    except LocalUsageError:
        raise
    except click.UsageError as e:
        raise LocalUsageError(e, asked_lang(e.ctx or ctx)) from e
    return result

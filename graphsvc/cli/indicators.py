"""``graphsvc indicators``: list, show and follow vitality indicators; load official statistics."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from graphsvc.cli.access import cli_author
from graphsvc.cli.app import (
    columns_option,
    json_option,
    main,
    print_json,
    programme_option,
    with_store,
)
from graphsvc.cli.tables import current_lang, echo, print_table, say
from graphsvc.cli.usage import Choice
from graphsvc.cli.words import heads, in_lang
from graphsvc.messages import number, percent, text
from graphsvc.messages.labels import label
from graphsvc.services import indicators as service
from graphsvc.services import statistics
from graphsvc.stores.base import GraphStore

lang_option = click.option(
    "--lang", type=Choice(["fi", "en"]), default="fi", show_default=True,
    help="Language of names and sentences.",
)  # fmt: skip


@main.group("indicators")
def indicators() -> None:
    """Vitality indicators: baselines, targets, yearly values and progress."""


@indicators.command("list")
@programme_option
@json_option
@columns_option
@lang_option
@with_store
def list_command(store: GraphStore, as_json: bool, lang: str) -> None:
    """Every indicator with what it measures, its owner, baseline and target."""
    data = service.list_indicators(store, lang)
    if as_json:
        print_json(data)
        return
    rows = [
        (
            i["key"],
            i["name_en" if lang == "en" else "name_fi"] or i["name_fi"],
            i["rocket"],
            i["owner"] or "—",
            f"{_n(i['baseline_value'], lang)} ({i['baseline_year']})",
            f"{_n(i['target_value'], lang)} ({i['target_year']})",
            i["values"],
        )
        for i in data["items"]
    ]
    names = ("key", "name", "measures", "owner", "baseline", "target", "values")
    title = text("cli.indicators.title", lang, n=len(rows))
    print_table(title, heads(names, lang), rows, names=names)


@indicators.command("show")
@click.argument("key")
@click.option("--year", type=int, help="The year of the progress (default: this year).")
@json_option
@columns_option
@lang_option
@with_store
def show_command(store: GraphStore, key: str, year: int | None, as_json: bool, lang: str) -> None:
    """One indicator (KEY) with its yearly values and its progress."""
    data = service.show_indicator(store, key, year, lang)
    if as_json:
        print_json(data)
        return
    say(f"{data['name_fi']} / {data['name_en']} ({data['key']}), {data['unit']}")
    owner = data["owner_name"] or text("ui.indicator_no_owner", lang)
    say(text("cli.indicators.measures", lang, rocket=data["rocket_name"], owner=owner))
    provisional = text("cli.col.provisional", lang)
    rows = [
        (o["year"], _n(o["value"], lang), provisional if o["provisional"] else "", o["note"])
        for o in data["observations"]
    ]
    names = ("year", "value", "provisional", "note")
    print_table(text("cli.indicators.values", lang), heads(names, lang), rows, names=names)
    say(_progress_line(data, data["progress"], lang))


@indicators.command("progress")
@click.option("--year", type=int, help="The year followed (default: this year).")
@programme_option
@json_option
@columns_option
@lang_option
@with_store
def progress_command(store: GraphStore, year: int | None, as_json: bool, lang: str) -> None:
    """Each indicator's progress in a year, with the network facts of what it measures."""
    data = service.indicator_progress_report(store, year, lang)
    if as_json:
        print_json(data)
        return
    rows = []
    for i in data["items"]:
        latest = i["latest"]
        rows.append(
            (
                i["key"],
                i["rocket"],
                f"{_n(latest['value'], lang)} ({latest['year']})" if latest else "—",
                percent(i["progress"], lang) if i["progress"] is not None else "—",
                label("mark", _MARKS[i["on_track"]], lang),
                label("trend", i["trend"] or "none", lang),
                i["owner"] or text("ui.indicator_no_owner", lang),
            )
        )
    names = ("indicator", "measures", "latest", "progress", "on_track", "trend", "owner")
    title = text("cli.indicators.progress_title", lang, year=str(data["year"]), **data["counts"])
    print_table(title, heads(names, lang), rows, names=names)
    for measured, facts in data["network"].items():
        by_status = facts["actions_by_status"].items()
        status = ", ".join(f"{label('status', s, lang)} {n}" for s, n in by_status if n)
        say(
            text(
                "cli.indicators.network",
                lang,
                measured=measured,
                actions=facts["actions"],
                status=status,
                actors=facts["actors"],
            )
        )
        for sentence in facts["gaps"]["texts"]:
            say(text("cli.indicators.gap", lang, gap=sentence), indent="  ")


@indicators.command("import")
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--indicator", "key", required=True, help="The indicator the values are for.")
@click.option("--area", help="The area to read (default: the machine source's, else KU286).")
@click.option("--dry-run", is_flag=True, help="Read and report without writing.")
@json_option
@with_store
def import_command(
    store: GraphStore, file: Path, key: str, area: str | None, dry_run: bool, as_json: bool
) -> None:
    """Record yearly values from FILE: a Statistics Finland JSON-stat 2.0 answer or a THL
    Sotkanet JSON answer (detected), for one area."""
    with cli_author(store) as by:
        data = statistics.import_statistics(store, file, key, area=area, dry_run=dry_run, by=by)
    if as_json:
        print_json(data)
        return
    done = "cli.out.statistics.imported_dry_run" if dry_run else "cli.out.statistics.imported"
    lang = current_lang()
    echo(
        text(
            done,
            lang,
            source=data["source"],
            kind=data["kind"],
            area=data["area"] or "—",
            n=str(len(data["years"])),
            indicator=data["indicator"],
            created=str(data["values_created"]),
            updated=str(data["values_updated"]),
            unchanged=str(data["values_unchanged"]),
        )
    )
    for note in data["notes"]:
        echo(text("cli.load.note", lang, note=in_lang(note, lang)))


@indicators.command("fetch")
@click.argument("keys", nargs=-1)
@json_option
@with_store
def fetch_command(store: GraphStore, keys: tuple[str, ...], as_json: bool) -> None:
    """Fetch the values of KEYS (default: every indicator with a statfin: source) from
    Statistics Finland's PxWeb API (GRAPHSVC_PXWEB_URL), at most 40 calls a minute."""
    with cli_author(store) as by:
        data = statistics.fetch_statistics(store, keys, by=by)
    failures = [o.pop("said", None) for o in data["outcomes"]]  # the errors as catalogue messages
    if as_json:
        print_json(data)
    else:
        lang = current_lang()
        for o, failure in zip(data["outcomes"], failures, strict=True):
            where = {"indicator": o["indicator"], "table": o["table"]}
            if o["ok"]:
                echo(text("cli.out.statistics.fetched", lang, n=str(len(o["years"])), **where))
            else:
                error = in_lang(failure or o["error"], lang)
                echo(text("cli.out.statistics.failed", lang, error=error, **where))
        written = str(data.get("values_created", 0))
        echo(text("cli.out.statistics.written", lang, n=written))
    if any(not o["ok"] for o in data["outcomes"]):
        raise SystemExit(1)


#: The catalogue's word (``ui.mark_<value>``) for on track, lagging and no value.
_MARKS = {True: "on_track", False: "lagging", None: "no_values"}


def _n(value: float, lang: str) -> str:
    return number(value, lang)


def _progress_line(indicator: dict[str, Any], p: dict[str, Any], lang: str) -> str:
    if p["latest"] is None:
        return text("cli.indicators.no_value", lang, year=str(p["year"]))
    return text(
        "cli.indicators.progress_line",
        lang,
        year=str(p["year"]),
        value=_n(p["latest"]["value"], lang),
        value_year=str(p["latest"]["year"]),
        progress=percent(p["progress"], lang),
        target=_n(indicator["target_value"], lang),
        target_year=str(indicator["target_year"]),
        mark=label("mark", _MARKS[p["on_track"]], lang),
        trend=label("trend", p["trend"] or "none", lang),
    )

"""``graphsvc survey``: the yearly network survey, from creating a wave to closing it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from graphsvc.cli.access import cli_author
from graphsvc.cli.app import columns_option, json_option, main, print_json, with_store
from graphsvc.cli.tables import current_lang, echo, print_table, say
from graphsvc.cli.usage import Choice
from graphsvc.cli.words import heads
from graphsvc.messages import percent, text
from graphsvc.messages.labels import label
from graphsvc.model import ActorKind
from graphsvc.services import survey as service
from graphsvc.services import survey_close, survey_rates
from graphsvc.stores.base import GraphStore

year_option = click.option("--year", type=int, required=True, help="The year of the wave.")


@main.group("survey")
def survey() -> None:
    """The yearly network survey: each actor with a contact answers through a link of
    their own whom they worked with; closing the wave writes the answers into the history."""


@survey.command("create")
@year_option
@click.option("--title", required=True, help="The wave's title in Finnish.")
@click.option("--title-en", help="The wave's title in English (default: the Finnish one).")
@click.option("--ends", metavar="DATE", help="The last day to answer (default: 31 December).")
@click.option("--question", default="", help="Your own free-text question, in Finnish.")
@click.option("--question-en", default="", help="Your own free-text question, in English.")
@json_option
@with_store
def create_command(
    store: GraphStore,
    year: int,
    title: str,
    title_en: str | None,
    ends: str | None,
    question: str,
    question_en: str,
    as_json: bool,
) -> None:
    """Create the wave of a year (one per year)."""
    with cli_author(store) as by:
        data = service.create_wave(
            store,
            year,
            title,
            by,
            title_en=title_en,
            ends=ends,
            question=question,
            question_en=question_en,
        )
    if as_json:
        print_json(data)
    else:
        say(text("cli.survey.created", current_lang(), year=str(year), ends=data["ends"]))


@survey.command("list")
@json_option
@columns_option
@with_store
def list_command(store: GraphStore, as_json: bool) -> None:
    """Every wave with its last day and whether it is closed."""
    data = service.list_waves(store)
    if as_json:
        print_json(data)
        return
    lang = current_lang()
    rows = [(w["year"], w["title"], w["ends"], w["closed_at"] or "—") for w in data["items"]]
    names = ("year", "title", "ends", "closed")
    print_table(text("cli.survey.waves", lang, n=len(rows)), heads(names, lang), rows, names=names)


@survey.command("links")
@year_option
@click.option("--actor", "actors", multiple=True, help="Only this respondent (repeatable).")
@click.option("--reissue", is_flag=True, help="Replace every respondent's link.")
@click.option("--base-url", help="The service's public address (default: GRAPHSVC_PUBLIC_URL).")
@click.option("-o", "--output", type=click.Path(path_type=Path), help="Write the CSV here.")
@json_option
@with_store
def links_command(
    store: GraphStore,
    year: int,
    actors: tuple[str, ...],
    reissue: bool,
    base_url: str | None,
    output: Path | None,
    as_json: bool,
) -> None:
    """Issue links to the respondents who have none (or to --actor, or all with
    --reissue) and print them as CSV for a mail merge: each link is shown only once."""
    from graphsvc.settings import get_settings

    with cli_author(store) as by:
        rows = service.issue_links(
            store,
            year,
            base_url or get_settings().public_url,
            by,
            actors=list(actors) or None,
            reissue=reissue,
        )
    if as_json:
        print_json({"items": rows})
        return
    if not rows:
        say(text("cli.survey.no_links", current_lang()))
        return
    table = service.links_csv(rows)
    if output is None:
        echo(table.rstrip("\n"))
        return
    output.write_text(table, encoding="utf-8")
    say(text("cli.survey.links_written", current_lang(), n=str(len(rows)), path=str(output)))


@survey.command("revoke")
@year_option
@click.option("--actor", required=True, help="The respondent whose link stops working.")
@with_store
def revoke_command(store: GraphStore, year: int, actor: str) -> None:
    """Revoke a respondent's link (their answers stay; issue a new one with links --actor)."""
    with cli_author(store) as by:
        n = service.revoke_link(store, year, actor, by)
    say(text("cli.survey.revoked", current_lang(), actor=actor, n=str(n), year=str(year)))


@survey.command("status")
@year_option
@json_option
@columns_option
@with_store
def status_command(store: GraphStore, year: int, as_json: bool) -> None:
    """Response rates overall, per kind of actor and per rocket, and who has not answered."""
    data = survey_rates.wave_status(store, year)
    if as_json:
        print_json(data)
        return
    lang = current_lang()
    overall = data["overall"]
    say(
        text(
            "cli.survey.status_title",
            lang,
            year=str(year),
            answered=str(overall["answered"]),
            asked=str(overall["asked"]),
            rate=_share(overall["rate"], lang),
        )
    )
    good, fair = data["thresholds"]["good"], data["thresholds"]["fair"]
    say(text("cli.survey.thresholds", lang, good=percent(good, lang), fair=percent(fair, lang)))
    names = ("group", "asked", "answered", "rate", "level")
    kinds = [(label("kind", r["kind"], lang), *_counts(r, lang)) for r in data["by_kind"]]
    print_table(text("cli.survey.by_kind", lang), heads(names, lang), kinds, names=names)
    rockets = [(_rocket_name(r, lang), *_counts(r, lang)) for r in data["by_rocket"]]
    print_table(text("cli.survey.by_rocket", lang), heads(names, lang), rockets, names=names)
    rows = [
        (r["key"], r["name"], label("kind", r["kind"], lang), r["link"])
        for r in data["not_answered"]
    ]
    missing = ("key", "name", "kind", "link")
    title = text("cli.survey.not_answered", lang, n=str(len(rows)))
    print_table(title, heads(missing, lang), rows, names=missing)


def _share(rate: float | None, lang: str) -> str:
    return "—" if rate is None else percent(rate, lang)


def _counts(row: dict[str, Any], lang: str) -> tuple[Any, ...]:
    level = text(f"cli.survey.band.{row['band']}", lang)
    return (row["asked"], row["answered"], _share(row["rate"], lang), level)


def _rocket_name(row: dict[str, Any], lang: str) -> str:
    if not row["rocket"]:
        return text("cli.survey.no_rocket", lang)
    return str((lang == "en" and row["name_en"]) or row["name_fi"] or row["rocket"])


@survey.command("close")
@year_option
@json_option
@with_store
def close_command(store: GraphStore, year: int, as_json: bool) -> None:
    """Close the wave: links stop working and the answers go into the history on its
    last day (today, if it closes early)."""
    with cli_author(store) as by:
        data = survey_close.close_wave(store, year, by)
    if as_json:
        print_json(data)
        return
    values = {k: str(data[k]) for k in ("ties", "confirmed", "ended", "participations")}
    pending = str(data["pending_names"])
    say(
        text(
            "cli.survey.closed",
            current_lang(),
            year=str(year),
            ends=data["wave"]["ends"],
            pending=pending,
            **values,
        )
    )


@survey.command("review")
@year_option
@json_option
@columns_option
@with_store
def review_command(store: GraphStore, year: int, as_json: bool) -> None:
    """The new organisations respondents named, waiting for a decision first."""
    items = survey_close.review_queue(store, year)
    if as_json:
        print_json({"items": items})
        return
    lang = current_lang()
    rows = [(i["name"], i["named_by"], _decision(i["decision"], lang)) for i in items]
    names = ("name", "named_by", "decision")
    title = text("cli.survey.review_title", lang, year=str(year))
    print_table(title, heads(names, lang), rows, names=names)


def _decision(decision: dict[str, Any] | None, lang: str) -> str:
    if decision is None:
        return text("cli.survey.waiting", lang)
    return str(decision["actor"] or text("cli.survey.rejected", lang))


@survey.command("decide")
@year_option
@click.argument("name")
@click.option("--actor", help="The name is this existing actor.")
@click.option("--new-key", help="Add the name as a new actor with this key …")
@click.option("--kind", type=Choice([k.value for k in ActorKind]), help="… and this kind.")
@click.option("--reject", is_flag=True, help="The name is no actor of the programme.")
@json_option
@with_store
def decide_command(
    store: GraphStore,
    year: int,
    name: str,
    actor: str | None,
    new_key: str | None,
    kind: str | None,
    reject: bool,
    as_json: bool,
) -> None:
    """Decide what a new organisation NAME is; a closed wave's ties with it are written."""
    if reject == bool(actor or new_key or kind):
        from graphsvc.errors import ValidationError
        from graphsvc.messages import said

        raise ValidationError(said("errors.survey.review_choice"))
    with cli_author(store) as by:
        data = survey_close.decide_review(
            store, year, name, by, actor=actor, new_key=new_key, new_kind=kind
        )
    if as_json:
        print_json(data)
        return
    lang = current_lang()
    decision = data["actor"] or text("cli.survey.rejected", lang)
    say(text("cli.survey.decided", lang, name=data["name"], decision=decision))


@survey.command("answers")
@click.option("--actor", required=True, help="The respondent.")
@with_store
def answers_command(store: GraphStore, actor: str) -> None:
    """Print one respondent's answers of every wave as JSON (their personal data)."""
    from graphsvc.services.survey_answers import export_answers

    with cli_author(store) as by:
        print_json(export_answers(store, actor, by))


@survey.command("erase")
@click.option("--actor", required=True, help="The respondent.")
@click.option("--year", type=int, help="Only this wave (default: every wave).")
@with_store
def erase_command(store: GraphStore, actor: str, year: int | None) -> None:
    """Erase one respondent's answers (ties already written by a closed wave stay)."""
    from graphsvc.services.survey_answers import erase_answers

    with cli_author(store) as by:
        n = erase_answers(store, actor, by, year=year)
    say(text("cli.survey.erased", current_lang(), actor=actor, n=str(n)))

"""``graphsvc map``: interactive HTML maps and static PNG/SVG pictures of the network."""

from __future__ import annotations

from pathlib import Path

import click

from graphsvc.analysis.measures import MEASURES
from graphsvc.cli.app import as_of_option, main, programme_option, with_store
from graphsvc.cli.tables import echo
from graphsvc.cli.usage import Choice
from graphsvc.messages import DEFAULT_LANG, LANGS, text
from graphsvc.render.mapdata import COLOUR_BY
from graphsvc.stores.base import GraphStore

DEFAULT_DIR = Path("visuals")


@main.command("map")
@click.option("--rocket", metavar="R", help="Only one rocket (logistics, accessibility, …).")
@click.option("--focus", metavar="ACTOR", help="An actor's (or action's) neighbourhood.")
@click.option(
    "--depth",
    type=int,
    default=1,
    show_default=True,
    help="Steps from the focus (actor → action is one, → co-runner two); "
    "at most GRAPHSVC_MAX_DEPTH.",
)
@click.option(
    "--gaps",
    is_flag=True,
    help="Draw the gaps: introductions dashed; solo actions, isolated actors, single points "
    "of failure highlighted.",
)
@click.option(
    "--size",
    "size_by",
    metavar="MEASURE",
    help=f"Size actors by a measure: {', '.join(MEASURES)}.",
)
@click.option(
    "--colour-by",
    type=Choice(COLOUR_BY),
    default="kind",
    show_default=True,
    help="What the colours tell: the actor kind, the programme (of rockets, actions and "
    "actors) or the theme (of actions and actors). Interactive HTML only.",
)
@click.option(
    "--lang",
    type=Choice(LANGS),
    default=DEFAULT_LANG,
    show_default=True,
    help="Language of the legend and menus.",
)
@click.option(
    "--format",
    "fmt",
    type=Choice(["html", "png", "svg"]),
    default="html",
    show_default=True,
    help="Interactive HTML, or a static picture for reports.",
)
@click.option(
    "--overview/--no-overview",
    default=None,
    help="Rockets and communities as super-nodes (default: above 10,000 nodes).",
)
@click.option(
    "--community",
    type=int,
    metavar="N",
    help="One community of the overview (numbered 1, 2, … by size, as the overview shows).",
)
@click.option("--seed", type=int, default=42, show_default=True, help="Layout seed.")
@as_of_option
@programme_option
@click.option(
    "--from",
    "from_year",
    metavar="YEAR",
    help="A timeline map from this year: a year slider with play/pause; what began in the "
    "year shown is highlighted, what ended faded (each year as of 31 December).",
)
@click.option(
    "--to",
    "to_year",
    metavar="YEAR",
    help="The last year of the timeline (default: this year).",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="File to write (default: visuals/NAME.FORMAT).",
)
@with_store
def map_command(
    store: GraphStore,
    rocket: str | None,
    focus: str | None,
    depth: int,
    gaps: bool,
    size_by: str | None,
    colour_by: str,
    lang: str,
    fmt: str,
    overview: bool | None,
    community: int | None,
    seed: int,
    as_of: str | None,
    from_year: str | None,
    to_year: str | None,
    output: Path | None,
) -> None:
    """Write a network map: the whole network, one rocket, or an actor's neighbourhood;
    as of a day (--as-of), or year by year (--from, --to).

    The HTML works offline, shows names only as text and carries no contact details.
    """
    from graphsvc.services.map_period import map_period
    from graphsvc.services.maps import map_file_name, write_map

    period = map_period(as_of, from_year, to_year).selection()
    path = output or DEFAULT_DIR / map_file_name(
        rocket=rocket, focus=focus, depth=depth, gaps=gaps, community=community, fmt=fmt, **period
    )
    selection = {
        **period,
        "rocket": rocket,
        "focus": focus,
        "depth": depth,
        "gaps": gaps,
        "size_by": size_by,
        "lang": lang,
        "seed": seed,
        "community": community,
    }
    if fmt == "html":
        selection["overview"] = overview
        selection["colour_by"] = colour_by
    for written in write_map(store, path, fmt=fmt, **selection):
        echo(text("cli.wrote", lang, path=str(written)))

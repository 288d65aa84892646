"""``graphsvc analyze KIND``: network analyses as readable tables, or as the API's JSON."""

from __future__ import annotations

from typing import Any

import click

from graphsvc.cli.app import json_option, main, print_json, with_store
from graphsvc.cli.tables import echo, print_table
from graphsvc.services.analysis import KINDS, LANGS, run_analysis
from graphsvc.stores.base import GraphStore

#: Rows shown per table when --top is not given.
DEFAULT_ROWS = 20


@main.command("analyze")
@click.argument("kind", type=click.Choice(KINDS))
@click.argument("target", required=False, metavar="[ACTOR]")
@click.option("--rocket", metavar="R", help="Work inside one rocket (its key, e.g. competence).")
@click.option("--actor", metavar="A", help="The actor (key) for recommend and whatif.")
@click.option("--top", type=click.IntRange(min=1), help="Keep only the first N rows per list.")
@click.option(
    "--lang",
    type=click.Choice(LANGS),
    default="fi",
    show_default=True,
    help="Language of sentences and rocket names in tables.",
)
@click.option("--seed", type=int, help="Random seed (communities, sampled betweenness).")
@json_option
@with_store
def analyze(
    store: GraphStore,
    kind: str,
    target: str | None,
    rocket: str | None,
    actor: str | None,
    top: int | None,
    lang: str,
    seed: int | None,
    as_json: bool,
) -> None:
    """Analyse the collaboration network: KIND is one of summary, centrality, brokers, gaps,
    recommend, coverage, communities, whatif.

    \b
    Examples:
      graphsvc analyze gaps --lang en
      graphsvc analyze recommend --actor kouvola-city
      graphsvc analyze whatif kouvola-city
      graphsvc analyze centrality --rocket competence --json
    """
    actor = actor or target
    params: dict[str, Any] = {}
    if seed is not None and kind in ("centrality", "brokers", "communities"):
        params["seed"] = seed
    progress = None if as_json else _progress(kind)
    data = run_analysis(
        store, kind, rocket=rocket, actor=actor, lang=lang, top=top, progress=progress, **params
    )
    if as_json:
        print_json(data)
        return
    RENDERERS[kind](data["result"], lang, top or DEFAULT_ROWS)


def _n(value: Any) -> Any:
    """A number as a table shows it: floats to three decimals."""
    return f"{value:.3f}" if isinstance(value, float) else value


def _progress(kind: str) -> Any:
    def report(step: str) -> None:
        echo(f"{kind}: {step}…", err=True)

    return report


def _summary(r: dict[str, Any], lang: str, rows: int) -> None:
    columns = [
        "",
        "actors",
        "actions",
        "ties",
        "density",
        "components",
        "main share",
        "centralisation",
        "avg path",
        "solo actions",
    ]

    def row(name: str, h: dict[str, Any]) -> list[Any]:
        keys = [
            "actors",
            "actions",
            "ties",
            "density",
            "components",
            "main_component_share",
            "degree_centralisation",
            "average_path_length",
            "solo_action_share",
        ]
        return [name, *(_n(h[k]) for k in keys)]

    body = [row("overall" if lang == "en" else "koko ohjelma", r["overall"])]
    body += [row(x["name"], x) for x in r["rockets"]]
    print_table("Network health" if lang == "en" else "Verkoston terveys", columns, body)


def _centrality(r: dict[str, Any], lang: str, rows: int) -> None:
    how = r["betweenness_method"]
    title = f"Centrality ({r['actors_total']} actors, {r['ties_total']} ties)"
    if how.get("sampled"):
        title += f" — betweenness sampled, ±{how['error_bound']} at {how['confidence']:.0%}"
    print_table(
        title,
        [
            "#",
            "actor",
            "kind",
            "degree",
            "weighted",
            "betweenness",
            "closeness",
            "eigenvector",
            "pagerank",
            "2-step reach",
            "reach eff.",
            "k-core",
        ],
        [
            [
                a["ranks"]["betweenness"],
                a["name"],
                a["kind"],
                a["degree"],
                a["weighted_degree"],
                _n(a["betweenness"]),
                _n(a["closeness"]),
                _n(a["eigenvector"]),
                _n(a["pagerank"]),
                _n(a["two_step_reach"]),
                _n(a["reach_efficiency"]),
                a["k_core"],
            ]
            for a in r["actors"][:rows]
        ],
    )


def _brokers(r: dict[str, Any], lang: str, rows: int) -> None:
    print_table(
        "Brokers" if lang == "en" else "Välittäjät",
        ["actor", "betweenness", "constraint", "eff. size", "hierarchy", "cut off", "why"],
        [
            [
                b["name"],
                _n(b["betweenness"]),
                _n(b["constraint"]),
                _n(b["effective_size"]),
                _n(b["hierarchy"]),
                b["cut_off"],
                b["text"][lang],
            ]
            for b in r["brokers"][:rows]
        ],
    )


def _gaps(r: dict[str, Any], lang: str, rows: int) -> None:
    counts = ", ".join(f"{k} {v}" for k, v in r["by_severity"].items())
    shown: dict[str, int] = {}
    body = []
    for gap in r["gaps"]:
        shown[gap["kind"]] = shown.get(gap["kind"], 0) + 1
        if shown[gap["kind"]] <= rows:
            body.append([gap["severity"], gap["kind"], gap["text"][lang]])
    hidden = sum(max(0, n - rows) for n in shown.values())
    title = ("Collaboration gaps" if lang == "en" else "Yhteistyön aukot") + f" ({counts})"
    print_table(title, ["severity", "kind", "finding"], body)
    if hidden:
        echo(f"… {hidden} more (--top N, or --json for all)")


def _recommend(r: dict[str, Any], lang: str, rows: int) -> None:
    print_table(
        "Introductions" if lang == "en" else "Esittelyt",
        ["score", "actor", "actor", "why"],
        [
            [p["score"], p["actors"][0]["name"], p["actors"][1]["name"], p["text"][lang]]
            for p in r["introductions"][:rows]
        ],
    )


def _coverage(r: dict[str, Any], lang: str, rows: int) -> None:
    rockets = r["rockets"]
    print_table(
        "Actors by kind and rocket (actions in brackets)",
        ["kind", *[x["name"] for x in rockets]],
        [
            [
                kind,
                *[
                    f"{r['actors'][kind][x['key']]} ({r['actions'][kind][x['key']]})"
                    for x in rockets
                ],
            ]
            for kind in r["kinds"]
        ],
    )


def _communities(r: dict[str, Any], lang: str, rows: int) -> None:
    print_table(
        f"Communities (modularity {r['modularity']}, NMI with rockets {r['nmi_with_rockets']})",
        ["#", "size", "crosses rockets", "community"],
        [
            [c["id"], c["size"], c["crosses_rockets"], c["text"][lang]]
            for c in r["communities"][:rows]
        ],
    )
    print_table(
        "Rockets",
        ["rocket", "actors", "split", ""],
        [[x["name"], x["actors"], x["split"], x["text"][lang]] for x in r["rockets"]],
    )


def _whatif(r: dict[str, Any], lang: str, rows: int) -> None:
    echo(r["text"][lang])
    print_table(
        "Before / after",
        ["", "before", "after"],
        [
            ["components", r["components"]["before"], r["components"]["after"]],
            ["main component", r["main_component"]["before"], r["main_component"]["after"]],
            ["average reach", r["average_reach"]["before"], r["average_reach"]["after"]],
        ],
    )
    if r["cut_off"]:
        print_table("Cut off", ["actor", "kind"], [[a["name"], a["kind"]] for a in r["cut_off"]])
    lost = [["no lead", a["name"]] for a in r["actions_without_lead"]]
    lost += [["no actor", a["name"]] for a in r["actions_without_actors"]]
    if lost:
        print_table("Actions", ["left with", "action"], lost)


RENDERERS = {
    "summary": _summary,
    "centrality": _centrality,
    "brokers": _brokers,
    "gaps": _gaps,
    "recommend": _recommend,
    "coverage": _coverage,
    "communities": _communities,
    "whatif": _whatif,
}

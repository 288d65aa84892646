"""The "Avaintoimijat / Key actors" page: centrality by a chosen measure, the brokers and
what-if removal, each measure explained in plain language.

Every figure comes from the analysis runner (``centrality``, ``brokers``, ``whatif``;
cached per graph version), the same as ``GET /api/v1/analysis/{kind}``; nothing is
recomputed here.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from graphsvc import messages
from graphsvc.api.ui import key_actor_sections as sections
from graphsvc.api.ui.analysis_routes import (
    AsOfParam,
    RocketParam,
    check_rocket,
    run_ui_analysis,
    ui_store,
)
from graphsvc.api.ui.pages import Page, render
from graphsvc.api.ui.read_routes import all_rockets
from graphsvc.api.ui.session import UIRoute, ViewerPage
from graphsvc.errors import ValidationError
from graphsvc.services.as_of import history_years, store_on

router = APIRouter(route_class=UIRoute, include_in_schema=False)
KeyParam = Annotated[str | None, Query(max_length=128)]


def _checked_measure(page: Page, measure: str | None) -> str:
    """``measure`` (default: the first of MEASURES), or ValidationError naming the measures."""
    measure = measure or sections.MEASURES[0]
    if measure not in sections.MEASURES:
        text = page.t(
            "browse_bad_value",
            name="measure",
            value=messages.quote(measure, page.lang),
            allowed=", ".join(sections.MEASURES),
        )
        raise ValidationError(text, value=measure)
    return measure


def _filters(page: Page, rocket: str | None, as_of: str | None) -> dict[str, Any]:
    """The rockets and years of the page's filters; 404 for an unknown rocket, 422 for a
    malformed year."""
    store = ui_store(page)
    check_rocket(store, rocket)
    store_on(store, as_of)
    years = [(str(y), str(y)) for y in reversed(history_years(store))]
    return {"rockets": all_rockets(store), "years": years}


@router.get("/key-actors")
async def key_actors(
    page: ViewerPage,
    rocket: RocketParam = None,
    as_of: AsOfParam = None,
    measure: KeyParam = None,
    actor: KeyParam = None,
) -> Response:
    """The key actors of the programme or one rocket, now or as of a year; with ``actor``,
    what the network would lose without it."""
    rocket, as_of, actor = rocket or None, as_of or None, actor or None
    measure = _checked_measure(page, measure)
    filters = await run_in_threadpool(_filters, page, rocket, as_of)
    names = {r.key: page.rocket_name(r) for r in filters["rockets"]}
    central, problem = await run_ui_analysis(page, "centrality", rocket=rocket, as_of=as_of)
    found, broker_problem = await run_ui_analysis(
        page, "brokers", rocket=rocket, as_of=as_of, top=sections.BROKERS
    )
    choices = sections.actor_choices(central, page.lang) if central else []
    effect, effect_problem = None, None
    if actor is not None:
        if actor not in {key for key, _ in choices}:
            effect_problem = page.t("key_whatif_unknown", actor=messages.quote(actor, page.lang))
        else:
            answer, effect_problem = await run_ui_analysis(
                page, "whatif", rocket=rocket, as_of=as_of, actor=actor
            )
            effect = sections.whatif(answer, page, names) if answer else None
    return render(
        page,
        "key_actors.html",
        rocket=rocket or "",
        as_of=as_of or "",
        measure=measure,
        measures=sections.MEASURES,
        measure_choices=[(name, page.t(f"key_measure_{name}")) for name in sections.MEASURES],
        ranked=sections.ranking(central, page, measure) if central else [],
        problem=problem,
        survey_note=(central or {}).get("survey"),
        brokers=sections.brokers(found, page) if found else [],
        broker_problem=broker_problem,
        choices=choices,
        actor=actor or "",
        effect=effect,
        effect_problem=effect_problem,
        rocket_names=names,
        **filters,
    )

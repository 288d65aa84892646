"""Reading pages: the who-runs search, and the pages of one rocket, action and actor."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from graphsvc.api.ui.pages import Page, render, rocket_order
from graphsvc.api.ui.session import UIRoute, ViewerPage
from graphsvc.api.ui.stores import app_store
from graphsvc.errors import ValidationError
from graphsvc.model import CONTACT_FIELDS, PROGRAMME_KEY, Label, Node, RelType, Role, Status
from graphsvc.records import Participation
from graphsvc.stores.base import GraphStore

router = APIRouter(route_class=UIRoute, include_in_schema=False)
#: How many hits a search shows, and for how many of them the runners are listed inline.
SEARCH_LIMIT = 50
INLINE_ANSWERS = 15
#: Actors offered as suggestions in the add-partner field.
ACTOR_SUGGESTIONS = 2000
ACTOR_FIELDS = ("kind", "sector", "municipality", "business_id", "website", "tags", "verified_at")


def rockets_of_action(store: GraphStore, key: str) -> list[tuple[Node, bool]]:
    """The rockets an action fuels, primary first, each with its ``primary`` flag."""
    edges = store.find_edges(RelType.FUELS, start=key)
    edges.sort(key=lambda e: (not e.props.get("primary"), e.end))
    return [(store.get_node(Label.ROCKET, e.end), bool(e.props.get("primary"))) for e in edges]


def themes_of_action(store: GraphStore, key: str) -> list[Node]:
    """The themes an action addresses, by key."""
    edges = store.find_edges(RelType.ADDRESSES, start=key)
    return [store.get_node(Label.THEME, e.end) for e in edges]


def all_rockets(store: GraphStore) -> list[Node]:
    """The rockets by programme (the built-in one first): the five rockets, then the launch
    pad; another programme's focus areas in their order."""
    owner = {e.start: e.end for e in store.find_edges(RelType.PART_OF)}
    found = store.find_nodes(Label.ROCKET)

    def order(n: Node) -> tuple[bool, str, tuple[int, str]]:
        programme = owner.get(n.key, PROGRAMME_KEY)
        return (programme != PROGRAMME_KEY, programme, rocket_order(n.key, n.props.get("number")))

    return sorted(found, key=order)


def _search(store: GraphStore, q: str) -> dict[str, Any]:
    try:
        hits = store.search(q, labels=[Label.ACTION, Label.ACTOR], limit=SEARCH_LIMIT)
    except ValidationError:
        return {"actions": [], "actors": [], "truncated": False}
    actions = [n for n in hits if n.label is Label.ACTION]
    actors = [n for n in hits if n.label is Label.ACTOR]
    return {
        "actions": [
            (n, store.who_runs(n.key) if i < INLINE_ANSWERS else None)
            for i, n in enumerate(actions)
        ],
        "actors": [
            (n, store.actions_of(n.key) if i < INLINE_ANSWERS else None)
            for i, n in enumerate(actors)
        ],
        "truncated": len(hits) >= SEARCH_LIMIT,
    }


@router.get("/search")
async def search(page: ViewerPage, q: Annotated[str, Query(max_length=200)] = "") -> Response:
    """Who runs an action (action -> actors with roles) and what an actor runs."""
    q = q.strip()
    found = await run_in_threadpool(_search, app_store(page), q) if q else None
    return render(page, "search.html", q=q, found=found, limit=SEARCH_LIMIT)


def _rocket_data(store: GraphStore, key: str) -> dict[str, Any]:
    rocket = store.get_node(Label.ROCKET, key)
    actions = store.rocket_actions(key)
    runners = {a.key: store.who_runs(a.key) for a in actions}
    return {
        "rocket": rocket,
        "actions": actions,
        "runners": runners,
        "actors": store.rocket_actors(key),
    }


@router.get("/rockets/{key}")
async def rocket_page(page: ViewerPage, key: str) -> Response:
    """One rocket: its actions with their runners, its actors, and links to its map and gaps."""
    data = await run_in_threadpool(_rocket_data, app_store(page), key)
    return render(page, "rocket.html", **data)


def _action_data(store: GraphStore, key: str, editing: bool) -> dict[str, Any]:
    action = store.get_node(Label.ACTION, key)
    runners: list[Participation] = store.who_runs(key)
    suggestions: list[Node] = []
    if editing:
        running = {p.node.key for p in runners}
        suggestions = [
            n
            for n in store.find_nodes(Label.ACTOR, limit=ACTOR_SUGGESTIONS)
            if n.key not in running
        ]
    return {
        "action": action,
        "rockets": rockets_of_action(store, key),
        "themes": themes_of_action(store, key),
        "runners": runners,
        "suggestions": suggestions,
        "roles": list(Role),
        "statuses": list(Status),
    }


def action_response(
    page: Page, key: str, *, status: int = 200, error: str | None = None, **form: Any
) -> Response:
    """The page of one action (also re-rendered with an error by the add-partner form)."""
    data = _action_data(app_store(page), key, page.can_edit)
    return render(page, "action.html", status=status, error=error, form=form, **data)


@router.get("/actions/{key}")
async def action_page(page: ViewerPage, key: str) -> Response:
    """One action: its rockets and who runs it, with roles; editors can add partners."""
    return await run_in_threadpool(action_response, page, key)


def _actor_data(store: GraphStore, key: str, contacts: bool) -> dict[str, Any]:
    actor = store.get_node(Label.ACTOR, key)
    fields = [(f, actor.props[f]) for f in ACTOR_FIELDS if actor.props.get(f) not in (None, "")]
    contact = [(f, actor.props[f]) for f in CONTACT_FIELDS if contacts and actor.props.get(f)]
    return {"actor": actor, "fields": fields, "contact": contact, "actions": store.actions_of(key)}


@router.get("/actors/{key}")
async def actor_page(page: ViewerPage, key: str) -> Response:
    """One actor: its details (contacts only for editors) and the actions it runs."""
    data = await run_in_threadpool(_actor_data, app_store(page), key, page.sees_contacts)
    max_depth = page.request.app.state.settings.max_depth
    return render(page, "actor.html", max_depth=max_depth, **data)

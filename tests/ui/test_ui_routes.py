"""The UI's routes over HTTP (no browser): who may see and post what, headers, redirects."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from graphsvc.analysis.gap_scores import gap_id
from graphsvc.api.ui.session import UIRoute
from graphsvc.errors import NotFoundError
from graphsvc.model import Label, RelType

from .conftest import CSRF_RE, make_app, open_loaded_store
from .ui_data import EDITOR, VIEWER

#: A gap of the UI workbook: the logistics rocket has no residents' group.
LOGISTICS_WITHOUT_RESIDENTS = gap_id(
    {
        "kind": "rocket_missing_kind",
        "subjects": [{"key": "logistics"}],
        "details": {"missing_kind": "citizen"},
    }
)
#: Every UI route: method, path, a sample URL, form data, the least role ("public": none).
UI_ROUTES: tuple[tuple[str, str, str, dict[str, Any], str], ...] = (
    ("GET", "/sign-in", "/sign-in", {}, "public"),
    ("POST", "/sign-in", "/sign-in", {}, "public"),
    ("POST", "/sign-out", "/sign-out", {}, "viewer"),
    ("GET", "/", "/", {}, "viewer"),
    ("GET", "/gaps", "/gaps?rocket=centre", {}, "viewer"),
    ("GET", "/recommendations", "/recommendations", {}, "viewer"),
    ("GET", "/overlap", "/overlap", {}, "viewer"),
    ("GET", "/changes", "/changes", {}, "viewer"),
    ("GET", "/indicators", "/indicators", {}, "viewer"),
    ("GET", "/indicators/{key}", "/indicators/asukkaat?year=2024", {}, "viewer"),
    ("GET", "/report", "/report", {}, "viewer"),
    ("GET", "/search", "/search?q=kouvola", {}, "viewer"),
    ("GET", "/actors", "/actors?kind=city&sort=actions&dir=desc", {}, "viewer"),
    ("GET", "/actions", "/actions?rocket=centre&flag=no_lead", {}, "viewer"),
    ("GET", "/actors.{fmt}", "/actors.csv?kind=company", {}, "viewer"),
    ("GET", "/actions.{fmt}", "/actions.xlsx?status=planned", {}, "viewer"),
    ("GET", "/key-actors", "/key-actors?measure=degree&actor=kouvola", {}, "viewer"),
    ("GET", "/rockets/{key}", "/rockets/logistics", {}, "viewer"),
    ("GET", "/actions/{key}", "/actions/rrt", {}, "viewer"),
    ("GET", "/actors/{key}", "/actors/kouvola", {}, "viewer"),
    ("GET", "/maps/network", "/maps/network", {}, "viewer"),
    ("GET", "/maps/rocket/{key}", "/maps/rocket/centre", {}, "viewer"),
    ("GET", "/maps/actor/{key}", "/maps/actor/xamk?depth=2", {}, "viewer"),
    ("GET", "/new-actor", "/new-actor", {}, "editor"),
    ("POST", "/new-actor", "/new-actor", {"key": "n1", "name": "N", "kind": "city"}, "editor"),
    ("GET", "/actors/{key}/edit", "/actors/vr/edit", {}, "editor"),
    ("POST", "/actors/{key}/edit", "/actors/vr/edit", {"name": "VR", "kind": "company"}, "editor"),
    ("GET", "/new-action", "/new-action", {}, "editor"),
    (
        "POST",
        "/new-action",
        "/new-action",
        {"key": "t9", "title": "T", "primary_rocket": "centre"},
        "editor",
    ),
    ("GET", "/actions/{key}/edit", "/actions/asema/edit", {}, "editor"),
    (
        "POST",
        "/actions/{key}/edit",
        "/actions/asema/edit",
        {"title": "Asema", "primary_rocket": "centre"},
        "editor",
    ),
    ("POST", "/actions/{key}/partners", "/actions/asema/partners", {"actor": "ely"}, "editor"),
    (
        "GET",
        "/actions/{key}/partners/{actor_key}/remove",
        "/actions/asema/partners/yrittajat/remove",
        {},
        "editor",
    ),
    (
        "POST",
        "/actions/{key}/partners/{actor_key}/remove",
        "/actions/asema/partners/yrittajat/remove",
        {},
        "editor",
    ),
    ("GET", "/presentations", "/presentations", {}, "viewer"),
    (
        "POST",
        "/presentations",
        "/presentations",
        {"title": "Uusi", "map": "/maps/network"},
        "editor",
    ),
    ("GET", "/presentations/{key}", "/presentations/council", {}, "viewer"),
    (
        "POST",
        "/presentations/{key}/rename",
        "/presentations/council/rename",
        {"title": "Valtuusto"},
        "editor",
    ),
    (
        "POST",
        "/presentations/{key}/slides/{number}/move",
        "/presentations/council/slides/1/move",
        {"steps": "1"},
        "editor",
    ),
    (
        "GET",
        "/presentations/{key}/slides/{number}/remove",
        "/presentations/council/slides/1/remove",
        {},
        "editor",
    ),
    (
        "POST",
        "/presentations/{key}/slides/{number}/remove",
        "/presentations/council/slides/3/remove",
        {},
        "editor",
    ),
    ("GET", "/presentations/{key}/delete", "/presentations/old/delete", {}, "editor"),
    ("POST", "/presentations/{key}/delete", "/presentations/old/delete", {}, "editor"),
    (
        "POST",
        "/gaps/{gap_id}/handled",
        f"/gaps/{LOGISTICS_WITHOUT_RESIDENTS}/handled",
        {"note": "x"},
        "editor",
    ),
    ("POST", "/gaps/{gap_id}/reopen", f"/gaps/{LOGISTICS_WITHOUT_RESIDENTS}/reopen", {}, "editor"),
    ("GET", "/actors/{key}/delete", "/actors/vr/delete", {}, "editor"),
    ("POST", "/actors/{key}/delete", "/actors/vr/delete", {}, "editor"),
    ("GET", "/actions/{key}/delete", "/actions/rrt/delete", {}, "editor"),
    ("POST", "/actions/{key}/delete", "/actions/rrt/delete", {}, "editor"),
    ("POST", "/undo", "/undo", {}, "editor"),
    ("GET", "/survey", "/survey", {}, "editor"),
    ("POST", "/survey", "/survey", {"year": "2099", "title": "Kysely 2099"}, "editor"),
    ("GET", "/survey/{year}", "/survey/2026", {}, "editor"),
    ("POST", "/survey/{year}/links", "/survey/2026/links", {}, "editor"),
    ("POST", "/survey/{year}/links/{actor}", "/survey/2026/links/kouvola", {}, "editor"),
    (
        "POST",
        "/survey/{year}/links/{actor}/revoke",
        "/survey/2026/links/kouvola/revoke",
        {},
        "editor",
    ),
    (
        "POST",
        "/survey/{year}/review",
        "/survey/2026/review",
        {"name": "Kahvila Kuppi", "choice": "reject"},
        "editor",
    ),
    ("GET", "/survey/{year}/close", "/survey/2025/close", {}, "editor"),
    ("POST", "/survey/{year}/close", "/survey/2025/close", {}, "editor"),
    # the respondent's form: the link is the credential (tests/api/test_survey_api.py)
    ("GET", "/s/{token}", "/s/not-a-live-link", {}, "link"),
    ("POST", "/s/{token}", "/s/not-a-live-link", {}, "link"),
    ("POST", "/s/{token}/save", "/s/not-a-live-link/save", {}, "link"),
    ("GET", "/static/ui/{name}", "/static/ui/ui.css", {}, "public"),
)
PROTECTED = [r for r in UI_ROUTES if r[4] not in ("public", "link")]
#: Forms whose answer is the result itself, shown once (new survey links), not a redirect.
SHOWN_ONCE = {"/survey/{year}/links", "/survey/{year}/links/{actor}"}


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """The real app on a freshly loaded store (one per module: the tests here write)."""
    store = open_loaded_store(tmp_path_factory.mktemp("ui-routes"))
    add_indicator(store)
    add_presentations(store)
    add_survey(store)
    yield make_app(store)
    store.close()


def add_indicator(store: Any) -> None:
    """One indicator of the centre with a value, for the indicator pages."""
    from graphsvc.indicator_model import Direction, Indicator, Observation
    from graphsvc.records import Batch

    residents = Indicator(
        "asukkaat", "Keskustan asukkaat", "Centre residents", "henkilöä", Direction.INCREASE,
        2020, 4000, 2025, 4500, "centre", owner="kouvola",
    )  # fmt: skip
    store.apply(Batch(indicators=[residents], observations=[Observation("asukkaat", 2023, 4210)]))


def add_survey(store: Any) -> None:
    """An open wave of 2026 whose one respondent named a new organisation, and an open
    wave of 2025 to close."""
    from graphsvc.survey_model import Answer, Link, Tie, Wave, token_hash

    store.add_wave(Wave(2026, "Kysely 2026", "Survey 2026", "2026-12-31", updated_at="t"))
    store.add_wave(Wave(2025, "Kysely 2025", "Survey 2025", "2025-12-31", updated_at="t"))
    store.add_link(Link(2026, "kouvola", token_hash("sample-token"), "2026-12-01"))
    answer = Answer(2026, "kouvola", (Tie("vr"), Tie(None, "Kahvila Kuppi")))
    store.save_answer(answer, token_hash=token_hash("sample-token"))


def add_presentations(store: Any) -> None:
    """A presentation of three slides to read, reorder and trim, and one to delete."""
    from graphsvc.presentation_model import Presentation, Slide

    slides = (Slide("Yksi", "zoom=1"), Slide("Kaksi", "rocket=centre"), Slide("Kolme", ""))
    store.add_presentation(Presentation("council", "Valtuusto", "/maps/network", slides))
    store.add_presentation(Presentation("old", "Vanha", "/maps/rocket/centre"))


def client_for(app: Any, user: tuple[str, str] | None) -> tuple[TestClient, str]:
    """A client signed in as ``user`` (or anonymous) and its session's CSRF token."""
    client = TestClient(app, follow_redirects=False)
    token = CSRF_RE.search(client.get("/sign-in").text)
    assert token
    if user is None:
        return client, token.group(1)
    answer = client.post(
        "/sign-in", data={"username": user[0], "password": user[1], "csrf_token": token.group(1)}
    )
    assert answer.status_code == 303, answer.text
    page = client.get("/search")
    fresh = CSRF_RE.search(page.text)
    assert fresh and fresh.group(1) != token.group(1), "signing in must rotate the CSRF token"
    return client, fresh.group(1)


@pytest.fixture(scope="module")
def clients(app: Any) -> dict[str, tuple[TestClient, str]]:
    """One signed-in client per role for the read-mostly tests (signing in costs argon2)."""
    return {
        "anonymous": client_for(app, None),
        "viewer": client_for(app, VIEWER),
        "editor": client_for(app, EDITOR),
    }


def _routes(routes: list[Any]) -> Iterator[Any]:
    for route in routes:
        if hasattr(route, "original_router"):  # an included router (FastAPI >= 0.150)
            yield from _routes(route.original_router.routes)
        elif hasattr(route, "routes") and not hasattr(route, "methods"):
            yield from _routes(route.routes)
        else:
            yield route


def test_every_ui_route_is_in_the_table(app: Any) -> None:
    served = {
        (method, route.path)
        for route in _routes(app.routes)
        if isinstance(route, UIRoute) or getattr(route, "path", "").startswith("/static/ui")
        for method in route.methods - {"HEAD"}
    }
    assert len(served) > 20
    listed = {(r[0], r[1]) for r in UI_ROUTES}
    assert served == listed


@pytest.mark.parametrize("route", PROTECTED, ids=lambda r: f"{r[0]} {r[1]}")
def test_anonymous_visitors_go_to_the_sign_in_form(app: Any, clients: dict, route: tuple) -> None:
    client, token = clients["anonymous"]
    before = app.state.store.snapshot()
    answer = client.request(route[0], route[2], data={**route[3], "csrf_token": token} or None)
    assert answer.status_code == 303
    assert answer.headers["location"].startswith("/sign-in?next=")
    after = app.state.store.snapshot()
    assert (before.nodes, before.edges) == (after.nodes, after.edges)


@pytest.mark.parametrize("route", [r for r in PROTECTED if r[4] == "editor"], ids=lambda r: r[2])
def test_viewers_get_403_and_nothing_changes(app: Any, clients: dict, route: tuple) -> None:
    client, token = clients["viewer"]
    before = app.state.store.snapshot()
    data = {**route[3], "csrf_token": token} if route[0] == "POST" else None
    answer = client.request(route[0], route[2], data=data)
    assert answer.status_code == 403
    assert answer.headers["content-type"].startswith("text/html")
    after = app.state.store.snapshot()
    assert (before.nodes, before.edges) == (after.nodes, after.edges)


@pytest.mark.parametrize("route", PROTECTED, ids=lambda r: f"{r[0]} {r[2]}")
def test_the_least_role_is_admitted_with_safe_headers(
    app: Any, clients: dict, route: tuple
) -> None:
    signing_out = route[1] == "/sign-out"
    client, token = client_for(app, VIEWER) if signing_out else clients[route[4]]
    data = {**route[3], "csrf_token": token} if route[0] == "POST" else None
    answer = client.request(route[0], route[2], data=data)
    if route[0] == "GET":
        assert answer.status_code == 200, answer.text[:500]
    elif route[1] in SHOWN_ONCE:
        assert answer.status_code == 200, answer.text[:500]
    else:  # a form that worked answers with a redirect to its result
        assert answer.status_code == 303, answer.text[:500]
        assert signing_out or not answer.headers["location"].startswith("/sign-in")
    policy = answer.headers["content-security-policy"]
    assert "'unsafe-inline'" not in policy and "frame-ancestors 'none'" in policy
    assert answer.headers["x-content-type-options"] == "nosniff"
    assert answer.headers["referrer-policy"] == "no-referrer"


def test_a_post_with_a_wrong_csrf_token_is_refused(app: Any) -> None:
    client, _ = client_for(app, EDITOR)
    answer = client.post("/new-actor", data={"key": "z", "name": "Z", "kind": "city"})
    assert answer.status_code == 403
    answer = client.post(
        "/new-actor", data={"key": "z", "name": "Z", "kind": "city", "csrf_token": "forged"}
    )
    assert answer.status_code == 403
    with pytest.raises(Exception, match="not found"):
        app.state.store.get_node(Label.ACTOR, "z")


def test_sign_in_needs_the_form_token_and_the_right_password(app: Any) -> None:
    client, token = client_for(app, None)
    form = {"username": EDITOR[0], "password": EDITOR[1]}
    assert client.post("/sign-in", data=form).status_code == 403
    wrong = client.post("/sign-in", data={**form, "password": "nope", "csrf_token": token})
    assert wrong.status_code == 401 and "Väärä käyttäjätunnus" in wrong.text
    ok = client.post("/sign-in", data={**form, "csrf_token": token, "next": "//evil.example/"})
    assert ok.status_code == 303 and ok.headers["location"] == "/"
    entries = app.state.accounts.find_audit(limit=2, offset=0)
    assert [(e.action, e.outcome) for e in entries] == [("sign-in", "ok"), ("sign-in", "denied")]
    assert all(EDITOR[1] not in str(e.__dict__) and "nope" not in str(e.__dict__) for e in entries)


def test_sign_out_ends_the_session(app: Any) -> None:
    client, token = client_for(app, VIEWER)
    assert client.get("/").status_code == 200
    assert client.post("/sign-out", data={"csrf_token": token}).status_code == 303
    assert client.get("/").status_code == 303


def test_a_cookie_replayed_after_sign_out_is_refused(app: Any) -> None:
    client, token = client_for(app, EDITOR)
    cookie = client.cookies["graphsvc_session"]
    refused = client.post("/sign-out", data={"csrf_token": "wrong"})
    assert refused.status_code == 403 and client.get("/").status_code == 200  # still signed in
    assert client.post("/sign-out", data={"csrf_token": token}).status_code == 303
    replayed = TestClient(app, follow_redirects=False, cookies={"graphsvc_session": cookie})
    assert replayed.get("/").status_code == 303  # to the sign-in form
    assert replayed.get("/api/v1/actors").status_code == 401
    form = {"key": "replay", "name": "Replay", "kind": "city", "csrf_token": token}
    assert replayed.post("/new-actor", data=form).status_code == 303
    assert replayed.get("/actors/replay").status_code == 303
    with pytest.raises(NotFoundError):
        app.state.store.get_node(Label.ACTOR, "replay")


def test_language_from_query_then_cookie(app: Any) -> None:
    client, _ = client_for(app, VIEWER)
    assert '<html lang="fi">' in client.get("/").text
    english = client.get("/?lang=en")
    assert '<html lang="en">' in english.text and "Rockets and the launch pad" in english.text
    assert '<html lang="en">' in client.get("/search").text, "the choice is remembered"
    assert "Verkostokartta" not in client.get("/maps/network").text[:2000]
    assert '<html lang="fi">' in client.get("/search?lang=fi").text


def test_static_files_are_allow_listed(app: Any) -> None:
    client = TestClient(app)
    assert client.get("/static/ui/ui.css").headers["content-type"].startswith("text/css")
    assert client.get("/static/ui/app.py").status_code == 404
    assert client.get("/static/ui/..%2F__init__.py").status_code == 404


def test_unknown_items_give_an_html_404(app: Any) -> None:
    client, _ = client_for(app, VIEWER)
    for url in (
        "/actions/nope",
        "/actors/nope",
        "/rockets/nope",
        "/maps/rocket/nope",
        "/indicators/nope",
    ):
        answer = client.get(url)
        assert answer.status_code == 404, url
        assert "Sivua tai kohdetta ei löytynyt." in answer.text
    assert client.get("/maps/actor/xamk?depth=99").status_code == 422


def test_editing_an_action_replaces_its_rockets(app: Any, clients: dict) -> None:
    client, token = clients["editor"]
    form = {
        "title": "Erottuva asuminen",
        "primary_rocket": "wellbeing",
        "rockets": ["centre"],
        "status": "ongoing",
        "themes": "asuminen; osallisuus",
        "csrf_token": token,
    }
    refused = client.post("/actions/asuminen/edit", data=form)
    assert refused.status_code == 422 and "employment, environment, participation" in refused.text
    form["themes"] = "tyollisyys; osallisuus"
    answer = client.post("/actions/asuminen/edit", data=form)
    assert answer.status_code == 303 and answer.headers["location"] == "/actions/asuminen?msg=saved"
    store = app.state.store
    fuels = {e.end: e.props["primary"] for e in store.find_edges(RelType.FUELS, start="asuminen")}
    assert fuels == {"wellbeing": True, "centre": False}
    node = store.get_node(Label.ACTION, "asuminen")
    themes = [e.end for e in store.find_edges(RelType.ADDRESSES, start="asuminen")]
    assert themes == ["employment", "participation"] and node.props["status"] == "ongoing"
    page = client.get("/actions/asuminen?msg=saved").text
    assert "Tallennettu." in page and "Luova hyvinvointi" in page


def test_a_dashboard_for_editors_offers_the_forms(clients: dict) -> None:
    assert 'href="/new-actor"' in clients["editor"][0].get("/").text
    assert 'href="/new-actor"' not in clients["viewer"][0].get("/").text


def test_the_indicator_pages_over_http(clients: dict) -> None:
    client, _ = clients["viewer"]
    listing = client.get("/indicators")
    assert listing.status_code == 200
    assert 'href="/indicators/asukkaat?year=2023"' in listing.text  # the latest year with values
    assert "Kouvolan kaupunki" in listing.text and "4\xa0210" in listing.text
    detail = client.get("/indicators/asukkaat?lang=en")
    assert detail.status_code == 200 and "Centre residents" in detail.text
    assert 'role="img"' in detail.text and ' style="' not in detail.text  # CSP-proof chart
    assert client.get("/indicators?year=20x4").status_code == 422
    page = client.get("/report?lang=en&language=fi").text
    assert 'href="/api/v1/reports/2023?format=pdf&amp;lang=fi"' in page  # the latest value's year
    assert 'download="vuosiraportti-2023.pdf"' in page and "Annual report" in page
    assert client.get("/report?year=2999").status_code == 422


def test_the_report_api_admits_the_ui_session(clients: dict) -> None:
    """The report page links to the API: a signed-in browser's cookie must be enough."""
    client, _ = clients["viewer"]
    answer = client.get("/api/v1/reports/2023?format=html&lang=en")
    assert answer.status_code == 200, answer.text[:300]
    assert answer.headers["content-type"].startswith("text/html") and "2023" in answer.text
    anonymous, _ = clients["anonymous"]
    assert anonymous.get("/api/v1/reports/2023?format=html").status_code == 401

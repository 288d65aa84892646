"""The survey through the API and the respondent's form, on both stores: the editors'
flow, tokens that reach nothing but their own form, rate limits, audit without contents."""

from __future__ import annotations

from graphsvc.model import RelType
from tests.api.conftest import Api, make_api
from tests.api.route_roles import ROUTE_ROLES

YEAR = 2099
SECRET_NOTE = "luottamuksellinen huomio 7781"


def start_wave(api: Api) -> dict[str, str]:
    """A wave of YEAR with a-1 and a-2 as respondents; their form paths by actor."""
    assert (
        api.call(
            "PATCH", "/api/v1/actors/a-2", "editor", json={"contact_email": "x@xamk.example"}
        ).status_code
        == 200
    )
    made = api.call("POST", "/api/v1/surveys", "editor", json={"year": YEAR, "title": "Kysely"})
    assert made.status_code == 201, made.text
    links = api.call("POST", f"/api/v1/surveys/{YEAR}/links", "editor", json={})
    assert links.status_code == 200
    rows = links.json()["items"]
    assert {r["actor"] for r in rows} == {"a-1", "a-2"}
    assert all(r["contact_email"] for r in rows)  # editors see the contact for the mail merge
    return {r["actor"]: "/s/" + r["link"].rsplit("/s/", 1)[1] for r in rows}


def test_the_editors_flow_from_links_to_the_history(api: Api) -> None:
    forms = start_wave(api)
    saved = api.client.post(
        forms["a-1"] + "/save",
        data={"tie_actor": ["Xamk"], "tie_action": ["Rail yard"], "note": SECRET_NOTE},
    )
    assert saved.status_code == 200, saved.text
    assert (
        api.client.post(forms["a-2"] + "/save", data={"tie_actor": ["Kouvolan Satama"]}).status_code
        == 200
    )
    status = api.call("GET", f"/api/v1/surveys/{YEAR}", "editor").json()
    assert status["overall"] == {"asked": 2, "answered": 2, "rate": 1.0, "band": "good"}
    closed = api.call("POST", f"/api/v1/surveys/{YEAR}/close", "editor")
    assert closed.status_code == 200, closed.text
    assert (closed.json()["ties"], closed.json()["confirmed"]) == (1, 1)
    ties = api.store.find_edges(RelType.COLLABORATES_WITH)
    assert [(e.start, e.end, e.props["confirmed"], e.props["source"]) for e in ties] == [
        ("a-1", "a-2", True, "survey")
    ]
    assert api.client.post(forms["a-1"] + "/save", data={"note": "myöhässä"}).status_code == 410
    assert api.store.find_answers(YEAR, "a-1")[0].note == SECRET_NOTE  # type: ignore[attr-defined]
    exported = api.call("GET", "/api/v1/surveys/answers/a-1", "admin").json()
    assert exported["items"][0]["note"] == SECRET_NOTE
    assert api.call("GET", "/api/v1/surveys/answers/a-1", "editor").status_code == 403
    assert api.call("DELETE", "/api/v1/surveys/answers/a-1", "admin").json() == {"erased": 1}
    assert api.call("GET", "/api/v1/surveys/answers/a-1", "admin").json()["items"] == []
    entries = [  # the survey's own (a Neo4j test store shares its audit log across tests)
        e for e in api.app.state.accounts.find_audit(limit=500) if e.action.startswith("survey.")
    ]
    actions = {e.action for e in entries}
    assert {
        "survey.create",
        "survey.link",
        "survey.answer",
        "survey.close",
        "survey.export",
        "survey.erase",
    } <= actions
    assert api.call("DELETE", "/api/v1/surveys/answers/a-1", "editor").status_code == 403
    refused = api.app.state.accounts.find_audit(limit=1)[0]
    assert refused.outcome.startswith("refused: 403")
    assert refused.object.startswith("/api/v1/surveys/answers/~")  # the actor by pseudonym
    for entry in [*entries, refused]:
        assert SECRET_NOTE not in "".join(entry.values) and "a-1" not in entry.object


def test_a_token_reaches_no_api_route_and_no_other_form(api: Api) -> None:
    forms = start_wave(api)
    token = forms["a-1"].rsplit("/", 1)[1]
    for route in ROUTE_ROLES:
        if route.role == "public":
            continue
        for headers in (
            {"Authorization": f"Bearer {token}"},
            {"Cookie": f"graphsvc_session={token}"},
        ):
            answer = api.client.request(route.method, route.url, headers=headers, json=route.body)
            assert answer.status_code == 401, (route.path, answer.status_code)
    api.client.post(forms["a-2"] + "/save", data={"want": ["Kouvolan Satama"], "note": SECRET_NOTE})
    own = api.client.get(forms["a-1"])
    assert own.status_code == 200 and SECRET_NOTE not in own.text
    assert "maija.meikalainen@example.fi" not in own.text and "x@xamk.example" not in own.text
    for bad in (token[:-1], token + "a", token.upper(), "x" * 43):
        assert api.client.get(f"/s/{bad}").status_code == 404
    assert api.call("DELETE", f"/api/v1/surveys/{YEAR}/links/a-1", "editor").status_code == 204
    assert api.client.get(forms["a-1"]).status_code == 410
    assert api.client.post(forms["a-1"] + "/save", data={"note": "x"}).status_code == 410
    assert api.store.find_answers(YEAR, "a-1") == []  # type: ignore[attr-defined]


def test_bad_answers_get_a_clear_message_and_store_nothing(api: Api) -> None:
    forms = start_wave(api)
    answer = api.client.post(
        forms["a-1"] + "/save",
        data={"tie_actor": ["Xamk", "Uusi\x07 Oy"], "want": ["ghost-key"], "action": ["Ei ole"]},
        headers={"Accept-Language": "en"},
    )
    assert answer.status_code == 422
    detail = answer.json()["detail"]
    for part in ("row 2", "U+0007", "'ghost-key'", "'Ei ole'", "choose from the list"):
        assert part in detail, detail
    page = api.client.post(forms["a-1"] + "?lang=en", data={"want": ["<script>x</script>"]})
    assert page.status_code == 422 and "<script>x</script>" not in page.text
    assert "&lt;script&gt;x&lt;/script&gt;" in page.text  # shown again, escaped, nothing lost
    assert api.store.find_answers(YEAR) == []  # type: ignore[attr-defined]


def test_a_link_is_rate_limited_on_its_own(sqlite_store) -> None:
    api = make_api(sqlite_store, rate_limit_per_minute=1000, survey_saves_per_minute=5)
    with api.client:
        forms = start_wave(api)
        answers = [
            api.client.post(forms["a-1"] + "/save", data={"note": f"{n}"}).status_code
            for n in range(7)
        ]
        assert answers[:4] == [200] * 4 and answers[-1] == 429
        assert api.client.post(forms["a-2"] + "/save", data={"note": "toinen"}).status_code == 200
    api.app.state.accounts.close()


def test_the_access_log_hides_survey_tokens() -> None:
    import logging

    from graphsvc.api.middleware import HiddenSurveyLinks

    record = logging.LogRecord(
        "uvicorn.access",
        20,
        "",
        0,
        '%s - "%s %s HTTP/%s" %d',
        ("1.2.3.4", "POST", "/s/SECRETTOKEN123/save", "1.1", 200),
        None,
    )
    HiddenSurveyLinks().filter(record)
    assert "SECRETTOKEN123" not in record.getMessage() and "/s/…/save" in record.getMessage()

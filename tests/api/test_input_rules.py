"""Bad input never breaks the store's promises: keys of any script, control characters,
required fields, and 422 messages that quote at most a short prefix of what was sent."""

from __future__ import annotations

from urllib.parse import unquote

import pytest

from graphsvc.values import QUOTED_PREFIX

from .conftest import Api, snapshot_content

NON_LATIN_KEYS = ["ключ-1", "行動-1", "äänekoski:kylä"]
#: One character from each group the vocabulary refuses, and where it hides.
REFUSED = ["\x00", "\x1b[31m", "\x07", "\r", "\x0b", "\x7f", "\x9b", "\ufffe", "\uffff"]


@pytest.mark.parametrize("key", NON_LATIN_KEYS)
def test_keys_of_any_script_are_created_with_an_encoded_location(api: Api, key: str) -> None:
    for collection, body in (
        ("actors", {"key": key, "name": "Nimi", "kind": "company"}),
        ("actions", {"key": key, "title": "Otsikko", "rockets": ["logistics"]}),
    ):
        answer = api.call("POST", f"/api/v1/{collection}", "editor", json=body)
        assert answer.status_code == 201, answer.text
        location = answer.headers["location"]
        assert location.isascii(), location
        assert unquote(location) == f"/api/v1/{collection}/{key}"
        again = api.get(location)
        assert again.status_code == 200 and again.json()["key"] == key


def test_a_key_the_rule_refuses_is_422_naming_the_rule(api: Api) -> None:
    before = snapshot_content(api.store)
    for key in ("ключ 1", "a\u200db", "-x", "x" * 129):
        answer = api.call(
            "POST", "/api/v1/actors", "editor", json={"key": key, "name": "N", "kind": "company"}
        )
        assert answer.status_code == 422, (key, answer.text)
        assert answer.json()["errors"][0]["field"] == "key"
    assert snapshot_content(api.store) == before


@pytest.mark.parametrize("bad", REFUSED)
def test_control_characters_are_refused_in_every_text_field(api: Api, bad: str) -> None:
    before = snapshot_content(api.store)
    actor = {"key": "c-1", "name": "Nimi", "kind": "company"}
    action = {"key": "c-2", "title": "Otsikko", "rockets": ["centre"]}
    cases = [
        ("POST", "/api/v1/actors", {**actor, field: f"a{bad}b"}, field)
        for field in ("name", "sector", "municipality", "website", "contact_name", "verified_at")
    ]
    cases += [("POST", "/api/v1/actors", {**actor, "tags": ["ok", f"a{bad}b"]}, "tags.1")]
    cases += [
        ("POST", "/api/v1/actions", {**action, field: f"a{bad}b"}, field)
        for field in ("title", "description", "start")
    ]
    cases += [("PATCH", "/api/v1/actors/a-1", {"name": f"x{bad}"}, "name")]
    cases += [("PATCH", "/api/v1/actions/t-1", {"themes": [f"x{bad}"]}, "themes.0")]
    for method, url, body, field in cases:
        answer = api.call(method, url, "editor", json=body)
        assert answer.status_code == 422, (field, answer.text)
        problem = answer.json()
        assert problem["errors"][0]["field"] == field
        assert f"U+{ord(bad[0]):04X}" in problem["detail"], problem["detail"]
    assert snapshot_content(api.store) == before


def test_tab_and_line_feed_are_kept(api: Api) -> None:
    body = {"key": "c-1", "name": "a\tb\nc", "kind": "company"}
    assert api.call("POST", "/api/v1/actors", "editor", json=body).status_code == 201
    assert api.get("/api/v1/actors/c-1").json()["name"] == "a\tb\nc"


def test_lone_surrogates_are_refused(api: Api) -> None:
    raw = b'{"key": "c-1", "name": "a\\ud800b", "kind": "company"}'
    answer = api.call(
        "POST",
        "/api/v1/actors",
        "editor",
        content=raw,
        headers={"content-type": "application/json"},
    )
    assert answer.status_code == 422 and answer.json()["errors"][0]["field"] == "name"


@pytest.mark.parametrize(
    ("url", "field", "values"),
    [
        ("/api/v1/actors/a-1", "name", [None, "", "   "]),
        ("/api/v1/actors/a-1", "kind", [None, ""]),
        ("/api/v1/actions/t-1", "title", [None, "", " \n "]),
    ],
)
def test_patch_cannot_remove_or_empty_a_required_field(
    api: Api, url: str, field: str, values: list[str | None]
) -> None:
    before = snapshot_content(api.store)
    for value in values:
        answer = api.call("PATCH", url, "editor", json={field: value})
        assert answer.status_code == 422, (field, value, answer.text)
        assert answer.json()["errors"][0]["field"] == field
    assert snapshot_content(api.store) == before


def test_the_service_keeps_required_fields_too(api: Api) -> None:
    from graphsvc.errors import ValidationError
    from graphsvc.services import editing

    by = editing.Author(api.app.state.accounts, "user:tester", "editor")
    before = snapshot_content(api.store)
    with pytest.raises(ValidationError, match="name is required"):
        editing.update_actor(api.store, "a-1", {"name": None}, by)
    with pytest.raises(ValidationError, match="title is required"):
        editing.update_action(api.store, "t-1", {"title": " "}, by)
    assert snapshot_content(api.store) == before


def _longest_echo(text: str, sent: str) -> int:
    """The longest run of ``sent`` (from its start) that appears in ``text``."""
    longest = 0
    for size in range(1, len(sent) + 1):
        if sent[:size] not in text:
            break
        longest = size
    return longest


LONG = "Maija Meikäläinen, Kauppakatu 1, 45100 Kouvola, +358 40 123 4567; " * 5
ACTOR = {"key": "c-1", "name": "N", "kind": "company"}


@pytest.mark.parametrize(
    ("collection", "body"),
    [
        ("actors", {**ACTOR, "contact_email": "no-address " + LONG}),
        ("actors", {**ACTOR, "business_id": "1234567-8 " + LONG}),
        ("actors", {**ACTOR, "kind": "compny " + LONG}),
        ("actors", {**ACTOR, "sector": LONG + "\x1b"}),
        ("actors", {**ACTOR, "name": LONG * 2}),
        ("actors", {**ACTOR, "key": "ключ " + LONG}),
        ("actions", {"key": "c-2", "title": "T", "rockets": ["x" + LONG[:90].replace(" ", "")]}),
    ],
)
def test_422_messages_quote_only_a_short_prefix(
    sqlite_api: Api, collection: str, body: dict[str, object]
) -> None:
    answer = sqlite_api.call("POST", f"/api/v1/{collection}", "editor", json=body)
    assert answer.status_code == 422, answer.text
    for value in body.values():
        for text in value if isinstance(value, list) else [value]:
            if isinstance(text, str) and len(text) > QUOTED_PREFIX:
                assert _longest_echo(answer.text, text) <= QUOTED_PREFIX, answer.text


def test_an_api_key_name_is_held_to_the_text_rule(sqlite_api: Api) -> None:
    body = {"role": "viewer", "name": "etl\x1b]0;x\x07"}
    answer = sqlite_api.call("POST", "/api/v1/admin/keys", "admin", json=body)
    assert answer.status_code == 422 and answer.json()["errors"][0]["field"] == "name"
    names = [k.get("name") for k in sqlite_api.get("/api/v1/admin/keys", "admin").json()["items"]]
    assert body["name"] not in names

"""The editor forms hold text to the same rules as the API: keys of any script are saved
and redirected to with an encoded URL; control characters are refused naming the field in
the page's language."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest

from graphsvc.model import Label, RelType

from .conftest import make_app, open_loaded_store
from .test_ui_routes import client_for
from .ui_data import EDITOR

#: The labels of the fields, as a Finnish form names them in its problems.
LABELS = {"name": "Nimi", "sector": "Toimiala", "tags": "Tunnisteet", "title": "Otsikko",
          "description": "Kuvaus"}  # fmt: skip


@pytest.fixture(scope="module")
def editor(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Any, str, Any]]:
    """A signed-in editor client, its CSRF token and the store behind the app."""
    store = open_loaded_store(tmp_path_factory.mktemp("ui-input"))
    client, token = client_for(make_app(store), EDITOR)
    yield client, token, store
    store.close()


@pytest.mark.parametrize("key", ["ключ-1", "行動-2"])
def test_a_key_of_any_script_is_saved_and_shown(editor: tuple[Any, str, Any], key: str) -> None:
    client, token, store = editor
    form = {"key": key, "name": "Toimija", "kind": "company", "csrf_token": token}
    answer = client.post("/new-actor", data=form)
    assert answer.status_code == 303, answer.text
    assert answer.headers["location"].isascii()
    assert client.get(answer.headers["location"]).status_code == 200
    assert store.get_node(Label.ACTOR, key).props["name"] == "Toimija"


@pytest.mark.parametrize(
    ("path", "field", "form"),
    [
        ("/new-actor", "name", {"key": "u-1", "kind": "company"}),
        ("/new-actor", "sector", {"key": "u-1", "name": "N", "kind": "company"}),
        ("/new-actor", "tags", {"key": "u-1", "name": "N", "kind": "company"}),
        ("/new-action", "title", {"key": "u-2", "primary_rocket": "centre"}),
        ("/new-action", "description", {"key": "u-2", "title": "T", "primary_rocket": "centre"}),
    ],
)
@pytest.mark.parametrize("bad", ["\x1b[31m", "\x00", "\x9b", "\ufffe", "a\rb"])
def test_control_characters_are_refused_naming_the_field(
    editor: tuple[Any, str, Any], path: str, field: str, form: dict[str, str], bad: str
) -> None:
    client, token, store = editor
    before = store.snapshot().nodes
    answer = client.post(path, data={**form, field: f"x{bad}y", "csrf_token": token})
    assert answer.status_code == 422, answer.text
    said = (
        f"{LABELS[field]}: kohdassa \\d+ on ohjausmerkki U\\+[0-9A-F]{{4}}, jota ei voi tallentaa"
    )
    assert re.search(said, answer.text), "the problem names the field in the page's language"
    assert store.snapshot().nodes == before


def test_browser_line_breaks_are_stored_as_line_feeds(editor: tuple[Any, str, Any]) -> None:
    client, token, store = editor
    form = {"key": "u-3", "title": "T", "primary_rocket": "centre", "csrf_token": token}
    answer = client.post("/new-action", data={**form, "description": "one\r\ntwo"})
    assert answer.status_code == 303, answer.text
    assert store.get_node(Label.ACTION, "u-3").props["description"] == "one\ntwo"


def test_an_unknown_role_is_refused_in_words(editor: tuple[Any, str, Any]) -> None:
    client, token, store = editor
    form = {"actor": "muovi", "role": "boss", "csrf_token": token}
    answer = client.post("/actions/asema/partners?lang=en", data=form)
    assert answer.status_code == 422
    assert "Role: “boss” is not allowed. Choose one of: lead, partner, funder" in answer.text
    assert not store.find_edges(RelType.RUNS, start="muovi", end="asema")


def test_a_free_text_date_from_an_import_survives_an_edit(editor: tuple[Any, str, Any]) -> None:
    from graphsvc.model import Edge, Node
    from graphsvc.records import Batch

    client, token, store = editor
    spring = Node(Label.ACTION, "kevat", {"title": "Kevät", "start": "keväällä 2025"})
    store.apply(
        Batch(nodes=[spring], edges=[Edge(RelType.FUELS, "kevat", "centre", {"primary": True})])
    )
    form = client.get("/actions/kevat/edit").text
    assert 'type="text" id="f-start" name="start"' in form and 'value="keväällä 2025"' in form
    assert 'type="date" id="f-end"' in form
    data = {
        "title": "Kevät",
        "primary_rocket": "centre",
        "start": "keväällä 2025",
        "csrf_token": token,
    }
    assert client.post("/actions/kevat/edit", data=data).status_code == 303
    assert store.get_node(Label.ACTION, "kevat").props["start"] == "keväällä 2025"
    answer = client.post("/actions/kevat/edit?lang=fi", data={**data, "start": "ensi vuonna"})
    assert answer.status_code == 422 and "Alkaa: ”ensi vuonna” ei ole päivämäärä." in answer.text

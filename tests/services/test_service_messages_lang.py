"""The errors of the services, analyses and maps in the reader's language: raised on a real
SQLite store, read in Finnish and in English, in a real CLI process and through the API.

The English text is what API clients and logs have always seen; the Finnish one is what a
Finnish reader (the CLI's and the UI's default) meets.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from cli_runner import graphsvc, loaded_sqlite
from sample_graph import load_sample

from graphsvc.accounts import open_accounts
from graphsvc.errors import GraphsvcError
from graphsvc.messages.errors_services import MESSAGES
from graphsvc.stores.base import GraphStore

SOURCE = Path(__file__).resolve().parents[2] / "graphsvc"
#: Keys made from a name in the code (``f"errors.service.held.{what}.{one|many}"``).
HELD = re.compile(r"errors\.service\.held\.(\w+)\.(one|many)")


def _code() -> str:
    """Every Python module of graphsvc except the catalogue itself."""
    paths = sorted(SOURCE.rglob("*.py"))
    return "\n".join(p.read_text("utf-8") for p in paths if "messages" not in p.parts)


def test_every_key_of_the_catalogue_module_is_used_and_finnish_differs() -> None:
    code = _code()
    backup = (SOURCE / "services" / "backup.py").read_text("utf-8")
    for key, message in MESSAGES.items():
        held = HELD.fullmatch(key)
        if held:
            assert '"errors.service.held.' in backup and f'"{held.group(1)}":' in backup, key
        else:
            assert f'"{key}"' in code, f"{key} is used nowhere"
        words = re.sub(r"\{[^}]*\}", "", message.en)
        if re.search(r"[A-Za-z]{3}", words):
            assert message.fi != message.en, f"{key} is not in Finnish"


@pytest.fixture
def by(sqlite_store: GraphStore) -> Iterator[Any]:
    """An editor writing to the store's audit log."""
    from graphsvc.services.editing import Author

    accounts = open_accounts(sqlite_store)
    yield Author(accounts, "user:tester", "editor")
    accounts.close()


def _raised(call: Callable[[], Any]) -> GraphsvcError:
    with pytest.raises(GraphsvcError) as caught:
        call()
    return caught.value


def _cases(
    store: GraphStore, by: Any, people: Any, tmp: Path
) -> list[tuple[Callable[[], Any], str, str]]:
    """(a call that fails, its English, its Finnish): one or more per converted module."""
    import networkx as nx

    from graphsvc.analysis import bridge, recommend, whatif
    from graphsvc.analysis.indicators import indicator_progress
    from graphsvc.indicator_model import Direction, Indicator
    from graphsvc.model import Label
    from graphsvc.render import inline_svg, selection, static
    from graphsvc.services import (
        account_rules,
        accounts,
        analysis,
        annual_report,
        backup,
        catalog,
        editing,
        gap_marks,
        indicators,
        map_period,
        maps,
        presentations,
        pxweb,
        sessions,
        statistics,
        workbook,
    )

    bad = Indicator(
        key="K1",
        name_fi="Mittari",
        name_en="Measure",
        unit="kpl",
        direction=Direction.INCREASE,
        baseline_year=2024,
        baseline_value=1.0,
        target_year=2020,
        target_value=2.0,
        measures="logistics",
    )
    return [
        (
            lambda: analysis.check_request("whatif"),
            "whatif needs an actor: give its key (--actor KEY or ?actor=KEY)",
            "whatif tarvitsee toimijan: anna sen avain (--actor AVAIN tai ?actor=AVAIN)",
        ),
        (
            lambda: analysis.check_request("centrality", top=0),
            "top 0: input should be greater than or equal to 1",
            "top 0: anna vähintään 1",
        ),
        (
            lambda: selection.check_depth(99, 3),
            "depth 99 is out of range: use 1 to 3 (GRAPHSVC_MAX_DEPTH sets the upper bound)",
            "syvyys 99 ei ole sallittu: käytä arvoa 1–3 (GRAPHSVC_MAX_DEPTH asettaa ylärajan)",
        ),
        (
            lambda: map_period.map_period(to_year="2020"),
            "to '2020' needs a from year too: the first year of the timeline",
            "to '2020' tarvitsee myös from-vuoden: aikajanan ensimmäisen vuoden",
        ),
        (
            lambda: maps.check_lang("sv"),
            "map language 'sv' is not one of fi, en",
            "kartan kieli 'sv' ei ole mikään näistä: fi, en",
        ),
        (
            lambda: static.render_static(None, "gif"),  # type: ignore[arg-type]
            "static map format 'gif' is not one of png, svg",
            "kartan kuvamuoto 'gif' ei ole mikään näistä: png, svg",
        ),
        (
            lambda: inline_svg.check_svg("<svg><script/></svg>"),
            "an SVG to inline may not hold a <script> element",
            "sivulle upotettavassa SVG:ssä ei saa olla elementtiä <script>",
        ),
        (
            lambda: whatif.whatif(nx.Graph(), "ghost"),
            "actor 'ghost' not found in the network",
            "toimijaa 'ghost' ei löydy verkostosta",
        ),
        (
            lambda: recommend.introductions(nx.Graph(), method="magic"),
            "method 'magic' is not one of resource_allocation, adamic_adar",
            "menetelmä 'magic' ei ole mikään näistä: resource_allocation, adamic_adar",
        ),
        (
            lambda: bridge.programme_graph(store.snapshot(), "moon"),
            "rocket 'moon' not found: use one of ",
            "kantorakettia 'moon' ei löydy: käytä jotakin näistä: ",
        ),
        (
            lambda: indicator_progress(bad, [], 2024),
            "indicator K1: target year 2020 is not after the baseline year 2024",
            "mittari K1: tavoitevuosi 2020 ei ole lähtötasovuoden 2024 jälkeen",
        ),
        (
            lambda: editing.update_actor(store, "a-1", {"name": " "}, by),
            "Actor 'a-1': name is required: it can be changed but not removed or left empty",
            "Toimija 'a-1': name on pakollinen: sen voi muuttaa mutta ei poistaa eikä jättää "
            "tyhjäksi",
        ),
        (
            lambda: editing.remove_participation(store, "t-1", "nobody", by),
            "actor 'nobody' does not run action 't-1'",
            "toimija 'nobody' ei vedä toimenpidettä 't-1'",
        ),
        (
            lambda: catalog.list_nodes(store, Label.ACTOR, sort="colour"),
            "cannot sort by 'colour': use one of ",
            "ei voi järjestää arvolla 'colour': käytä jotakin näistä: ",
        ),
        (
            lambda: gap_marks.reopen(store, "solo_action-000000000000", by),
            "gap 'solo_action-000000000000' is not marked handled",
            "aukkoa 'solo_action-000000000000' ei ole merkitty hoidetuksi",
        ),
        (
            lambda: indicators.delete_value(store, "i-1", 2030, by),
            "indicator 'i-1' has no value for 2030",
            "mittarilla 'i-1' ei ole arvoa vuodelle 2030",
        ),
        (
            lambda: annual_report.check_report_format("docx"),
            "report format 'docx' is not one of html, pdf",
            "raportin muoto 'docx' ei ole html eikä pdf",
        ),
        (
            lambda: workbook.check_format("pdf"),
            "export format 'pdf' is not one of ",
            "vientimuoto 'pdf' ei ole mikään näistä: ",
        ),
        (
            lambda: backup.restore(store, people, tmp / "none.gz", who="cli", role="admin"),
            f"backup file {tmp / 'none.gz'} not found: give the path that graphsvc backup wrote",
            f"varmuuskopiota {tmp / 'none.gz'} ei löydy: anna polku, jonka graphsvc backup "
            "kirjoitti",
        ),
        (
            lambda: statistics.import_statistics(store, tmp, "i-1"),
            f"{tmp} is not a file: give a JSON-stat or Sotkanet JSON file",
            f"{tmp} ei ole tiedosto: anna JSON-stat- tai Sotkanet-JSON-tiedosto",
        ),
        (
            lambda: pxweb.PxWebClient("ftp://stat.fi"),
            "PxWeb URL 'ftp://stat.fi' is not an http(s) URL: set GRAPHSVC_PXWEB_URL like "
            "https://pxdata.stat.fi/PxWeb/api/v1/fi",
            "PxWeb-osoite 'ftp://stat.fi' ei ole http(s)-osoite: aseta GRAPHSVC_PXWEB_URL, esim. "
            "https://pxdata.stat.fi/PxWeb/api/v1/fi",
        ),
        (
            lambda: presentations.remove_slide(store, "p", 9, by),
            "presentation 'p' has slides 1–0: there is no slide 9",
            "esityksessä 'p' on diat 1–0: diaa 9 ei ole",
        ),
        (
            lambda: account_rules.check_new_password("maija", "short"),
            "password is too short: use at least 12 characters",
            "salasana on liian lyhyt: käytä vähintään 12 merkkiä",
        ),
        (
            lambda: accounts.reset_password(people, "nobody"),
            "user 'nobody' not found: see graphsvc users list",
            "käyttäjää 'nobody' ei löydy: katso graphsvc users list",
        ),
        (
            lambda: sessions.find_session(people, ""),
            "your session has ended: sign in again",
            "istuntosi on päättynyt: kirjaudu uudelleen",
        ),
    ]


def test_service_errors_read_in_english_as_before_and_in_finnish(
    sqlite_store: GraphStore, by: Any, tmp_path: Path
) -> None:
    from graphsvc.presentation_model import Presentation
    from tests.api.conftest import seed

    seed(sqlite_store)
    sqlite_store.add_presentation(Presentation("p", "Valtuusto", "/maps/network"))
    people = open_accounts(sqlite_store)
    try:
        for call, english, finnish in _cases(sqlite_store, by, people, tmp_path):
            error = _raised(call)
            assert error.message.startswith(english) and str(error) == error.message, english
            assert error.in_lang("en") == error.message
            assert error.in_lang("fi").startswith(finnish), error.in_lang("fi")
    finally:
        people.close()


def test_a_store_that_is_not_empty_is_named_with_its_counts_in_each_language(
    sqlite_store: GraphStore, by: Any
) -> None:
    from graphsvc.services import backup, editing

    editing.create_actor(sqlite_store, {"key": "a-1", "name": "A", "kind": "company"}, by)
    accounts = open_accounts(sqlite_store)
    error = _raised(lambda: backup.refuse_non_empty(sqlite_store, accounts))
    accounts.close()
    assert error.message.startswith(f"the store {sqlite_store.url} is not empty (1 nodes, ")
    assert error.message.endswith("or an empty Neo4j database")
    assert error.in_lang("fi").startswith(f"tietokanta {sqlite_store.url} ei ole tyhjä (1 solmu, ")
    assert "lokiriv" in error.in_lang("fi") and "audit rows" in error.message


@pytest.fixture(scope="module")
def url(tmp_path_factory: pytest.TempPathFactory) -> str:
    return loaded_sqlite(tmp_path_factory.mktemp("lang") / "cli.db", load_sample)


@pytest.mark.parametrize(
    ("args", "finnish", "english"),
    [
        (
            ("analyze", "whatif"),
            "virhe: whatif tarvitsee toimijan: anna sen avain (--actor AVAIN tai ?actor=AVAIN)",
            "error: whatif needs an actor: give its key (--actor KEY or ?actor=KEY)",
        ),
        (
            ("analyze", "whatif", "nobody"),
            "virhe: toimijaa 'nobody' ei löydy",
            "error: actor 'nobody' not found",
        ),
        (
            ("map", "--focus", "kaupunki", "--depth", "99"),
            "virhe: syvyys 99 ei ole sallittu: käytä arvoa 1–4 (GRAPHSVC_MAX_DEPTH asettaa "
            "ylärajan)",
            "error: depth 99 is out of range: use 1 to 4 (GRAPHSVC_MAX_DEPTH sets the upper bound)",
        ),
        (
            ("map", "--to", "2020"),
            "virhe: to '2020' tarvitsee myös from-vuoden: aikajanan ensimmäisen vuoden",
            "error: to '2020' needs a from year too: the first year of the timeline",
        ),
    ],
)
def test_the_cli_prints_the_error_in_finnish_by_default_and_in_english_when_asked(
    url: str, tmp_path: Path, args: tuple[str, ...], finnish: str, english: str
) -> None:
    out = ("-o", str(tmp_path / "m.html")) if args[0] == "map" else ()
    fi = graphsvc(*args, *out, url=url)
    en = graphsvc(*args, *out, "--lang", "en", url=url)
    assert fi.returncode == en.returncode == 1, (fi.stderr, en.stderr)
    assert fi.stderr.splitlines()[0] == finnish
    assert en.stderr.splitlines()[0] == english
    assert "Traceback" not in fi.stderr + en.stderr


def test_the_api_answers_in_the_language_the_reader_asks_for(sqlite_store: GraphStore) -> None:
    from tests.api.conftest import served_api

    for api in served_api(sqlite_store):
        finnish = api.call(
            "GET", "/api/v1/analysis/whatif", "viewer", headers={"Accept-Language": "fi"}
        )
        english = api.get("/api/v1/analysis/whatif")
        assert finnish.status_code == english.status_code == 422
        assert finnish.json()["detail"] == (
            "whatif tarvitsee toimijan: anna sen avain (--actor AVAIN tai ?actor=AVAIN)"
        )
        assert english.json()["detail"] == (
            "whatif needs an actor: give its key (--actor KEY or ?actor=KEY)"
        )
        missing = api.call(
            "GET",
            "/api/v1/analysis/whatif?actor=ghost",
            "viewer",
            headers={"Accept-Language": "fi"},
        )
        assert missing.status_code == 404
        assert missing.json()["detail"] == "toimijaa 'ghost' ei löydy"
        assert missing.json()["title"] == "Not found"  # HTTP reason phrases stay English

"""The loaders' and the model rules' messages in the reader's language: Finnish by default
in the CLI, English with ``--lang en`` and in the API without ``Accept-Language``.

Each module that raises or collects a message is represented at least once; the last tests
walk the catalogue module ``graphsvc/messages/errors_loaders.py`` (with the
errors_model and errors_statistics modules it merges).
"""

from __future__ import annotations

import json
import re
import string
from pathlib import Path

import pytest
from click.testing import CliRunner

from graphsvc.cli import main
from graphsvc.dates import not_future, parse_day
from graphsvc.errors import GraphsvcError, ImportRejectedError, ValidationError, rows_in_lang
from graphsvc.indicator_model import parse_number, validate_indicator
from graphsvc.loaders.files import read_workbook
from graphsvc.loaders.machine_source import parse_machine_source
from graphsvc.loaders.statistics import read_statistics
from graphsvc.messages.errors_loaders import MESSAGES
from graphsvc.model import ActorKind, Edge, Label, Node, RelType
from graphsvc.model_rules import allowed, validate_edge, validate_key, validate_node
from graphsvc.presentation_model import checked
from graphsvc.settings import Settings, get_settings
from graphsvc.values import character_problem
from tests.api.conftest import SEED_INDICATOR as INDICATOR
from tests.api.conftest import make_api

from .workbooks import sample_sheets, write_csvs, write_xlsx

ROOT = Path(__file__).resolve().parents[2]
KINDS = allowed(ActorKind)


def run(url: str, *args: str) -> tuple[int, str, str]:
    """Run graphsvc in-process; (exit code, stdout, stderr)."""
    result = CliRunner().invoke(main, ["--store", url, *args])
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'lang.db'}"


def both(error: GraphsvcError) -> tuple[str, str]:
    """The error's message in Finnish and in English."""
    return error.in_lang("fi"), error.in_lang("en")


# --- the CLI: graphsvc load -------------------------------------------------------------


def test_a_bad_cell_reads_in_finnish_by_default_and_in_english_with_lang_en(url, tmp_path):
    sheets = sample_sheets()
    sheets["actors"][2][2] = "compny"
    folder = write_csvs(tmp_path / "wb", sheets)
    code, _, err = run(url, "load", str(folder))
    assert code == 1
    assert err.splitlines()[:2] == [
        "virhe: wb: löytyi 1 ongelma; mitään ei tuotu",
        f"  actors.csv rivi 3, sarake kind: 'compny' ei ole mikään näistä: {KINDS}",
    ]
    code, _, err = run(url, "load", str(folder), "--lang", "en")
    assert code == 1
    assert err.splitlines()[:2] == [
        "error: wb: 1 problem found; nothing was imported",
        f"  actors.csv row 3, column kind: 'compny' is not one of {KINDS}",
    ]


def test_several_problems_read_as_a_plural_and_each_row_in_the_same_language(url, tmp_path):
    sheets = sample_sheets()
    sheets["actors"][2][2] = "compny"
    sheets["actions"][1][0] = "bad key!"
    sheets["actors"][0].append("colour")
    for row in sheets["actors"][1:]:
        row.append("red")
    code, _, err = run(url, "load", str(write_csvs(tmp_path / "wb", sheets)))
    assert code == 1
    lines = err.splitlines()
    assert lines[0].startswith("virhe: wb: löytyi ") and lines[0].endswith(
        " ongelmaa; mitään ei tuotu"
    )
    assert any(
        line.startswith(
            "  actors.csv rivi 1: tuntematon sarake colour; taulukon actors "
            "sarakkeet ovat key, name, kind"
        )
        for line in lines
    ), err
    assert not any(" row " in line or " column " in line for line in lines), err


def test_the_delimiter_message_names_the_delimiters_in_the_readers_language(url, tmp_path):
    folder = tmp_path / "wb"
    write_csvs(folder, sample_sheets())
    (folder / "actors.csv").write_text("key|name|kind\nxamk|Xamk|education\n", encoding="utf-8")
    code, _, err = run(url, "load", str(folder))
    assert code == 1
    assert err.splitlines()[0] == (
        "virhe: actors.csv: ensimmäisen rivin 'key|name|kind' sarakkeiden nimien välissä ei ole "
        "yhtään kokeilluista erottimista (pilkku (,), puolipiste (;) ja sarkain). Tallenna "
        "tiedosto jollakin niistä (Excel: Tallenna nimellä > CSV UTF-8) ja lataa se uudelleen; "
        "mitään ei tuotu"
    )
    code, _, err = run(url, "load", str(folder), "--lang", "en")
    assert err.splitlines()[0] == (
        "error: actors.csv: the first line 'key|name|kind' has none of the delimiters tried, "
        "comma (,), semicolon (;) and tab, between its column names. Save the file with one of "
        "them (Excel: Save As > CSV UTF-8) and load it again; nothing was imported"
    )


def test_a_missing_workbook_and_a_file_that_is_no_xlsx_are_refused_in_finnish(url, tmp_path):
    code, _, err = run(url, "load", str(tmp_path / "nowhere"))
    assert code == 1
    assert err.splitlines()[0] == (
        f"virhe: {tmp_path / 'nowhere'} ei ole olemassa: anna CSV-tiedostojen kansio tai "
        ".xlsx-tiedosto; mitään ei tuotu"
    )
    fake = tmp_path / "book.xlsx"
    fake.write_text("key,name\n", encoding="utf-8")
    code, _, err = run(url, "load", str(fake))
    assert err.splitlines()[0] == "virhe: book.xlsx ei ole .xlsx-tiedosto (zip); mitään ei tuotu"
    code, _, err = run(url, "load", str(fake), "--lang", "en")
    assert (
        err.splitlines()[0] == "error: book.xlsx is not an .xlsx (zip) file; nothing was imported"
    )


def test_an_xlsx_cell_problem_names_the_sheet_and_the_rule_in_finnish(url, tmp_path):
    sheets = sample_sheets()
    sheets["actions"][1][4] = "31.2.2024"  # start: not a calendar day
    book = write_xlsx(tmp_path / "book.xlsx", sheets)
    code, _, err = run(url, "load", str(book))
    assert code == 1
    assert (
        "  book.xlsx, taulukko actions, rivi 2, sarake start: '31.2.2024' ei ole ISO-päivämäärä "
        "(2024-03-01) eikä suomalainen päivämäärä (1.3.2024)"
    ) in err.splitlines(), err


# --- the API: POST /api/v1/imports ----------------------------------------------------


def test_the_import_api_answers_in_the_language_accept_language_names_first(sqlite_store, tmp_path):
    api = make_api(sqlite_store)
    sheets = sample_sheets()
    sheets["actors"][2][2] = "compny"
    folder = write_csvs(tmp_path / "wb", sheets)
    files = [
        ("file", (f"{name}.csv", (folder / f"{name}.csv").read_bytes(), "text/csv"))
        for name in sheets
    ]
    with api.client:
        fi = api.call(
            "POST",
            "/api/v1/imports",
            "editor",
            files=files,
            headers={"Accept-Language": "fi-FI,fi;q=0.9,en;q=0.5"},
        )
        en = api.call("POST", "/api/v1/imports", "editor", files=files)
    api.app.state.accounts.close()
    assert fi.status_code == en.status_code == 422
    assert fi.json()["detail"].endswith(": löytyi 1 ongelma; mitään ei tuotu")
    assert en.json()["detail"].endswith(": 1 problem found; nothing was imported")
    (row_fi,), (row_en,) = fi.json()["errors"], en.json()["errors"]
    assert (
        row_fi["message"]
        == f"actors.csv rivi 3, sarake kind: 'compny' ei ole mikään näistä: {KINDS}"
    )
    assert row_en["message"].startswith("actors.csv row 3, column kind: 'compny' is not one of")
    assert "said" not in row_fi and {k: v for k, v in row_fi.items() if k != "message"} == {
        k: v for k, v in row_en.items() if k != "message"
    }


# --- one message of each module, in both languages ------------------------------------


def test_model_rules_read_in_both_languages():
    with pytest.raises(ValidationError) as bad_kind:
        validate_node(Node(Label.ACTOR, "a-1", {"kind": "compny"}))
    assert both(bad_kind.value) == (
        f"Actor 'a-1': kind 'compny' ei ole mikään näistä: {KINDS}",
        f"Actor 'a-1': kind 'compny' is not one of {KINDS}",
    )
    with pytest.raises(ValidationError) as unknown:
        validate_node(Node(Label.ACTOR, "a-1", {"colour": "red", "size": 1}))
    assert unknown.value.in_lang("fi").startswith(
        "Actor 'a-1': tuntemattomat ominaisuudet colour, size; sallitut: "
    )
    with pytest.raises(ValidationError) as itself:
        validate_edge(Edge(RelType.COLLABORATES_WITH, "a", "a", {}))
    assert itself.value.in_lang("fi") == (
        "COLLABORATES_WITH 'a'->'a': toimija ei voi tehdä yhteistyötä itsensä kanssa"
    )
    with pytest.raises(ValidationError) as key:
        validate_key("a b")
    assert key.value.message.startswith("key 'a b' is not a valid key: use 1-128 letters")
    assert key.value.in_lang("fi").startswith("avain 'a b' ei kelpaa avaimeksi: käytä 1–128")


def test_values_and_dates_read_in_both_languages():
    problem = character_problem("bell\x07")
    assert problem is not None
    assert problem.in_lang("fi") == (
        "sisältää ohjausmerkin U+0007 kohdassa 5: poista se (sarkain ja rivinvaihto ovat "
        "sallittuja)"
    )
    with pytest.raises(ValidationError) as day:
        parse_day("20245")
    assert both(day.value) == (
        "tilannepäivä '20245' ei ole päivämäärä: käytä muotoa VVVV-KK-PP (päivä) tai VVVV "
        "(vuoden viimeinen päivä, 31.12.)",
        "as-of date '20245' is not a date: use YYYY-MM-DD (a day) or YYYY (31 December of "
        "that year)",
    )
    with pytest.raises(ValidationError) as future:
        not_future("2999-01-01")
    assert future.value.in_lang("fi").startswith("tilannepäivä '2999-01-01' on tulevaisuudessa")


def test_indicator_rules_read_in_both_languages():
    with pytest.raises(ValidationError) as number:
        parse_number("lots", "baseline_value")
    assert both(number.value) == (
        "baseline_value: 'lots' ei ole luku (kirjoita 1234,5 tai 1234.5)",
        "baseline_value: 'lots' is not a number (write 1234,5 or 1234.5)",
    )
    from dataclasses import replace

    with pytest.raises(ValidationError) as target:
        validate_indicator(replace(INDICATOR, target_year=2020))
    assert both(target.value) == (
        "target_year: 2020 ei ole lähtötason vuoden 2021 jälkeen",
        "target_year: 2020 is not after the baseline year 2021",
    )
    with pytest.raises(ValidationError) as source:
        parse_machine_source("pxweb:x")
    assert source.value.in_lang("fi").startswith(
        "haettavaa tilastoa 'pxweb:x' ei ymmärretty (sen on alettava statfin: tai sotkanet:): "
        "kirjoita statfin:DB/PATH/TABLE.px"
    )


def test_a_presentation_lists_every_problem_in_the_readers_language():
    with pytest.raises(ValidationError) as refused:
        checked(
            "bad key",
            " ",
            "/maps/rocket/moon",
            [{"caption": "x", "view": "zoom=huge"}],
            as_of="2024-13-01",
        )
    error = refused.value
    assert error.message == (
        "presentation 'bad key': key 'bad key' is not a valid key: use 1-128 letters (any "
        "script), digits, '_', '.', ':' or '-', starting with a letter or digit; title is "
        "empty: give the presentation a name; map rocket 'moon' is not one of logistics, "
        "accessibility, competence, centre, wellbeing, launchpad; as_of '2024-13-01' is not a "
        "date: use YYYY-MM-DD (a day) or YYYY (31 December of that year); slide 1 view zoom "
        "'huge' is not a number"
    )
    assert error.in_lang("fi").startswith("esitys 'bad key': avain 'bad key' ei kelpaa")
    rows = rows_in_lang(error.extra["errors"], "fi")
    assert [row["field"] for row in rows] == ["key", "title", "map", "as_of", "slide 1 view"]
    assert rows[1]["message"] == "otsikko on tyhjä: anna esitykselle nimi"
    assert rows[4]["message"] == "dian 1 näkymä zoom 'huge' ei ole luku"
    assert [row["message"] for row in rows_in_lang(error.extra["errors"], "en")] == [
        row["message"] for row in error.extra["errors"]
    ]


def test_statistics_answers_are_refused_in_both_languages():
    sotkanet = json.dumps(
        [
            {"indicator": 127, "region": 286, "year": 2022, "gender": g, "value": 1.0}
            for g in ("male", "female")
        ]
    ).encode()
    with pytest.raises(ImportRejectedError) as genders:
        read_statistics(sotkanet, source="s.json", indicator=INDICATOR, area=None)
    assert both(genders.value) == (
        "s.json: alueella 286 on sukupuolet male, female mutta ei yhteensä-arvoa (total): pyydä "
        "Sotkanetilta genders=total; mitään ei tuotu",
        "s.json has genders male, female for region 286 but no total: ask Sotkanet for "
        "genders=total; nothing was imported",
    )
    with pytest.raises(ImportRejectedError) as version:
        read_statistics(
            b'{"class": "dataset", "version": "1.0"}',
            source="p.json",
            indicator=INDICATOR,
            area=None,
        )
    assert version.value.in_lang("fi").startswith("p.json on JSON-stat-versiota 1.0; vain")


def test_a_long_list_of_areas_says_how_many_more_in_the_readers_language():
    payload = json.loads((Path(__file__).parent / "data" / "statfin_11ra_kouvola.json").read_text())
    codes = [f"KU{n:03d}" for n in range(1, 26)]
    payload["dimension"]["Alue"]["category"] = {"index": {c: i for i, c in enumerate(codes)}}
    payload["size"][0] = len(codes)
    payload["value"] = [1.0] * (len(codes) * 5)
    with pytest.raises(ImportRejectedError) as refused:
        read_statistics(
            json.dumps(payload).encode(), source="p.json", indicator=INDICATOR, area="KU999"
        )
    listed = ", ".join(codes[:20])
    assert both(refused.value) == (
        f"p.json: aluetta KU999 ei ole; alueet ovat {listed} ja 5 muuta; mitään ei tuotu",
        f"p.json has no area KU999; it has {listed} and 5 more; nothing was imported",
    )
    assert refused.value.errors[0]["allowed"] == f"{listed} and 5 more"


def test_an_xlsx_that_is_not_a_zip_is_refused_in_both_languages(tmp_path):
    fake = tmp_path / "old.xlsx"
    fake.write_bytes(bytes.fromhex("d0cf11e0a1b11ae1") + b"\0" * 100)
    with pytest.raises(ImportRejectedError) as refused:
        read_workbook(fake, Settings())
    assert both(refused.value) == (
        "old.xlsx ei ole .xlsx-tiedosto (zip) (vanha .xls-tiedosto tai salattu tiedosto: "
        "tallenna se .xlsx-muodossa); mitään ei tuotu",
        "old.xlsx is not an .xlsx (zip) file (an old .xls or encrypted file: save it as .xlsx); "
        "nothing was imported",
    )


def test_a_placeholder_secret_is_one_clear_line_at_start_up(monkeypatch, url):
    monkeypatch.setenv("GRAPHSVC_SESSION_SECRET", "changeme")
    get_settings.cache_clear()
    try:
        with pytest.raises(ValidationError) as refused:
            get_settings()
        assert both(refused.value) == (
            "GRAPHSVC_SESSION_SECRET on paikkamerkkiarvo: aseta oikea salaisuus",
            "GRAPHSVC_SESSION_SECRET is a placeholder; set a real secret",
        )
        code, out, err = run(url, "serve", "--port", "1")
        assert (code, err) == (
            1,
            "virhe: GRAPHSVC_SESSION_SECRET on paikkamerkkiarvo: aseta oikea salaisuus\n",
        )
    finally:
        get_settings.cache_clear()


# --- the catalogue module ---------------------------------------------------------------

_SOURCES = [
    p for p in (ROOT / "graphsvc").rglob("*.py") if "messages" not in p.relative_to(ROOT).parts
]
_TEMPLATES = sorted(
    {
        literal
        for path in _SOURCES
        for literal in re.findall(
            r'"(errors\.(?:[^"\s{]|\{[^}]*\})*)"', path.read_text(encoding="utf-8")
        )
    }
)


def _used(key: str) -> bool:
    """Whether the code names ``key``, literally or as an f-string (``errors.x.{kind}``)."""
    for template in _TEMPLATES:
        pattern = "".join(
            "[a-z_]*" if part.startswith("{") else re.escape(part)
            for part in re.split(r"(\{[^}]*\})", template)
        )
        if re.fullmatch(pattern, key):
            return True
    return False


@pytest.mark.parametrize("key", sorted(MESSAGES))
def test_every_loader_message_is_used_and_says_its_words_in_finnish(key):
    assert _used(key), f"{key} is not used by the code"
    message = MESSAGES[key]
    words = [
        word
        for text, *_ in string.Formatter().parse(message.en)
        for word in re.findall(r"[A-Za-z]{3,}", text)
        if not word.isupper() and word not in ("csv", "xlsx")
    ]
    if words:
        assert message.fi != message.en, key

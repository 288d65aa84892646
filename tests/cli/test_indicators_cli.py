"""``graphsvc indicators`` and ``graphsvc report`` as a user runs them, on the demo data."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from graphsvc.demo import demo_workbook_path
from graphsvc.services.workbook import import_demo
from tests.cli_runner import graphsvc, loaded_sqlite
from tests.services.test_pxweb import pxweb  # noqa: F401 (the fixture)

DATA = Path(__file__).parents[1] / "loaders" / "data"
STATFIN = DATA / "statfin_11ra_kouvola.json"


@pytest.fixture(scope="module")
def demo_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A SQLite store holding the demo's four yearly rounds (written once, copied per test)."""
    return loaded_sqlite(tmp_path_factory.mktemp("demo") / "demo.db", import_demo)


@pytest.fixture
def url(demo_url: str, tmp_path: Path) -> str:
    copy = tmp_path / "graph.db"
    shutil.copy(demo_url.removeprefix("sqlite:///"), copy)
    return f"sqlite:///{copy}"


def run_json(*args: str, url: str) -> dict:
    result = graphsvc(*args, "--json", url=url)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_progress_json_equals_the_api_answer(url: str) -> None:
    from graphsvc.services.indicators import indicator_progress_report
    from graphsvc.stores.sqlite_store import SQLiteStore

    cli = run_json("indicators", "progress", "--year", "2024", url=url)
    store = SQLiteStore(url)
    assert cli == json.loads(json.dumps(indicator_progress_report(store, 2024)))
    store.close()
    assert cli["counts"]["indicators"] == 10 and cli["counts"]["without_owner"] == 2
    table = graphsvc("indicators", "progress", "--year", "2024", url=url)
    assert "aikataulussa" in table.stdout and "jäljessä" in table.stdout
    english = graphsvc("indicators", "progress", "--year", "2024", "--lang", "en", url=url)
    assert "on track" in english.stdout and "lagging" in english.stdout


def test_list_and_show_speak_the_readers_numbers(url: str) -> None:
    listed = run_json("indicators", "list", url=url)
    assert len(listed["items"]) == 10
    shown = graphsvc("indicators", "show", "vakiluku", "--year", "2024", url=url)
    assert shown.returncode == 0, shown.stderr
    assert "Väkiluku" in shown.stdout and "79\xa0150" in shown.stdout  # Finnish grouping
    english = graphsvc("indicators", "show", "vakiluku", "--lang", "en", url=url)
    assert "79,150" in english.stdout
    missing = graphsvc("indicators", "show", "ghost", url=url)
    assert (
        missing.returncode != 0 and "ghost" in missing.stderr and "Traceback" not in missing.stderr
    )


def test_import_reads_the_kouvola_values_of_a_json_stat_answer(url: str) -> None:
    data = run_json("indicators", "import", str(STATFIN), "--indicator", "vakiluku", url=url)
    assert (data["kind"], data["area"]) == ("json-stat", "KU286")
    assert data["years"] == [2020, 2021, 2022, 2023, 2024]
    values = {
        o["year"]: o for o in run_json("indicators", "show", "vakiluku", url=url)["observations"]
    }
    assert values[2020]["value"] == 81187 and values[2024]["value"] == 78550
    assert values[2024]["provisional"] and "Tilastokeskus" in values[2024]["source"]


def test_import_names_the_missing_area_and_writes_nothing(url: str) -> None:
    before = run_json("indicators", "show", "vakiluku", url=url)["observations"]
    result = graphsvc(
        "indicators", "import", str(STATFIN), "--indicator", "vakiluku", "--area", "KU999", url=url
    )
    assert result.returncode != 0
    assert "KU999" in result.stderr and STATFIN.name in result.stderr and "KU286" in result.stderr
    assert "Traceback" not in result.stderr
    assert run_json("indicators", "show", "vakiluku", url=url)["observations"] == before


def test_a_sotkanet_file_for_another_indicator_is_refused(url: str) -> None:
    result = graphsvc(
        "indicators", "import", str(DATA / "sotkanet_127.json"), "--indicator", "tyottomyysaste",
        url=url,
    )  # fmt: skip
    assert result.returncode != 0 and "127" in result.stderr and "181" in result.stderr


def test_fetch_asks_pxweb_and_records_the_values(url: str, pxweb) -> None:  # noqa: F811
    base, recorded, _ = pxweb
    env = {**os.environ, "GRAPHSVC_PXWEB_URL": base}
    result = graphsvc("indicators", "fetch", "--json", url=url, env=env)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    (outcome,) = data["outcomes"]
    assert outcome["indicator"] == "vakiluku" and outcome["ok"] and outcome["years"]
    assert recorded.requests[0]["path"].endswith("statfin_vaerak_pxt_11ra.px")
    assert recorded.requests[0]["query"]["response"] == {"format": "json-stat2"}


def test_fetch_reports_a_rate_limited_service_and_fails(url: str, pxweb) -> None:  # noqa: F811
    base, recorded, _ = pxweb
    recorded.answer = lambda path, query: (429, {"Retry-After": "0"}, b"too many")
    env = {**os.environ, "GRAPHSVC_PXWEB_URL": base}
    before = run_json("indicators", "show", "vakiluku", url=url)["observations"]
    result = graphsvc("indicators", "fetch", "--lang", "en", url=url, env=env)
    assert result.returncode == 1 and "failed" in result.stdout
    assert run_json("indicators", "show", "vakiluku", url=url)["observations"] == before


def _pdf_text(path: Path) -> str:
    if not shutil.which("pdftotext"):
        pytest.skip("needs pdftotext (apt-get install poppler-utils)")
    done = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True)
    return " ".join(done.stdout.split())


@pytest.mark.parametrize(
    ("lang", "title", "figure"), [("fi", "vuosiseuranta 2024", "79 150"), ("en", "2024", "79,150")]
)
def test_the_report_pdf_has_the_headings_indicators_and_figures(
    url: str, tmp_path: Path, lang: str, title: str, figure: str
) -> None:
    out = tmp_path / "raportti.pdf"
    result = graphsvc("report", "--year", "2024", "--lang", lang, "-o", str(out), url=url)
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF")
    text = _pdf_text(out)
    progress = run_json("indicators", "progress", "--year", "2024", "--lang", lang, url=url)
    assert title in text and figure in text
    for item in progress["items"]:
        name = item["name_en"] if lang == "en" else item["name_fi"]
        assert name.split()[0] in text, name
    headings = (
        ("Elinvoimamittarit", "Logistinen keskus")
        if lang == "fi"
        else ("Vitality indicators", "Logistics hub")
    )
    assert all(h in text for h in headings)
    contacts = [
        line.split(",")[-2]
        for line in (demo_workbook_path() / "actors.csv").read_text().splitlines()[1:]
    ]
    assert not any(c and c in text for c in contacts if "@" in c)


def test_the_report_html_is_self_contained_and_has_no_contacts(url: str, tmp_path: Path) -> None:
    out = tmp_path / "raportti.html"
    assert graphsvc("report", "--year", "2024", "-o", str(out), url=url).returncode == 0
    html = out.read_text(encoding="utf-8")
    assert "<script" not in html and 'src="http' not in html and 'href="http' not in html
    assert html.count("<svg") >= 10 + 6  # a chart per indicator, a map per rocket
    assert "esimerkki.example" not in html  # the demo's e-mail domain


def test_a_report_of_a_future_year_or_format_is_refused(url: str, tmp_path: Path) -> None:
    future = graphsvc(
        "report", "--year", "2099", "-o", str(tmp_path / "r.pdf"), "--lang", "en", url=url
    )
    assert future.returncode != 0 and "2099" in future.stderr and "future" in future.stderr
    wrong = graphsvc("report", "--year", "2024", "-o", str(tmp_path / "r.docx"), url=url)
    assert wrong.returncode != 0 and ".pdf- tai .html-tiedostoksi, ei .docx" in wrong.stderr
    args = ("report", "--year", "2024", "-o", str(tmp_path / "r.docx"), "--lang", "en")
    english = graphsvc(*args, url=url)
    assert english.returncode != 0 and ".pdf or .html, not .docx" in english.stderr

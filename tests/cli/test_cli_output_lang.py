"""The command line's own lines in the reader's language: Finnish by default, English with
``--lang en``, on a real SQLite file (whole lines compared, as a person reads them).

Covers export, backup, restore, audit verify (intact and broken chains), indicators import
and fetch, serve's lines, the hints printed after an error, and the catalogue module
``messages/cli_output.py`` itself (every key used, Finnish differs from English).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import click
import pytest
from cli_runner import graphsvc, loaded_sqlite
from click.testing import CliRunner, Result
from sample_graph import load_sample

from graphsvc.audit_chain import GENESIS, ChainRow, row_hash, verify_chain
from graphsvc.cli import main
from graphsvc.cli.app import GraphsvcGroup
from graphsvc.cli.words import step_word
from graphsvc.errors import ValidationError
from graphsvc.messages import said
from graphsvc.messages.cli_output import MESSAGES
from graphsvc.services.workbook import import_demo
from tests.services.test_pxweb import pxweb  # noqa: F401 (the fixture)

ROOT = Path(__file__).resolve().parents[2]
STATFIN = ROOT / "tests" / "loaders" / "data" / "statfin_11ra_kouvola.json"
TABLE = "StatFin/vaerak/statfin_vaerak_pxt_11ra.px"


def cli(url: str, *args: str) -> Result:
    """``graphsvc --store URL ARGS`` in this process (stdout and stderr apart)."""
    return CliRunner().invoke(main, ["--store", url, *args], catch_exceptions=False)


@pytest.fixture
def url(tmp_path: Path) -> str:
    return loaded_sqlite(tmp_path / "sample.db", load_sample)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A SQLite file holding the demo data set (its indicators), written once."""
    return loaded_sqlite(tmp_path_factory.mktemp("demo") / "demo.db", import_demo)


@pytest.fixture
def demo_url(demo_file: str, tmp_path: Path) -> str:
    copy = tmp_path / "demo.db"
    shutil.copy(demo_file.removeprefix("sqlite:///"), copy)
    return f"sqlite:///{copy}"


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        (
            "fi",
            "kirjoitettu 17 solmua ja 17 suhdetta kohteeseen {out} (ilman yhteystietosarakkeita)",
        ),
        ("en", "wrote 17 nodes and 17 relationships to {out} (without contact columns)"),
    ],
)
def test_export_says_what_it_wrote(url: str, tmp_path: Path, lang: str, line: str) -> None:
    out = tmp_path / "graph.json"
    result = cli(url, "export", "json", "-o", str(out), *(["--lang", "en"] if lang == "en" else []))
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines() == [line.format(out=out)]


def test_export_with_contacts_says_so_in_finnish(url: str, tmp_path: Path) -> None:
    out = tmp_path / "graph.json"
    result = cli(url, "export", "json", "-o", str(out), "--include-contacts")
    assert result.stdout.splitlines() == [f"kirjoitettu 17 solmua ja 17 suhdetta kohteeseen {out}"]


def test_backup_and_restore_summaries_read_in_finnish_and_in_english(
    url: str, tmp_path: Path
) -> None:
    copy = tmp_path / "copy.db"
    wrote = cli(url, "backup", str(copy))
    assert wrote.exit_code == 0, wrote.stderr
    assert wrote.stdout.splitlines() == [
        f"kirjoitettu {copy}: 17 solmua, 17 suhdetta, 0 käyttäjää, 0 API-avainta, "
        "0 tapahtumalokin riviä (0 riviä, ketju ehjä)"
    ]
    first = f"sqlite:///{tmp_path / 'first.db'}"
    restored = cli(first, "restore", str(copy))
    assert restored.stdout.splitlines() == [
        f"palautettu {copy}: 17 solmua, 17 suhdetta, 0 käyttäjää, 0 API-avainta, "
        "0 tapahtumalokin riviä (0 riviä, ketju ehjä)"
    ]
    again = tmp_path / "again.db"
    english = cli(first, "backup", str(again), "--lang", "en")
    assert english.stdout.splitlines() == [
        f"wrote {again}: 17 nodes, 17 relationships, 0 users, 0 API keys, 1 audit rows "
        "(1 rows, chain intact)"
    ]
    second = f"sqlite:///{tmp_path / 'second.db'}"
    back = cli(second, "restore", str(again), "--lang", "en")
    assert back.stdout.splitlines() == [
        f"restored {again}: 17 nodes, 17 relationships, 0 users, 0 API keys, 1 audit rows "
        "(1 rows, chain intact)"
    ]


def _tampered(url: str) -> str:
    """The store with three audit rows, the second changed behind graphsvc's back."""
    for name in ("a", "b", "c"):
        assert cli(url, "keys", "create", "--role", "viewer", "--name", name).exit_code == 0
    conn = sqlite3.connect(url.removeprefix("sqlite:///"), isolation_level=None)
    conn.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
    conn.execute("UPDATE audit_log SET who = 'someone else' WHERE seq = 2")
    conn.close()
    return url


def test_audit_verify_reads_in_both_languages(url: str) -> None:
    assert cli(url, "keys", "create", "--role", "viewer").exit_code == 0
    assert cli(url, "audit", "verify").stdout == "1 riviä, ketju ehjä\n"
    assert cli(url, "audit", "verify", "--lang", "en").stdout == "1 rows, chain intact\n"
    broken = _tampered(url)
    finnish = cli(broken, "audit", "verify")
    assert finnish.exit_code == 1
    assert re.fullmatch(
        r"ketju katkeaa rivillä 2: tallennettu tiiviste on [0-9a-f]{12}…, mutta rivin "
        r"sisällön tiiviste on [0-9a-f]{12}… \(riviä on muutettu\)\n",
        finnish.stdout,
    ), finnish.stdout
    english = cli(broken, "audit", "verify", "--lang", "en")
    assert english.exit_code == 1
    assert re.fullmatch(
        r"chain broken at row 2: stored hash [0-9a-f]{12}… but its content hashes to "
        r"[0-9a-f]{12}… \(the row was changed\)\n",
        english.stdout,
    ), english.stdout


def _rows(n: int) -> list[ChainRow]:
    rows, prev = [], GENESIS
    for seq in range(1, n + 1):
        values = ("t", "cli", "admin", "import", f"o{seq}", "ok")
        digest = row_hash(seq, values, prev)
        rows.append(ChainRow(seq, values, prev, digest))
        prev = digest
    return rows


def test_every_way_a_chain_breaks_reads_in_both_languages_and_english_as_before() -> None:
    rows = _rows(4)
    changed = ChainRow(2, ("t", "x", "admin", "import", "o2", "ok"), rows[1].prev_hash, None)
    relinked = ChainRow(3, rows[2].values, "f" * 64, rows[2].hash)
    content = row_hash(2, changed.values, rows[0].hash or "")
    cases = {
        "missing": (verify_chain([rows[0], rows[3]], 4), "rows 2-3 are missing", "rivit 2–3"),
        "out_of_order": (verify_chain([rows[0], rows[1], rows[0]], 3), "out of order", "järj"),
        "hash": (
            verify_chain([rows[0], changed], 2),
            f"stored hash none but its content hashes to {content[:12]}… (the row was changed)",
            "tallennettu tiiviste on tyhjä",
        ),
        "prev_hash": (
            verify_chain([rows[0], rows[1], relinked], 3),
            f"prev_hash is ffffffffffff… but row 2 hashes to {(rows[1].hash or '')[:12]}… "
            "(the row before it was changed or replaced)",
            "sitä edeltävää riviä",
        ),
        "removed": (
            verify_chain(rows[:2], 4),
            "4 rows were appended but the log ends at row 2 (rows 3-4 were removed)",
            "(rivit 3–4 on poistettu)",
        ),
    }
    for reason, (report, english, finnish) in cases.items():
        assert report.reason == reason and not report.intact
        assert report.problem == english, reason
        assert report.describe() == f"chain broken at row {report.broken_at}: {english}"
        assert report.describe_in("fi").startswith(f"ketju katkeaa rivillä {report.broken_at}: ")
        assert finnish in report.describe_in("fi"), (reason, report.describe_in("fi"))
        assert type(report).from_facts(report.facts_public()) == report


@pytest.mark.parametrize(
    ("lang", "lines"),
    [
        (
            "fi",
            [
                "statfin_11ra_kouvola.json (json-stat, alue KU286): 5 arvoa mittarille vakiluku: "
                "{created} uutta, {updated} muuttunutta, {unchanged} ennallaan "
                "(kuivaharjoitus: mitään ei kirjoitettu)"
            ],
        ),
        (
            "en",
            [
                "statfin_11ra_kouvola.json (json-stat, area KU286): 5 values for vakiluku: "
                "{created} new, {updated} changed, {unchanged} unchanged "
                "(dry run: nothing written)"
            ],
        ),
    ],
)
def test_indicators_import_says_what_it_read(demo_url: str, lang: str, lines: list[str]) -> None:
    args = ["indicators", "import", str(STATFIN), "--indicator", "vakiluku", "--dry-run"]
    counts = cli(demo_url, *args, "--json")
    assert counts.exit_code == 0, counts.stderr
    data = json.loads(counts.stdout)
    result = cli(demo_url, *args, "--lang", lang)
    assert result.exit_code == 0, result.stderr
    numbers = {k: data[f"values_{k}"] for k in ("created", "updated", "unchanged")}
    assert result.stdout.splitlines()[: len(lines)] == [line.format(**numbers) for line in lines]
    notes = result.stdout.splitlines()[len(lines) :]
    assert notes == [("huomautus: " if lang == "fi" else "note: ") + n for n in data["notes"]]


def test_indicators_fetch_reads_in_both_languages(demo_url: str, pxweb: Any) -> None:  # noqa: F811
    base, recorded, _ = pxweb
    env = {**os.environ, "GRAPHSVC_PXWEB_URL": base}
    finnish = graphsvc("indicators", "fetch", "vakiluku", url=demo_url, env=env)
    assert finnish.returncode == 0, finnish.stderr
    fetched = finnish.stdout.splitlines()
    assert re.fullmatch(rf"vakiluku \({re.escape(TABLE)}\): \d+ arvoa", fetched[0]), fetched
    assert re.fullmatch(r"\d+ uutta arvoa kirjoitettu", fetched[1]), fetched
    recorded.answer = lambda path, query: (429, {"Retry-After": "0"}, b"too many")
    english = graphsvc("indicators", "fetch", "vakiluku", "--lang", "en", url=demo_url, env=env)
    assert english.returncode == 1
    failed, written = english.stdout.splitlines()
    assert failed.startswith(f"vakiluku ({TABLE}): failed: ") and written == "0 new values written"
    again = graphsvc("indicators", "fetch", "vakiluku", url=demo_url, env=env)
    lines = again.stdout.splitlines()
    assert lines[0].startswith(f"vakiluku ({TABLE}): epäonnistui: ")
    assert lines[1] == "0 uutta arvoa kirjoitettu"
    json_out = graphsvc("indicators", "fetch", "vakiluku", "--json", url=demo_url, env=env)
    assert '"said"' not in json_out.stdout and '"error"' in json_out.stdout


@pytest.fixture
def serve_env(monkeypatch: pytest.MonkeyPatch) -> Iterator[pytest.MonkeyPatch]:
    """``serve`` sets the environment of its workers: put it back, and the settings, after.
    Metrics stay in this process's own mode (multiprocess mode is for a server's processes
    and, once prometheus_client has seen it, stays for the rest of this test process)."""
    from graphsvc import metrics
    from graphsvc.settings import get_settings

    for name in ("GRAPHSVC_STORE", "GRAPHSVC_SESSION_SECRET", "GRAPHSVC_DEMO_NOTICE"):
        monkeypatch.setenv(name, "")
    monkeypatch.setattr(metrics, "prepare_multiprocess_dir", lambda: None)
    yield monkeypatch
    monkeypatch.undo()
    get_settings.cache_clear()


@pytest.mark.parametrize(
    ("lang", "lines"),
    [
        (
            "fi",
            [
                "ladattu esimerkkiaineisto (kuvitteellinen: ei oikeita ihmisiä eikä suunnitelmia)",
                "esimerkkitunnus: demo-viewer / PASSWORD (lukija)",
                "esimerkkitunnus: demo-editor / PASSWORD (muokkaaja)",
                "esimerkkitunnus: demo-admin / PASSWORD (ylläpitäjä)",
                "graphsvc osoitteessa http://127.0.0.1:8123/ (API-dokumentaatio: /docs)",
            ],
        ),
        (
            "en",
            [
                "loaded the demo data set (illustrative, not real people or plans)",
                "demo sign-in: demo-viewer / PASSWORD (viewer)",
                "demo sign-in: demo-editor / PASSWORD (editor)",
                "demo sign-in: demo-admin / PASSWORD (admin)",
                "graphsvc on http://127.0.0.1:8123/ (API docs: /docs)",
            ],
        ),
    ],
)
def test_serve_demo_lines_read_in_the_chosen_language(
    tmp_path: Path, serve_env: pytest.MonkeyPatch, lang: str, lines: list[str]
) -> None:
    import uvicorn

    serve_env.setattr(uvicorn, "run", lambda *args, **kwargs: None)  # print, do not listen
    url = f"sqlite:///{tmp_path / 'served.db'}"
    first = cli(url, "serve", "--demo", "--port", "8123", "--lang", lang)
    assert first.exit_code == 0, first.stderr
    shown = [re.sub(r" / \S+ \(", " / PASSWORD (", line) for line in first.stdout.splitlines()]
    assert shown == lines
    again = cli(url, "serve", "--demo", "--port", "8123", "--lang", lang).stdout.splitlines()
    exists = {
        "fi": "esimerkkitunnukset ovat jo olemassa, eikä niiden salasanoja säilytetä; saat ne "
        "takaisin komennoilla:",
        "en": "the demo sign-ins exist already and their passwords are not kept; to get them "
        "back, run:",
    }[lang]
    not_loaded = {
        "fi": "tietokanta ei ole tyhjä: esimerkkiaineistoa ei ladattu",
        "en": "the store is not empty: the demo data was not loaded",
    }[lang]
    assert again[0] == not_loaded and exists in " ".join(again)
    assert again[-2].startswith("  graphsvc --store") and again[-2].endswith("demo-admin")


def test_the_password_prompt_is_finnish_by_default(url: str) -> None:
    typed = "pitkä salasana joka kelpaa 7\npitkä salasana joka kelpaa 7\n"
    result = CliRunner().invoke(
        main, ["--store", url, "users", "add", "maija", "--role", "viewer"], input=typed
    )
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("Salasana: \nSalasana uudelleen: \n"), result.stdout
    assert result.stdout.splitlines()[-1] == "lisätty maija (lukija)"


@pytest.mark.parametrize(
    ("lang", "lines"),
    [
        (
            "fi",
            [
                "virhe: toimijaa ”kaupunkki” ei ole",
                "  Lähellä olevat avaimet: kaupunki",
                "  Etsi avainta nimellä: graphsvc search TEKSTI",
            ],
        ),
        (
            "en",
            [
                "error: there is no actor with the key “kaupunkki”",
                "  Close keys: kaupunki",
                "  Find a key by name: graphsvc search TEXT",
            ],
        ),
    ],
)
def test_hints_after_an_error_read_in_the_chosen_language(
    url: str, lang: str, lines: list[str]
) -> None:
    result = cli(url, "actions-of", "kaupunkki", "--lang", lang)
    assert result.exit_code == 1 and result.stdout == ""
    assert result.stderr.splitlines() == lines


def test_a_hint_may_be_a_plain_text_or_a_catalogue_message() -> None:
    @click.group(cls=GraphsvcGroup)
    def group() -> None:
        """A group of one failing command."""

    @group.command()
    def fail() -> None:
        """Raise an error with both kinds of hint."""
        hints = ["as it is", said("cli.error.search_hint")]
        raise ValidationError(said("cli.error.path_or_demo"), hints=hints)

    finnish = CliRunner().invoke(group, ["fail"])
    assert finnish.exit_code == 1 and finnish.stderr.splitlines() == [
        "virhe: anna työkirjan polku tai --demo (toinen niistä)",
        "  as it is",
        "  Etsi avainta nimellä: graphsvc search TEKSTI",
    ]
    english = CliRunner().invoke(group, ["fail", "--lang", "en"])
    assert english.stderr.splitlines() == [
        "error: give a workbook PATH or --demo (one of them)",
        "  as it is",
        "  Find a key by name: graphsvc search TEXT",
    ]


def test_the_cli_s_own_errors_keep_english_for_logs_and_read_finnish(url: str) -> None:
    result = cli(url, "export", "xlsx", "-o", "-")
    assert result.exit_code == 1
    assert result.stderr == "virhe: muotoa xlsx ei voi tulostaa vakiotulosteeseen: anna -o POLKU\n"
    report = cli(url, "report", "--year", "2024", "-o", "raportti")
    assert report.stderr == (
        "virhe: raportti: raportti kirjoitetaan .pdf- tai .html-tiedostoksi, ei tarkenteeton\n"
    )
    english = cli(url, "report", "--year", "2024", "-o", "report", "--lang", "en")
    assert (
        english.stderr == "error: report: the report is written as .pdf or .html, not no suffix\n"
    )


#: The catalogue's chain sentences are named by ChainReport.reason (``cli.out.chain.<reason>``).
_BY_REASON = "cli.out.chain."
#: The progress words are named by the step (``cli.out.step.<step>``).
_BY_STEP = "cli.out.step."


def test_analysis_progress_reads_in_both_languages(url: str) -> None:
    finnish = cli(url, "analyze", "brokers")
    assert finnish.exit_code == 0, finnish.stderr
    assert finnish.stderr.splitlines() == [
        "brokers: välillisyys…",
        "brokers: rakenteelliset aukot…",
        "brokers: nivelpisteet…",
    ]
    english = cli(url, "analyze", "brokers", "--lang", "en")
    assert english.stderr.splitlines() == [
        "brokers: betweenness…",
        "brokers: structural holes…",
        "brokers: articulation points…",
    ]


def test_every_cli_output_message_is_used_and_speaks_finnish() -> None:
    source = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "graphsvc").rglob("*.py"))
    chain = (ROOT / "graphsvc" / "audit_chain.py").read_text(encoding="utf-8")
    for key in MESSAGES:
        if key.startswith(_BY_REASON) and f'"{key.removeprefix(_BY_REASON)}"' in chain:
            continue
        if key.startswith(_BY_STEP):  # named by the step an analysis or a load reports
            step = MESSAGES[key].en
            assert step_word(step, "fi") == MESSAGES[key].fi and f'"{step}"' in source, key
            continue
        assert f'"{key}"' in source.replace(f'"{key}": Message', ""), f"{key} is never used"
    for key, message in MESSAGES.items():
        assert message.fi != message.en, f"{key}: the Finnish is the English"


@pytest.mark.parametrize(
    ("args", "usage", "error"),
    [
        (
            ["who-runs"],
            "Käyttö: graphsvc who-runs [VALITSIMET] ACTION",
            "virhe: argumentti 'ACTION' puuttuu.",
        ),
        (
            ["users", "add", "maija"],
            "Käyttö: graphsvc users add [VALITSIMET] NAME",
            "virhe: valitsin '--role' puuttuu. Valitse jokin: viewer, editor, admin.",
        ),
        (
            ["export", "nope"],
            "Käyttö: graphsvc export [VALITSIMET] FORMAT",
            "virhe: virheellinen arvo kohteelle 'FORMAT': 'nope' ei käy: valitse jokin näistä: "
            "'csv', 'xlsx', 'json', 'graphml', 'gexf', 'cypher'.",
        ),
        (
            ["who-runs", "--bogus", "x"],
            "Käyttö: graphsvc who-runs [VALITSIMET] ACTION",
            "virhe: valitsinta --bogus ei ole. Tarkoititko --columns?",
        ),
    ],
)
def test_click_usage_errors_read_in_finnish(url: str, args: list[str], usage: str, error: str):
    result = CliRunner().invoke(main, ["--store", url, *args], prog_name="graphsvc")
    assert result.exit_code == 2 and result.stdout == ""
    command = usage.removeprefix("Käyttö: ").split(" [VALITSIMET]")[0]
    assert result.stderr.splitlines() == [
        usage,
        f"Katso ohjeet: '{command} --help'.",
        "",
        error,
    ]


def test_click_usage_errors_stay_click_s_own_in_english(url: str) -> None:
    result = CliRunner().invoke(
        main,
        ["--store", url, "users", "add", "x", "--role", "boss", "--lang", "en"],
        prog_name="graphsvc",
    )
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        "Usage: graphsvc users add [OPTIONS] NAME",
        "Try 'graphsvc users add --help' for help.",
        "",
        "Error: Invalid value for '--role': 'boss' is not one of 'viewer', 'editor', 'admin'.",
    ]
    early = CliRunner().invoke(main, ["--store", url, "who-runs", "--lang", "en"])
    assert early.exit_code == 2 and "Error: Missing argument 'ACTION'." in early.stderr

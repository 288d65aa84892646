"""``graphsvc load`` and ``graphsvc export`` as a user runs them, and imports killed mid-way."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from graphsvc.cli import main
from graphsvc.stores.sqlite_store import SQLiteStore

from .workbooks import graph_of, sample_sheets, write_csvs


def run(url: str, *args: str) -> tuple[int, str, str]:
    """Run graphsvc in-process; (exit code, stdout, stderr)."""
    result = CliRunner().invoke(main, ["--store", url, *args])
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def url(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'cli.db'}"


def test_load_reports_counts_and_reload_changes_nothing(url, tmp_path):
    folder = write_csvs(tmp_path / "wb", sample_sheets())
    code, out, _ = run(url, "load", str(folder), "--lang", "en")
    assert code == 0
    assert "rows read: actors 4, actions 3, participation 5, collaborations 1" in out
    code, out, _ = run(url, "load", str(folder), "--json")
    report = json.loads(out)
    assert (report["nodes_unchanged"], report["edges_unchanged"]) == (7, 13)
    assert report["nodes_created"] + report["edges_created"] == 0


def test_load_dry_run_writes_nothing(url, tmp_path):
    folder = write_csvs(tmp_path / "wb", sample_sheets())
    code, out, _ = run(url, "load", str(folder), "--dry-run", "--lang", "en")
    assert code == 0 and "dry run: nothing was written" in out
    code, out, _ = run(url, "export", "json", "-o", "-")
    assert [n["label"] for n in json.loads(out)["nodes"]] == ["Programme"] + ["Rocket"] * 6 + [
        "Theme"
    ] * 3


def test_rejected_load_names_file_row_and_column(url, tmp_path):
    sheets = sample_sheets()
    sheets["actors"][2][2] = "compny"
    code, out, err = run(url, "load", str(write_csvs(tmp_path / "wb", sheets)), "--lang", "en")
    assert code == 1
    assert "error: wb: 1 problem found; nothing was imported" in err
    assert "actors.csv row 3, column kind: 'compny' is not one of company, education" in err


def test_load_needs_a_path_or_demo(url):
    code, _, err = run(url, "load", "--lang", "en")
    assert code == 1 and "give a workbook PATH or --demo" in err
    code, _, err = run(url, "load")
    assert code == 1 and "anna työkirjan polku tai --demo" in err


def test_load_demo_dry_run_previews_the_first_round(url):
    code, out, _ = run(url, "load", "--demo", "--dry-run", "--json")
    assert code == 0, out
    (report,) = json.loads(out)["rounds"]
    assert report["as_of"] == "2021-12-31" and report["dry_run"]
    assert report["nodes_created"] > 300 and report["edges_created"] > 700


@pytest.mark.parametrize("command", [("who-runs", "x"), ("actions-of", "x"), ("export", "json")])
def test_a_malformed_as_of_is_one_clear_line(url, command):
    SQLiteStore(url).close()  # a read command refuses a store file that does not exist
    code, out, err = run(url, *command, "--as-of", "20245", "--lang", "en")
    assert code == 1 and out == ""
    assert err.strip() == (
        "error: as-of date '20245' is not a date: use YYYY-MM-DD (a day) or YYYY "
        "(31 December of that year)"
    )


def test_load_demo_loads_every_round_as_of_its_year(url):
    code, out, _ = run(url, "load", "--demo", "--json")
    assert code == 0, out
    reports = json.loads(out)["rounds"]
    # the four yearly rounds, then the wellbeing programme as of the last
    assert [r["as_of"] for r in reports] == [f"{y}-12-31" for y in (2021, 2022, 2023, 2024, 2024)]
    assert all(r["nodes_deleted"] > 0 for r in reports[1:4])  # each year some end
    assert reports[-1]["source"].endswith("hyvinvointi") and reports[-1]["nodes_deleted"] == 0
    code, out, _ = run(url, "who-runs", "teko-210", "--as-of", "2022", "--json")
    assert code == 0 and "kymin-verkostokumppanit-oy" in out
    code, _, err = run(url, "who-runs", "teko-210", "--lang", "en")
    assert code == 1 and "there is no action with the key “teko-210”" in err


def test_export_writes_files_and_refuses_binary_stdout(url, tmp_path):
    run(url, "load", str(write_csvs(tmp_path / "wb", sample_sheets())))
    code, out, _ = run(url, "export", "csv", "-o", str(tmp_path / "out"), "--lang", "en")
    assert code == 0 and "(without contact columns)" in out
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        "actions.csv",
        "actors.csv",
        "collaborations.csv",
        "indicator_values.csv",
        "indicators.csv",
        "participation.csv",
        "programmes.csv",
        "rockets.csv",
        "themes.csv",
    ]
    code, _, err = run(url, "export", "xlsx", "-o", "-", "--lang", "en")
    assert code == 1 and "xlsx cannot go to stdout" in err
    code, out, _ = run(url, "export", "cypher", "-o", "-", "--include-contacts")
    assert code == 0 and "maija@kouvola.fi" in out


def test_loads_and_exports_are_audited(url, tmp_path):
    from graphsvc.accounts import open_accounts

    sheets = sample_sheets()
    run(url, "load", str(write_csvs(tmp_path / "good", sheets)))
    sheets["actors"][2][2] = "compny"
    run(url, "load", str(write_csvs(tmp_path / "bad", sheets)))
    run(url, "export", "json", "-o", "-")
    store = SQLiteStore(url)
    accounts = open_accounts(store)
    try:
        entries = [(e.action, e.object, e.outcome) for e in accounts.find_audit()]
    finally:
        accounts.close()
        store.close()
    assert sorted(entries) == [
        ("export", "graph:json", "ok (no contacts)"),
        ("import", "workbook", "ok"),
        ("import", "workbook", "rejected: ImportRejectedError"),
    ]


def test_progress_bar_only_on_a_terminal(url, big_workbook):
    import pty

    code, out, _ = run(url, "load", str(big_workbook), "--dry-run")  # not a terminal
    assert code == 0 and "validating" not in out and "writing" not in out
    output = bytearray()

    def read(fd: int) -> bytes:
        data = os.read(fd, 1024)
        output.extend(data)
        return data

    status = pty.spawn(
        [
            sys.executable,
            "-m",
            "graphsvc",
            "--store",
            url,
            "load",
            str(big_workbook),
            "--lang",
            "en",
        ],
        read,
    )
    assert os.waitstatus_to_exitcode(status) == 0
    text = output.decode("utf-8", "replace")
    assert "writing" in text and "Loaded in" in text


# -- killed imports -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def big_workbook(tmp_path_factory) -> Path:
    """The demo data set at 10x (~3,000 actors, ~13,000 participation rows)."""
    from graphsvc.demo import generate

    folder = tmp_path_factory.mktemp("big") / "x10"
    generate(scale=10, out_dir=folder)
    return folder


def start_load(url: str, folder: Path) -> subprocess.Popen[bytes]:
    """``graphsvc load`` in its own process."""
    return subprocess.Popen(
        [sys.executable, "-m", "graphsvc", "--store", url, "load", str(folder)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def test_sqlite_import_killed_mid_way_leaves_the_store_as_it_was(tmp_path, big_workbook):
    db = tmp_path / "killed.db"
    url = f"sqlite:///{db}"
    store = SQLiteStore(url)
    store.ensure_schema()
    run(url, "load", str(write_csvs(tmp_path / "wb", sample_sheets())))
    before = graph_of(store)
    store.close()  # the last connection checkpoints and removes the WAL
    wal = Path(f"{db}-wal")
    process = start_load(url, big_workbook)
    deadline = time.monotonic() + 120
    while process.poll() is None and time.monotonic() < deadline:
        if wal.exists() and wal.stat().st_size > 256 * 1024:  # the import is writing
            break
        time.sleep(0.002)
    assert process.poll() is None, "the import finished before it could be killed"
    process.send_signal(signal.SIGKILL)
    assert process.wait(30) == -signal.SIGKILL
    store = SQLiteStore(url)
    try:
        assert graph_of(store) == before
        with store._transaction(write=False) as conn:  # the file is sound, not just readable
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        store.close()
    code, out, _ = run(url, "load", str(big_workbook), "--json")  # and it loads afterwards
    assert code == 0 and json.loads(out)["nodes_created"] > 4000


def test_neo4j_import_killed_mid_way_leaves_the_store_as_it_was(request, tmp_path, big_workbook):
    from neo4j import GraphDatabase
    from store_factory import open_test_store

    from graphsvc.stores.cypher import MISSING_ENDS, UPSERT_EDGES, UPSERT_NODES

    # the queries of the import's write transaction (ensure_schema uses others)
    import_writes = {*UPSERT_NODES.values(), *UPSERT_EDGES.values(), *MISSING_ENDS.values()}
    uri = request.getfixturevalue("neo4j_uri")
    store = open_test_store("neo4j", request, tmp_path)
    try:
        run(uri, "load", str(write_csvs(tmp_path / "wb", sample_sheets())))
        before = graph_of(store)
        with GraphDatabase.driver(uri) as driver:
            process = start_load(uri, big_workbook)
            deadline, writing = time.monotonic() + 300, False
            while process.poll() is None and not writing and time.monotonic() < deadline:
                running = driver.execute_query(
                    "SHOW TRANSACTIONS YIELD currentQuery RETURN currentQuery"
                ).records
                writing = any(r["currentQuery"] in import_writes for r in running)
                time.sleep(0.05)
            assert writing and process.poll() is None, "the import was not caught writing"
            process.send_signal(signal.SIGKILL)
            process.wait(30)
            while time.monotonic() < deadline:  # the server rolls the transaction back
                running = driver.execute_query(
                    "SHOW TRANSACTIONS YIELD currentQuery RETURN currentQuery"
                ).records
                if not any(r["currentQuery"] in import_writes for r in running):
                    break
                time.sleep(0.1)
        assert graph_of(store) == before
    finally:
        store.close()

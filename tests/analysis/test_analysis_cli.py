"""``graphsvc analyze`` as a user runs it: tables by default, the API's JSON with --json."""

from __future__ import annotations

import functools
import json

import cli_runner
import pytest
from analysis_planted import load_planted

from graphsvc.services.analysis import KINDS, run_analysis
from graphsvc.stores.sqlite_store import SQLiteStore

#: A wide terminal, so tables are not cut.
WIDE = {"COLUMNS": "200", "PATH": "/usr/bin:/bin"}
graphsvc = functools.partial(cli_runner.graphsvc, env=WIDE)


@pytest.fixture(scope="module")
def url(tmp_path_factory):
    return cli_runner.loaded_sqlite(tmp_path_factory.mktemp("cli") / "analysis.db", load_planted)


def test_json_equals_the_service(url):
    result = graphsvc("analyze", "brokers", "--json", url=url)
    assert result.returncode == 0, result.stderr
    store = SQLiteStore(url)
    try:
        assert json.loads(result.stdout) == run_analysis(store, "brokers")
    finally:
        store.close()


@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_prints_a_table(url, kind):
    from click.testing import CliRunner

    from graphsvc.cli import main

    args = ["--store", url, "analyze", kind, "--lang", "en"]
    args += ["bridge-co"] if kind == "whatif" else []
    result = CliRunner().invoke(main, args, terminal_width=200)
    if kind == "overlap":  # one programme in the store: a one-line error naming it
        assert result.exit_code == 1 and "elinvoiman-kasvu" in result.output, result.output
        return
    assert result.exit_code == 0, result.output
    assert "┃" in result.stdout or kind == "whatif"
    assert "maija" not in result.stdout.lower()


def test_tables_name_the_findings(url):
    gaps = graphsvc("analyze", "gaps", "--lang", "en", url=url)
    assert "x-solo" in gaps.stdout or "Action x-solo" in gaps.stdout
    assert "gaps:" in gaps.stderr  # progress
    intro = graphsvc("analyze", "recommend", "--actor", "rail-co", url=url)
    assert "Innovation Lab" in intro.stdout


def test_errors_are_one_line(url):
    result = graphsvc("analyze", "whatif", "--lang", "en", url=url)
    assert result.returncode == 1
    assert result.stderr.startswith("error: whatif needs an actor")
    result = graphsvc("analyze", "gaps", "--rocket", "moon", url=url)
    assert result.returncode == 1 and "moon" in result.stderr and "Traceback" not in result.stderr

"""scripts/neo4j-dev-server: prints a bolt:// line, serves a real Neo4j, stops cleanly."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from neo4j import GraphDatabase
from neo4j_server import SCRIPT, DevServer, give_up


def bare_python_path(folder: Path) -> str:
    """A PATH whose first ``python3`` is a fresh virtual environment without the project."""
    bare = folder / "bare-venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(bare)], check=True)
    missing = subprocess.run([str(bare / "bin" / "python3"), "-c", "import neo4j"])
    assert missing.returncode != 0, "the bare interpreter must not see the neo4j driver"
    return f"{bare / 'bin'}{os.pathsep}{os.environ.get('PATH', '')}"


@pytest.fixture
def dev_server(tmp_path: Path):
    """A dev server of this test's own, run as users do (``scripts/neo4j-dev-server``), with a
    ``python3`` that has neither the project nor the driver (a venv that is not activated)."""
    if shutil.which("java") is None:
        give_up("java is not on the PATH")
    env = {**os.environ, "PATH": bare_python_path(tmp_path)}
    server = DevServer(tmp_path / "dev-server.log", command=[str(SCRIPT)], env=env)
    yield server
    server.stop()


def test_prints_bolt_uri_serves_load_csv_and_stops_when_stdin_closes(dev_server, tmp_path):
    assert dev_server.uri.startswith("bolt://127.0.0.1:")
    folder = dev_server.import_dir.parent
    assert folder.is_dir() and folder.name.startswith("graphsvc-neo4j-")
    (dev_server.import_dir / "people.csv").write_text("key,name\na,Åsa\nb,O'Brien\n")
    with GraphDatabase.driver(dev_server.uri) as driver:
        records, _, _ = driver.execute_query(
            "LOAD CSV WITH HEADERS FROM 'file:///people.csv' AS row RETURN row.name AS name"
        )
    assert [r["name"] for r in records] == ["Åsa", "O'Brien"]

    assert dev_server.stop() == 0
    assert not folder.exists()
    log = dev_server.log_path.read_text()
    assert "ready in" in log and "stopped in" in log and "(exit code 0)" in log


def test_stops_cleanly_on_sigterm(dev_server):
    folder = dev_server.import_dir.parent
    dev_server.process.send_signal(signal.SIGTERM)
    assert dev_server.process.wait(240) == 0
    assert not folder.exists()
    assert "(exit code 0)" in dev_server.log_tail()


def test_failed_start_prints_the_jvm_log_and_exits_non_zero():
    if shutil.which("java") is None:
        give_up("java is not on the PATH")
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "--heap", "1x"],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 1
    assert done.stdout == ""
    assert "Invalid maximum heap size: -Xmx1x" in done.stderr
    assert "start-up failed" in done.stderr

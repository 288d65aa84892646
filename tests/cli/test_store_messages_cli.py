"""The stores' errors on the command line: Finnish by default, English with ``--lang en``."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from cli_runner import graphsvc


def _error(*args: str, url: str) -> str:
    result = graphsvc(*args, url=url)
    assert result.returncode == 1, result.stdout
    assert "Traceback" not in result.stderr
    return result.stderr.splitlines()[0]


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        (None, "virhe: SQLite-tiedostoa {path} ei voi avata: "),
        ("fi", "virhe: SQLite-tiedostoa {path} ei voi avata: "),
        ("en", "error: cannot open SQLite file {path}: "),
    ],
)
def test_an_unreachable_sqlite_file(tmp_path: Path, lang: str | None, said: str) -> None:
    path = tmp_path / "missing" / "dir" / "g.db"
    line = _error("who-runs", "x", *(("--lang", lang) if lang else ()), url=f"sqlite:///{path}")
    assert line.startswith(said.format(path=path)), line


def test_an_unknown_store_scheme_lists_the_schemes_in_each_language(tmp_path: Path) -> None:
    fi = _error("who-runs", "x", url="mysql://x")
    assert fi.startswith("virhe: tietokannan osoite 'mysql://x': skeema 'mysql' ei ole mikään ")
    assert fi.endswith("näistä: sqlite, bolt, bolt+s, bolt+ssc, neo4j, neo4j+s, neo4j+ssc")
    en = _error("who-runs", "x", "--lang", "en", url="mysql://x")
    assert en == (
        "error: store URL 'mysql://x': scheme 'mysql' is not one of sqlite, bolt, bolt+s, "
        "bolt+ssc, neo4j, neo4j+s, neo4j+ssc"
    )


def test_restore_refuses_a_sqlite_file_that_is_no_backup(tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE t (x)")
    url = f"sqlite:///{tmp_path / 'g.db'}"
    fi = _error("restore", str(other), "--lang", "fi", url=url)
    assert fi == (
        f"virhe: {other} on SQLite-tiedosto mutta ei varmuuskopio, jonka graphsvc backup on "
        "kirjoittanut"
    )
    en = _error("restore", str(other), "--lang", "en", url=url)
    assert en == f"error: {other} is a SQLite file but not a store backup written by graphsvc"

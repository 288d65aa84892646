"""Names holding terminal control sequences print as visible escapes, never as controls.

The vocabulary refuses control characters now, but a store written before that (or a
Neo4j edited by hand) may hold them; bidi overrides are valid text and always possible.
"""

from __future__ import annotations

import json
import sqlite3

import pytest
from cli_runner import graphsvc, loaded_sqlite
from sample_graph import load_sample

HOSTILE = {
    "ESC/CSI": "\x1b[2J\x1b[31mred",
    "OSC title": "\x1b]0;pwned\x07",
    "OSC 8 link": "\x1b]8;;http://evil\x1b\\click\x1b]8;;\x1b\\",
    "C1 CSI": "\x9b31m",
    "bidi override": "\u202eevil\u2066x\u2069",
    "backspace and CR": "abc\x08\x08\rxyz",
}
TITLE = " ".join(HOSTILE.values())
RAW = ("\x1b", "\x9b", "\x07", "\x08", "\r", "\u202e", "\u2066", "\u2069")


@pytest.fixture
def url(tmp_path):
    url = loaded_sqlite(tmp_path / "cli.db", load_sample)
    with sqlite3.connect(tmp_path / "cli.db") as db:  # data written before the text rule
        for i, text in enumerate(HOSTILE.values()):
            db.execute(
                "UPDATE nodes SET props = json_set(props, '$.name', ?) "
                "WHERE label = 'Actor' AND key = (SELECT key FROM nodes WHERE label = 'Actor' "
                "ORDER BY key LIMIT 1 OFFSET ?)",
                (f"{text} #{i}", i),
            )
        db.execute(
            "UPDATE nodes SET props = json_set(props, '$.title', ?) "
            "WHERE label = 'Action' AND key = 'rrt'",
            (TITLE,),
        )
    return url


def _hostile_action_runners(url):
    result = graphsvc("who-runs", "rrt", url=url)
    assert result.returncode == 0, result.stderr
    return result


def test_tables_show_controls_as_visible_escapes(url):
    out = _hostile_action_runners(url).stdout
    for char in RAW:
        assert char not in out, repr(char)
    assert "\\x1b" in out or "\\u202e" in out


def test_json_stays_exact_json_without_raw_controls(url):
    result = graphsvc("who-runs", "rrt", "--json", url=url)
    assert result.returncode == 0, result.stderr
    for char in RAW:
        assert char not in result.stdout, repr(char)
    assert json.loads(result.stdout)["action"]["title"] == TITLE


def test_error_lines_show_controls_as_escapes(url):
    result = graphsvc("who-runs", "no-such\x1b]0;x\x07", url=url)
    assert result.returncode != 0
    assert "\x1b" not in result.stderr and "\x07" not in result.stderr

"""An unreachable Neo4j gives StoreUnavailableError naming the URL, and a clean CLI error."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from graphsvc.errors import StoreUnavailableError, ValidationError
from graphsvc.stores.neo4j_store import Neo4jStore

NOWHERE = ["bolt://127.0.0.1:1", "neo4j://127.0.0.1:1", "neo4j+s://127.0.0.1:1"]


@pytest.mark.parametrize("url", NOWHERE)
def test_unreachable_url_is_store_unavailable(url):
    with pytest.raises(
        StoreUnavailableError, match=re.escape(f"cannot reach Neo4j at {url}: ")
    ) as caught:
        Neo4jStore(url, connect_timeout=3)
    assert caught.value.__cause__ is not None
    assert caught.value.status == 503


def test_malformed_url_is_a_validation_error():
    with pytest.raises(ValidationError, match="Neo4j store URL 'bolt://:x'"):
        Neo4jStore("bolt://:x")


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("en", "error: cannot reach Neo4j at {url}: "),
        ("fi", "virhe: Neo4j-tietokantaan {url} ei saada yhteyttä: "),
    ],
)
def test_cli_reports_unreachable_neo4j_without_traceback(lang, said):
    done = subprocess.run(
        [sys.executable, "-m", "graphsvc", "--store", NOWHERE[0], "who-runs", "x", "--lang", lang],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode != 0
    assert done.stderr.startswith(said.format(url=NOWHERE[0])), done.stderr
    assert "Traceback" not in done.stderr + done.stdout

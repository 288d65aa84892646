"""docs/analysis.md documents every kind with the JSON shape the service really returns."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from graphsvc.services.analyses import ANALYSES
from graphsvc.services.analysis import KINDS, analyze_snapshot

DOC = Path(__file__).resolve().parents[2] / "docs" / "analysis.md"


def documented() -> dict[str, dict]:
    text = DOC.read_text(encoding="utf-8")
    blocks = re.findall(r"^## (\w+)\n.*?```json\n(.*?)\n```", text, re.S | re.M)
    return {kind: json.loads(body) for kind, body in blocks if kind in KINDS}


def shape(value: dict) -> dict[str, set[str]]:
    """Keys of the result and of the first item of each list in it."""
    found = {"envelope": set(value), "result": set(value["result"])}
    for key, item in value["result"].items():
        if isinstance(item, list) and item and isinstance(item[0], dict):
            found[key] = set(item[0])
    return found


def test_every_kind_is_documented():
    assert set(documented()) == set(KINDS)


#: The kinds of one graph (change and timeline compare dates: tests/analysis/test_change_text.py
#: checks their documented shapes on a planted three-year history).
ONE_GRAPH = [k for k in KINDS if ANALYSES[k].on_store is None]


@pytest.mark.parametrize("kind", ONE_GRAPH)
def test_documented_shape_is_the_real_shape(snapshot, kind):
    actor = {"whatif": "bridge-co", "recommend": "lab"}.get(kind)
    real = analyze_snapshot(snapshot, kind, actor=actor, top=2)
    assert shape(documented()[kind]) == shape(real)


def test_cli_help_names_every_kind():
    from click.testing import CliRunner

    from graphsvc.cli import main

    result = CliRunner().invoke(main, ["analyze", "--help"])
    assert all(kind in result.output for kind in KINDS)


def test_table_cli_help_and_docs_list_the_same_kinds():
    import re

    from click.testing import CliRunner

    from graphsvc.cli import main
    from graphsvc.services.analyses import ANALYSES, all_params

    help_text = CliRunner().invoke(main, ["analyze", "--help"], terminal_width=200).output
    choice = re.search(r"\{([a-z|]+)\}", help_text.replace("\n", "").replace(" ", ""))
    assert choice is not None
    assert choice.group(1).split("|") == list(ANALYSES)
    assert list(documented()) == list(ANALYSES)  # the docs present them in the table's order
    for name, (info, _) in all_params().items():
        assert "--" + (info.alias or name).replace("_", "-") in help_text, name

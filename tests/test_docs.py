"""The README documents every setting, and every command is mentioned in it or in docs/."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_runner import commands_of

from graphsvc.cli import main
from graphsvc.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
DOCS = README + "".join(p.read_text(encoding="utf-8") for p in (ROOT / "docs").glob("*.md"))


@pytest.mark.parametrize("name", sorted(Settings.model_fields))
def test_every_setting_is_in_the_readme(name):
    assert f"GRAPHSVC_{name.upper()}" in README


@pytest.mark.parametrize("command", sorted(commands_of(main)))
def test_every_command_is_documented(command):
    assert f"graphsvc {command}" in DOCS

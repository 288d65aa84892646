"""Hints name only commands that exist: every ``graphsvc WORD`` a person is told to run.

Checked over the whole message catalogue (both languages), the commands quoted in the
package's own messages and docstrings (```graphsvc …``` in backticks), and the command
lines of the README and docs (backticked, or a line of a code block).
"""

from __future__ import annotations

import re
from pathlib import Path

import click
import pytest
from cli_runner import commands_of

from graphsvc.cli import main
from graphsvc.messages import CATALOGUE

ROOT = Path(__file__).resolve().parents[2]
#: A command or sub-command name as typed (lower case words joined by hyphens).
NAME = re.compile(r"[a-z][a-z-]*")
BACKTICKED = re.compile(r"`(?:\$ )?(graphsvc [^`]+)`")
IN_CODE_BLOCK = re.compile(r"^\s*(?:\$ )?(graphsvc .+)$")


def unknown_command(line: str) -> str | None:
    """The first command (or sub-command) of ``line`` that graphsvc does not have, if any.

    ``line`` starts with ``graphsvc``; its global options (``--store URL``) are skipped.
    """
    words = line.split()[1:]
    while words and words[0].startswith("-"):
        words = words[2:] if words[0] == "--store" else words[1:]
    if not words or not NAME.fullmatch(words[0].rstrip(".,;:)")):
        return None
    name = words[0].rstrip(".,;:)")
    command = commands_of(main).get(name)
    if command is None:
        return name
    sub = words[1].rstrip(".,;:)") if len(words) > 1 else None
    if isinstance(command, click.Group) and sub and NAME.fullmatch(sub):
        return None if sub in commands_of(command) else f"{name} {sub}"
    return None


def cited(text: str) -> list[str]:
    return [text[m.start() :] for m in re.finditer(r"graphsvc (?=[a-z-])", text)]


def test_the_checker_catches_a_made_up_command():
    assert unknown_command("graphsvc find kouvola") == "find"
    assert unknown_command("graphsvc users promote x") == "users promote"
    assert unknown_command("graphsvc --store sqlite:///x.db load --demo") is None
    assert unknown_command("graphsvc search TEXT") is None


@pytest.mark.parametrize(
    "key", sorted(k for k, m in CATALOGUE.items() if "graphsvc " in m.fi + m.en)
)
def test_catalogue_hints_name_real_commands(key):
    message = CATALOGUE[key]
    for text in (message.fi, message.en):
        wrong = [unknown_command(line) for line in cited(text)]
        assert not any(wrong), f"{key}: graphsvc {wrong} is not a command"


def _backticked(path: Path) -> list[str]:
    return BACKTICKED.findall(path.read_text(encoding="utf-8"))


def _code_block_lines(path: Path) -> list[str]:
    lines, inside = [], False
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.lstrip().startswith("```"):
            inside = not inside
        elif inside and (found := IN_CODE_BLOCK.match(line)):
            lines.append(found.group(1))
    return lines


SOURCES = sorted((ROOT / "graphsvc").rglob("*.py"))
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]


def test_package_and_docs_cite_only_real_commands():
    wrong = []
    for path in SOURCES + DOCS:
        lines = _backticked(path) + (_code_block_lines(path) if path.suffix == ".md" else [])
        wrong += [f"{path.relative_to(ROOT)}: {line}" for line in lines if unknown_command(line)]
    assert not wrong, "\n".join(wrong)


def test_hints_that_cite_search_point_at_a_command_that_runs():
    assert "search" in commands_of(main)
    assert any("graphsvc search" in path.read_text(encoding="utf-8") for path in SOURCES)

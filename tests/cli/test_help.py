"""Every graphsvc command and sub-command has help text."""

from __future__ import annotations

import click
import pytest
from cli_runner import commands_of
from click.testing import CliRunner

from graphsvc.cli import main


def command_paths(group: click.Group, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    """Every command path under ``group``, e.g. ('keys', 'create')."""
    paths = [prefix]
    for name, command in sorted(commands_of(group).items()):
        if isinstance(command, click.Group):
            paths += command_paths(command, (*prefix, name))
        else:
            paths.append((*prefix, name))
    return paths


@pytest.mark.parametrize("path", command_paths(main), ids=lambda p: " ".join(p) or "graphsvc")
def test_command_has_help(path):
    result = CliRunner().invoke(main, [*path, "--help"])
    assert result.exit_code == 0, result.output
    assert "Usage:" in result.output
    command: click.Command = main
    for name in path:
        assert isinstance(command, click.Group)
        command = commands_of(command)[name]
    assert (command.help or "").strip(), f"graphsvc {' '.join(path)} has no help text"

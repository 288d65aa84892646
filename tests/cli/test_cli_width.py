"""Every table-printing command stays inside 80 and 40 columns with its keys whole.

Run as a person pipes the output (not a terminal, ``COLUMNS`` set) on a real SQLite file
holding the demo data set. A key is never cut (the next command needs it): one longer than
the width stands alone on its line.
"""

from __future__ import annotations

import click
import pytest
from cli_runner import commands_of, loaded_sqlite
from click.testing import CliRunner

from graphsvc.cli import main
from graphsvc.model import Label
from graphsvc.services.workbook import import_demo
from graphsvc.stores.sqlite_store import SQLiteStore

#: command line -> keys that must appear whole (each on one line).
COMMANDS: dict[str, tuple[str, ...]] = {
    "who-runs teko-084": ("kouvolan-lukio",),
    "actions-of kouvolan-lukio": ("teko-187", "teko-084"),
    "search kouvola --limit 8": ("kouvolan-kasvupalvelut-oy",),
    "analyze summary": (),
    "analyze centrality --top 5": ("kouvolan-kaupunki-osallisuus-ja-viestinta",),
    "analyze brokers --top 5": ("kouvolan-kasvupalvelut-oy",),
    "analyze gaps --top 3": (),
    "analyze recommend --top 3": (),
    "analyze coverage": (),
    "analyze communities --top 3": (),
    "analyze whatif kauppakamari": (),
    "analyze change --from 2022 --to 2024 --top 3": ("anjalan-kylayhdistys-ry",),
    "analyze timeline": (),
    "indicators list": ("erikoisalojen-opiskelijat",),
    "indicators show vakiluku --year 2024": (),
    "indicators progress --year 2024": ("erikoisalojen-opiskelijat",),
    "audit list --limit 3": (),
    "users list": (),
    "keys list": (),
    "load --demo --dry-run": (),
}


@pytest.fixture(scope="module")
def url(tmp_path_factory):
    path = tmp_path_factory.mktemp("width") / "demo.db"
    return loaded_sqlite(path, import_demo)


@pytest.fixture(scope="module")
def keys(url):
    """The keys a line may hold whole: actors', actions' and gaps' (a gap's id is what
    ``gaps mark`` takes)."""
    from graphsvc.services.analysis import run_analysis

    store = SQLiteStore(url)
    found = {n.key for label in (Label.ACTOR, Label.ACTION) for n in store.find_nodes(label)}
    found |= {g["id"] for g in run_analysis(store, "gaps", top=500)["result"]["gaps"]}
    store.close()
    return found


def run(url: str, line: str, width: int, lang: str = "en") -> str:
    args = ["--store", url, *line.split(), "--lang", lang]
    result = CliRunner().invoke(main, args, env={"COLUMNS": str(width)})
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.mark.parametrize("width", [80, 40])
@pytest.mark.parametrize("line", list(COMMANDS))
def test_no_line_is_wider_than_the_terminal_and_keys_stay_whole(url, keys, line, width):
    out = run(url, line, width)
    assert out.strip(), "printed nothing"
    # a key longer than the width stands alone on its line, whole: it is never cut
    too_wide = [row for row in out.splitlines() if len(row) > width and row not in keys]
    assert not too_wide, "\n".join(too_wide)
    for key in COMMANDS[line]:
        assert any(key in row for row in out.splitlines()), f"{key} cut or missing"


def test_columns_that_do_not_fit_are_named_with_the_way_to_see_them(url):
    out = run(url, "analyze centrality --top 3", 80)
    note = " ".join(out.split())
    assert "Left out for want of width: " in note
    assert "betweenness" in note and "--columns" in note and "--json" in note


def test_columns_option_shows_the_chosen_ones_beside_the_key(url):
    out = run(url, "analyze centrality --top 3 --columns betweenness,k-core", 80)
    header = next(row for row in out.splitlines() if "betweenness" in row)
    assert "k-core" in header and "degree" not in header
    assert "kouvolan-kasvupalvelut-oy" in out
    assert "Left out" not in out


def test_columns_take_the_english_name_on_finnish_output(url):
    out = run(url, "analyze centrality --top 3 --columns betweenness,k_core", 80, lang="fi")
    header = next(row for row in out.splitlines() if "välillisyys" in row)
    assert "k-ydin" in header and "aste" not in header


def test_an_unknown_column_names_the_allowed_ones(url):
    args = ["--store", url, "actions-of", "kouvolan-lukio", "--columns", "colour", "--lang", "en"]
    result = CliRunner().invoke(main, args, env={"COLUMNS": "80"})
    assert result.exit_code == 2
    assert "colour is not a column of this table" in result.output
    assert "action, role, title, status" in result.output


def test_too_narrow_for_key_and_one_column_becomes_key_value_blocks(url):
    out = run(url, "search kouvolan-kasvupalvelut --kind actor", 30)
    lines = out.splitlines()
    start = lines.index("kouvolan-kasvupalvelut-oy")
    assert lines[start + 1] == "  what: actor"
    assert lines[start + 2].startswith("  name: Kouvolan")


def test_finnish_headers_and_codes_are_words(url):
    out = run(url, "actions-of kouvolan-lukio", 80, lang="fi")
    assert "toimenpide" in out and "rooli" in out and "vetäjä" in out and "suunniteltu" in out
    assert " lead " not in out and "planned" not in out
    centrality = run(url, "analyze centrality --top 3 --columns kind", 80, lang="en")
    assert "City-owned company" in centrality and "city_company" not in centrality


def leaf_commands(group: click.Group, prefix: str = "") -> dict[str, click.Command]:
    found: dict[str, click.Command] = {}
    for name, command in commands_of(group).items():
        if isinstance(command, click.Group):
            found |= leaf_commands(command, f"{prefix}{name} ")
        else:
            found[prefix + name] = command
    return found


@pytest.mark.parametrize("name", sorted(leaf_commands(main)))
def test_every_command_takes_lang(name):
    command = leaf_commands(main)[name]
    lang = next((p for p in command.params if p.name == "lang"), None)
    assert lang is not None, f"graphsvc {name} has no --lang"
    assert list(lang.type.choices) == ["fi", "en"]  # type: ignore[attr-defined]

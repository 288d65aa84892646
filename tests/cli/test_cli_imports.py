"""The command line imports only what its command needs (issue 14).

Each check runs a fresh interpreter, as a user's shell does, and reads its ``sys.modules``
at exit: an import made at module level anywhere on the way shows up here, however deep.
"""

from __future__ import annotations

import gc
import importlib
import json
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

import graphsvc.cli
from graphsvc.cli.app import COMMAND_MODULES, main
from graphsvc.services.workbook import import_demo
from graphsvc.stores.sqlite_store import SQLiteStore

#: Not for ``import graphsvc.cli`` nor ``graphsvc --help``: analysis, maps, the API and server,
#: the readers and writers of workbooks, Neo4j's driver, the report's PDF.
HEAVY = (
    "pandas",
    "igraph",
    "matplotlib",
    "networkx",
    "scipy",
    "fastapi",
    "starlette",
    "uvicorn",
    "neo4j",
    "weasyprint",
    "openpyxl",
)
#: Not for ``graphsvc analyze summary``, which needs the store and NetworkX/SciPy only.
NOT_FOR_ANALYSIS = ("pandas", "matplotlib", "fastapi", "starlette", "uvicorn", "openpyxl")

#: Every command of ``graphsvc``, written out: a lazy loader must not drop one from --help.
COMMANDS = (
    "actions-of",
    "analyze",
    "audit",
    "backup",
    "export",
    "gaps",
    "indicators",
    "keys",
    "load",
    "map",
    "report",
    "restore",
    "search",
    "serve",
    "survey",
    "users",
    "who-runs",
)

#: Runs ``graphsvc ARGS`` in this interpreter (the ``[project.scripts]`` entry point,
#: ``graphsvc.cli:main``), then prints the imported top-level packages as JSON on stderr.
_RUN_CLI = """
import json, sys
from graphsvc.cli import main
try:
    main(sys.argv[1:], prog_name="graphsvc")
finally:
    print(json.dumps(sorted({m.split(".")[0] for m in sys.modules})), file=sys.stderr)
"""


def imported_after(*args: str) -> tuple[subprocess.CompletedProcess[str], set[str]]:
    """Run ``graphsvc ARGS`` in a fresh interpreter: the result and the packages it imported."""
    result = subprocess.run(
        [sys.executable, "-c", _RUN_CLI, *args], capture_output=True, text=True, timeout=120
    )
    packages = json.loads(result.stderr.strip().splitlines()[-1])
    return result, set(packages)


def test_importing_the_cli_imports_nothing_heavy():
    code = "import sys, graphsvc.cli; print(' '.join(sorted(sys.modules)))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    packages = {name.split(".")[0] for name in result.stdout.split()}
    assert "click" in packages and "graphsvc" in packages  # the check sees imports at all
    assert packages.isdisjoint(HEAVY), sorted(packages & set(HEAVY))


def test_help_lists_every_command_and_imports_nothing_heavy():
    result, packages = imported_after("--help")
    assert result.returncode == 0, result.stderr
    section = result.stdout.split("Commands:", 1)[1]
    listed = [line.split()[0] for line in section.splitlines() if line.strip()]
    assert listed == sorted(COMMANDS)
    assert packages.isdisjoint(HEAVY), sorted(packages & set(HEAVY))


def test_python_m_graphsvc_help_lists_the_same_commands():
    result = subprocess.run(
        [sys.executable, "-m", "graphsvc", "--help"], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert all(f"\n  {name} " in result.stdout for name in COMMANDS)


def test_the_lazy_table_names_the_module_of_every_command():
    for module in pkgutil.iter_modules(graphsvc.cli.__path__, "graphsvc.cli."):
        importlib.import_module(module.name)  # every command registered, as before issue 14
    assert sorted(main.commands) == sorted(COMMAND_MODULES) == sorted(COMMANDS)
    for name, command in main.commands.items():
        assert command.callback is not None
        assert command.callback.__module__ == f"graphsvc.cli.{COMMAND_MODULES[name]}", name


@pytest.fixture(scope="module")
def demo_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A SQLite file holding the demo data set (its four yearly rounds)."""
    path: Path = tmp_path_factory.mktemp("imports") / "demo.db"
    store = SQLiteStore(f"sqlite:///{path}")
    store.ensure_schema()
    import_demo(store)
    store.close()
    return f"sqlite:///{path}"


def test_analyze_summary_imports_no_table_plot_or_server_packages(demo_url):
    result, packages = imported_after("--store", demo_url, "analyze", "summary", "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["result"]["overall"]["actors"] > 0
    assert "scipy" in packages  # the analysis ran on its arrays
    assert packages.isdisjoint(NOT_FOR_ANALYSIS), sorted(packages & set(NOT_FOR_ANALYSIS))


def test_a_question_imports_no_analysis(demo_url):
    result, packages = imported_after("--store", demo_url, "who-runs", "teko-001", "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["actors"]
    assert packages.isdisjoint(HEAVY), sorted(packages & set(HEAVY))


def test_a_mistyped_command_is_still_suggested_from_every_command():
    result, _ = imported_after("who-run", "teko-001", "--lang", "en")
    assert result.returncode == 2
    assert "No such command 'who-run'. Did you mean 'who-runs'?" in result.stderr


def test_analyze_in_the_callers_process_leaves_its_collector_alone(demo_url):
    from click.testing import CliRunner

    result = CliRunner().invoke(main, ["--store", demo_url, "analyze", "coverage", "--json"])
    assert result.exit_code == 0, result.output
    assert gc.isenabled()


#: ``graphsvc ARGS`` as the program runs it; at exit (after graphsvc's own exit handlers)
#: it prints whether the collector was on and how many objects were frozen.
_RUN_PROGRAM = """
import atexit, gc, sys
atexit.register(lambda: print(gc.isenabled(), gc.get_freeze_count(), file=sys.stderr))
from graphsvc.cli import run
sys.argv = ["graphsvc", *sys.argv[1:]]
run()
"""


def test_analyze_in_its_own_process_never_collects_and_freezes_at_exit(demo_url):
    args = ["--store", demo_url, "analyze", "coverage", "--json"]
    result = subprocess.run(
        [sys.executable, "-c", _RUN_PROGRAM, *args], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["kind"] == "coverage"
    enabled, frozen = result.stderr.split()[-2:]
    assert enabled == "False" and int(frozen) > 100_000

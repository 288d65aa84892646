"""The installed package stands on its declared dependencies alone.

``.ci/run`` installs the project into a fresh virtual environment, so these tests see
only what ``pyproject.toml`` declares (plus the dev extras): an undeclared import fails
here instead of on a user's machine.
"""

from __future__ import annotations

import ast
import importlib
import importlib.metadata as metadata
import pkgutil
import re
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

import graphsvc

PACKAGE = Path(graphsvc.__file__).resolve().parent


def module_names() -> list[str]:
    """Every module of the graphsvc package, by its dotted name (``__main__`` runs the CLI when
    imported, so it is left out; it imports only ``graphsvc.cli``)."""
    found = pkgutil.walk_packages([str(PACKAGE)], prefix="graphsvc.")
    return sorted(["graphsvc", *(m.name for m in found if m.name != "graphsvc.__main__")])


def third_party_imports() -> dict[str, set[str]]:
    """Top-level names of absolute imports outside the standard library, and where they are."""
    names: dict[str, set[str]] = {}
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                tops = [alias.name.split(".")[0] for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                tops = [node.module.split(".")[0]]
            else:
                continue
            for top in tops:
                if top != "graphsvc" and top not in sys.stdlib_module_names:
                    names.setdefault(top, set()).add(str(path.relative_to(PACKAGE)))
    return names


def declared_runtime_dependencies() -> set[str]:
    """Normalised names of the distributions graphsvc requires without extras."""
    declared = set()
    for requirement in metadata.requires("graphsvc") or []:
        if "extra ==" in requirement:
            continue
        name = re.match(r"[A-Za-z0-9._-]+", requirement)
        assert name is not None, requirement
        declared.add(normalise(name.group(0)))
    return declared


def normalise(distribution: str) -> str:
    """A distribution name as PEP 503 compares them."""
    return re.sub(r"[-_.]+", "-", distribution).lower()


def test_every_module_imports() -> None:
    names = module_names()
    assert len(names) > 100 and "graphsvc.api.app" in names
    failed = {}
    for name in names:
        try:
            importlib.import_module(name)
        except Exception as e:  # report every module that cannot be imported, not the first
            failed[name] = f"{type(e).__name__}: {e}"
    assert not failed, failed


def test_every_third_party_import_is_a_declared_dependency() -> None:
    providers = metadata.packages_distributions()
    declared = declared_runtime_dependencies()
    imports = third_party_imports()
    assert {"fastapi", "networkx", "pandas"} <= set(imports)
    undeclared = {
        top: sorted(where)
        for top, where in imports.items()
        if not any(normalise(d) in declared for d in providers.get(top, []))
    }
    assert not undeclared, f"imported but not in [project] dependencies: {undeclared}"


def test_the_installed_command_serves_the_demo(tmp_path: Path) -> None:
    command = Path(sys.executable).parent / "graphsvc"
    assert command.exists(), f"no graphsvc entry point beside {sys.executable}"
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    process = subprocess.Popen(
        [str(command), "serve", "--demo", "--port", str(port), "--lang", "en"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        cwd=tmp_path,
        env={"PATH": str(command.parent), "HOME": str(tmp_path)},
    )
    base = f"http://127.0.0.1:{port}"
    lines: list[str] = []
    try:
        assert process.stdout is not None
        deadline = time.monotonic() + 120
        while not any("graphsvc on http" in line for line in lines):
            assert time.monotonic() < deadline and process.poll() is None, "".join(lines)
            lines.append(process.stdout.readline())
        passwords = dict(re.findall(r"demo sign-in: (demo-\w+) / (\S+)", "".join(lines)))
        while True:
            try:
                if httpx.get(f"{base}/health").status_code == 200:
                    break
            except httpx.TransportError:
                assert time.monotonic() < deadline and process.poll() is None, "".join(lines)
                time.sleep(0.2)
        with httpx.Client(base_url=base) as client:
            signed = client.post(
                "/auth/login", json={"name": "demo-editor", "password": passwords["demo-editor"]}
            )
            assert signed.status_code == 200, signed.text
            assert client.get("/api/v1/actors").json()["total"] > 100
    finally:
        process.send_signal(signal.SIGINT)
        rest, _ = process.communicate(timeout=30)
    assert "Traceback" not in "".join(lines) + rest, "".join(lines) + rest

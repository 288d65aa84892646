"""Schemathesis with every check, positive and negative data and stateful links, per role.

The API is served on loopback and ``st run`` (the schemathesis command) tests every
operation of ``/openapi.json`` with every built-in check: server errors, status codes,
content types, headers, response schemas, accepted invalid data, refused valid data,
missing headers, unsupported methods, ``Allow`` headers, authentication, response time,
and the stateful checks (use after free, resource availability, object-level
authorization). The one narrowed check, ``positive_data_acceptance``, is in
``fuzz_hooks.py`` with its reasons.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from graphsvc.stores.base import GraphStore
from tests.api.conftest import Api, LiveServer, make_api

ROOT = Path(__file__).resolve().parents[2]
ROLES: tuple[str | None, ...] = ("admin", "editor", "viewer", None)
#: Examples per operation and role, per store: enough to reach odd values, bounded to stay fast.
EXAMPLES = {"SQLiteStore": 6, "Neo4jStore": 3}
PHASES = "examples,coverage,fuzzing,stateful"


def run_schemathesis(url: str, api: Api, role: str | None, examples: int, out: Path) -> Any:
    """Run ``st run`` as ``role`` against ``url``; its JSON report (counts and failures)."""
    command = [
        str(Path(sys.executable).with_name("st")),
        "run",
        f"{url}/openapi.json",
        "--checks",
        "all",
        "--exclude-checks",
        "positive_data_acceptance",  # replaced by positive_data_acceptance_with_reasons
        "--mode",
        "all",
        "--phases",
        PHASES,
        "--max-examples",
        str(examples),
        "--seed",
        "23",
        "--workers",
        "1",
        "--request-timeout",
        "60",
        "--max-response-time",  # enables max_response_time: generous (analyses have 20 s here)
        "30",
        "--report",
        "json",
        "--report-json-path",
        str(out),
    ]
    for name, value in api.headers(role).items():
        command += ["--header", f"{name}: {value}"]
    env = {**os.environ, "SCHEMATHESIS_HOOKS": "tests.api.fuzz_hooks", "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        command, cwd=out.parent, env=env, capture_output=True, text=True, timeout=900, check=False
    )
    if not out.exists():
        pytest.fail(f"st run wrote no report:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}")
    report = json.loads(out.read_text())
    report["output"] = done.stdout
    return report


def test_every_check_passes_for_every_role(store: GraphStore, tmp_path: Path) -> None:
    api = make_api(store)
    examples = EXAMPLES[type(store).__name__]
    try:
        with LiveServer(api.app) as server:
            reports = {
                role: run_schemathesis(server.url, api, role, examples, tmp_path / f"{role}.json")
                for role in ROLES
            }
    finally:
        api.app.state.accounts.close()
    lines, failed = [], []
    for role, report in reports.items():
        failures = sum(f["count"] for f in report["failures"]) + len(report["errors"])
        lines.append(
            f"{type(store).__name__} {role or 'none'}: "
            f"{report['operations']['tested']} operations, "
            f"{report['test_cases']['generated']} test cases, {failures} failures"
        )
        if failures:
            failed.append(report["output"][-12000:])
    print("\n".join(lines))
    assert all(r["operations"]["tested"] >= 30 for r in reports.values()), lines
    assert not failed, "\n".join(lines) + "\n\n" + "\n\n".join(failed)

"""``/metrics`` in multiprocess mode: summed over ``graphsvc serve`` workers and work processes.

prometheus_client picks its mode when a process first imports it, and the test process's
fork server (the parent of every work process started here) is already running, so these
tests use processes of their own: a real ``graphsvc serve``, or a short-lived writer.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner

from graphsvc.cli import main
from graphsvc.metrics import MULTIPROC_ENV, exposition, metrics
from tests.api.metric_samples import samples, value
from tests.api.test_access_cli import _serve as serve
from tests.api.test_access_cli import _stop as stop

ROOT = Path(__file__).resolve().parents[2]
#: Requests on fresh connections, so that the kernel hands them to both workers.
FRESH = 30
ROCKET = "/api/v1/rockets/{key}"


def _writer(directory: Path, code: str, *, wait: bool) -> subprocess.Popen[str]:
    """A Python process in multiprocess mode on ``directory`` that runs ``code`` and then
    exits, or (``wait``) says ``ready`` and waits for its stdin to close."""
    tail = "print('ready', flush=True); sys.stdin.read()" if wait else ""
    return subprocess.Popen(
        [sys.executable, "-c", f"import sys\n{code}\n{tail}"],
        env={**os.environ, MULTIPROC_ENV: str(directory), "PYTHONPATH": str(ROOT)},
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )


def test_a_dead_process_keeps_its_counts_but_not_its_gauges(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    metrics()  # this process keeps counting alone: its prometheus_client is imported first
    code = (
        "from graphsvc.metrics import record_pool, record_refusal\n"
        "record_pool('{name}', running=3, waiting=2)\n"
        "record_refusal('{name}')"
    )
    gone = _writer(tmp_path, code.format(name="gone"), wait=False)
    assert gone.wait(60) == 0
    alive = _writer(tmp_path, code.format(name="alive"), wait=True)
    try:
        assert alive.stdout is not None and alive.stdout.readline().strip() == "ready"
        monkeypatch.setenv(MULTIPROC_ENV, str(tmp_path))
        text = exposition().decode()
    finally:
        alive.communicate("", timeout=60)
    jobs = "graphsvc_pool_jobs"
    assert value(text, jobs, pool="alive", state="running") == 3
    assert value(text, jobs, pool="alive", state="waiting") == 2
    assert not [s for s in samples(text) if s.name == jobs and s.labels["pool"] == "gone"]
    assert not list(tmp_path.glob(f"gauge_livesum_{gone.pid}.db"))
    assert value(text, "graphsvc_pool_refused_total", pool="gone") == 1
    assert value(text, "graphsvc_pool_refused_total", pool="alive") == 1


def _viewer_key(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'serve.db'}"
    made = CliRunner().invoke(main, ["--store", url, "keys", "create", "--role", "viewer"])
    assert made.exit_code == 0, made.output
    return str(made.stdout.strip().splitlines()[-1])


def _scrape(base: str) -> str:
    """The metrics, read from this machine without a credential."""
    answer = httpx.get(f"{base}/metrics", timeout=30)
    assert answer.status_code == 200, answer.text
    return answer.text


def _analyse_twice(base: str, key: str) -> None:
    """The same analysis twice on one connection (so one worker): computed, then cached."""
    with httpx.Client(base_url=base, headers={"Authorization": f"Bearer {key}"}) as client:
        for _ in range(2):
            answer = client.get("/api/v1/analysis/coverage", timeout=60)
            assert answer.status_code == 200, answer.text


def test_two_workers_and_their_work_processes_are_summed(tmp_path: Path) -> None:
    key = _viewer_key(tmp_path)
    process, base, _ = serve(tmp_path, "--workers", "2", TMPDIR=str(tmp_path))
    try:
        [directory] = tmp_path.glob("graphsvc-metrics-*")  # made by serve, not by the user
        for _ in range(FRESH):
            assert httpx.get(f"{base}/api/v1/rockets/logistics").status_code == 401
        _analyse_twice(base, key)
        text = _scrape(base)
    finally:
        rest = stop(process)
    assert rest.count("Started server process") == 2, rest
    assert value(text, "graphsvc_http_requests_total", route=ROCKET, status="401") == FRESH
    # computed in a work process, counted there, read through the worker
    assert value(text, "graphsvc_analysis_duration_seconds_count", kind="coverage") == 1
    pool = {"cache": "analysis_pool", "kind": "coverage"}
    assert value(text, "graphsvc_cache_hits_total", **pool) == 1
    assert value(text, "graphsvc_cache_misses_total", **pool) == 1
    assert value(text, "graphsvc_cache_misses_total", cache="analysis", kind="coverage") == 1
    assert value(text, "graphsvc_pool_processes", pool="analysis") == 2  # one per worker
    assert not directory.exists(), "serve left its metrics directory behind"


def test_serve_uses_and_cleans_the_directory_the_user_names(tmp_path: Path) -> None:
    key = _viewer_key(tmp_path)
    directory = tmp_path / "prometheus"
    directory.mkdir()
    (directory / "counter_1.db").write_bytes(b"left over from an earlier run")
    process, base, _ = serve(tmp_path, **{MULTIPROC_ENV: str(directory)})
    try:
        assert not (directory / "counter_1.db").exists()
        _analyse_twice(base, key)
        text = _scrape(base)
        assert list(directory.glob("*.db")), "nothing counted in the named directory"
    finally:
        stop(process)
    assert value(text, "graphsvc_analysis_duration_seconds_count", kind="coverage") == 1
    assert value(text, "graphsvc_http_requests_total", route="/api/v1/analysis/{kind}") == 2
    assert directory.is_dir(), "the user's directory is theirs to keep"

"""The work pool behind analyses, exports and maps: bounded, shared, cancelled, limited."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path
from typing import Any

import pytest

from graphsvc.api.workpool import PoolBusyError, WorkPool, WorkStoppedError
from graphsvc.errors import BudgetExceededError, NotFoundError
from graphsvc.settings import Settings
from graphsvc.stores.sqlite_store import SQLiteStore

RECORD = "tests.api.pool_jobs:record"


@pytest.fixture
def pool_args(tmp_path: Path) -> dict[str, Any]:
    """What every test pool needs: a real SQLite store URL and settings."""
    db = tmp_path / "graph.db"
    SQLiteStore(f"sqlite:///{db}").close()
    return {"store_url": f"sqlite:///{db}", "settings": Settings()}


def started(log: Path) -> list[str]:
    """The tags of the jobs that started, in order."""
    return log.read_text(encoding="utf-8").split() if log.exists() else []


def test_identical_jobs_share_one_computation_and_its_cache(
    pool_args: dict[str, Any], tmp_path: Path
) -> None:
    log = tmp_path / "jobs.log"
    pool = WorkPool("t", **pool_args, processes=1, queue=4, budget=30, limit=30, cache_entries=4)

    async def scenario() -> list[Any]:
        job = {"path": str(log), "tag": "same", "seconds": 0.5}
        answers = await asyncio.gather(*(pool.run(RECORD, job, key="k") for _ in range(3)))
        answers.append(await pool.run(RECORD, job, key="k"))  # from the cache
        return answers

    try:
        answers = asyncio.run(scenario())
    finally:
        pool.shutdown()
    assert started(log) == ["same"]
    assert len({tuple(a) for a in answers}) == 1


def test_full_queue_is_503_with_retry_after(pool_args: dict[str, Any], tmp_path: Path) -> None:
    log = tmp_path / "jobs.log"
    pool = WorkPool("t", **pool_args, processes=1, queue=1, budget=20, limit=20)

    async def scenario() -> PoolBusyError:
        running = asyncio.ensure_future(pool.run(RECORD, {"path": str(log), "tag": "a"}))
        queued = asyncio.ensure_future(pool.run(RECORD, {"path": str(log), "tag": "b"}))
        await asyncio.sleep(0)
        with pytest.raises(PoolBusyError) as refused:
            await pool.run(RECORD, {"path": str(log), "tag": "c"})
        await asyncio.gather(running, queued)
        return refused.value

    try:
        refused = asyncio.run(scenario())
    finally:
        pool.shutdown()
    assert refused.status == 503 and refused.extra["retry_after"] >= 1
    assert "busy" in str(refused) and sorted(started(log)) == ["a", "b"]


def test_a_job_nobody_waits_for_is_dropped_or_finished_into_the_cache(
    pool_args: dict[str, Any], tmp_path: Path
) -> None:
    log = tmp_path / "jobs.log"
    pool = WorkPool("t", **pool_args, processes=1, queue=4, budget=0.5, limit=30, cache_entries=4)
    slow = {"path": str(log), "tag": "slow", "seconds": 2.0}

    async def scenario() -> Any:
        first = asyncio.ensure_future(pool.run(RECORD, slow, key="slow"))
        await asyncio.sleep(0)
        second = asyncio.ensure_future(pool.run(RECORD, {**slow, "tag": "never"}))
        await asyncio.sleep(0.1)
        second.cancel()  # its client went away before it started: it is dropped
        with pytest.raises(asyncio.CancelledError):
            await second
        with pytest.raises(BudgetExceededError):
            await first  # its caller gives up too, but 'slow' has started: it runs on
        deadline = time.monotonic() + 30
        while True:  # the work process starts, then sleeps 2 s: ask until it has finished
            try:
                return await pool.run(RECORD, slow, key="slow")
            except BudgetExceededError:
                assert time.monotonic() < deadline

    try:
        cached = asyncio.run(scenario())
    finally:
        pool.shutdown()
    assert started(log) == ["slow"] and cached[0] == "slow"


def test_abandoned_work_yields_its_process_to_a_job_that_waits(
    pool_args: dict[str, Any], tmp_path: Path
) -> None:
    log = tmp_path / "jobs.log"
    pool = WorkPool("t", **pool_args, processes=1, queue=4, budget=0.5, limit=60)

    async def scenario() -> tuple[float, Any]:
        with pytest.raises(BudgetExceededError):
            await pool.run(RECORD, {"path": str(log), "tag": "abandoned", "seconds": 60})
        pool.budget = 20
        begun = time.monotonic()
        answer = await pool.run(RECORD, {"path": str(log), "tag": "cheap"})
        return time.monotonic() - begun, answer

    try:
        seconds, answer = asyncio.run(scenario())
    finally:
        pool.shutdown()
    assert answer[0] == "cheap" and started(log) == ["abandoned", "cheap"]
    assert seconds < 15, seconds


def test_no_job_computes_beyond_its_limit(pool_args: dict[str, Any], tmp_path: Path) -> None:
    log = tmp_path / "jobs.log"
    pool = WorkPool("t", **pool_args, processes=1, queue=4, budget=1.0, limit=1.0)

    async def scenario() -> tuple[float, WorkStoppedError | BudgetExceededError, Any]:
        begun = time.monotonic()
        with pytest.raises((WorkStoppedError, BudgetExceededError)) as stopped:
            await pool.run(RECORD, {"path": str(log), "tag": "endless", "seconds": 600})
        seconds = time.monotonic() - begun
        await asyncio.sleep(0.5)
        return seconds, stopped.value, await pool.run(RECORD, {"path": str(log), "tag": "next"})

    try:
        seconds, stopped, after = asyncio.run(scenario())
    finally:
        pool.shutdown()
    assert seconds < 5 and stopped.status == 503
    assert after[0] == "next" and started(log) == ["endless", "next"]


def test_a_job_error_reaches_the_caller_as_itself(pool_args: dict[str, Any]) -> None:
    pool = WorkPool("t", **pool_args, processes=1, queue=1, budget=20, limit=20)
    try:
        with pytest.raises(NotFoundError, match="no actor 'ghost'"):
            asyncio.run(pool.run("tests.api.pool_jobs:refuse", {"key": "ghost"}))
    finally:
        pool.shutdown()

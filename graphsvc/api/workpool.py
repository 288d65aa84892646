"""WorkPool: the API's CPU-bound work (analyses, exports, maps) in child processes.

The serving interpreter only waits: each job runs in one of a few work processes
(started with ``forkserver``; each opens the store from its URL), so ``/health``,
sign-in and writes never wait for the GIL behind an analysis. A pool is bounded:

- at most ``processes`` jobs run and at most ``queue`` wait; one more answers 503 with
  ``Retry-After`` (:class:`PoolBusyError`);
- identical jobs (same ``key``) share one computation, and a finished result is cached
  under its key (keys carry the graph version, so a change makes them stale);
- a caller waits at most ``budget`` seconds (then 503, :class:`BudgetExceededError`);
  no job computes longer than ``limit`` seconds: its process is stopped;
- a job whose every caller went away (client disconnected, or over budget) is dropped if
  it has not started; if it runs, it goes on so its result is cached, but only while no
  other job waits for its process: a waiting job stops it.

The jobs running and waiting, the processes and the refusals are on ``/metrics``
(``graphsvc_pool_*``), and the result cache's hits and misses (cache ``<name>_pool``).
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import multiprocessing
import threading
from collections import deque
from collections.abc import Hashable
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Any, Final

from starlette.requests import Request

from graphsvc.errors import BudgetExceededError, GraphsvcError
from graphsvc.messages import Said, said
from graphsvc.metrics import record_pool, record_pool_processes, record_refusal
from graphsvc.services.analysis_cache import AnalysisCache
from graphsvc.settings import Settings

#: Modules every work process imports once, in the fork server, before any job.
PRELOAD = ["graphsvc.api.pool_child", "graphsvc.services.analysis", "graphsvc.services.maps"]

#: What a job is called in its errors when the caller gives no name.
A_JOB: Final = said("errors.api.job.default")


class PoolBusyError(GraphsvcError):
    """Every work process is busy and the queue in front of them is full."""

    status = 503
    title = "Busy"


class WorkStoppedError(GraphsvcError):
    """A job was stopped before it finished: over its limit, or its process was needed."""

    status = 503
    title = "Work stopped"


@dataclass(eq=False)
class _Job:
    key: Hashable
    shared: bool
    function: str
    kwargs: dict[str, Any]
    future: concurrent.futures.Future[Any] = field(default_factory=concurrent.futures.Future)
    waiters: int = 0
    slot: _Slot | None = None


class _Slot:
    """One work process and the pipe to it; started on first use, restarted after a stop."""

    def __init__(self, pool: WorkPool) -> None:
        self.pool = pool
        self.process: BaseProcess | None = None
        self.conn: Connection | None = None
        self.job: _Job | None = None

    def ensure_started(self) -> Connection:
        """The pipe to a live work process (started now if there is none)."""
        if self.process is None or not self.process.is_alive() or self.conn is None:
            from graphsvc.api.pool_child import serve_jobs

            self.stop()
            context = multiprocessing.get_context("forkserver")
            context.set_forkserver_preload(PRELOAD)
            parent, child = context.Pipe()
            self.process = context.Process(
                target=serve_jobs,
                args=(child, self.pool.store_url, self.pool.settings),
                name=f"graphsvc-{self.pool.name}",
                daemon=True,
            )
            self.process.start()
            child.close()
            self.conn = parent
        return self.conn

    def kill(self) -> None:
        """Signal the process to die at once (safe from any thread; the driver cleans up)."""
        process = self.process
        if process is not None and process.pid is not None:
            process.kill()

    def stop(self) -> None:
        """Kill the process and wait for it; the next job starts a new one."""
        process, self.process = self.process, None
        if process is not None:
            if process.is_alive():
                process.kill()
            process.join(5)
        if self.conn is not None:
            self.conn.close()
            self.conn = None


class WorkPool:
    """A bounded pool of work processes with shared jobs, a cache, a budget and a limit."""

    def __init__(
        self,
        name: str,
        store_url: str,
        settings: Settings,
        *,
        processes: int,
        queue: int,
        budget: float,
        limit: float,
        cache_entries: int = 0,
    ) -> None:
        self.name = name
        self.store_url = store_url
        self.settings = settings
        self.queue_size = queue
        self.budget = budget
        self.limit = max(limit, budget)
        self.cache_entries = cache_entries
        self._slots = [_Slot(self) for _ in range(processes)]
        self._queue: deque[_Job] = deque()
        self._jobs: dict[Hashable, _Job] = {}
        self._cache = AnalysisCache(cache_entries, name=f"{name}_pool")
        self._lock = threading.Lock()
        record_pool_processes(name, processes)
        self._report()

    async def run(
        self,
        function: str,
        kwargs: dict[str, Any],
        *,
        key: Hashable | None = None,
        request: Request | None = None,
        what: str | Said = A_JOB,
    ) -> Any:
        """``function(store, **kwargs)`` in a work process (``module:name``): its result.

        ``key`` None makes the job its own (not shared, not cached); a cached result
        under ``key`` is returned at once. With ``request``, a client that disconnects
        stops waiting at once. Raises PoolBusyError when the queue is full,
        BudgetExceededError after ``budget`` seconds, WorkStoppedError when the job was
        stopped, and the GraphsvcError the job itself raised.
        """
        shared = key is not None
        with self._lock:
            if shared and (cached := self._cache.peek(key)) is not None:
                return cached
            job = self._join(_Job(key if shared else object(), shared, function, kwargs), what)
        waiting = _awaitable(job.future)
        watchers: set[asyncio.Future[Any]] = {waiting}
        if request is not None:
            watchers.add(asyncio.ensure_future(_disconnected(request)))
        try:
            done, _ = await asyncio.wait(
                watchers, timeout=self.budget, return_when="FIRST_COMPLETED"
            )
        finally:
            for watcher in watchers - {waiting}:
                watcher.cancel()
            self._leave(job)
        if waiting.done():
            return waiting.result()
        waiting.cancel()
        if done:
            raise WorkStoppedError(said("errors.api.client_gone", what=what))
        if self.limit > self.budget:
            later = said("errors.api.goes_on")
        else:
            later = said("errors.api.was_stopped")
        raise BudgetExceededError(
            said("errors.api.over_budget", what=what, budget=f"{self.budget:g}", later=later),
            retry_after=_seconds(self.budget),
        )

    def _join(self, new: _Job, what: str | Said) -> _Job:
        """The job to wait for: the running or queued one with the same key, or ``new``."""
        job = self._jobs.get(new.key)
        if job is None:
            idle = sum(1 for s in self._slots if s.job is None) - len(self._queue)
            if idle <= 0 and len(self._queue) >= self.queue_size:
                record_refusal(self.name)
                raise PoolBusyError(
                    said(
                        "errors.api.pool_busy",
                        what=what,
                        slots=f"{len(self._slots)}",
                        queued=f"{self.queue_size}",
                    ),
                    retry_after=_seconds(self.budget / 4),
                )
            job = self._jobs[new.key] = new
            self._queue.append(job)
        job.waiters += 1
        self._dispatch()
        return job

    def _leave(self, job: _Job) -> None:
        with self._lock:
            job.waiters -= 1
            if job.waiters == 0 and job.slot is None and not job.future.done():
                self._queue.remove(job)
                self._forget(job)
                job.future.cancel()
            self._dispatch()

    def _forget(self, job: _Job) -> None:
        if self._jobs.get(job.key) is job:
            del self._jobs[job.key]

    def _dispatch(self) -> None:
        """Start waiting jobs on idle processes; stop abandoned work if a job needs its place."""
        for slot in self._slots:
            if self._queue and slot.job is None:
                job = self._queue.popleft()
                slot.job, job.slot = job, slot
                threading.Thread(target=self._drive, args=(slot, job), daemon=True).start()
        self._report()
        if not self._queue:
            return
        for slot in self._slots:
            running = slot.job
            if running is not None and running.waiters == 0 and not running.future.done():
                self._forget(running)
                running.future.set_exception(WorkStoppedError(said("errors.api.stopped_for_room")))
                slot.kill()  # its driver sees the pipe close, frees the slot and dispatches
                return

    def _report(self) -> None:
        """Put the jobs running and waiting now on ``/metrics``."""
        running = sum(1 for slot in self._slots if slot.job is not None)
        record_pool(self.name, running=running, waiting=len(self._queue))

    def _drive(self, slot: _Slot, job: _Job) -> None:
        """Run ``job`` on ``slot``'s process (in a thread of its own) and settle its future."""
        answer: tuple[Any, ...] = ("stopped",)
        try:
            conn = slot.ensure_started()
            if not job.future.done():
                conn.send((job.function, job.kwargs))
                answer = conn.recv() if conn.poll(self.limit) else ("over limit",)
        except (EOFError, OSError):
            pass
        if answer[0] not in ("ok", "error") or job.future.done():
            slot.stop()
        with self._lock:
            self._settle(job, answer)
            slot.job, job.slot = None, None
            self._forget(job)
            self._dispatch()

    def _settle(self, job: _Job, answer: tuple[Any, ...]) -> None:
        if job.future.done():
            return
        kind = answer[0]
        if kind == "ok":
            if self.cache_entries and job.shared:
                self._cache.put(job.key, answer[1])
            job.future.set_result(answer[1])
        elif kind == "error":
            job.future.set_exception(answer[1])
        elif kind == "failed":
            job.future.set_exception(RuntimeError(f"work process: {answer[1]}"))
        elif kind == "over limit":
            job.future.set_exception(
                WorkStoppedError(
                    said("errors.api.over_limit", limit=f"{self.limit:g}"),
                    retry_after=_seconds(self.budget),
                )
            )
        else:
            job.future.set_exception(
                WorkStoppedError(said("errors.api.process_stopped"), retry_after=1)
            )

    def shutdown(self) -> None:
        """Stop every work process; jobs in flight fail (a later job starts new processes)."""
        with self._lock:
            for job in list(self._queue):
                job.future.cancel()
            self._queue.clear()
            self._jobs.clear()
            self._report()
            busy = [slot for slot in self._slots if slot.job is not None]
            idle = [slot for slot in self._slots if slot.job is None]
        for slot in busy:
            slot.kill()  # their drivers clean up
        for slot in idle:
            slot.stop()


def _awaitable(future: concurrent.futures.Future[Any]) -> asyncio.Future[Any]:
    """An asyncio future with ``future``'s outcome; cancelling it leaves ``future`` alone."""
    loop = asyncio.get_running_loop()
    waiter = loop.create_future()

    def copy(_: object) -> None:
        if waiter.done():
            return
        if future.cancelled():
            waiter.cancel()
        elif (error := future.exception()) is not None:
            waiter.set_exception(error)
        else:
            waiter.set_result(future.result())

    def settled(_: object) -> None:
        try:
            loop.call_soon_threadsafe(copy, None)
        except RuntimeError:  # the loop has closed: nobody waits any more
            pass

    future.add_done_callback(settled)
    return waiter


async def _disconnected(request: Request) -> None:
    """Return when the client of ``request`` (a request without a body) has gone away."""
    while (await request.receive())["type"] != "http.disconnect":
        pass


def _seconds(value: float) -> int:
    return max(1, round(value))

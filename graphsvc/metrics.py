"""The service's Prometheus metrics: defined here once, recorded where the work runs.

HTTP requests are counted in the API worker that answers them, analyses in the work
process that computes them, imports in the thread that writes them, cache lookups in
the process that holds the cache. Under ``graphsvc serve`` every process writes its
figures to files in ``PROMETHEUS_MULTIPROC_DIR`` (prometheus_client's multiprocess
mode; ``serve`` makes the directory), and :func:`exposition` adds them up, so one scrape
of ``/metrics`` sees every worker and every work process. Without that variable the
figures are those of this process alone (tests, a notebook).

prometheus_client chooses its mode when it is first imported, from the environment of
that moment: it is imported here on first use, never at import time, so that ``serve``
can set the variable first. Recording never fails the work it measures: a metrics file
that cannot be written is logged once and skipped.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from prometheus_client import Counter, Gauge, Histogram

log = logging.getLogger("graphsvc.metrics")
#: prometheus_client's variable naming the directory of multiprocess mode.
MULTIPROC_ENV = "PROMETHEUS_MULTIPROC_DIR"
#: The text exposition format that ``generate_latest`` writes.
CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"
#: HTTP methods kept as they are in labels; any other is counted as ``other``.
METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})
#: Seconds: requests answer in milliseconds; imports and analyses take seconds to minutes.
REQUEST_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30)
WORK_BUCKETS = (0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 20, 60, 120, 300)


@dataclass(frozen=True)
class Metrics:
    """Every metric graphsvc records (prometheus_client objects, in the default registry)."""

    requests: Counter
    request_seconds: Histogram
    analysis_seconds: Histogram
    import_seconds: Histogram
    cache_hits: Counter
    cache_misses: Counter
    pool_jobs: Gauge
    pool_processes: Gauge
    pool_refused: Counter


@cache
def metrics() -> Metrics:
    """The metrics of this process, created (and prometheus_client imported) on first use."""
    from prometheus_client import Counter, Gauge, Histogram

    return Metrics(
        requests=Counter(
            "graphsvc_http_requests_total",
            "HTTP requests answered, by method, route template and status code",
            ["method", "route", "status"],
        ),
        request_seconds=Histogram(
            "graphsvc_http_request_duration_seconds",
            "Time from a request's arrival to the end of its answer",
            ["method", "route", "status_class"],
            buckets=REQUEST_BUCKETS,
        ),
        analysis_seconds=Histogram(
            "graphsvc_analysis_duration_seconds",
            "Time an analysis computed (cached answers are not timed), by kind",
            ["kind"],
            buckets=WORK_BUCKETS,
        ),
        import_seconds=Histogram(
            "graphsvc_import_duration_seconds",
            "Time a workbook import took, by outcome (imported, dry_run, rejected)",
            ["outcome"],
            buckets=WORK_BUCKETS,
        ),
        cache_hits=Counter(
            "graphsvc_cache_hits_total", "Cache lookups that found a value", ["cache", "kind"]
        ),
        cache_misses=Counter(
            "graphsvc_cache_misses_total", "Cache lookups that found nothing", ["cache", "kind"]
        ),
        pool_jobs=Gauge(
            "graphsvc_pool_jobs",
            "Jobs of a work pool running in a work process or waiting for one",
            ["pool", "state"],
            multiprocess_mode="livesum",
        ),
        pool_processes=Gauge(
            "graphsvc_pool_processes",
            "Work processes a pool may run at once",
            ["pool"],
            multiprocess_mode="livesum",
        ),
        pool_refused=Counter(
            "graphsvc_pool_refused_total",
            "Jobs refused with 503 because the pool's queue was full",
            ["pool"],
        ),
    )


_failed: list[OSError] = []


def _safely(record: Callable[[Metrics], object]) -> None:
    """``record(metrics())``; a metrics file that cannot be written is logged once."""
    try:
        record(metrics())
    except OSError as e:
        if not _failed:
            _failed.append(e)
            log.warning("metrics not recorded: %s", e)


def record_request(method: str, route: str, status: int, seconds: float) -> None:
    """One HTTP request answered with ``status`` (0: none sent) after ``seconds``."""
    method = method if method in METHODS else "other"
    code = str(status) if status else "none"
    status_class = f"{status // 100}xx" if status else "none"

    def record(m: Metrics) -> None:
        m.requests.labels(method=method, route=route, status=code).inc()
        m.request_seconds.labels(method=method, route=route, status_class=status_class).observe(
            seconds
        )

    _safely(record)


def record_analysis(kind: str, seconds: float) -> None:
    """An analysis of ``kind`` computed in ``seconds``."""
    _safely(lambda m: m.analysis_seconds.labels(kind=kind).observe(seconds))


def record_import(outcome: str, seconds: float) -> None:
    """A workbook import that ended as ``outcome`` after ``seconds``."""
    _safely(lambda m: m.import_seconds.labels(outcome=outcome).observe(seconds))


def record_lookup(cache_name: str, kind: str, hit: bool) -> None:
    """A lookup in the cache ``cache_name`` for a value of ``kind``."""

    def record(m: Metrics) -> None:
        counter = m.cache_hits if hit else m.cache_misses
        counter.labels(cache=cache_name, kind=kind).inc()

    _safely(record)


def record_pool(pool: str, *, running: int, waiting: int) -> None:
    """The jobs of ``pool`` now running and waiting (this process's share of the sum)."""

    def record(m: Metrics) -> None:
        m.pool_jobs.labels(pool=pool, state="running").set(running)
        m.pool_jobs.labels(pool=pool, state="waiting").set(waiting)

    _safely(record)


def record_pool_processes(pool: str, processes: int) -> None:
    """How many work processes ``pool`` of this process may run."""
    _safely(lambda m: m.pool_processes.labels(pool=pool).set(processes))


def record_refusal(pool: str) -> None:
    """A job refused because ``pool``'s queue was full."""
    _safely(lambda m: m.pool_refused.labels(pool=pool).inc())


def multiprocess_dir() -> str | None:
    """The directory of multiprocess mode, or None when this process counts alone."""
    directory = os.environ.get(MULTIPROC_ENV)
    return directory if directory and os.path.isdir(directory) else None


def exposition() -> bytes:
    """Every metric in the Prometheus text format: summed over the processes of this
    server in multiprocess mode, else this process's own."""
    from prometheus_client import REGISTRY, CollectorRegistry, generate_latest, multiprocess

    metrics()
    directory = multiprocess_dir()
    if directory is None:
        return bytes(generate_latest(REGISTRY))
    forget_dead_processes(directory)
    registry = CollectorRegistry()
    multiprocess.MultiProcessCollector(registry, path=directory)
    return bytes(generate_latest(registry))


def forget_process(pid: int) -> None:
    """Drop the live gauges of process ``pid`` (it has ended) in multiprocess mode."""
    from prometheus_client import multiprocess

    directory = multiprocess_dir()
    if directory is not None:
        multiprocess.mark_process_dead(pid, directory)


def forget_dead_processes(directory: str) -> None:
    """Drop the live gauges of processes that are gone (a worker killed, not stopped).

    Live gauges sit in files ``gauge_live<mode>_<pid>.db``; their counters and
    histograms stay, as they should: what a dead worker counted did happen.
    """
    from prometheus_client import multiprocess

    ends = (path.stem.rsplit("_", 1)[1] for path in Path(directory).glob("gauge_live*_*.db"))
    for pid in {int(end) for end in ends if end.isdigit()}:
        if not _alive(pid):
            multiprocess.mark_process_dead(pid, directory)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def prepare_multiprocess_dir() -> Path | None:
    """Set up multiprocess mode for a server run, before any metric exists.

    A ``PROMETHEUS_MULTIPROC_DIR`` the user set is made if missing and emptied of the
    files of earlier runs; otherwise a new temporary directory is made and named in the
    environment (inherited by the workers and their work processes). Returns the
    directory made here, which the caller removes when the server stops, or None.
    """
    given = os.environ.get(MULTIPROC_ENV)
    if given:
        folder = Path(given)
        folder.mkdir(parents=True, exist_ok=True)
        for old in folder.glob("*.db"):
            old.unlink(missing_ok=True)
        return None
    made = Path(tempfile.mkdtemp(prefix="graphsvc-metrics-"))
    os.environ[MULTIPROC_ENV] = str(made)
    return made


def remove_multiprocess_dir(made: Path | None) -> None:
    """Remove the directory :func:`prepare_multiprocess_dir` made, and its name from the
    environment (nothing for None)."""
    if made is not None:
        shutil.rmtree(made, ignore_errors=True)
        if os.environ.get(MULTIPROC_ENV) == str(made):
            del os.environ[MULTIPROC_ENV]

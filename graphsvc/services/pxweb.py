"""Indicator values fetched from Statistics Finland's PxWeb API v1 (``statfin:`` sources).

:class:`PxWebClient` posts one query per table and returns the JSON-stat 2.0 body. It keeps
to the service's published limits: calls are spaced so that no more than
``calls_per_window`` fall in any ``window_seconds`` (40 a minute by default), and a query
asking for more than ``max_cells`` cells is refused before it is sent. A 429 answer is
retried after its ``Retry-After`` (at most twice, each wait at most a minute).

The area goes into the :data:`AREA_DIMENSION` (``Alue``) selection unless the machine
source already selects that dimension. :func:`fetch_all` fetches and reads many
indicators, so that one failing table does not stop the others.
"""

from __future__ import annotations

import http.client
import json
import math
import threading
import time
import urllib.error
import urllib.request
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote, urlsplit

from graphsvc import __version__
from graphsvc.errors import GraphsvcError, StatisticsUnavailableError, ValidationError
from graphsvc.indicator_model import Indicator, Observation
from graphsvc.loaders.files import reject
from graphsvc.loaders.statistics import MachineSource, parse_machine_source, read_statistics
from graphsvc.messages import Said, said
from graphsvc.values import FORBIDDEN_CHARACTERS, quoted

#: The dimension code the area goes into when the machine source selects no area.
AREA_DIMENSION = "Alue"
#: Retries after a 429 answer, and the longest wait for one (seconds).
MAX_RETRIES, MAX_RETRY_WAIT = 2, 60.0
#: Wait after a 429 answer without a usable ``Retry-After`` (seconds).
DEFAULT_RETRY_WAIT = 10.0
#: The largest answer read (bytes); a query within the cells limit is far smaller.
MAX_RESPONSE_BYTES = 20 * 1024 * 1024


def _excerpt(data: bytes, limit: int = 200) -> str:
    text = " ".join(FORBIDDEN_CHARACTERS.sub(" ", data.decode("utf-8", "replace")).split())
    return text if len(text) <= limit else text[:limit] + "…"


def _retry_wait(value: str | None) -> float:
    try:
        seconds = float(value) if value is not None else DEFAULT_RETRY_WAIT
    except ValueError:
        seconds = DEFAULT_RETRY_WAIT  # an HTTP date: not worth a parser for a bounded wait
    return min(max(seconds, 0.0), MAX_RETRY_WAIT) if math.isfinite(seconds) else MAX_RETRY_WAIT


class PxWebClient:
    """A client of one PxWeb API v1 (``base_url`` like ``https://pxdata.stat.fi/PxWeb/api/v1/fi``).

    ``clock`` and ``sleep`` measure and spend time (injectable for tests). One client
    may be shared by threads; the call spacing holds across them.
    """

    def __init__(
        self,
        base_url: str,
        *,
        calls_per_window: int = 40,
        window_seconds: float = 60.0,
        max_cells: int = 100_000,
        timeout: float = 30.0,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        parts = urlsplit(base_url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise ValidationError(
                said("errors.service.pxweb_url", url=quoted(base_url)),
                value=base_url,
            )
        if calls_per_window < 1 or window_seconds <= 0 or max_cells < 1 or timeout <= 0:
            raise ValidationError(said("errors.service.pxweb_limits"))
        self.base_url = base_url.rstrip("/")
        self.calls_per_window = calls_per_window
        self.window_seconds = window_seconds
        self.max_cells = max_cells
        self.timeout = timeout
        self._clock, self._sleep = clock, sleep
        self._calls: deque[float] = deque()
        self._lock = threading.Lock()

    def query(self, source: MachineSource, *, area: str) -> dict[str, Any]:
        """The JSON body PxWeb is sent for ``source`` and ``area`` (the area added to ``Alue``)."""
        selections = dict(source.selections)
        if area and AREA_DIMENSION not in selections:
            selections[AREA_DIMENSION] = [area]
        return {
            "query": [
                {"code": code, "selection": {"filter": "item", "values": values}}
                for code, values in selections.items()
            ],
            "response": {"format": "json-stat2"},
        }

    def _check_cells(self, source: MachineSource, query: dict[str, Any]) -> None:
        counts = {q["code"]: len(q["selection"]["values"]) for q in query["query"]}
        cells = math.prod(counts.values())
        if cells > self.max_cells:
            shown = " × ".join(f"{code} {n:,}" for code, n in counts.items())
            raise ValidationError(
                said(
                    "errors.service.pxweb_cells",
                    table=source.table,
                    cells=cells,
                    shown=shown,
                    limit=self.max_cells,
                ),
                value=cells,
            )

    def _wait_for_turn(self) -> None:
        """Sleep until one more call keeps at most ``calls_per_window`` in any window."""
        with self._lock:
            now = self._clock()
            while self._calls and self._calls[0] <= now - self.window_seconds:
                self._calls.popleft()
            if len(self._calls) >= self.calls_per_window:
                self._sleep(self._calls[0] + self.window_seconds - now)
                now = self._clock()
                while self._calls and self._calls[0] <= now - self.window_seconds:
                    self._calls.popleft()
            self._calls.append(now)

    def _post(self, url: str, body: bytes, table: str) -> tuple[int, str | None, bytes]:
        request = urllib.request.Request(
            url,
            data=body,
            method="POST",
            headers={
                "Content-Type": "application/json",
                "Accept": "application/json",
                "User-Agent": f"graphsvc/{__version__}",
            },
        )
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as answer:  # noqa: S310
                return answer.status, None, answer.read(MAX_RESPONSE_BYTES + 1)
        except urllib.error.HTTPError as e:
            try:
                data = e.read(64 * 1024)
            except (OSError, http.client.HTTPException):
                data = b""
            finally:
                e.close()
            return e.code, e.headers.get("Retry-After") if e.headers else None, data
        except (OSError, http.client.HTTPException) as e:
            reason = getattr(e, "reason", None) or e
            raise StatisticsUnavailableError(
                said("errors.service.pxweb_unreachable", url=url, table=table, reason=str(reason)),
                url=url,
            ) from e

    def fetch(self, source: MachineSource, *, area: str) -> bytes:
        """The JSON-stat 2.0 body PxWeb answers for ``source`` and ``area``.

        Raises
        ------
        ValidationError
            Not a ``statfin:`` source, too many cells, or PxWeb refused the query (4xx).
        StatisticsUnavailableError
            Unreachable, timed out, a 5xx answer, or still rate-limited after the retries.
        ImportRejectedError
            A 200 answer whose body is not JSON (or is too large).
        """
        if source.service != "statfin":
            raise ValidationError(
                said("errors.service.pxweb_not_statfin", source=f"{source.service}:{source.table}"),
                value=source.table,
            )
        query = self.query(source, area=area)
        self._check_cells(source, query)
        url = f"{self.base_url}/{quote(source.table, safe='/')}"
        body = json.dumps(query).encode("utf-8")
        for attempt in range(MAX_RETRIES + 1):
            self._wait_for_turn()
            status, retry_after, data = self._post(url, body, source.table)
            if status == 429 and attempt < MAX_RETRIES:
                self._sleep(_retry_wait(retry_after))
                continue
            return self._answer(url, source.table, status, data)
        raise AssertionError("unreachable")  # the last attempt always returns or raises

    def _answer(self, url: str, table: str, status: int, data: bytes) -> bytes:
        if 200 <= status < 300:
            if len(data) > MAX_RESPONSE_BYTES:
                raise reject(
                    table,
                    said("errors.service.pxweb_too_big", table=table, limit=MAX_RESPONSE_BYTES),
                    hostile=True,
                )
            try:
                json.loads(data)
            except (ValueError, RecursionError) as e:
                raise reject(
                    table,
                    said(
                        "errors.service.pxweb_not_json",
                        table=table,
                        url=url,
                        excerpt=repr(_excerpt(data, 80)),
                    ),
                ) from e
            return data
        text = _excerpt(data)
        if status == 429:
            raise StatisticsUnavailableError(
                said(
                    "errors.service.pxweb_rate_limited",
                    url=url,
                    table=table,
                    retries=str(MAX_RETRIES),
                ),
                url=url,
            )
        if 400 <= status < 500:
            raise ValidationError(
                said(
                    "errors.service.pxweb_refused",
                    table=table,
                    status=str(status),
                    text=text or said("errors.service.pxweb_no_message"),
                ),
                value=table,
            )
        facts = {"url": url, "status": str(status), "table": table}
        raise StatisticsUnavailableError(
            said("errors.service.pxweb_failed_text", **facts, text=text)
            if text
            else said("errors.service.pxweb_failed", **facts),
            url=url,
        )


@dataclass(frozen=True)
class FetchOutcome:
    """One indicator's fetch: its observations and notes, or the ``error`` message (English;
    ``said``: the same as a catalogue message, for a reader's language, when it is one)."""

    indicator: str
    table: str
    observations: list[Observation] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    error: str | None = None
    said: Said | None = None

    @property
    def ok(self) -> bool:
        """Whether the values were fetched and read."""
        return self.error is None


def fetch_all(
    client: PxWebClient, indicators: Sequence[Indicator], *, area: str
) -> list[FetchOutcome]:
    """Fetch and read every indicator with a ``statfin:`` machine source, one outcome each.

    A table that fails gives an outcome with its ``error`` and the others go on; indicators
    without a ``statfin:`` source are skipped. When the machine source selects one
    ``Alue`` code, that area is read; otherwise ``area``. Nothing is written here.
    """
    outcomes: list[FetchOutcome] = []
    for indicator in indicators:
        if not indicator.machine_source.startswith("statfin:"):
            continue
        table = indicator.machine_source
        try:
            source = parse_machine_source(indicator.machine_source)
            table = source.table
            body = client.fetch(source, area=area)
            read_area = source.single(AREA_DIMENSION) or area
            read = read_statistics(body, source=table, indicator=indicator, area=read_area)
        except GraphsvcError as e:
            outcomes.append(FetchOutcome(indicator.key, table, error=e.message, said=e.said))
            continue
        outcomes.append(FetchOutcome(indicator.key, table, read.observations, read.notes))
    return outcomes

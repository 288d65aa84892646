"""The HTTP protocol ``graphsvc serve`` runs: uvicorn's httptools protocol with a header
timeout and a connection cap, so slow clients cannot hold the service.

uvicorn 0.30-0.55 has neither: its only timer is the keep-alive one, armed after a
response, so a client that connects and sends half a request line is kept for ever; and
``--limit-concurrency`` counts open connections, so a thousand such clients make every
other request (``/health`` included) answer 503. This protocol, passed to uvicorn as its
``http`` class (public ``Config`` API), adds:

- a header timeout (``GRAPHSVC_HEADER_TIMEOUT_SECONDS``): a connection that has not sent
  a whole request head that long after it opened, or after its next request began, gets
  408 and is closed;
- a connection cap (``GRAPHSVC_MAX_CONNECTIONS``, and never more than the open-file
  limit allows): past it, the connection that has waited longest for its request head
  is closed to make room, so clients that talk get in.

:func:`raise_open_file_limit` lifts the soft open-file limit to the hard one at start-up.
"""

from __future__ import annotations

import asyncio
import resource
from functools import cache
from typing import Any

from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

from graphsvc.settings import get_settings

#: Open files kept for everything but client sockets (store, logs, pipes, libraries).
RESERVED_FILES = 128
TIMEOUT_RESPONSE = b"HTTP/1.1 408 Request Timeout\r\ncontent-length: 0\r\nconnection: close\r\n\r\n"


def raise_open_file_limit(wanted: int = 65536) -> int:
    """Raise this process's soft open-file limit toward the hard one; the new soft limit."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    target = wanted if hard == resource.RLIM_INFINITY else min(wanted, hard)
    if soft != resource.RLIM_INFINITY and soft < target:
        resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))
        soft = target
    return int(soft)


@cache
def connection_cap() -> int:
    """Connections one worker keeps open: the setting, within the open-file limit."""
    soft, _ = resource.getrlimit(resource.RLIMIT_NOFILE)
    cap = get_settings().max_connections
    if soft != resource.RLIM_INFINITY:
        cap = min(cap, max(16, int(soft) - RESERVED_FILES))
    return cap


class GuardedHttpToolsProtocol(HttpToolsProtocol):
    """httptools' protocol with a request-head timeout and a cap on open connections."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.header_timeout = get_settings().header_timeout_seconds
        self.head_timer: asyncio.TimerHandle | None = None
        self.waiting_since = 0.0

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        """Count the connection, start its header clock, and make room if over the cap."""
        super().connection_made(transport)
        self._start_head_clock()
        if len(self.connections) > connection_cap():
            self._make_room()

    def on_message_begin(self) -> None:
        """A request begins (httptools callback): its head must arrive within the timeout."""
        super().on_message_begin()
        self._start_head_clock()

    def on_headers_complete(self) -> None:
        """The request head is complete (httptools callback): stop its clock."""
        self._stop_head_clock()
        super().on_headers_complete()

    def connection_lost(self, exc: Exception | None) -> None:
        """Forget the connection and its clock."""
        self._stop_head_clock()
        super().connection_lost(exc)

    def head_timed_out(self) -> None:
        """Answer 408 and close: the request head did not arrive in time."""
        self.head_timer = None
        if not self.transport.is_closing():
            self.transport.write(TIMEOUT_RESPONSE)
            self.transport.close()

    def _start_head_clock(self) -> None:
        if self.head_timer is None:
            self.waiting_since = self.loop.time()
            self.head_timer = self.loop.call_later(self.header_timeout, self.head_timed_out)

    def _stop_head_clock(self) -> None:
        if self.head_timer is not None:
            self.head_timer.cancel()
            self.head_timer = None

    def _make_room(self) -> None:
        """Close the connection that has waited longest for its request head (else this one)."""
        waiting = [
            c
            for c in self.connections
            if isinstance(c, GuardedHttpToolsProtocol) and c.head_timer is not None
        ]
        oldest = min(waiting, key=lambda c: c.waiting_since, default=self)
        if oldest is self:
            self._stop_head_clock()
            self.transport.close()
        else:
            oldest._stop_head_clock()
            oldest.head_timed_out()

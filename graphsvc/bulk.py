"""Bulk work without the cyclic garbage collector's pauses.

Building a graph of hundreds of thousands of records allocates millions of containers, and
every few thousand allocations Python's cyclic collector walks all live objects again:
most of the time of such a build. Records and graphs hold no reference cycles that need
collecting while they are built, so the collector waits until the build is over. A
one-shot command (``graphsvc analyze``) goes further: it never collects, and at exit its
objects are frozen, so the interpreter's final collection does not walk them all again
(about a second at 100x).
"""

from __future__ import annotations

import atexit
import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Run the block with the cyclic collector off (as it was before, afterwards).

    >>> import gc
    >>> with collector_paused():
    ...     gc.isenabled()
    False
    >>> gc.isenabled()
    True
    """
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def one_shot() -> None:
    """Configure a process that runs one command and exits: no cyclic collection, and the
    objects left at exit frozen (the operating system takes back the memory). Never for a
    server, whose garbage must be collected."""
    gc.disable()
    atexit.register(gc.freeze)

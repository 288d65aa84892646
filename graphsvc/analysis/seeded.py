"""Seeded randomness for igraph without swapping its process-wide generator per call.

igraph draws random numbers from one generator per process, and its algorithms (Leiden,
layouts) take no ``seed`` argument. Swapping that generator around a call (the old way)
lets two threads disturb each other: the second call's swap, or its restore in
``finally``, changes the generator under the first. Here the generator is always the one
object :data:`STREAMS`, which draws from the *calling thread's* stream; :func:`seeded`
seeds that stream for the length of a ``with`` block, so a seeded call is reproducible
whatever other threads do. (Other code must not call ``ig.set_random_number_generator``
with anything else: use :func:`seeded`.)
"""

from __future__ import annotations

import random
import threading
from collections.abc import Iterator
from contextlib import contextmanager


class ThreadStreams:
    """A random generator for igraph whose draws come from the calling thread's own stream.

    >>> streams = ThreadStreams()
    >>> streams.seed(3); first = streams.random()
    >>> streams.seed(3); first == streams.random()
    True
    """

    def __init__(self) -> None:
        self._local = threading.local()

    def _stream(self) -> random.Random:
        stream = getattr(self._local, "stream", None)
        if stream is None:
            stream = self._local.stream = random.Random()
        return stream

    def seed(self, value: int | None) -> None:
        """Restart this thread's stream from ``value`` (None: from the system's entropy)."""
        self._local.stream = random.Random(value)

    def random(self) -> float:
        """As :func:`random.random`, from this thread's stream."""
        return self._stream().random()

    def randint(self, a: int, b: int) -> int:
        """As :func:`random.randint`, from this thread's stream."""
        return self._stream().randint(a, b)

    def gauss(self, mu: float, sigma: float) -> float:
        """As :func:`random.gauss`, from this thread's stream."""
        return self._stream().gauss(mu, sigma)

    def getrandbits(self, k: int) -> int:
        """As :func:`random.getrandbits`, from this thread's stream."""
        return self._stream().getrandbits(k)


STREAMS = ThreadStreams()
_installed = threading.local()


def install() -> None:
    """Make :data:`STREAMS` igraph's generator in this thread (later calls do nothing).

    igraph's C core keeps its default generator per thread, while python-igraph holds the
    Python object it calls back globally: setting the same :data:`STREAMS` object in
    every thread that draws keeps both sides consistent, and no thread's setting changes
    what another thread draws.
    """
    if not getattr(_installed, "done", False):
        import igraph as ig

        ig.set_random_number_generator(STREAMS)
        _installed.done = True


@contextmanager
def seeded(seed: int) -> Iterator[None]:
    """igraph's random draws in this thread come from a stream seeded with ``seed``.

    Other threads keep their own streams; the thread's previous stream is not resumed
    (it restarts from fresh entropy after the block).
    """
    install()
    STREAMS.seed(seed)
    try:
        yield
    finally:
        STREAMS.seed(None)

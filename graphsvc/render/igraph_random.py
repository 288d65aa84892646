"""Seeded igraph randomness per thread, without swapping igraph's generator on each call.

igraph takes its random numbers from one process-wide object. Swapping that object for a
seeded one around each layout or Leiden run (as this code once did) lets two worker threads
change each other's numbers. Instead one object is installed once per thread (igraph's C core
keeps a default generator per thread); it hands each thread its own ``random.Random``, and
:func:`seeded_igraph` seeds only the calling thread's.
"""

from __future__ import annotations

import random
import threading
from collections.abc import Iterator
from contextlib import contextmanager

import igraph as ig


class _ThreadRandom:
    """igraph's random source, installed once: each thread draws from its own generator.

    Layouts and Leiden need random numbers; this object hands each thread its own
    ``random.Random``, so a seeded block on one worker thread neither sees nor disturbs another's.
    """

    def __init__(self) -> None:
        self._local = threading.local()

    def generator(self) -> random.Random:
        """This thread's generator (a fresh, unseeded one on first use)."""
        if not hasattr(self._local, "rng"):
            self._local.rng = random.Random()
        rng: random.Random = self._local.rng
        return rng

    def swap(self, rng: random.Random) -> random.Random:
        """Make ``rng`` this thread's generator; returns the one it replaces."""
        previous = self.generator()
        self._local.rng = rng
        return previous

    def random(self) -> float:
        return self.generator().random()

    def randint(self, a: int, b: int) -> int:
        return self.generator().randint(a, b)

    def gauss(self, mu: float, sigma: float) -> float:
        return self.generator().gauss(mu, sigma)

    def getrandbits(self, bits: int) -> int:
        return self.generator().getrandbits(bits)


_THREAD_RANDOM = _ThreadRandom()
_INSTALLED = threading.local()


def _install_thread_random() -> None:
    """Hand igraph the per-thread source, once per thread (never swapped afterwards).

    igraph's C core keeps its default generator per thread, so a thread that never installs
    the source draws from igraph's own, unseeded one.
    """
    if not getattr(_INSTALLED, "done", False):
        ig.set_random_number_generator(_THREAD_RANDOM)
        _INSTALLED.done = True


@contextmanager
def seeded_igraph(seed: int) -> Iterator[None]:
    """Within the block, igraph draws this thread's random numbers from ``Random(seed)``."""
    _install_thread_random()
    previous = _THREAD_RANDOM.swap(random.Random(seed))
    try:
        yield
    finally:
        _THREAD_RANDOM.swap(previous)

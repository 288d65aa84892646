"""Seeded igraph randomness per thread, without swapping igraph's generator on each call.

igraph takes its random numbers from one process-wide object. Swapping that object for a
seeded one around each layout or Leiden run (as this code once did) lets two worker threads
change each other's numbers. Instead one object is installed once per thread (igraph's C core
keeps a default generator per thread); it hands each thread its own ``random.Random``, and
:func:`seeded_igraph` seeds only the calling thread's. Analysis (Leiden) and render (layouts)
both seed through it: nothing else may call ``ig.set_random_number_generator``.
"""

from __future__ import annotations

import random
import threading
from collections.abc import Iterator
from contextlib import contextmanager


class _ThreadRandom:
    """igraph's random source, installed once per thread: each thread draws from its own.

    Layouts and Leiden need random numbers; igraph keeps the Python source in one global, so
    this object hands each thread its own ``random.Random``, so a seeded block on one worker
    thread neither sees nor disturbs another's. A layout draws a million numbers at 10,000
    nodes, so each method is one thread-local look-up of the generator's bound C method.
    """

    def __init__(self) -> None:
        self._local = threading.local()

    def swap(self, rng: random.Random) -> random.Random:
        """Make ``rng`` this thread's generator; returns the one it replaces."""
        local = self._local
        previous: random.Random = getattr(local, "rng", None) or random.Random()
        local.rng = rng
        local.random, local.randint, local.gauss = rng.random, rng.randint, rng.gauss
        local.getrandbits = rng.getrandbits
        return previous

    def random(self) -> float:
        return self._local.random()  # type: ignore[no-any-return]

    def randint(self, a: int, b: int) -> int:
        return self._local.randint(a, b)  # type: ignore[no-any-return]

    def gauss(self, mu: float, sigma: float) -> float:
        return self._local.gauss(mu, sigma)  # type: ignore[no-any-return]

    def getrandbits(self, bits: int) -> int:
        return self._local.getrandbits(bits)  # type: ignore[no-any-return]


_THREAD_RANDOM = _ThreadRandom()
_INSTALLED = threading.local()


def _install_thread_random() -> None:
    """Hand igraph the per-thread source, once per thread (never swapped afterwards).

    igraph's C core keeps its default generator per thread, so a thread that never installs
    the source draws from igraph's own, unseeded one.
    """
    if not getattr(_INSTALLED, "done", False):
        import igraph as ig  # heavy: only where a seeded igraph call runs

        _THREAD_RANDOM.swap(random.Random())
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

"""Seeded igraph randomness per thread, without swapping igraph's generator on each call.

igraph takes its random numbers from one process-wide object. Swapping that object for a
seeded one around each layout or Leiden run (as this code once did) lets two worker threads
change each other's numbers. Instead one source is installed once per thread (igraph's C core
keeps a default generator per thread); it hands each thread its own ``random.Random``, and
:func:`seeded_igraph` seeds only the calling thread's. Analysis (Leiden) and render (layouts)
both seed through it: nothing else may call ``ig.set_random_number_generator``.
"""

from __future__ import annotations

import random
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import SimpleNamespace

#: This thread's generator and its bound methods (igraph keeps the source's methods once, so
#: each of the source's functions below looks up the calling thread's here).
_LOCAL = threading.local()


def _swap(rng: random.Random) -> random.Random:
    """Make ``rng`` this thread's generator; returns the one it replaces."""
    previous: random.Random = getattr(_LOCAL, "rng", None) or random.Random()
    _LOCAL.rng = rng
    _LOCAL.random, _LOCAL.randint, _LOCAL.gauss = rng.random, rng.randint, rng.gauss
    _LOCAL.getrandbits = rng.getrandbits
    return previous


# A layout draws a million numbers at 10,000 nodes: each function is one thread-local look-up.
def _random() -> float:
    return _LOCAL.random()  # type: ignore[no-any-return]


def _randint(a: int, b: int) -> int:
    return _LOCAL.randint(a, b)  # type: ignore[no-any-return]


def _gauss(mu: float, sigma: float) -> float:
    return _LOCAL.gauss(mu, sigma)  # type: ignore[no-any-return]


def _getrandbits(bits: int) -> int:
    return _LOCAL.getrandbits(bits)  # type: ignore[no-any-return]


#: igraph's random source: each thread that draws from it draws from its own generator.
_THREAD_RANDOM = SimpleNamespace(
    random=_random, randint=_randint, gauss=_gauss, getrandbits=_getrandbits
)


def _install_thread_random() -> None:
    """Hand igraph the per-thread source, once per thread (never swapped afterwards).

    igraph's C core keeps its default generator per thread, so a thread that never installs
    the source draws from igraph's own, unseeded one.
    """
    if not getattr(_LOCAL, "installed", False):
        import igraph as ig  # heavy: only where a seeded igraph call runs

        _swap(random.Random())
        ig.set_random_number_generator(_THREAD_RANDOM)
        _LOCAL.installed = True


@contextmanager
def seeded_igraph(seed: int) -> Iterator[None]:
    """Within the block, igraph draws this thread's random numbers from ``Random(seed)``."""
    _install_thread_random()
    previous = _swap(random.Random(seed))
    try:
        yield
    finally:
        _swap(previous)

"""The one cache of analysis work: results and graph projections, per graph version.

Keys are ``(store URL, graph version, kind, parameters)``; the graphs an analysis runs on
are cached in the same object under their own kind (``"graphs"``). A change to the store
raises its version, so stale entries are never asked for again and age out of the
least-recently-used order. Safe to use from several threads. The API's work pools keep
their finished answers (encoded analyses, map pages) in an instance of the same class.

Every lookup is counted as a hit or a miss (``graphsvc_cache_hits_total`` and
``graphsvc_cache_misses_total`` on ``/metrics``), by the cache's ``name`` and the kind of
its key (see :func:`key_kind`).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

from graphsvc.metrics import record_lookup

T = TypeVar("T")


class AnalysisCache:
    """A least-recently-used map from ``(store, version, kind, params)`` to values: at most
    ``limits[kind]`` entries of a kind named in ``limits``, ``entries`` of all others together.

    >>> cache = AnalysisCache(entries=1)
    >>> cache.get_or_compute(("db", 1, "k", ()), lambda: [1])
    [1]
    >>> cache.get_or_compute(("db", 1, "k", ()), lambda: [2])  # cached
    [1]
    """

    def __init__(
        self, entries: int, limits: dict[str, int] | None = None, *, name: str = "analysis"
    ) -> None:
        self.name = name
        self.entries = entries
        self.limits = dict(limits or {})
        self._values: OrderedDict[Hashable, Any] = OrderedDict()
        self._lock = threading.Lock()

    def get_or_compute(
        self, key: tuple[Hashable, ...], compute: Callable[[], T], *, copied: bool = False
    ) -> T:
        """The value under ``key``, computed (outside the lock) and kept when missing.

        With ``copied``, the caller gets a copy of the JSON-like value (its dicts and lists
        copied, see :func:`json_copy`), so changing it cannot spoil the cache.
        """
        with self._lock:
            found = key in self._values
            if found:
                self._values.move_to_end(key)
                value: T = self._values[key]
        record_lookup(self.name, key_kind(key), found)
        if found:
            return json_copy(value) if copied else value
        value = compute()
        self.put(key, value)
        return json_copy(value) if copied else value

    def put(self, key: Hashable, value: Any) -> None:
        """Keep ``value`` under ``key``, forgetting the least recently used of its group."""
        group = self._group(key)
        with self._lock:
            self._values[key] = value
            self._values.move_to_end(key)
            same = [k for k in self._values if self._group(k) == group]
            for old in same[: max(0, len(same) - self.limits.get(group, self.entries))]:
                del self._values[old]

    def _group(self, key: Hashable) -> str:
        kind = str(key[2]) if isinstance(key, tuple) and len(key) > 2 else ""
        return kind if kind in self.limits else ""

    def peek(self, key: Hashable) -> Any:
        """The value under ``key`` (now the most recently used) or None; computes nothing."""
        with self._lock:
            found = key in self._values
            if found:
                self._values.move_to_end(key)
            value = self._values.get(key)
        record_lookup(self.name, key_kind(key), found)
        return value

    def forget(self, kind: str) -> None:
        """Forget the entries of one kind (the answers of one analysis, say), keeping the
        graphs and views they were computed from."""
        with self._lock:
            for key in [k for k in self._values if key_kind(k) == kind]:
                del self._values[key]

    def clear(self) -> None:
        """Forget every entry."""
        with self._lock:
            self._values.clear()


def json_copy(value: T) -> T:
    """A copy of JSON-like data: new dicts and lists all the way down, the same immutable
    leaves (many times faster than ``copy.deepcopy``, which keeps a memo of every object).

    >>> data = {"a": [1, {"b": 2}]}
    >>> copied = json_copy(data)
    >>> copied == data, copied["a"] is data["a"], copied["a"][1] is data["a"][1]
    (True, False, False)
    """
    if isinstance(value, dict):
        return {k: json_copy(v) for k, v in value.items()}  # type: ignore[return-value]
    if isinstance(value, list):
        return [json_copy(v) for v in value]  # type: ignore[return-value]
    return value


def key_kind(key: Hashable) -> str:
    """What a cache key is for, as the metrics name it: the kind of a
    ``(store, version, kind, params)`` key, else the text a key starts with.

    >>> key_kind(("sqlite:///g.db", 3, "gaps", ()))
    'gaps'
    >>> key_kind(("map", 3, (("rocket", "centre"),)))
    'map'
    """
    if isinstance(key, tuple):
        for part in (key[2:3], key[:1]):
            if part and isinstance(part[0], str):
                return part[0]
    return "other"


#: 128 results in all, the graph projections of the whole graph and of 3 rockets, and
#: the views of 6 as-of days (a four-year programme and its follow-up).
CACHE = AnalysisCache(entries=128, limits={"graphs": 4, "as_of": 6})

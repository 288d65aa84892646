"""Official statistics for vitality indicators: a recorded answer read into observations.

Two formats are read: a JSON-stat 2.0 dataset (what Statistics Finland's PxWeb answers
for ``json-stat2``, read in :mod:`graphsvc.loaders.jsonstat`) and a THL Sotkanet REST JSON
list (:mod:`graphsvc.loaders.sotkanet`). Machine sources (``statfin:…``, ``sotkanet:…``)
are parsed in :mod:`graphsvc.loaders.machine_source` and offered here too. The caller
checks the size of the bytes; everything else is checked here, and every problem is an
ImportRejectedError naming the file.
"""

from __future__ import annotations

import codecs
import json
from dataclasses import dataclass, field
from typing import Any

from graphsvc.errors import GraphsvcError
from graphsvc.indicator_model import Indicator, Observation
from graphsvc.loaders.files import reject
from graphsvc.loaders.jsonstat import read_jsonstat
from graphsvc.loaders.machine_source import MachineSource, parse_machine_source
from graphsvc.loaders.sotkanet import is_sotkanet, read_sotkanet
from graphsvc.messages import said

__all__ = ["MachineSource", "StatisticsRead", "parse_machine_source", "read_statistics"]


@dataclass(frozen=True)
class StatisticsRead:
    """What a statistics file gave: its ``kind``, the ``area`` code used, values and notes.

    ``kind`` is ``"json-stat"`` or ``"sotkanet"``.
    """

    kind: str
    area: str
    observations: list[Observation] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def _decode(data: bytes, source: str) -> Any:
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise reject(
            source,
            said("errors.load.stat.not_utf8", source=source, byte=str(e.start + 1)),
        ) from e
    try:
        return json.loads(text)
    except RecursionError as e:
        raise reject(source, said("errors.load.stat.too_deep", source=source)) from e
    except ValueError as e:
        raise reject(source, said("errors.load.stat.not_json", source=source, detail=str(e))) from e


def _service_matches(source: str, indicator: Indicator, kind: str) -> None:
    service = "statfin" if kind == "json-stat" else "sotkanet"
    other = "sotkanet" if service == "statfin" else "statfin"
    if indicator.machine_source.startswith(f"{other}:"):
        raise reject(
            source,
            said(
                "errors.load.stat.other_service",
                source=source,
                kind=kind,
                key=indicator.key,
                machine_source=indicator.machine_source,
                other=other,
            ),
        )


def read_statistics(
    data: bytes, *, source: str, indicator: Indicator, area: str | None
) -> StatisticsRead:
    """The observations of ``indicator`` for ``area`` in a recorded statistics answer.

    Parameters
    ----------
    data
        The JSON bytes as downloaded (UTF-8, a BOM is allowed).
    source
        The file's name, for messages.
    indicator
        The indicator the values are for; its ``machine_source`` picks the categories of
        dimensions the file has several of, and a Sotkanet indicator number is checked.
    area
        The area code (``KU286``; for Sotkanet the region number ``286``); None takes the
        only area present.

    Returns
    -------
    StatisticsRead
        ``kind``, the area code used, the observations (missing values skipped) and notes.

    Raises
    ------
    ImportRejectedError
        Naming ``source`` (and the area, dimension or value) for anything unusable.
    """
    payload = _decode(data, source)
    try:
        if isinstance(payload, dict) and payload.get("class") == "dataset":
            kind = "json-stat"
            _service_matches(source, indicator, kind)
            used, observations, notes = read_jsonstat(
                payload, source=source, indicator=indicator, area=area
            )
        elif is_sotkanet(payload):
            kind = "sotkanet"
            _service_matches(source, indicator, kind)
            used, observations, notes = read_sotkanet(
                payload, source=source, indicator=indicator, area=area
            )
        else:
            raise reject(
                source,
                said("errors.load.stat.unknown_kind", source=source),
            )
    except GraphsvcError:
        raise
    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as e:
        malformed = said(
            "errors.load.stat.malformed", source=source, error=type(e).__name__, detail=str(e)
        )
        raise reject(source, malformed) from e
    if not observations:
        empty = (
            said("errors.load.stat.no_values_area", source=source, area=used)
            if used
            else said("errors.load.stat.no_values", source=source)
        )
        raise reject(source, empty, value=area)
    return StatisticsRead(kind=kind, area=used, observations=observations, notes=notes)

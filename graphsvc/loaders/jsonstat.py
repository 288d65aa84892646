"""A JSON-stat 2.0 dataset (PxWeb's ``json-stat2`` answer) read into yearly observations.

The structure is checked first (``id``, ``size``, ``dimension`` and ``value`` agree), so
that a malformed file is refused with a message rather than a traceback; pyjstat then turns
the values into rows of category codes. The time dimension gives the years; the area
dimension is picked by the requested area; every other dimension must come down to one
category, either in the file or by the indicator's ``statfin:`` machine source.
"""

from __future__ import annotations

import math
import re
import warnings
from collections import OrderedDict
from typing import Any

from graphsvc.errors import GraphsvcError, ValidationError
from graphsvc.indicator_model import Indicator, Observation, parse_number, parse_year
from graphsvc.loaders.files import reject
from graphsvc.loaders.machine_source import (
    MachineSource,
    observation_source,
    parse_machine_source,
)
from graphsvc.messages import Said, said
from graphsvc.values import quoted

#: Dimension names (id or label, any case) taken as the time or the area dimension.
TIME_NAMES = frozenset({"vuosi", "year", "time", "aika", "år"})
AREA_NAMES = frozenset({"alue", "area", "kunta", "region", "municipality", "område"})
#: Status marks and label endings that say a value is provisional (lower case).
PROVISIONAL_MARKS = frozenset(
    {"p", "*", "ennakko", "ennakkotieto", "preliminary", "provisional", "preliminär"}
)
_YEAR_AND_MARK = re.compile(r"(\d{4})\s*\(?\s*([^)]*?)\s*\)?")

Categories = list[tuple[str, str]]


def _categories(source: str, dim_id: str, dimension: Any) -> Categories:
    """The (code, label) pairs of one dimension, in index order."""
    category = dimension.get("category") if isinstance(dimension, dict) else None
    if not isinstance(category, dict):
        raise reject(
            source,
            said("errors.load.jsonstat.no_categories", source=source, dim=dim_id),
            column=dim_id,
        )
    index, labels = category.get("index"), category.get("label") or {}
    if not isinstance(labels, dict):
        raise reject(source, said("errors.load.jsonstat.labels", source=source, dim=dim_id))
    if isinstance(index, list):
        codes = [str(code) for code in index]
    elif isinstance(index, dict) and all(isinstance(v, int) for v in index.values()):
        codes = [str(code) for code, _ in sorted(index.items(), key=lambda item: item[1])]
    elif index is None and len(labels) == 1:
        codes = [str(code) for code in labels]
    else:
        raise reject(source, said("errors.load.jsonstat.no_index", source=source, dim=dim_id))
    return [(code, str(labels.get(code, code))) for code in codes]


def _listing(categories: Categories, limit: int = 20) -> str | Said:
    """The categories as a message lists them: the first ``limit``, then how many more."""
    shown = [code if label == code else f"{code} {label}" for code, label in categories]
    if len(shown) <= limit:
        return ", ".join(shown)
    return said(
        "errors.load.jsonstat.more", listing=", ".join(shown[:limit]), n=str(len(shown) - limit)
    )


def _allowed(categories: Categories) -> str:
    """The categories for a problem's ``allowed`` field (English, as API clients read it)."""
    listing = _listing(categories)
    return listing if isinstance(listing, str) else listing.in_lang("en")


def _named(payload: dict[str, Any], ids: list[str], role: str, names: frozenset[str]) -> str | None:
    roles = payload.get("role")
    listed = roles.get(role) if isinstance(roles, dict) else None
    for dim_id in listed if isinstance(listed, list) else []:
        if dim_id in ids:
            return str(dim_id)
    for dim_id in ids:
        label = payload["dimension"][dim_id].get("label", "")
        if dim_id.lower() in names or str(label).lower() in names:
            return dim_id
    return None


def _check_structure(source: str, payload: dict[str, Any]) -> dict[str, Categories]:
    """The categories of every dimension, once ``id``, ``size`` and ``value`` agree."""
    ids, size = payload.get("id"), payload.get("size")
    dimensions, values = payload.get("dimension"), payload.get("value")
    if not (isinstance(ids, list) and ids and all(isinstance(i, str) for i in ids)):
        raise reject(source, said("errors.load.jsonstat.ids", source=source))
    if not isinstance(dimensions, dict) or any(i not in dimensions for i in ids):
        missing = [i for i in ids if not isinstance(dimensions, dict) or i not in dimensions]
        lacking = said("errors.load.jsonstat.lacks", source=source, missing=", ".join(missing))
        raise reject(source, lacking)
    if not (
        isinstance(size, list)
        and len(size) == len(ids)
        and all(isinstance(n, int) and not isinstance(n, bool) for n in size)
    ):
        raise reject(source, said("errors.load.jsonstat.size", source=source))
    categories = {i: _categories(source, i, dimensions[i]) for i in ids}
    for dim_id, count in zip(ids, size, strict=True):
        if len(categories[dim_id]) != count:
            raise reject(
                source,
                said(
                    "errors.load.jsonstat.size_mismatch",
                    source=source,
                    dim=dim_id,
                    count=str(count),
                    listed=str(len(categories[dim_id])),
                ),
                column=dim_id,
            )
    total = math.prod(size)
    if isinstance(values, list):
        if len(values) != total:
            raise reject(
                source,
                said(
                    "errors.load.jsonstat.value_count",
                    source=source,
                    size=str(size),
                    total=total,
                    n=len(values),
                ),
                value=len(values),
            )
    elif isinstance(values, dict):
        if not all(str(k).isdigit() and int(k) < total for k in values):
            outside = said("errors.load.jsonstat.outside", source=source, size=str(size))
            raise reject(source, outside)
    else:
        raise reject(source, said("errors.load.jsonstat.value_kind", source=source))
    if total == 0:
        raise reject(source, said("errors.load.jsonstat.empty", source=source, size=str(size)))
    return categories


def _rows(source: str, payload: dict[str, Any]) -> Any:
    """The dataset as a pandas DataFrame of category codes and a ``value`` column (pyjstat)."""
    from pyjstat import pyjstat

    try:
        with warnings.catch_warnings():
            # Dataset.write goes through pyjstat's own from_json_stat, which it marks deprecated.
            warnings.simplefilter("ignore", DeprecationWarning)
            return pyjstat.Dataset.read(OrderedDict(payload)).write("dataframe", naming="id")
    except Exception as e:  # pyjstat raises whatever pandas raises on a malformed dataset
        unreadable = said("errors.load.jsonstat.unreadable", source=source, detail=str(e))
        raise reject(source, unreadable) from e


def _status(payload: dict[str, Any], position: int) -> str:
    status = payload.get("status")
    if isinstance(status, str):
        return status
    if isinstance(status, list) and position < len(status):
        return str(status[position] or "")
    if isinstance(status, dict):
        return str(status.get(str(position)) or "")
    return ""


def _year(source: str, dim_id: str, code: str, label: str) -> tuple[int, bool]:
    """The year of a time category and whether its code or label marks it provisional."""
    years, marked = set(), False
    for text in (code, label):
        match = _YEAR_AND_MARK.fullmatch(text.strip())
        if match and (not match.group(2) or match.group(2).lower() in PROVISIONAL_MARKS):
            years.add(match.group(1))
            marked = marked or bool(match.group(2))
    if len(years) == 1:
        try:
            return parse_year(years.pop()), marked
        except ValidationError:
            pass
    raise reject(
        source,
        said("errors.load.jsonstat.not_a_year", source=source, code=quoted(code), dim=dim_id),
        column=dim_id,
        value=code,
    )


def _pick(source: str, dim_id: str, categories: Categories, wanted: MachineSource | None) -> str:
    if len(categories) == 1:
        return categories[0][0]
    chosen = wanted.single(dim_id) if wanted else None
    if chosen in {code for code, _ in categories}:
        return str(chosen)
    raise reject(
        source,
        said(
            "errors.load.jsonstat.select",
            source=source,
            dim=dim_id,
            n=str(len(categories)),
            listing=_listing(categories),
            example=categories[0][0],
        ),
        column=dim_id,
        allowed=_allowed(categories),
    )


def _area(
    source: str,
    payload: dict[str, Any],
    ids: list[str],
    cats: dict[str, Categories],
    area: str | None,
) -> tuple[str | None, str, str]:
    """The area dimension (None: the dataset has none), the area's code and label."""
    dim_id = _named(payload, ids, "geo", AREA_NAMES)
    if dim_id is None and area is not None:
        dim_id = next((i for i in ids if area in {code for code, _ in cats[i]}), None)
    if dim_id is None:
        if area is not None:
            raise reject(source, said("errors.load.jsonstat.no_area_dim", source=source, area=area))
        return None, "", ""
    present = cats[dim_id]
    if area is None:
        if len(present) == 1:
            return dim_id, present[0][0], present[0][1]
        raise reject(
            source,
            said(
                "errors.load.jsonstat.areas",
                source=source,
                n=str(len(present)),
                listing=_listing(present),
                example=present[0][0],
            ),
            column=dim_id,
            allowed=_allowed(present),
        )
    for code, label in present:
        if area == code or area.casefold() == label.casefold():
            return dim_id, code, label
    raise reject(
        source,
        said("errors.load.jsonstat.no_area", source=source, area=area, listing=_listing(present)),
        column=dim_id,
        value=area,
        allowed=_allowed(present),
    )


def read_jsonstat(
    payload: dict[str, Any], *, source: str, indicator: Indicator, area: str | None
) -> tuple[str, list[Observation], list[str]]:
    """The area code used, the observations of ``area`` and notes, from a JSON-stat dataset.

    Raises ImportRejectedError naming ``source`` when the dataset is malformed, lacks the
    area or a time dimension, leaves a dimension unselected, or holds a non-number.
    """
    if not str(payload.get("version", "")).startswith("2"):
        raise reject(
            source,
            said(
                "errors.load.jsonstat.version",
                source=source,
                version=str(payload.get("version", "1.x")),
            ),
        )
    categories = _check_structure(source, payload)
    ids: list[str] = payload["id"]
    time_dim = _named(payload, ids, "time", TIME_NAMES)
    if time_dim is None:
        raise reject(
            source,
            said("errors.load.jsonstat.no_time", source=source, dims=", ".join(ids)),
        )
    area_dim, area_code, area_label = _area(source, payload, ids, categories, area)
    wanted = None
    if indicator.machine_source.startswith("statfin:"):
        try:
            wanted = parse_machine_source(indicator.machine_source)
        except GraphsvcError:
            wanted = None
    fixed = {area_dim: area_code} if area_dim else {}
    for dim_id in ids:
        if dim_id not in (time_dim, area_dim):
            fixed[dim_id] = _pick(source, dim_id, categories[dim_id], wanted)
    frame = _rows(source, payload)
    for dim_id, code in fixed.items():
        frame = frame[frame[dim_id].astype(str) == code]
    labels = dict(categories[time_dim])
    extension = payload.get("extension")
    px = extension.get("px") if isinstance(extension, dict) else None
    table = px.get("tableid") if isinstance(px, dict) else None
    where = observation_source(
        str(payload.get("source") or ""),
        f"taulukko {table}" if table else str(payload.get("label") or ""),
        area_code if area_label == area_code else f"{area_code} {area_label}",
    )
    observations: list[Observation] = []
    notes: list[str] = []
    for position, code, value in zip(
        frame.index, frame[time_dim].astype(str), frame["value"], strict=True
    ):
        year, marked = _year(source, time_dim, code, labels.get(code, code))
        status = _status(payload, int(position))
        if value is None or (isinstance(value, float) and math.isnan(value)):
            why = f" (status {status!r})" if status else ""
            notes.append(f"{source}: {year} has no value{why}, skipped")
            continue
        try:
            number = parse_number(value, f"{source}, {year}")
        except ValidationError as e:
            raise reject(source, e.said or e.message, column="value", value=value) from e
        provisional = marked or status.strip().lower() in PROVISIONAL_MARKS
        observations.append(Observation(indicator.key, year, number, provisional, source=where))
    return area_code, observations, notes

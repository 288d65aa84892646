"""A THL Sotkanet REST JSON answer (a list of yearly values) read into observations.

Each item is ``{"indicator": 127, "region": 286, "year": 2021, "gender": "total",
"value": 12.3, ...}``; the region is Sotkanet's own region number, as text here.
"""

from __future__ import annotations

from typing import Any

from graphsvc.errors import GraphsvcError, ValidationError
from graphsvc.indicator_model import Indicator, Observation, parse_number, parse_year
from graphsvc.loaders.files import reject
from graphsvc.loaders.machine_source import observation_source, parse_machine_source
from graphsvc.messages import said

#: The keys every Sotkanet item has.
REQUIRED_KEYS: tuple[str, ...] = ("indicator", "region", "year", "value")


def is_sotkanet(payload: Any) -> bool:
    """Whether ``payload`` looks like a Sotkanet answer: a list of objects with its keys."""
    return isinstance(payload, list) and all(
        isinstance(item, dict) and all(key in item for key in REQUIRED_KEYS) for item in payload
    )


def _listing(values: set[str]) -> str:
    return ", ".join(sorted(values, key=lambda v: (len(v), v)))


def _expected_id(indicator: Indicator) -> str | None:
    if not indicator.machine_source.startswith("sotkanet:"):
        return None
    try:
        return parse_machine_source(indicator.machine_source).table
    except GraphsvcError:
        return None


def read_sotkanet(
    items: list[dict[str, Any]], *, source: str, indicator: Indicator, area: str | None
) -> tuple[str, list[Observation], list[str]]:
    """The region used, the observations of ``area`` and notes, from a Sotkanet answer.

    ``area`` is the Sotkanet region number as text; None takes the only region present.
    Raises ImportRejectedError naming ``source`` for another indicator, a missing region,
    several genders without ``total``, a repeated year or a value that is not a number.
    """
    if not items:
        raise reject(source, said("errors.load.sotkanet.empty", source=source))
    ids = {str(item["indicator"]) for item in items}
    if len(ids) > 1:
        raise reject(source, said("errors.load.sotkanet.mixed", source=source, ids=_listing(ids)))
    (found,) = ids
    expected = _expected_id(indicator)
    if expected is not None and found != expected:
        raise reject(
            source,
            said(
                "errors.load.sotkanet.other_indicator",
                source=source,
                found=found,
                key=indicator.key,
                expected=expected,
                machine_source=indicator.machine_source,
            ),
            column="indicator",
            value=found,
            allowed=expected,
        )
    regions = {str(item["region"]) for item in items}
    if area is None and len(regions) > 1:
        raise reject(
            source,
            said(
                "errors.load.sotkanet.regions",
                source=source,
                n=str(len(regions)),
                regions=_listing(regions),
            ),
            column="region",
            allowed=_listing(regions),
        )
    region = area if area is not None else next(iter(regions))
    if region not in regions:
        raise reject(
            source,
            said(
                "errors.load.sotkanet.no_region",
                source=source,
                region=region,
                regions=_listing(regions),
            ),
            column="region",
            value=region,
            allowed=_listing(regions),
        )
    chosen = [(n, item) for n, item in enumerate(items, 1) if str(item["region"]) == region]
    genders = {str(item.get("gender", "total")) for _, item in chosen}
    gender = "total" if "total" in genders or len(genders) != 1 else next(iter(genders))
    if gender not in genders:
        raise reject(
            source,
            said(
                "errors.load.sotkanet.genders",
                source=source,
                genders=_listing(genders),
                region=region,
            ),
            column="gender",
            allowed=_listing(genders),
        )
    where = observation_source(
        "THL Sotkanet",
        f"indikaattori {found}",
        f"alue {region}",
        "" if gender == "total" else f"sukupuoli {gender}",
    )
    observations: list[Observation] = []
    notes: list[str] = []
    seen: set[int] = set()
    for number, item in chosen:
        if str(item.get("gender", "total")) != gender:
            continue
        try:
            what = said("errors.load.sotkanet.item_year", source=source, number=str(number))
            year = parse_year(item["year"], what)
        except ValidationError as e:
            refused = e.said or e.message
            raise reject(source, refused, row=number, column="year", value=item["year"]) from e
        if year in seen:
            twice = said(
                "errors.load.sotkanet.year_twice", source=source, year=str(year), region=region
            )
            raise reject(source, twice, row=number)
        seen.add(year)
        if item["value"] is None:
            notes.append(f"{source}: {year} has no value, skipped")
            continue
        try:
            what = said(
                "errors.load.sotkanet.item_value", source=source, number=str(number), year=str(year)
            )
            value = parse_number(item["value"], what)
        except ValidationError as e:
            refused = e.said or e.message
            raise reject(source, refused, row=number, column="value", value=item["value"]) from e
        observations.append(Observation(indicator.key, year, value, source=where))
    return region, observations, notes

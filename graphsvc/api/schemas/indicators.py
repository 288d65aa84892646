"""Indicator bodies: IndicatorCreate, IndicatorUpdate, ValuePut, IndicatorPublic and progress."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints

from graphsvc.api.schemas.common import (
    STORABLE_PATTERN,
    Key,
    Required,
    ShortText,
    Strict,
    kept,
    storable,
)
from graphsvc.indicator_model import (
    FIRST_YEAR,
    LARGEST_VALUE,
    LAST_YEAR,
    MACHINE_SOURCE_PATTERN,
    MEASURABLE,
    Direction,
)
from graphsvc.values import SHORT_TEXT

Year = Annotated[int, Field(ge=FIRST_YEAR, le=LAST_YEAR)]
#: Storable text after a known prefix; the model's check gives the message.
MachineSource = Annotated[
    str,
    StringConstraints(max_length=SHORT_TEXT),
    AfterValidator(storable),
    Field(json_schema_extra={"pattern": MACHINE_SOURCE_PATTERN + STORABLE_PATTERN[1:-2] + "+$"}),
]
Value = Annotated[float, Field(ge=-LARGEST_VALUE, le=LARGEST_VALUE, allow_inf_nan=False)]
Measured = Annotated[
    str,
    Field(
        description="What it measures: a rocket key, launchpad, or the programme key",
        json_schema_extra={"enum": list(MEASURABLE)},
    ),
]
_EXAMPLE: dict[str, Any] = {
    "key": "vakiluku",
    "name_fi": "Väkiluku",
    "name_en": "Population",
    "unit": "henkilöä",
    "direction": "increase",
    "baseline_year": 2020,
    "baseline_value": 81200,
    "target_year": 2025,
    "target_value": 81500,
    "rocket": "elinvoiman-kasvu",
    "owner": "kouvolan-kaupunki-kaupunginkanslia",
}


class IndicatorFields(Strict):
    """The optional fields of an indicator."""

    name_en: ShortText | None = None
    unit: ShortText | None = None
    owner: Key | None = Field(None, description="The actor answering for it (its key)")
    source: ShortText | None = Field(None, description="Where the figures come from")
    machine_source: MachineSource | None = Field(
        None, description="statfin:TABLE?DIM=CODE&… or sotkanet:ID?region=R"
    )


class IndicatorCreate(IndicatorFields):
    """A new indicator (``POST /api/v1/indicators``); 409 if the key exists."""

    key: Key
    name_fi: Annotated[ShortText, Required] = Field(min_length=1)
    direction: Direction
    baseline_year: Year
    baseline_value: Value
    target_year: Year
    target_value: Value
    rocket: Measured

    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [_EXAMPLE]})


class IndicatorUpdate(IndicatorFields):
    """Changes to an indicator (``PATCH``): only the fields sent change; ``null`` empties an
    optional one. Names, direction, baseline, target and rocket change but stay."""

    name_fi: Annotated[ShortText | None, Required] = Field(
        None, min_length=1, json_schema_extra=kept
    )
    direction: Annotated[Direction | None, Required] = Field(None, json_schema_extra=kept)
    baseline_year: Annotated[Year | None, Required] = Field(None, json_schema_extra=kept)
    baseline_value: Annotated[Value | None, Required] = Field(None, json_schema_extra=kept)
    target_year: Annotated[Year | None, Required] = Field(None, json_schema_extra=kept)
    target_value: Annotated[Value | None, Required] = Field(None, json_schema_extra=kept)
    rocket: Annotated[Measured | None, Required] = Field(None, json_schema_extra=kept)

    model_config = ConfigDict(
        extra="forbid", json_schema_extra={"examples": [{"target_value": 82000, "owner": None}]}
    )


class ValuePut(Strict):
    """The value of an indicator in one year (``PUT …/values/{year}``)."""

    value: Value
    provisional: bool = False
    note: ShortText | None = None
    source: ShortText | None = None

    model_config = ConfigDict(
        extra="forbid", json_schema_extra={"examples": [{"value": 79150, "provisional": True}]}
    )


class ObservationPublic(BaseModel):
    """One yearly value."""

    indicator: str
    year: int
    value: float
    provisional: bool
    note: str
    source: str


class ProgressPublic(BaseModel):
    """An indicator's progress in a year: None everywhere when it has no value by then."""

    year: int
    latest: ObservationPublic | None
    progress: float | None = Field(description="(value - baseline) / (target - baseline)")
    expected: float | None = Field(description="The baseline-to-target line in the value's year")
    on_track: bool | None = Field(description="At or beyond that line, in the good direction")
    trend: str | None = Field(description="improving, steady or worsening (last three values)")
    recent: list[ObservationPublic]


class IndicatorPublic(BaseModel):
    """An indicator as the API shows it."""

    key: str
    name_fi: str
    name_en: str
    unit: str
    direction: Direction
    baseline_year: int
    baseline_value: Value
    target_year: int
    target_value: Value
    rocket: str
    rocket_name: str
    owner: str | None
    owner_name: str | None
    source: str
    machine_source: str

    model_config = ConfigDict(json_schema_extra={"examples": [_EXAMPLE]})


class IndicatorListed(IndicatorPublic):
    """An indicator in the list, with how many yearly values it has."""

    values: int


class IndicatorsPublic(BaseModel):
    """Every indicator, by key."""

    items: list[IndicatorListed]


class IndicatorDetailPublic(IndicatorPublic):
    """One indicator with its values and its progress."""

    observations: list[ObservationPublic]
    progress: ProgressPublic


class IndicatorProgressRow(IndicatorPublic):
    """One row of the progress table: the indicator and its progress facts."""

    year: int
    latest: ObservationPublic | None
    progress: float | None
    expected: float | None
    on_track: bool | None
    trend: str | None
    recent: list[ObservationPublic]


class IndicatorsProgressPublic(BaseModel):
    """Every indicator's progress in a year, and the network beside what each measures."""

    year: int
    counts: dict[str, int]
    items: list[IndicatorProgressRow]
    network: dict[str, dict[str, Any]] = Field(
        description="Per rocket (or programme) measured: actions by status, actors, kinds, "
        "key actors and gaps, as the network stood at the end of the year"
    )

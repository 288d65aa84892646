"""What a batch's indicator writes change, planned alike for both stores.

Indicators have no validity periods: an indicator is its current definition, and its
yearly values are the history. :func:`plan_indicators` reads what the store holds for
the batch's keys through an :class:`IndicatorTable`, refuses values of unknown indicators
and owners that are not actors now, counts created / updated / unchanged / deleted into
the batch's report, and returns only the rows that need writing.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Protocol

from graphsvc.errors import NotFoundError
from graphsvc.indicator_model import Direction, Indicator, Observation
from graphsvc.messages import said
from graphsvc.model import PROGRAMME_KEY, Label
from graphsvc.records import Batch, WriteReport
from graphsvc.values import quoted

#: The stored properties of an indicator besides its key and its two relationships.
DEFINITION = (
    "name_fi",
    "name_en",
    "unit",
    "direction",
    "baseline_year",
    "baseline_value",
    "target_year",
    "target_value",
    "source",
    "machine_source",
)
#: The stored properties of a yearly value besides its indicator and year.
VALUE_FIELDS = ("value", "provisional", "note", "source")


class IndicatorTable(Protocol):
    """What a store holds, read inside the writing transaction."""

    def indicators(self, keys: list[str]) -> dict[str, Indicator]:
        """The stored indicators among ``keys``."""

    def values(self, pairs: list[tuple[str, int]]) -> dict[tuple[str, int], Observation]:
        """The stored values among ``pairs`` of (indicator, year)."""

    def actors(self, keys: list[str]) -> set[str]:
        """Which of ``keys`` are actors now."""


@dataclass
class IndicatorWrites:
    """The rows a batch must write: new or changed indicators and values, and deletes."""

    indicators: list[Indicator] = field(default_factory=list)
    values: list[Observation] = field(default_factory=list)
    indicator_deletes: list[str] = field(default_factory=list)
    value_deletes: list[tuple[str, int]] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        """Whether anything is to be written."""
        return bool(self.indicators or self.values or self.indicator_deletes or self.value_deletes)


def has_indicator_writes(batch: Batch) -> bool:
    """Whether the batch touches indicators at all."""
    return bool(
        batch.indicators
        or batch.observations
        or batch.indicator_deletes
        or batch.observation_deletes
    )


def measured_label(indicator: Indicator) -> Label:
    """The label of what the indicator measures: the programme, or a rocket (the launch pad
    is a rocket)."""
    return Label.PROGRAMME if indicator.measures == PROGRAMME_KEY else Label.ROCKET


def definition(indicator: Indicator) -> dict[str, Any]:
    """The stored properties of an indicator (no key, no relationships)."""
    props = {name: getattr(indicator, name) for name in DEFINITION}
    props["direction"] = indicator.direction.value
    return props


def indicator_from(key: str, props: dict[str, Any], measures: str, owner: str | None) -> Indicator:
    """An indicator from its stored properties and the keys at the ends of its relationships."""
    values = {name: props.get(name, "") for name in DEFINITION}
    values["direction"] = Direction(props["direction"])
    return Indicator(key=key, measures=measures, owner=owner, **values)


def value_props(observation: Observation) -> dict[str, Any]:
    """The stored properties of a yearly value."""
    return {name: getattr(observation, name) for name in VALUE_FIELDS}


def observation_from(indicator: str, year: int, props: dict[str, Any]) -> Observation:
    """A yearly value from its stored properties."""
    return Observation(
        indicator,
        int(year),
        float(props["value"]),
        bool(props.get("provisional", False)),
        str(props.get("note") or ""),
        str(props.get("source") or ""),
    )


def plan_indicators(batch: Batch, table: IndicatorTable, report: WriteReport) -> IndicatorWrites:
    """The indicator rows of a prepared batch that need writing; counts go to ``report``.

    Raises NotFoundError for an owner that is not an actor now, and for a value of an
    indicator that neither the batch nor the store defines (nothing is written then).
    """
    writes = IndicatorWrites()
    keys = sorted(
        {i.key for i in batch.indicators}
        | {o.indicator for o in batch.observations}
        | set(batch.indicator_deletes)
    )
    stored = table.indicators(keys)
    _check_owners(batch.indicators, table)
    for indicator in batch.indicators:
        old = stored.get(indicator.key)
        if old is None:
            report.indicators_created += 1
        elif old != indicator:
            report.indicators_updated += 1
        else:
            report.indicators_unchanged += 1
            continue
        writes.indicators.append(indicator)
    deleted = {k for k in batch.indicator_deletes if k in stored}
    writes.indicator_deletes = sorted(deleted)
    report.indicators_deleted += len(deleted)
    defined = ({i.key for i in batch.indicators} | set(stored)) - deleted
    for observation in batch.observations:
        if observation.indicator not in defined:
            raise NotFoundError(
                said(
                    "errors.store.value_indicator_missing",
                    year=f"{observation.year}",
                    indicator=quoted(observation.indicator),
                ),
                key=observation.indicator,
            )
    pairs = sorted(
        {(o.indicator, o.year) for o in batch.observations} | set(batch.observation_deletes)
    )
    stored_values = table.values(pairs)
    for observation in batch.observations:
        old_value = stored_values.get((observation.indicator, observation.year))
        if old_value is None:
            report.values_created += 1
        elif old_value != observation:
            report.values_updated += 1
        else:
            report.values_unchanged += 1
            continue
        writes.values.append(observation)
    gone = sorted(p for p in set(batch.observation_deletes) if p in stored_values)
    writes.value_deletes = gone
    report.values_deleted += len(gone)
    return writes


def _check_owners(indicators: Iterable[Indicator], table: IndicatorTable) -> None:
    owners = sorted({i.owner for i in indicators if i.owner})
    present = table.actors(owners) if owners else set()
    for indicator in indicators:
        if indicator.owner and indicator.owner not in present:
            raise NotFoundError(
                said(
                    "errors.store.indicator_owner_missing",
                    indicator=quoted(indicator.key),
                    owner=quoted(indicator.owner),
                ),
                label=Label.ACTOR,
                key=indicator.owner,
            )

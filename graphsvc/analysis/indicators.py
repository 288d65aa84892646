"""Progress of vitality indicators: how far each one is from baseline to target in a year.

Pure functions on :mod:`graphsvc.indicator_model` records (no store, no graph). For one
indicator and a year they take the latest value at or before that year and say:

- **progress** – the share of the way from baseline to target,
  ``(value - baseline) / (target - baseline)``: 0 at the baseline, 1 at the target, negative
  when the value went the wrong way, above 1 past the target (for either direction);
- **expected** – the value on the straight line from (baseline year, baseline value) to
  (target year, target value) in the latest value's year, clamped: the baseline before the
  baseline year, the target after the target year;
- **on track** – the value is at or beyond that expected value in the good direction;
- **trend** – where the last three values head (:func:`trend_of`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

from graphsvc.errors import ValidationError
from graphsvc.indicator_model import Direction, Indicator, IndicatorProgress, Observation, Trend
from graphsvc.messages import said

#: How many of the last values the trend looks at.
TREND_VALUES = 3
#: A slope smaller than this share of |target - baseline| per year is ``steady``.
STEADY_SHARE = 0.01
#: Relative tolerance of the on-track comparison (a value on the line is on track).
TOLERANCE = 1e-9


def _check(indicator: Indicator) -> None:
    if indicator.target_year <= indicator.baseline_year:
        raise ValidationError(
            said(
                "errors.analysis.target_year",
                key=indicator.key,
                target=str(indicator.target_year),
                baseline=str(indicator.baseline_year),
            ),
            value=indicator.target_year,
        )
    if indicator.target_value == indicator.baseline_value:
        raise ValidationError(
            said(
                "errors.analysis.target_is_baseline",
                key=indicator.key,
                target=str(indicator.target_value),
            ),
            value=indicator.target_value,
        )


def _history(key: str, observations: Iterable[Observation], year: int | None) -> list[Observation]:
    """The observations of ``key`` (at or before ``year``), one per year, oldest first; of
    two for the same year the later in ``observations`` wins (a revision)."""
    by_year = {o.year: o for o in observations if o.indicator == key}
    return [by_year[y] for y in sorted(by_year) if year is None or y <= year]


def _expected(indicator: Indicator, year: int) -> float:
    if year <= indicator.baseline_year:
        return indicator.baseline_value
    if year >= indicator.target_year:
        return indicator.target_value
    return indicator.expected(year)


def _sign(indicator: Indicator) -> int:
    return 1 if indicator.direction == Direction.INCREASE else -1


def _slope(points: Sequence[tuple[float, float]]) -> float:
    """The least-squares slope of ``points`` (at least two distinct x)."""
    mean_x = sum(x for x, _ in points) / len(points)
    mean_y = sum(y for _, y in points) / len(points)
    num = sum((x - mean_x) * (y - mean_y) for x, y in points)
    den = sum((x - mean_x) ** 2 for x, _ in points)
    return num / den


def trend_of(indicator: Indicator, values: Sequence[Observation]) -> Trend | None:
    """Where the last values of ``indicator`` head, judged by its good direction.

    The rule: take the last three values by year (one per year; observations of other
    indicators are ignored) and fit a least-squares slope over (year, value). A slope whose
    size is less than 1 % of ``|target - baseline|`` per year is ``steady``; otherwise it is
    ``improving`` when it points the good way (up for ``increase``, down for ``decrease``)
    and ``worsening`` when it does not.

    Parameters
    ----------
    indicator : Indicator
        The indicator (its target must differ from its baseline).
    values : sequence of Observation
        Its observations, in any order; pass those at or before the year of interest.

    Returns
    -------
    Trend or None
        None when there are fewer than two values.

    Raises
    ------
    ValidationError
        When the indicator's target equals its baseline, or its target year is not after
        its baseline year.

    Examples
    --------
    >>> from graphsvc.indicator_model import Direction, Indicator, Observation
    >>> jobless = Indicator("jobless", "Työttömyysaste", "Unemployment", "%",
    ...     Direction.DECREASE, 2021, 12.0, 2025, 10.0, "elinvoiman-kasvu")
    >>> seen = [Observation("jobless", y, v) for y, v in [(2022, 11.0), (2023, 10.8), (2024, 11.5)]]
    >>> trend_of(jobless, seen).value
    'worsening'
    >>> trend_of(jobless, seen[:1]) is None
    True
    """
    _check(indicator)
    recent = _history(indicator.key, values, None)[-TREND_VALUES:]
    if len(recent) < 2:
        return None
    slope = _slope([(o.year, o.value) for o in recent])
    scale = abs(indicator.target_value - indicator.baseline_value)
    if abs(slope) < STEADY_SHARE * scale:
        return Trend.STEADY
    return Trend.IMPROVING if slope * _sign(indicator) > 0 else Trend.WORSENING


def indicator_progress(
    indicator: Indicator, observations: Sequence[Observation], year: int
) -> IndicatorProgress:
    """The progress of ``indicator`` in ``year``, from its latest value at or before then.

    ``progress`` is ``(value - baseline) / (target - baseline)``, the share of the way to
    the target for either direction. ``expected`` is the straight line from baseline to
    target in the latest value's year (the baseline before the baseline year, the target
    after the target year). ``on_track`` is ``value >= expected`` for an ``increase``
    indicator and ``value <= expected`` for a ``decrease`` one, with a tolerance of 1e-9
    times the larger of ``|expected|`` and ``|target - baseline|``, so that a value on the
    line counts as on track despite rounding. ``trend`` is :func:`trend_of` the last three
    values, which ``recent`` holds oldest first; ``latest`` is the last of them.

    Parameters
    ----------
    indicator : Indicator
        The indicator (its target must differ from its baseline, its target year must come
        after its baseline year).
    observations : sequence of Observation
        Values of this and possibly other indicators (those are ignored), in any order; of
        two values for the same year the later in the sequence counts.
    year : int
        The year of the progress; later values are ignored.

    Returns
    -------
    IndicatorProgress
        Only ``indicator`` and ``year`` set when there is no value at or before ``year``.

    Raises
    ------
    ValidationError
        When the indicator's target equals its baseline, or its target year is not after
        its baseline year.

    Examples
    --------
    >>> from graphsvc.indicator_model import Direction, Indicator, Observation
    >>> travel = Indicator("travel", "Matka-aika", "Travel time", "min",
    ...     Direction.DECREASE, 2021, 10.0, 2025, 8.0, "accessibility")
    >>> p = indicator_progress(travel, [Observation("travel", 2023, 9.0)], 2024)
    >>> p.progress, p.expected, p.on_track, p.latest.year
    (0.5, 9.0, True, 2023)
    >>> indicator_progress(travel, [Observation("travel", 2023, 9.0)], 2022).latest is None
    True
    """
    _check(indicator)
    recent = tuple(_history(indicator.key, observations, year)[-TREND_VALUES:])
    if not recent:
        return IndicatorProgress(indicator, year)
    latest = recent[-1]
    baseline, target = indicator.baseline_value, indicator.target_value
    expected = _expected(indicator, latest.year)
    tolerance = TOLERANCE * max(abs(expected), abs(target - baseline))
    on_track = (latest.value - expected) * _sign(indicator) >= -tolerance
    return IndicatorProgress(
        indicator,
        year,
        latest=latest,
        progress=(latest.value - baseline) / (target - baseline),
        expected=expected,
        on_track=on_track,
        trend=trend_of(indicator, recent),
        recent=recent,
    )


def progress_table(
    indicators: Sequence[Indicator], observations: Sequence[Observation], year: int
) -> list[IndicatorProgress]:
    """The progress of every indicator in ``year``, in the order of ``indicators``.

    Parameters
    ----------
    indicators : sequence of Indicator
        The indicators.
    observations : sequence of Observation
        The values of all of them, mixed, in any order.
    year : int
        The year of the progress (see :func:`indicator_progress`).

    Returns
    -------
    list of IndicatorProgress
        One per indicator.

    Raises
    ------
    ValidationError
        As :func:`indicator_progress`.

    Examples
    --------
    >>> from graphsvc.indicator_model import Direction, Indicator, Observation
    >>> jobs = Indicator("jobs", "Työpaikat", "Jobs", "", Direction.INCREASE,
    ...     2021, 100.0, 2025, 140.0, "elinvoiman-kasvu")
    >>> firms = Indicator("firms", "Yritykset", "Firms", "", Direction.INCREASE,
    ...     2021, 50.0, 2025, 60.0, "elinvoiman-kasvu")
    >>> seen = [Observation("firms", 2024, 52.0), Observation("jobs", 2024, 135.0)]
    >>> [(p.indicator.key, p.on_track) for p in progress_table([jobs, firms], seen, 2024)]
    [('jobs', True), ('firms', False)]
    """
    by_indicator: dict[str, list[Observation]] = defaultdict(list)
    for observation in observations:
        by_indicator[observation.indicator].append(observation)
    return [indicator_progress(i, by_indicator.get(i.key, []), year) for i in indicators]

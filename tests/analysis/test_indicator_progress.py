"""Progress of vitality indicators: hand-computed cases for both directions, and properties."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from graphsvc.analysis.indicators import indicator_progress, progress_table, trend_of
from graphsvc.errors import ValidationError
from graphsvc.indicator_model import (
    Direction,
    Indicator,
    IndicatorProgress,
    Observation,
    Trend,
    parse_number,
)

UP, DOWN = Direction.INCREASE, Direction.DECREASE


def make(
    key: str = "jobs",
    direction: Direction = UP,
    baseline: tuple[int, float] = (2021, 100.0),
    target: tuple[int, float] = (2025, 140.0),
) -> Indicator:
    return Indicator(key, key, key, "", direction, *baseline, *target, "elinvoiman-kasvu")


def seen(key: str, *pairs: tuple[int, float]) -> list[Observation]:
    return [Observation(key, year, value) for year, value in pairs]


JOBS = make()  # 100 in 2021 -> 140 in 2025: the line rises 10 a year
TRAVEL = make("travel", DOWN, (2021, 10.0), (2025, 8.0))  # falls 0.5 a year
JOBS_SEEN = seen("jobs", (2022, 105.0), (2023, 121.0), (2024, 126.0))


def test_increase_lagging_in_2024() -> None:
    p = indicator_progress(JOBS, JOBS_SEEN, 2024)
    assert p.latest == Observation("jobs", 2024, 126.0)
    assert p.progress == pytest.approx(0.65)  # 26 of the 40
    assert p.expected == pytest.approx(130.0)
    assert p.on_track is False
    assert p.trend is Trend.IMPROVING  # slope 10.5 a year, far above 0.4
    assert [o.year for o in p.recent] == [2022, 2023, 2024]


def test_increase_on_track_in_2023_ignores_later_values() -> None:
    p = indicator_progress(JOBS, JOBS_SEEN, 2023)
    assert p.latest is not None and p.latest.value == 121.0
    assert (p.progress, p.expected, p.on_track) == (pytest.approx(0.525), 120.0, True)
    assert [o.year for o in p.recent] == [2022, 2023]


def test_decrease_half_way_is_progress_one_half() -> None:
    p = indicator_progress(TRAVEL, seen("travel", (2023, 9.0)), 2023)
    assert (p.progress, p.expected, p.on_track) == (0.5, 9.0, True)


def test_decrease_lagging_and_going_the_wrong_way() -> None:
    p = indicator_progress(TRAVEL, seen("travel", (2022, 9.4), (2023, 9.2), (2024, 9.6)), 2024)
    assert p.progress == pytest.approx(0.2)
    assert p.expected == pytest.approx(8.5)
    assert p.on_track is False
    assert p.trend is Trend.WORSENING  # slope +0.1 a year, up is bad, and above 0.02
    worse = indicator_progress(TRAVEL, seen("travel", (2024, 10.5)), 2024)
    assert worse.progress == pytest.approx(-0.25) and worse.on_track is False


def test_a_value_exactly_on_the_line_is_on_track_despite_float_error() -> None:
    share = make("share", UP, (2020, 0.1), (2022, 0.5))
    assert share.expected(2021) > 0.3  # 0.30000000000000004
    assert indicator_progress(share, seen("share", (2021, 0.3)), 2021).on_track is True
    assert indicator_progress(share, seen("share", (2021, 0.2999)), 2021).on_track is False
    falling = make("falling", DOWN, (2020, 0.5), (2022, 0.1))
    assert indicator_progress(falling, seen("falling", (2021, 0.3)), 2021).on_track is True
    assert indicator_progress(falling, seen("falling", (2021, 0.3001)), 2021).on_track is False


def test_before_the_baseline_year_the_expected_value_is_the_baseline() -> None:
    p = indicator_progress(JOBS, seen("jobs", (2019, 98.0)), 2020)
    assert (p.expected, p.on_track, p.progress) == (100.0, False, pytest.approx(-0.05))
    p = indicator_progress(TRAVEL, seen("travel", (2019, 9.9)), 2019)
    assert (p.expected, p.on_track) == (10.0, True)


def test_after_the_target_year_the_expected_value_is_the_target() -> None:
    # the line continued would expect 160 in 2027; clamped, 150 is past the target
    p = indicator_progress(JOBS, seen("jobs", (2027, 150.0)), 2030)
    assert (p.expected, p.on_track, p.progress) == (140.0, True, pytest.approx(1.25))
    p = indicator_progress(TRAVEL, seen("travel", (2028, 7.9)), 2028)
    assert (p.expected, p.on_track) == (8.0, True)


def test_only_later_values_give_an_empty_progress() -> None:
    p = indicator_progress(JOBS, JOBS_SEEN, 2021)
    assert p == IndicatorProgress(JOBS, 2021)
    assert (p.latest, p.progress, p.expected, p.on_track, p.trend, p.recent) == (
        None,
        None,
        None,
        None,
        None,
        (),
    )


def test_one_value_has_no_trend() -> None:
    p = indicator_progress(JOBS, seen("jobs", (2023, 121.0)), 2024)
    assert p.trend is None and p.on_track is True and len(p.recent) == 1


def test_values_of_other_indicators_are_ignored_and_the_table_keeps_order() -> None:
    mixed = [*seen("travel", (2024, 8.4)), *JOBS_SEEN, *seen("other", (2024, 0.0))]
    p = indicator_progress(JOBS, mixed, 2024)
    assert p.latest == Observation("jobs", 2024, 126.0) and len(p.recent) == 3
    table = progress_table([TRAVEL, JOBS, make("none")], mixed, 2024)
    assert [t.indicator.key for t in table] == ["travel", "jobs", "none"]
    assert [t.on_track for t in table] == [True, False, None]
    assert table[1] == p


def test_the_last_value_given_for_a_year_counts() -> None:
    revised = [*JOBS_SEEN, Observation("jobs", 2024, 131.0, note="revised")]
    p = indicator_progress(JOBS, revised, 2024)
    assert p.latest is not None and p.latest.note == "revised" and p.on_track is True
    assert [o.year for o in p.recent] == [2022, 2023, 2024]


def test_trend_uses_the_last_three_values_only() -> None:
    history = seen("jobs", (2018, 500.0), (2022, 110.0), (2023, 110.2), (2024, 110.4))
    assert trend_of(JOBS, history) is Trend.STEADY  # 0.2 a year < 1 % of 40
    assert trend_of(JOBS, history[:2]) is Trend.WORSENING
    assert trend_of(JOBS, seen("jobs", (2022, 110.0), (2024, 111.0))) is Trend.IMPROVING
    assert trend_of(JOBS, seen("jobs", (2022, 110.0), (2024, 110.6))) is Trend.STEADY
    assert trend_of(TRAVEL, seen("travel", (2023, 9.0), (2024, 8.5))) is Trend.IMPROVING
    assert trend_of(JOBS, seen("travel", (2023, 9.0), (2024, 8.5))) is None
    assert trend_of(JOBS, []) is None


@pytest.mark.parametrize(
    ("baseline", "target"), [((2021, 5.0), (2025, 5.0)), ((2025, 5.0), (2025, 6.0))]
)
def test_an_indicator_without_a_way_to_go_is_refused(
    baseline: tuple[int, float], target: tuple[int, float]
) -> None:
    broken = make("broken", UP, baseline, target)
    with pytest.raises(ValidationError, match="broken"):
        indicator_progress(broken, seen("broken", (2024, 5.5)), 2024)
    with pytest.raises(ValidationError, match="broken"):
        trend_of(broken, seen("broken", (2023, 5.5), (2024, 5.5)))


# --- properties ---------------------------------------------------------------------------

numbers = st.floats(-1e6, 1e6, allow_nan=False, allow_infinity=False)


@st.composite
def indicators(draw: st.DrawFn) -> Indicator:
    baseline_year = draw(st.integers(1990, 2030))
    span = draw(st.integers(1, 15))
    baseline = draw(numbers)
    target = draw(numbers.filter(lambda t: abs(t - baseline) > 1e-3 * max(1.0, abs(baseline))))
    direction = draw(st.sampled_from(Direction))
    return make("x", direction, (baseline_year, baseline), (baseline_year + span, target))


def _line(indicator: Indicator, year: int) -> float:
    """The expected value, computed here apart from the module (clamped at both ends)."""
    year = min(max(year, indicator.baseline_year), indicator.target_year)
    share = (year - indicator.baseline_year) / (indicator.target_year - indicator.baseline_year)
    return indicator.baseline_value + share * (indicator.target_value - indicator.baseline_value)


def _flipped(indicator: Indicator) -> Indicator:
    return replace(indicator, direction=DOWN if indicator.direction == UP else UP)


@given(indicators(), st.integers(1980, 2050))
def test_progress_is_zero_at_the_baseline_and_one_at_the_target(ind: Indicator, year: int) -> None:
    at_baseline = indicator_progress(ind, seen("x", (year, ind.baseline_value)), year)
    at_target = indicator_progress(ind, seen("x", (year, ind.target_value)), year)
    assert at_baseline.progress == 0.0
    assert at_target.progress == 1.0
    if (ind.target_value > ind.baseline_value) == (ind.direction == UP):
        assert at_target.on_track is True  # the target is never behind the line


@given(indicators(), st.integers(1980, 2050), st.floats(1e-6, 10.0), st.booleans())
def test_on_track_flips_exactly_when_crossing_the_line(
    ind: Indicator, year: int, distance: float, above: bool
) -> None:
    line = _line(ind, year)
    scale = abs(ind.target_value - ind.baseline_value)
    off = line + (1 if above else -1) * distance * scale
    good_side = above == (ind.direction == UP)
    assert indicator_progress(ind, seen("x", (year, line)), year).on_track is True
    assert indicator_progress(ind, seen("x", (year, off)), year).on_track is good_side


@given(indicators(), st.integers(1980, 2050), st.floats(1e-6, 10.0), st.booleans())
def test_swapping_the_direction_mirrors_on_track_off_the_line(
    ind: Indicator, year: int, distance: float, above: bool
) -> None:
    scale = abs(ind.target_value - ind.baseline_value)
    value = _line(ind, year) + (1 if above else -1) * distance * scale
    one = indicator_progress(ind, seen("x", (year, value)), year)
    other = indicator_progress(_flipped(ind), seen("x", (year, value)), year)
    assert one.on_track is not other.on_track
    assert one.progress == other.progress and one.expected == other.expected


@given(indicators(), st.lists(st.tuples(st.integers(1980, 2050), numbers), max_size=6))
def test_swapping_the_direction_swaps_improving_and_worsening(
    ind: Indicator, pairs: list[tuple[int, float]]
) -> None:
    mirror = {Trend.IMPROVING: Trend.WORSENING, Trend.WORSENING: Trend.IMPROVING}
    trend = trend_of(ind, seen("x", *pairs))
    flipped = trend_of(_flipped(ind), seen("x", *pairs))
    assert flipped == (mirror.get(trend, trend) if trend else None)
    assert (trend is None) == (len({year for year, _ in pairs}) < 2)


@given(indicators(), st.lists(st.tuples(st.integers(1980, 2050), numbers), max_size=8))
def test_later_values_never_change_the_answer(
    ind: Indicator, pairs: list[tuple[int, float]]
) -> None:
    year = 2015
    everything = indicator_progress(ind, seen("x", *pairs), year)
    earlier = indicator_progress(ind, seen("x", *[(y, v) for y, v in pairs if y <= year]), year)
    assert everything == earlier
    assert all(o.year <= year for o in everything.recent) and len(everything.recent) <= 3


@pytest.mark.parametrize("value", ["1e16", -2e15])
def test_a_value_beyond_the_largest_is_refused(value: object) -> None:
    with pytest.raises(ValidationError, match="beyond"):
        parse_number(value, "value")

"""Indicators on both stores: definitions, owners, yearly values, all or nothing."""

from __future__ import annotations

from dataclasses import replace

import pytest

from graphsvc.errors import NotFoundError, ValidationError
from graphsvc.indicator_model import Direction, Indicator, Observation
from graphsvc.model import PROGRAMME_KEY, Label, Node
from graphsvc.records import Batch

CITY = Node(Label.ACTOR, "city-unit", {"name": "Kouvolan kaupunki", "kind": "city"})
SCHOOL = Node(Label.ACTOR, "xamk", {"name": "Xamk", "kind": "education"})


def indicator(key: str = "population", **changes) -> Indicator:
    base = Indicator(
        key=key,
        name_fi="Väkiluku",
        name_en="Population",
        unit="henkilöä",
        direction=Direction.INCREASE,
        baseline_year=2021,
        baseline_value=80_000.0,
        target_year=2025,
        target_value=81_000.0,
        measures=PROGRAMME_KEY,
        source="Tilastokeskus",
        machine_source="statfin:StatFin/vaerak/statfin_vaerak_pxt_11ra.px?Alue=KU286",
        owner="city-unit",
    )
    return replace(base, **changes)


def value(year: int, number: float, key: str = "population", **changes) -> Observation:
    return replace(Observation(key, year, number), **changes)


@pytest.fixture
def owners(store):
    store.upsert_nodes([CITY, SCHOOL])
    return store


def test_an_indicator_and_its_values_read_back(owners):
    store = owners
    report = store.apply(
        Batch(
            indicators=[indicator(), indicator("logistics-jobs", measures="logistics", owner=None)],
            observations=[value(2022, 79_800), value(2023, 79_500.5, provisional=True, note="x")],
        )
    )
    assert (report.indicators_created, report.values_created) == (2, 2)
    assert store.get_indicator("population") == indicator()
    assert [i.key for i in store.find_indicators()] == ["logistics-jobs", "population"]
    assert store.get_indicator("logistics-jobs").measures == "logistics"
    assert store.find_observations("population") == [
        value(2022, 79_800),
        value(2023, 79_500.5, provisional=True, note="x"),
    ]
    assert store.find_observations("logistics-jobs") == []
    assert len(store.find_observations()) == 2


def test_writing_again_is_unchanged_and_a_change_is_an_update(owners):
    store = owners
    batch = Batch(indicators=[indicator()], observations=[value(2022, 79_800)])
    store.apply(batch)
    version = store.version()
    again = store.apply(batch)
    assert (again.indicators_unchanged, again.values_unchanged) == (1, 1)
    assert not again.changed and store.version() == version
    changed = store.apply(
        Batch(
            indicators=[indicator(target_value=82_000.0, owner="xamk")],
            observations=[value(2022, 79_900)],
        )
    )
    assert (changed.indicators_updated, changed.values_updated) == (1, 1)
    assert store.get_indicator("population").owner == "xamk"
    assert store.get_indicator("population").target_value == 82_000.0
    assert store.find_observations("population")[0].value == 79_900
    assert store.version() > version


def test_an_owner_must_be_an_actor_and_nothing_is_half_written(owners):
    store = owners
    with pytest.raises(NotFoundError, match="nobody"):
        store.apply(
            Batch(
                nodes=[Node(Label.ACTOR, "new", {"name": "New", "kind": "company"})],
                indicators=[indicator(owner="nobody")],
            )
        )
    assert store.find_indicators() == []
    with pytest.raises(NotFoundError):
        store.get_node(Label.ACTOR, "new")


def test_a_value_needs_its_indicator(owners):
    with pytest.raises(NotFoundError, match="population"):
        owners.apply(Batch(observations=[value(2022, 1.0)]))
    assert owners.find_observations() == []


def test_the_owner_goes_when_the_actor_leaves_and_when_it_is_erased(owners):
    store = owners
    store.apply(Batch(indicators=[indicator(), indicator("b", owner="xamk")]))
    store.delete_node(Label.ACTOR, "city-unit")
    assert store.get_indicator("population").owner is None
    store.erase_node(Label.ACTOR, "xamk")
    assert store.get_indicator("b").owner is None
    assert [i.key for i in store.find_indicators()] == ["b", "population"]


def test_deletes_remove_an_indicator_with_its_values(owners):
    store = owners
    store.apply(
        Batch(
            indicators=[indicator(), indicator("b")],
            observations=[value(2022, 1.0), value(2023, 2.0), value(2022, 5.0, key="b")],
        )
    )
    report = store.apply(Batch(observation_deletes=[("population", 2022), ("population", 1999)]))
    assert report.values_deleted == 1
    assert [o.year for o in store.find_observations("population")] == [2023]
    report = store.apply(Batch(indicator_deletes=["population", "missing"]))
    assert report.indicators_deleted == 1
    with pytest.raises(NotFoundError):
        store.get_indicator("population")
    assert [o.indicator for o in store.find_observations()] == ["b"]


def test_clear_removes_indicators(owners):
    owners.apply(Batch(indicators=[indicator()], observations=[value(2022, 1.0)]))
    owners.clear()
    assert owners.find_indicators() == [] and owners.find_observations() == []


@pytest.mark.parametrize(
    ("changes", "word"),
    [
        ({"measures": "moon"}, "moon"),
        ({"target_year": 2020}, "target_year"),
        ({"target_value": 80_000.0}, "target_value"),
        ({"direction": "up"}, "direction"),
        ({"baseline_value": "lots"}, "baseline_value"),
        ({"machine_source": "http://example.org"}, "machine source"),
    ],
)
def test_bad_indicators_are_refused_before_any_write(owners, changes, word):
    with pytest.raises(ValidationError, match=word):
        owners.apply(Batch(indicators=[indicator(**changes)]))
    assert owners.find_indicators() == []


def test_a_finnish_number_is_a_number(owners):
    owners.apply(Batch(indicators=[indicator()], observations=[value(2022, "79 800,5")]))
    assert owners.find_observations()[0].value == 79_800.5

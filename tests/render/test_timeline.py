"""Timeline and as-of maps on a real SQLite store with three years of history (2022–2024)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from graphsvc.cli import main
from graphsvc.errors import NotFoundError, ValidationError
from graphsvc.records import Snapshot
from graphsvc.render import build_timeline_data, render_page
from graphsvc.render.mapdata import MapData
from graphsvc.services.maps import build_map, build_static_map, map_data, write_map
from graphsvc.stores.base import GraphStore
from graphsvc.stores.sqlite_store import SQLiteStore

from .history import EDGE_YEARS, NODE_YEARS, YEARS
from .hostile import IMG, SCRIPT
from .test_page import embedded_data


def node_years(data: MapData) -> dict[str, int | None]:
    return {n.key: n.years for n in data.nodes if n.group not in ("rocket", "launchpad")}


def edge_years(data: MapData) -> dict[tuple[str, str], int | None]:
    keys = [n.key for n in data.nodes]
    return {(keys[e.start], keys[e.end]): e.years for e in data.edges}


def phases(data: MapData, year: int) -> dict[str, set[str]]:
    """What the page shows in ``year``, from the masks: as the page script reads them."""
    i = data.years.index(year)

    def on(mask: int | None, at: int) -> bool:
        return at >= 0 and (mask is None or bool(mask >> at & 1))

    found: dict[str, set[str]] = {"shown": set(), "began": set(), "ended": set()}
    for n in data.nodes:
        now, before = on(n.years, i), i > 0 and on(n.years, i - 1)
        if now or before:
            found["shown"].add(n.key)
        if now and i > 0 and not before:
            found["began"].add(n.key)
        if before and not now:
            found["ended"].add(n.key)
    return found


def test_timeline_marks_the_years_each_node_and_link_is_on_the_map(
    history_store: GraphStore,
) -> None:
    data = map_data(history_store, from_year="2022", to_year="2024")
    assert data.years == YEARS
    assert data.title == "Verkostokartta 2022–2024"
    assert node_years(data) == NODE_YEARS
    assert edge_years(data) == EDGE_YEARS
    # Each year: what began is on the map and was not the year before; what ended was.
    assert phases(data, 2022)["began"] == set() and "delta" not in phases(data, 2022)["shown"]
    assert phases(data, 2023)["began"] == {"delta"}
    assert phases(data, 2023)["ended"] == {"gamma"}
    assert phases(data, 2024)["began"] == {"z"}
    assert "gamma" not in phases(data, 2024)["shown"]
    # Latest properties: x is drawn as it stands in its last year (ongoing from 2023).
    x = next(n for n in data.nodes if n.key == "x")
    assert "Tila: käynnissä" in x.tooltip


def test_days_stand_for_their_year_and_to_defaults_to_this_year(
    history_store: GraphStore,
) -> None:
    data = map_data(history_store, from_year="2023-02-01", to_year="2024-01-31", lang="en")
    assert data.years == [2023, 2024] and data.title == "Network map 2023–2024"
    assert "gamma" not in node_years(data)  # gone before 2023
    assert node_years(data)["delta"] is None  # on the map in both years
    assert map_data(history_store, from_year=2024).years[0] == 2024


def test_rocket_and_focus_timelines_select_each_year(history_store: GraphStore) -> None:
    wellbeing = map_data(history_store, rocket="wellbeing", from_year=2022, to_year=2024)
    assert node_years(wellbeing) == {"delta": 4, "z": 4}
    # delta is on the map from 2023: its neighbourhood only then, x with it.
    focus = map_data(history_store, focus="delta", depth=1, from_year=2022, to_year=2024)
    assert node_years(focus) == {"delta": 6, "x": 6, "z": 4}
    assert focus.title.startswith("Delta Oy: lähiverkosto")
    gamma = map_data(history_store, focus="gamma", from_year=2022, to_year=2024)
    assert node_years(gamma) == {"gamma": 1, "y": 1}
    with pytest.raises(NotFoundError, match="'nobody'.*2022–2024"):
        map_data(history_store, focus="nobody", from_year=2022, to_year=2024)
    with pytest.raises(NotFoundError):
        map_data(history_store, rocket="moon", from_year=2022, to_year=2024)


def test_gaps_on_a_timeline_are_those_of_the_last_year(history_store: GraphStore) -> None:
    data = map_data(history_store, gaps=True, from_year=2022, to_year=2024, lang="en")
    marked = {n.key: set(n.highlights) for n in data.nodes if n.highlights}
    assert "solo_action" in marked["z"]  # delta runs z alone in 2024
    assert "gamma" not in marked  # gone by 2024
    assert data.title == "Network map 2022–2024 – collaboration gaps"


def test_as_of_draws_the_map_as_it_stood_then(history_store: GraphStore) -> None:
    then = map_data(history_store, as_of="2022")
    keys = {n.key for n in then.nodes}
    assert {"gamma", "alpha", "x", "y"} <= keys and not keys & {"delta", "z"}
    assert then.years == [] and then.title == "Verkostokartta – tilanne 31.12.2022"
    en = map_data(history_store, as_of="2023-06-30", rocket="centre", lang="en")
    assert {n.key for n in en.nodes} >= {"alpha", "evil", "delta", "x"}
    assert en.title == "Network map: Living city centre – as of 30 Jun 2023"


@pytest.mark.parametrize(
    ("selection", "message"),
    [
        ({"from_year": "20x2"}, r"from year '20x2' is not a date: use YYYY-MM-DD .* or YYYY"),
        ({"from_year": "2022", "to_year": "2024-13-01"}, r"to year '2024-13-01' is not a date"),
        ({"from_year": "2024", "to_year": "2022"}, r"from '2024' is after to '2022'"),
        ({"to_year": "2024"}, r"to '2024' needs a from year"),
        ({"from_year": "2022", "as_of": "2023"}, r"either an as-of date or a timeline"),
        ({"from_year": "2022", "to_year": "2999"}, r"to year 2999 is after this year"),
        ({"from_year": "1900", "to_year": "2000"}, r"at most 30 years: 1900–2000 is 101"),
        ({"as_of": "yesterday"}, r"as-of date 'yesterday' is not a date"),
        ({"from_year": "2022", "community": 1}, r"cannot show one community"),
        ({"from_year": "2022", "overview": True}, r"an overview has no year slider"),
    ],
)
def test_a_wrong_period_is_refused_with_the_value_and_the_way_out(
    history_store: GraphStore, selection: dict, message: str
) -> None:
    with pytest.raises(ValidationError, match=message):
        map_data(history_store, **selection)


def test_a_picture_cannot_show_a_timeline(history_store: GraphStore) -> None:
    with pytest.raises(ValidationError, match="picture cannot show a timeline"):
        build_static_map(history_store, "svg", from_year=2022, to_year=2024)
    assert build_static_map(history_store, "svg", as_of="2022").startswith(b"<?xml")


class CountingStore(SQLiteStore):
    """The real SQLite store, counting its snapshot reads."""

    reads = 0

    def snapshot(self, rocket: str | None = None, *, as_of: str | None = None) -> Snapshot:
        CountingStore.reads += 1
        return super().snapshot(rocket, as_of=as_of)


def test_a_timeline_reads_one_snapshot_per_year_once(history_store: GraphStore) -> None:
    store = CountingStore(history_store.url)
    try:
        CountingStore.reads = 0
        build_map(store, from_year=2022, to_year=2024)
        assert CountingStore.reads == 3
        build_map(store, from_year=2022, to_year=2024, rocket="centre", lang="en")
        build_map(store, as_of="2023")
        assert CountingStore.reads == 3  # the years' views are cached until the graph changes
    finally:
        store.close()


def test_the_page_gets_a_labelled_slider_and_play_button_only_on_a_timeline(
    history_store: GraphStore,
) -> None:
    html = build_map(history_store, from_year=2022, to_year=2024)
    assert '<label for="gs-year">Vuosi</label>' in html
    assert re.search(r'<input id="gs-year" type="range" min="0" max="2"[^>]*value="2"', html)
    assert 'aria-valuetext="2024"' in html and ">Toista vuodet</button>" in html
    assert "Alkoi tänä vuonna" in html and "Päättyi tänä vuonna" in html
    data = embedded_data(html)
    assert data["years"] == YEARS and data["words"]["pause"] == "Tauko"
    gamma = next(n for n in data["nodes"] if n["k"] == "gamma")
    assert gamma["yr"] == 1 and isinstance(gamma["y"], float)  # years beside the position
    en = build_map(history_store, from_year=2022, to_year=2024, lang="en")
    assert '<label for="gs-year">Year</label>' in en and ">Play the years</button>" in en
    plain = build_map(history_store)
    assert 'id="gs-year"' not in plain and "years" not in embedded_data(plain)
    assert all("yr" not in n for n in embedded_data(plain)["nodes"])


def test_user_text_stays_escaped_on_a_timeline_map(history_store: GraphStore) -> None:
    html = build_map(history_store, from_year=2022, to_year=2024)
    assert SCRIPT not in html and IMG not in html and "<img" not in html
    names = [line for n in embedded_data(html)["nodes"] for line in n["t"]]
    assert SCRIPT in names and IMG in names  # escaped, not dropped


def test_timeline_data_from_snapshots_needs_one_per_year() -> None:
    with pytest.raises(ValueError, match="2 snapshots for 3 years"):
        build_timeline_data([Snapshot(), Snapshot()], YEARS, title="t")
    data = build_timeline_data([Snapshot()] * 3, YEARS, title="t")
    assert data.years == YEARS and 'id="gs-year"' in render_page(data)


def test_cli_writes_a_timeline_map_and_an_as_of_map(
    history_store: GraphStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    url, runner = history_store.url, CliRunner()
    result = runner.invoke(main, ["--store", url, "map", "--from", "2022", "--to", "2024"])
    assert result.exit_code == 0, result.output
    html = (tmp_path / "visuals" / "network-2022-2024.html").read_text(encoding="utf-8")
    assert 'type="range"' in html and "gs-play" in html
    assert embedded_data(html)["years"] == YEARS
    result = runner.invoke(main, ["--store", url, "map", "--rocket", "centre", "--as-of", "2022"])
    assert result.exit_code == 0, result.output
    html = (tmp_path / "visuals" / "rocket-centre-2022-12-31.html").read_text(encoding="utf-8")
    assert 'id="gs-year"' not in html and "tilanne 31.12.2022" in html
    out = tmp_path / "t.html"
    result = runner.invoke(
        main, ["--store", url, "map", "--from", "2023", "--to", "2024", "-o", str(out)]
    )
    assert result.exit_code == 0 and embedded_data(out.read_text("utf-8"))["years"] == [2023, 2024]
    result = runner.invoke(
        main, ["--store", url, "map", "--from", "2024", "--to", "2022", "--lang", "en"]
    )
    assert result.exit_code == 1 and "error: from '2024' is after to '2022'" in result.output


def test_an_as_of_overview_links_to_maps_of_the_same_day(
    history_store: GraphStore, tmp_path: Path
) -> None:
    written = write_map(history_store, tmp_path / "o.html", overview=True, as_of="2022")
    assert tmp_path / "rocket-centre.html" in written
    centre = embedded_data((tmp_path / "rocket-centre.html").read_text(encoding="utf-8"))
    keys = {n["k"] for n in centre["nodes"]}
    assert {"alpha", "evil", "x"} <= keys and "delta" not in keys  # delta joins x in 2023
    assert centre["title"].endswith("tilanne 31.12.2022")

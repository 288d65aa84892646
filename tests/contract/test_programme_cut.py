"""Each store cuts a programme's part by its own query (SQL, Cypher): now, on a day and
over the whole history, the same part as the reference cut of the whole graph."""

from __future__ import annotations

import pytest

from graphsvc.model import Label
from graphsvc.records import History
from graphsvc.services.workbook import import_workbook
from graphsvc.stores.base import programme_subgraph, rocket_subgraph
from tests.loaders.workbooks import portfolio_sheets, write_csvs

PROGRAMMES = ("elinvoiman-kasvu", "hyvinvoinnin-kasvu", "kouvola-2030", "moon")
DAYS = (None, "2023-06-01", "2024-06-01", "2025-06-01")


@pytest.fixture
def dated_portfolio(store, tmp_path):
    """The portfolio as of the end of 2023, and of 2024 without the wellbeing action
    ``liikunta``."""
    import_workbook(store, write_csvs(tmp_path / "2023", portfolio_sheets()), as_of="2023")
    later = portfolio_sheets()
    for sheet in ("actions", "participation"):
        later[sheet] = [row for row in later[sheet] if "liikunta" not in row]
    import_workbook(store, write_csvs(tmp_path / "2024", later), as_of="2024")
    return store


def _reference_history(whole: History, programme: str) -> History:
    """Every period of what the reference cut of all periods keeps."""
    nodes, edges = programme_subgraph(
        [n for n, _, _ in whole.nodes], [e for e, _, _ in whole.edges], programme
    )
    node_ids = {(n.label, n.key) for n in nodes}
    edge_ids = {(e.type, e.start, e.end) for e in edges}
    return History(
        [p for p in whole.nodes if (p[0].label, p[0].key) in node_ids],
        [p for p in whole.edges if (p[0].type, p[0].start, p[0].end) in edge_ids],
    )


@pytest.mark.parametrize("programme", PROGRAMMES)
def test_the_store_cuts_the_part_the_reference_cuts(dated_portfolio, programme):
    for day in DAYS:
        whole = dated_portfolio.snapshot(as_of=day)
        cut = dated_portfolio.snapshot(as_of=day, programme=programme)
        assert (cut.nodes, cut.edges) == programme_subgraph(whole.nodes, whole.edges, programme)
        assert cut.version == whole.version
    history = dated_portfolio.history(programme=programme)
    assert history == _reference_history(dated_portfolio.history(), programme)


def test_a_part_is_the_programme_of_its_day(dated_portfolio):
    def actions(day):
        cut = dated_portfolio.snapshot(as_of=day, programme="hyvinvoinnin-kasvu")
        return {n.key for n in cut.nodes if n.label is Label.ACTION}

    assert actions("2024-06-01") == {"liikunta", "asukas"}
    assert actions(None) == actions("2025-06-01") == {"asukas"}
    assert actions("2023-06-01") == set()
    periods = dated_portfolio.history(programme="hyvinvoinnin-kasvu").nodes
    assert ("liikunta", "2023-12-31", "2024-12-31") in {
        (n.key, start, end) for n, start, end in periods
    }


def test_a_rocket_of_a_part_is_cut_from_the_part(dated_portfolio):
    part = dated_portfolio.snapshot(programme="elinvoiman-kasvu")
    cut = dated_portfolio.snapshot("centre", programme="elinvoiman-kasvu")
    assert (cut.nodes, cut.edges) == rocket_subgraph(part.nodes, part.edges, "centre")
    assert any(e.start == "asukas" and e.props["primary"] for e in cut.edges)

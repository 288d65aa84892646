"""The loader's records are already valid: what lets stores skip re-validating an import."""

from __future__ import annotations

from pathlib import Path

import pytest

from graphsvc.demo import demo_workbook_path
from graphsvc.loaders.workbook import plan_import
from graphsvc.model_rules import validate_edge, validate_node
from graphsvc.services.workbook import import_workbook
from graphsvc.settings import Settings

from .workbooks import sample_sheets, write_csvs, write_xlsx


def _assert_already_valid(plan) -> None:
    batch = plan.batch
    assert batch.validated
    assert batch.nodes and batch.edges
    for node in batch.nodes:
        assert validate_node(node) == node
    for edge in batch.edges:
        assert validate_edge(edge) == edge
    node_ids = [(n.label, n.key) for n in batch.nodes]
    edge_ids = [(e.type, e.start, e.end) for e in batch.edges]
    assert len(set(node_ids)) == len(node_ids)
    assert len(set(edge_ids)) == len(edge_ids)


@pytest.mark.parametrize("form", ["csv", "finnish-csv", "xlsx", "demo"])
def test_every_planned_record_is_what_validation_returns(sqlite_store, tmp_path, form):
    sheets = sample_sheets()
    path: Path
    if form == "csv":
        path = write_csvs(tmp_path / "wb", sheets)
    elif form == "finnish-csv":
        path = write_csvs(tmp_path / "wb", sheets, delimiter=";", encoding="utf-8-sig")
    elif form == "xlsx":
        path = write_xlsx(tmp_path / "wb.xlsx", sheets)
    else:
        path = demo_workbook_path()
    _assert_already_valid(plan_import(sqlite_store, path, Settings()))


def test_records_merged_with_stored_values_are_valid_too(sqlite_store, tmp_path):
    import_workbook(sqlite_store, write_csvs(tmp_path / "first", sample_sheets()))
    sheets = sample_sheets()
    sheets["actors"] = [row[:3] for row in sheets["actors"]]  # stored contacts and tags kept
    plan = plan_import(sqlite_store, write_csvs(tmp_path / "second", sheets), Settings())
    kept = {n.key: n for n in plan.batch.nodes}["kouvola"]
    assert kept.props["contact_email"] == "maija@kouvola.fi"
    _assert_already_valid(plan)

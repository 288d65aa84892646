"""Exports: CSV and XLSX round-trip on both stores, no live formulas, contacts only when asked."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import networkx as nx
import pytest

from graphsvc.model import Label, Node
from graphsvc.services.workbook import export_graph, export_to_file, import_workbook

from .workbooks import graph_of, sample_sheets, write_csvs

TRICKY = [
    "=1+1",
    "+358 40 123 4567",
    "-5 %",
    "@SUM(A1)",
    "\tTab first",
    "'=already quoted",
    "'just a quote",
    'Line\nbreak, "quotes"; `backticks` and {curly}',
    "MATCH (n) DETACH DELETE n; DROP TABLE nodes; --",
    "<script>alert(1)</script> ääkköset 🚀",
]


QUOTED = Node(Label.ACTOR, "quoted", {"name": "'=x", "kind": "citizen"})


def tricky_sheets() -> dict[str, list[list[str]]]:
    """The sample workbook plus actors whose names and contacts are hostile or awkward."""
    sheets = sample_sheets()
    for i, text in enumerate(TRICKY):
        sheets["actors"].append([f"t{i}", text, "citizen", "", text.replace("\n", " "), text, ""])
        sheets["participation"].append([f"t{i}", "ruoka", "participant"])
    return sheets


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_export_then_import_gives_the_same_graph(store, tmp_path, fmt):
    import_workbook(store, write_csvs(tmp_path / "wb", tricky_sheets()))
    store.upsert_nodes([QUOTED])  # an import would read this cell as '=x', so set it directly
    original = graph_of(store)
    out = tmp_path / f"export.{fmt}"
    export_graph(store, fmt, out, include_contacts=True)
    store.clear()
    assert graph_of(store) != original
    import_workbook(store, out)
    assert graph_of(store) == original


def test_exported_csv_and_xlsx_hold_no_live_formula(sqlite_store, tmp_path):
    from openpyxl import load_workbook

    import_workbook(sqlite_store, write_csvs(tmp_path / "wb", tricky_sheets()))
    sqlite_store.upsert_nodes([QUOTED])
    export_graph(sqlite_store, "csv", tmp_path / "out", include_contacts=True)
    export_graph(sqlite_store, "xlsx", tmp_path / "out.xlsx", include_contacts=True)
    with (tmp_path / "out" / "actors.csv").open(encoding="utf-8", newline="") as f:
        csv_cells = [c for row in csv.reader(f) for c in row]
    book = load_workbook(tmp_path / "out.xlsx")
    xlsx_cells = [c for sheet in book for row in sheet.iter_rows() for c in row]
    assert not [c.coordinate for c in xlsx_cells if c.data_type == "f"]
    xlsx_values = [c.value for c in xlsx_cells if isinstance(c.value, str)]
    for cells in (csv_cells, xlsx_values):
        assert cells, "nothing exported"
        dangerous = [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r", "\n")]
        assert dangerous == []
        assert "'=1+1" in cells and "'+358 40 123 4567" in cells and "''=x" in cells
        assert "'just a quote" in cells


def test_contacts_are_left_out_unless_asked_for(sqlite_store, tmp_path):
    import_workbook(sqlite_store, write_csvs(tmp_path / "wb", sample_sheets()))
    for fmt in ("csv", "xlsx", "json", "graphml", "gexf", "cypher"):
        for include in (False, True):
            folder = tmp_path / f"{fmt}-{include}"
            folder.mkdir()
            path = export_to_file(sqlite_store, fmt, folder, include_contacts=include)
            data = path.read_bytes()
            if fmt in ("csv", "xlsx"):  # compressed: look inside
                import zipfile

                with zipfile.ZipFile(path) as archive:
                    data = b"".join(archive.read(n) for n in archive.namelist())
            assert (b"maija@kouvola.fi" in data) is include, (fmt, include)
            assert (b"contact_email" in data) is include, (fmt, include)


def test_json_export_shape(sqlite_store, tmp_path):
    import_workbook(sqlite_store, write_csvs(tmp_path / "wb", sample_sheets()))
    export_graph(sqlite_store, "json", tmp_path / "g.json")
    doc = json.loads((tmp_path / "g.json").read_text(encoding="utf-8"))
    assert doc["format"] == "graphsvc-graph" and doc["format_version"] == 1
    assert doc["graph_version"] == sqlite_store.version()
    assert doc["contacts_included"] is False
    assert {
        "label": "Actor",
        "key": "xamk",
        "name": "Kaakkois-Suomen ammattikorkeakoulu",
        "kind": "education",
        "tags": ["rata", "tki"],
    } in doc["nodes"]
    assert {"type": "RUNS", "start": "rahti", "end": "rrt", "role": "lead"} in doc["relationships"]
    assert {"type": "FUELS", "start": "rrt", "end": "logistics", "primary": True} in doc[
        "relationships"
    ]
    assert len(doc["nodes"]) == 17 and len(doc["relationships"]) == 19


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_graphml_and_gexf_carry_kinds_rockets_and_roles(sqlite_store, tmp_path, fmt):
    import_workbook(sqlite_store, write_csvs(tmp_path / "wb", tricky_sheets()))
    path = tmp_path / f"g.{fmt}"
    export_graph(sqlite_store, fmt, path)
    graph = nx.read_graphml(path) if fmt == "graphml" else nx.read_gexf(path)
    assert graph.number_of_nodes() == 27 and graph.number_of_edges() == 29
    xamk = graph.nodes["Actor:xamk"]
    assert (xamk["label"], xamk["kind"], xamk["node_type"]) == (
        "Kaakkois-Suomen ammattikorkeakoulu",
        "education",
        "Actor",
    )
    assert (xamk["rockets"], xamk["roles"]) == ("centre;logistics", "partner")
    assert graph.nodes["Action:rrt"]["rocket"] == "logistics"
    assert graph.nodes["Action:rrt"]["start_date"] == "2024-03-01"
    assert graph.edges["Actor:rahti", "Action:rrt"]["role"] == "lead"
    assert graph.nodes["Actor:t7"]["label"] == TRICKY[7]


def test_same_workbook_in_sqlite_and_neo4j_exports_the_same_graph(tmp_path, request):
    from store_factory import open_test_store

    folder = write_csvs(tmp_path / "wb", tricky_sheets())
    exports = {}
    for kind in ("sqlite", "neo4j"):
        (tmp_path / kind).mkdir()
        store = open_test_store(kind, request, tmp_path / kind)
        try:
            import_workbook(store, folder)
            for fmt in ("csv", "json", "cypher"):
                export_graph(store, fmt, tmp_path / kind / f"out.{fmt}", include_contacts=True)
        finally:
            store.close()
        out = tmp_path / kind
        doc = json.loads((out / "out.json").read_text(encoding="utf-8"))
        doc.pop("graph_version")
        exports[kind] = (
            {p.name: p.read_bytes() for p in sorted((out / "out.csv").iterdir())},
            doc,
            (out / "out.cypher").read_text(encoding="utf-8"),
        )
    assert exports["sqlite"] == exports["neo4j"]


def test_cypher_script_recreates_the_graph_in_neo4j(sqlite_store, tmp_path, request):
    from neo4j import GraphDatabase
    from store_factory import open_test_store

    import_workbook(sqlite_store, write_csvs(tmp_path / "wb", tricky_sheets()))
    export_graph(sqlite_store, "cypher", tmp_path / "g.cypher", include_contacts=True)
    script = Path(tmp_path / "g.cypher").read_text(encoding="utf-8")
    neo4j = open_test_store("neo4j", request, tmp_path)
    try:
        with GraphDatabase.driver(request.getfixturevalue("neo4j_uri")) as driver:
            driver.execute_query("MATCH (n) DETACH DELETE n")
            for line in script.splitlines():
                if line and not line.startswith("//"):
                    driver.execute_query(line)
        assert graph_of(neo4j) == graph_of(sqlite_store)
    finally:
        neo4j.close()

"""Workbook use cases shared by the CLI and the API: import a workbook, export the graph."""

from __future__ import annotations

import time
from pathlib import Path
from typing import IO, Any

from graphsvc.dates import not_future, parse_day
from graphsvc.errors import GraphsvcError, ValidationError
from graphsvc.loaders.stages import STAGES, Progress
from graphsvc.messages import said
from graphsvc.metrics import record_import
from graphsvc.services.accounts import Author
from graphsvc.services.as_of import store_on
from graphsvc.settings import Settings, get_settings
from graphsvc.stores.base import GraphStore
from graphsvc.values import quoted

#: Export format -> (file suffix, media type). ``csv`` writes a folder of files.
EXPORT_FORMATS: dict[str, tuple[str, str]] = {
    "csv": ("", "text/csv"),
    "xlsx": (".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    "json": (".json", "application/json"),
    "graphml": (".graphml", "application/graphml+xml"),
    "gexf": (".gexf", "application/gexf+xml"),
    "cypher": (".cypher", "text/plain"),
}
#: Formats that can be written to a text stream (stdout, an HTTP response).
TEXT_FORMATS = ("json", "cypher")


def import_workbook(
    store: GraphStore,
    path: str | Path,
    dry_run: bool = False,
    progress: Progress | None = None,
    settings: Settings | None = None,
    by: Author | None = None,
    as_of: str | None = None,
) -> dict[str, Any]:
    """Import a workbook (CSV folder or .xlsx) all or nothing; return the report.

    With ``as_of`` (``YYYY-MM-DD`` or ``YYYY``; not in the future) the workbook is the
    network as it stood on that day: what is new begins then, what the store holds but
    the workbook's sheets no longer list ends then, and each item's later recorded
    changes stay as they were (``later_changes`` counts the items that have them).
    Without it the day is today and nothing ends.

    The import, or its rejection, is audited for ``by`` (``import`` or ``import.dry-run``),
    and timed on ``/metrics`` (``graphsvc_import_duration_seconds`` by outcome).

    The report holds ``source``, ``dry_run``, ``rows`` per sheet, the counts of
    nodes and relationships created / updated / unchanged / deleted, ``notes``
    and ``seconds``. With ``dry_run`` nothing is written and the counts say what
    would happen. Raises ImportRejectedError (with ``errors``, one dict per problem:
    file, row, column, value, message, allowed) or HostileFileError; then nothing
    was written.
    """
    action = "import.dry-run" if dry_run else "import"
    started = time.perf_counter()
    try:
        day = None if as_of is None else not_future(parse_day(as_of))
        report = _import(store, Path(path), dry_run, progress, settings, day)
    except GraphsvcError as e:
        record_import("rejected", time.perf_counter() - started)
        if by is not None:
            by.record(action, "workbook", f"rejected: {type(e).__name__}")
        raise
    record_import("dry_run" if dry_run else "imported", time.perf_counter() - started)
    if by is not None:
        by.record(action, "workbook")
    return report


def import_demo(
    store: GraphStore,
    dry_run: bool = False,
    progress: Progress | None = None,
    by: Author | None = None,
) -> list[dict[str, Any]]:
    """Load the illustrative Kouvola data set: each yearly round (2021-2024) as of the end of
    its year, oldest first, then the wellbeing programme's workbook as of the last; the
    reports in that order. A dry run previews the first round only (each later workbook
    builds on those before it)."""
    from graphsvc.demo import demo_rounds, demo_wellbeing_path

    rounds = demo_rounds()
    loads = rounds[:1] if dry_run else [*rounds, (rounds[-1][0], demo_wellbeing_path())]
    return [
        import_workbook(store, path, dry_run, progress, by=by, as_of=str(year))
        for year, path in loads
    ]


def _import(
    store: GraphStore,
    path: Path,
    dry_run: bool,
    progress: Progress | None,
    settings: Settings | None,
    day: str | None,
) -> dict[str, Any]:
    """Plan, then write (or preview) the workbook; the report of :func:`import_workbook`."""
    from graphsvc.loaders.workbook import plan_import, preview  # the readers: pandas

    started = time.perf_counter()
    then = store_on(store, day)
    plan = plan_import(then, path, settings or get_settings(), progress, on=day)
    if progress is not None:
        progress("writing", STAGES.index("writing"), len(STAGES))
    report = preview(then, plan.batch) if dry_run else store.apply(plan.batch)
    if progress is not None:
        progress("done", len(STAGES), len(STAGES))
    return {
        "source": plan.source,
        "dry_run": dry_run,
        "as_of": day,
        "rows": plan.rows,
        **report.as_dict(),
        "notes": plan.notes,
        "seconds": round(time.perf_counter() - started, 3),
    }


def default_export_path(fmt: str) -> Path:
    """Where ``graphsvc export FORMAT`` writes when no ``-o`` is given."""
    return Path(f"graphsvc-export{check_format(fmt)[0]}")


def check_format(fmt: str) -> tuple[str, str]:
    """The (suffix, media type) of an export format, or ValidationError listing them."""
    if fmt not in EXPORT_FORMATS:
        raise ValidationError(
            said(
                "errors.service.export_format", fmt=quoted(fmt), allowed=", ".join(EXPORT_FORMATS)
            ),
            value=fmt,
        )
    return EXPORT_FORMATS[fmt]


def record_export(by: Author, fmt: str, include_contacts: bool) -> None:
    """Audit an export of the graph in ``fmt`` (with or without contact columns)."""
    by.record("export", f"graph:{fmt}", "ok" if include_contacts else "ok (no contacts)")


def export_graph(
    store: GraphStore,
    fmt: str,
    out: Path | IO[str],
    include_contacts: bool = False,
    as_of: str | None = None,
) -> dict[str, Any]:
    """Export the whole graph (as it stood on ``as_of``, default now) in ``fmt`` to ``out``
    (a path; a text stream for json/cypher). ``gexf`` is dynamic: the whole history (up
    to ``as_of``) as spells for Gephi's timeline.

    ``csv`` writes a folder in the workbook format, ``xlsx`` one workbook; both
    neutralise formula-like cells and import back to the same graph. Personal
    contact properties are left out unless ``include_contacts``. Returns a summary
    (format, path, nodes, relationships).
    """
    from graphsvc.exporters import cypher_script, documents, spreadsheets, tables
    from graphsvc.exporters.dynamic_gexf import write_dynamic_gexf

    check_format(fmt)
    if not isinstance(out, Path) and fmt not in TEXT_FORMATS:
        raise ValidationError(said("errors.service.export_needs_path", fmt=fmt))
    day = None if as_of is None else parse_day(as_of)
    then = store_on(store, day)
    snapshot = then.snapshot()
    counts = {"nodes": len(snapshot.nodes), "relationships": len(snapshot.edges)}
    if fmt in ("csv", "xlsx"):
        assert isinstance(out, Path)
        sheets = tables.workbook_tables(
            snapshot,
            include_contacts=include_contacts,
            indicators=then.find_indicators(),
            observations=then.find_observations(),
        )
        if fmt == "csv":
            spreadsheets.write_csv_folder(sheets, out)
        else:
            spreadsheets.write_xlsx(sheets, out)
    elif fmt == "graphml":
        assert isinstance(out, Path)
        documents.write_graphml(snapshot, out, include_contacts=include_contacts)
    elif fmt == "gexf":
        assert isinstance(out, Path)
        day = None if as_of is None else parse_day(as_of)
        counts = write_dynamic_gexf(
            store.history(), out, include_contacts=include_contacts, day=day
        )
        return {
            "format": fmt,
            "path": str(out),
            **counts,
            "contacts_included": include_contacts,
            "as_of": day,
        }
    else:
        write = documents.write_json if fmt == "json" else cypher_script.write_cypher
        if isinstance(out, Path):
            with out.open("w", encoding="utf-8") as f:
                write(snapshot, f, include_contacts=include_contacts)
        else:
            write(snapshot, out, include_contacts=include_contacts)
    return {
        "format": fmt,
        "path": str(out) if isinstance(out, Path) else None,
        **counts,
        "contacts_included": include_contacts,
        "as_of": day,
    }


def export_to_file(
    store: GraphStore,
    fmt: str,
    folder: Path,
    include_contacts: bool = False,
    as_of: str | None = None,
) -> Path:
    """Export into ``folder`` as one file (``csv`` becomes a .zip of the CSV folder).

    The API sends this file as the response; the caller removes ``folder``.
    """
    import zipfile

    suffix, _media = check_format(fmt)
    if fmt != "csv":
        path = folder / f"graphsvc-export{suffix}"
        export_graph(store, fmt, path, include_contacts=include_contacts, as_of=as_of)
        return path
    sheets = folder / "graphsvc-export"
    export_graph(store, fmt, sheets, include_contacts=include_contacts, as_of=as_of)
    path = folder / "graphsvc-export.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for file in sorted(sheets.iterdir()):
            archive.write(file, file.name)
    return path

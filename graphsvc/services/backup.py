"""``backup`` and ``restore``: a consistent copy of the whole store while it runs, and a
restore into an empty store that equals the original (graph, accounts, audit log).

SQLite: the backup is a SQLite database file made with the online backup API.
Neo4j: the backup is gzip-compressed JSON lines (docs/formats.md, "Backups"): a header,
one line per record, and an end line with the counts, so a cut-off file is refused.
Both are audited; sessions are not carried (everyone signs in again after a restore).
"""

from __future__ import annotations

import gzip
import json
import os
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from graphsvc import __version__
from graphsvc.accounts.base import AccountStore, AuditEntry, utc_now
from graphsvc.audit_chain import ChainReport, verify_chain
from graphsvc.errors import ConflictError, ValidationError
from graphsvc.messages import Said, said
from graphsvc.model import builtin_edges, builtin_nodes
from graphsvc.services.accounts import record
from graphsvc.services.audit_log import verify
from graphsvc.stores.base import GraphStore

#: The ``format`` and ``version`` of a Neo4j backup's header line.
FORMAT, VERSION = "graphsvc-backup", 1
_AUDIT_LABEL, _USER_LABEL, _KEY_LABEL = "_GraphsvcAudit", "_GraphsvcUser", "_GraphsvcApiKey"


def backup(
    store: GraphStore, accounts: AccountStore, target: Path, *, who: str, role: str
) -> dict[str, Any]:
    """Write a consistent copy of ``store`` to ``target``; returns what the copy holds."""
    from graphsvc.stores.sqlite_store import SQLiteStore

    if isinstance(store, SQLiteStore):
        from graphsvc.stores.sqlite_backup import copy_database

        copy_database(store.path, target)
        summary = _sqlite_file_summary(target)
    else:
        from graphsvc.stores import neo4j_backup

        records = neo4j_backup.dump(store)  # type: ignore[arg-type]
        summary = _records_summary(records)
        _write_lines(target, records, summary)
    record(accounts, who=who, role=role, action="backup", obj="store", outcome=_outcome(summary))
    return {"file": str(target), **summary}


def restore(
    store: GraphStore, accounts: AccountStore, source: Path, *, who: str, role: str
) -> dict[str, Any]:
    """Restore the backup ``source`` into ``store``, which must be empty (ConflictError
    otherwise); ValidationError for a file that is not a backup of this store kind."""
    from graphsvc.stores.sqlite_store import SQLiteStore

    if not source.is_file():
        raise ValidationError(said("errors.service.backup_not_found", path=str(source)))
    refuse_non_empty(store, accounts)
    if isinstance(store, SQLiteStore):
        from graphsvc.stores.sqlite_backup import restore_database

        restore_database(source, store.path)
        store.ensure_schema()
    else:
        from graphsvc.stores import neo4j_backup

        neo4j_backup.load(store, _read_lines(source))  # type: ignore[arg-type]
    summary = store_summary(store, accounts)
    record(
        accounts,
        who=who,
        role=role,
        action="restore",
        obj=f"backup:{source.name}"[:200],
        outcome=_outcome(summary),
    )
    return {"file": str(source), **summary}


def store_summary(store: GraphStore, accounts: AccountStore) -> dict[str, Any]:
    """What a store holds: counts of nodes, relationships, users, keys, audit rows, and
    the chain check."""
    snapshot = store.snapshot()
    return {
        "nodes": len(snapshot.nodes),
        "relationships": len(snapshot.edges),
        "users": len(accounts.find_users()),
        "keys": len(accounts.find_keys()),
        "audit_rows": accounts.count_audit(),
        **_chain(verify(accounts)),
    }


def refuse_non_empty(store: GraphStore, accounts: AccountStore) -> None:
    """ConflictError unless the store holds only the built-in programme and rockets and
    no users, keys or audit rows."""
    snapshot = store.snapshot()
    builtin = {(n.label, n.key) for n in builtin_nodes()}
    built_edges = {(e.type, e.start, e.end) for e in builtin_edges()}
    found = {
        "nodes": sum((n.label, n.key) not in builtin for n in snapshot.nodes),
        "relationships": sum((e.type, e.start, e.end) not in built_edges for e in snapshot.edges),
        "users": len(accounts.find_users()),
        "keys": len(accounts.find_keys()),
        "audit_rows": max(accounts.count_audit(), accounts.audit_appended()),
    }
    held = [
        said(f"errors.service.held.{what}.{'one' if count == 1 else 'many'}", n=str(count))
        for what, count in found.items()
        if count
    ]
    if held:
        raise ConflictError(
            said("errors.service.store_not_empty", url=store.url, held=_listed(held))
        )


def _listed(parts: list[Said]) -> Said:
    """``parts`` separated by commas, each read in the reader's language."""
    joined = parts[-1]
    for part in reversed(parts[:-1]):
        joined = said("errors.service.list", first=part, rest=joined)
    return joined


def _outcome(summary: dict[str, Any]) -> str:
    return (
        f"ok: {summary['nodes']} nodes, {summary['relationships']} relationships, "
        f"{summary['audit_rows']} audit rows"
    )


def _sqlite_file_summary(path: Path) -> dict[str, Any]:
    from graphsvc.accounts.sqlite_accounts import SQLiteAccounts
    from graphsvc.stores.sqlite_store import SQLiteStore

    copy = SQLiteStore(f"sqlite:///{path}")
    accounts = SQLiteAccounts(path)
    try:
        return store_summary(copy, accounts)
    finally:
        accounts.close()
        copy.close()


def _records_summary(records: list[dict[str, Any]]) -> dict[str, Any]:
    kinds = Counter(r["kind"] if r["kind"] != "record" else r["label"] for r in records)
    audit = sorted(
        (AuditEntry(**r["props"]) for r in records if r.get("label") == _AUDIT_LABEL),
        key=lambda e: e.seq,
    )
    head = next((r for r in records if r["kind"] == "audit_head"), {"seq": 0})
    chain = verify_chain((e.chain_row() for e in audit), int(head["seq"] or 0))
    return {
        "nodes": kinds["node"],
        "relationships": kinds["edge"],
        "users": kinds[_USER_LABEL],
        "keys": kinds[_KEY_LABEL],
        "audit_rows": kinds[_AUDIT_LABEL],
        **_chain(chain),
    }


def _chain(report: ChainReport) -> dict[str, Any]:
    """The chain check as a sentence (English) and as facts (for a reader's language)."""
    return {"chain": report.describe(), "chain_check": report.facts_public()}


def _write_lines(target: Path, records: list[dict[str, Any]], summary: dict[str, Any]) -> None:
    header = {"format": FORMAT, "version": VERSION, "graphsvc": __version__, "at": utc_now()}
    partial = target.with_name(target.name + ".part")
    with gzip.open(partial, "wt", encoding="utf-8") as f:
        for line in (header, *records, {"kind": "end", "records": len(records), **summary}):
            f.write(json.dumps(line, ensure_ascii=False, separators=(",", ":")) + "\n")
    with open(partial, "rb+") as raw:
        os.fsync(raw.fileno())
    os.replace(partial, target)


def _read_lines(source: Path) -> Iterable[dict[str, Any]]:
    """The records of a Neo4j backup; ValidationError for another file or a cut-off one."""
    lines = list(_lines(source))
    if not lines or lines[0].get("format") != FORMAT or lines[0].get("version") != VERSION:
        raise ValidationError(
            said(
                "errors.service.not_neo4j_backup",
                path=str(source),
                format=FORMAT,
                version=str(VERSION),
            )
        )
    end = lines[-1]
    records = lines[1:-1]
    if end.get("kind") != "end" or end.get("records") != len(records):
        raise ValidationError(said("errors.service.backup_incomplete", path=str(source)))
    return records


def _lines(source: Path) -> Iterator[dict[str, Any]]:
    try:
        with gzip.open(source, "rt", encoding="utf-8") as f:
            for number, line in enumerate(f, 1):
                try:
                    yield json.loads(line)
                except json.JSONDecodeError as e:
                    raise ValidationError(
                        said(
                            "errors.service.backup_line",
                            path=str(source),
                            line=str(number),
                            error=str(e),
                        )
                    ) from e
    except (gzip.BadGzipFile, EOFError, UnicodeDecodeError) as e:
        raise ValidationError(
            said("errors.service.backup_not_gzip", path=str(source), error=str(e))
        ) from e

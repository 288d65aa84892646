"""``graphsvc backup`` / ``restore`` on both stores: the restored store equals the original."""

from __future__ import annotations

import threading
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from store_factory import wipe_everything

from graphsvc.accounts import AccountStore, open_accounts
from graphsvc.cli import main
from graphsvc.indicator_model import Observation
from graphsvc.model import Label, Node
from graphsvc.records import Batch, GapMark
from graphsvc.services import accounts as account_service
from graphsvc.services import audit_log, backup
from graphsvc.stores.base import GraphStore
from graphsvc.stores.sqlite_store import SQLiteStore
from graphsvc.survey_model import Link, token_hash
from tests.api.conftest import CONTACT, make_api, snapshot_content
from tests.contract.test_indicators import indicator
from tests.contract.test_presentations import council
from tests.contract.test_survey_store import answer, wave

INDICATOR = indicator(owner=None)


def _cli(url: str, *args: str) -> tuple[int, str]:
    """The command's exit code and output, in English."""
    result = CliRunner().invoke(main, ["--store", url, *args, "--lang", "en"])
    return result.exit_code, result.output


def _state(store: GraphStore, accounts: AccountStore) -> dict[str, Any]:
    """Everything a restore must bring back: graph, users (with hashes), keys, audit rows
    (with hashes), and which pseudonyms still name which actor."""
    audit = [dict(e.__dict__) for e in accounts.audit_chain()]
    pseudonyms = sorted({p for e in audit for p in audit_log.PSEUDONYM.findall(e["object"])})
    return {
        "graph": snapshot_content(store),
        "indicators": store.find_indicators(),
        "values": store.find_observations(),
        "presentations": store.find_presentations(),
        "gap_marks": store.find_gap_marks(),
        "waves": store.find_waves(),  # type: ignore[attr-defined]
        "links": store.find_links(2026),  # type: ignore[attr-defined]
        "answers": store.find_answers(),  # type: ignore[attr-defined]
        "users": [u.__dict__ for u in accounts.find_users()],
        "keys": [k.__dict__ for k in accounts.find_keys()],
        "audit": audit,
        "pseudonyms": accounts.keys_of(pseudonyms),
    }


def _target(store: GraphStore, tmp_path: Path) -> GraphStore:
    """An empty store of the same kind to restore into (Neo4j: the same database, wiped)."""
    if isinstance(store, SQLiteStore):
        target = SQLiteStore(f"sqlite:///{tmp_path / 'restored.db'}")
        target.ensure_schema()
        return target
    wipe_everything(store)
    return store


def test_restore_equals_the_original(store: GraphStore, tmp_path: Path) -> None:
    wipe_everything(store)
    api = make_api(store)
    body = {"key": "c-1", "name": "Asukasyhdistys", "kind": "association", **CONTACT}
    assert api.call("POST", "/api/v1/actors", "editor", json=body).status_code == 201
    assert api.call("POST", "/api/v1/actors/a-2/erase", "admin").status_code == 200
    account_service.add_user(api.app.state.accounts, "maija", "editor", "a long password 1")
    owned = replace(INDICATOR, owner=store.find_nodes(Label.ACTOR)[0].key)
    values = [Observation(owned.key, 2022, 79_800.5, True, "ennakko", "Tilastokeskus")]
    store.apply(Batch(indicators=[owned, replace(INDICATOR, key="b")], observations=values))
    store.add_presentation(council())
    store.mark_gap(GapMark("solo_action-96d21cde999a", "user:maija", "2026-12-04T10:00", "asked"))
    store.add_wave(wave())  # type: ignore[attr-defined]
    store.add_link(Link(2026, "a-1", token_hash("t"), "2026-12-07T10:00:00"))  # type: ignore[attr-defined]
    store.save_answer(answer("a-1"), token_hash=token_hash("t"))  # type: ignore[attr-defined]
    spare, _ = account_service.create_key(api.app.state.accounts, "viewer", "spare")
    account_service.revoke_key(api.app.state.accounts, spare.key_id)
    before = _state(store, api.app.state.accounts)
    assert before["pseudonyms"] and len(before["audit"]) >= 2 and before["gap_marks"]

    file = tmp_path / ("copy.db" if isinstance(store, SQLiteStore) else "copy.jsonl.gz")
    code, output = _cli(store.url, "backup", str(file))
    assert code == 0 and f"{len(before['audit'])} audit rows" in output, output
    assert api.app.state.accounts.audit_chain()[-1].action == "backup"  # audited, after the copy
    api.app.state.accounts.close()

    target = _target(store, tmp_path)
    code, output = _cli(target.url, "restore", str(file))
    assert code == 0 and "chain intact" in output, output
    accounts = open_accounts(target)
    after = _state(target, accounts)
    assert after["graph"] == before["graph"]
    assert after["presentations"] == before["presentations"] == [council()]
    assert after["gap_marks"] == before["gap_marks"]
    assert after["waves"] == before["waves"] == [wave()]
    assert after["links"] == before["links"] and len(after["links"]) == 1
    assert after["answers"] == before["answers"] == [answer("a-1")]
    assert target.link_by_hash(token_hash("t")) is not None  # type: ignore[attr-defined]
    assert after["users"] == before["users"] and after["keys"] == before["keys"]
    assert after["audit"][: len(before["audit"])] == before["audit"]
    assert [e["action"] for e in after["audit"][len(before["audit"]) :]] == ["restore"]
    assert after["pseudonyms"] == before["pseudonyms"]
    assert audit_log.verify(accounts).intact
    for role, secret in api.keys.items():
        assert account_service.authenticate_key(accounts, secret).role.value == role
    assert account_service.check_password(accounts, "maija", "a long password 1").name == "maija"

    code, output = _cli(target.url, "restore", str(file), "--lang", "en")
    assert code == 1 and "is not empty" in output and "restore only into an empty store" in output
    accounts.close()
    if target is not store:
        target.close()


def test_a_backup_taken_during_writes_is_one_consistent_moment(
    store: GraphStore, tmp_path: Path
) -> None:
    wipe_everything(store)
    accounts = open_accounts(store)
    stop = threading.Event()
    written = [0]

    def writer() -> None:  # each round: two nodes in one transaction, then its audit row
        while not stop.is_set():
            i = written[0]
            pair = [
                Node(Label.ACTOR, f"w-{i}-{half}", {"name": "W", "kind": "company"})
                for half in "ab"
            ]
            store.apply(Batch(nodes=pair))
            account_service.record(
                accounts, who="cli:test", role="admin", action="actor.create", obj=f"pair:{i}"
            )
            written[0] += 1

    file = tmp_path / ("during.db" if isinstance(store, SQLiteStore) else "during.jsonl.gz")
    thread = threading.Thread(target=writer)
    thread.start()
    try:
        while written[0] < 20:
            threading.Event().wait(0.01)
        started = written[0]
        summary = backup.backup(store, accounts, file, who="cli:test", role="admin")
        finished = written[0]
        while written[0] < finished + 10:  # writes go on after the backup
            threading.Event().wait(0.01)
    finally:
        stop.set()
        thread.join()
    source_audit = [dict(e.__dict__) for e in accounts.audit_chain()]
    accounts.close()
    assert summary["chain"].endswith("chain intact")

    target = _target(store, tmp_path)
    restored_accounts = open_accounts(target)
    backup.restore(target, restored_accounts, file, who="cli:test", role="admin")
    keys = {n.key for n in target.snapshot().nodes if n.key.startswith("w-")}
    pairs = {k.rsplit("-", 1)[0] for k in keys}
    assert all({f"{p}-a", f"{p}-b"} <= keys for p in pairs)  # no half-written round
    assert started <= len(pairs) <= finished + 1
    restored = [dict(e.__dict__) for e in restored_accounts.audit_chain()][:-1]  # - restore row
    assert restored == source_audit[: len(restored)]  # a prefix of the log, nothing mixed
    assert audit_log.verify(restored_accounts).intact
    restored_accounts.close()
    if target is not store:
        target.close()


@pytest.mark.parametrize("content", [b"not a backup\n", b"SQLite format 3\x00" + b"\x00" * 100])
def test_restore_refuses_a_file_that_is_not_a_backup(
    store: GraphStore, tmp_path: Path, content: bytes
) -> None:
    wipe_everything(store)
    file = tmp_path / "wrong.bin"
    file.write_bytes(content)
    code, output = _cli(store.url, "restore", str(file), "--lang", "en")
    assert code == 1 and "backup" in output and "Traceback" not in output, output
    code, output = _cli(store.url, "restore", str(tmp_path / "missing.db"), "--lang", "en")
    assert code == 1 and "not found" in output

"""Slides appended by several editors at once all stay (SQLite, real threads)."""

from __future__ import annotations

import threading

from graphsvc.accounts import open_accounts
from graphsvc.services import presentations
from graphsvc.services.accounts import Author


def test_concurrent_appends_keep_every_slide(sqlite_store) -> None:
    accounts = open_accounts(sqlite_store)
    by = Author(accounts, "user:toimittaja", "editor")
    presentations.create_presentation(
        sqlite_store, {"key": "p", "title": "P", "map": "/maps/network"}, by
    )
    start = threading.Barrier(6)

    def append(n: int) -> None:
        start.wait()
        presentations.add_slide(sqlite_store, "p", f"dia {n}", f"zoom={n + 1}", by)

    threads = [threading.Thread(target=append, args=(n,)) for n in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    slides = sqlite_store.get_presentation("p").slides
    assert sorted(s.caption for s in slides) == [f"dia {n}" for n in range(6)]
    accounts.close()


def test_moving_and_removing_slides_by_number(sqlite_store) -> None:
    accounts = open_accounts(sqlite_store)
    by = Author(accounts, "user:toimittaja", "editor")
    slides = [{"caption": c, "view": ""} for c in "ABC"]
    data = {"key": "p", "title": "P", "map": "/maps/network", "slides": slides}
    presentations.create_presentation(sqlite_store, data, by)
    moved = presentations.move_slide(sqlite_store, "p", 3, -1, by)
    assert [s["caption"] for s in moved["slides"]] == ["A", "C", "B"]
    first = presentations.move_slide(sqlite_store, "p", 1, -1, by)  # stays at the start
    assert [s["caption"] for s in first["slides"]] == ["A", "C", "B"]
    left = presentations.remove_slide(sqlite_store, "p", 2, by)
    assert [s["caption"] for s in left["slides"]] == ["A", "B"]
    try:
        presentations.remove_slide(sqlite_store, "p", 9, by)
    except Exception as e:  # noqa: BLE001 - the message is what a person reads
        assert "has slides 1–2: there is no slide 9" in str(e)
    else:
        raise AssertionError("slide 9 of 2 was removed")
    accounts.close()

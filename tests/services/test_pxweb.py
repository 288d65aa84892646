"""The PxWeb client against a real local HTTP server serving recorded answers."""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from graphsvc.errors import ImportRejectedError, StatisticsUnavailableError, ValidationError
from graphsvc.indicator_model import Direction, Indicator
from graphsvc.loaders.statistics import parse_machine_source, read_statistics
from graphsvc.services.pxweb import PxWebClient, fetch_all

RECORDED = (
    Path(__file__).parents[1] / "loaders" / "data" / "statfin_11ra_kouvola.json"
).read_bytes()
TABLE = "StatFin/vaerak/statfin_vaerak_pxt_11ra.px"
SOURCE = parse_machine_source(f"statfin:{TABLE}?Tiedot=vaesto")
Answer = tuple[int, dict[str, str], bytes]


@dataclass
class Recorded:
    """What the server saw and how it answers (``answer(path, query)``)."""

    answer: Callable[[str, Any], Answer] = lambda path, query: (200, {}, RECORDED)
    requests: list[dict[str, Any]] = field(default_factory=list)


class FakeTime:
    """A clock that moves only when the client sleeps (or the test says so)."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


@pytest.fixture
def pxweb() -> Iterator[tuple[str, Recorded, FakeTime]]:
    """A PxWeb look-alike on 127.0.0.1: its base URL, its record and the fake time."""
    recorded, fake = Recorded(), FakeTime()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 (the http.server name)
            body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
            query = json.loads(body)
            recorded.requests.append(
                {
                    "path": self.path,
                    "query": query,
                    "content_type": self.headers.get("Content-Type"),
                    "at": fake.now,
                }
            )
            status, headers, data = recorded.answer(self.path, query)
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, args=(0.02,), daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/PxWeb/api/v1/fi", recorded, fake
    finally:
        server.shutdown()
        server.server_close()


def client(base: str, fake: FakeTime, **kwargs: Any) -> PxWebClient:
    return PxWebClient(base, clock=fake.clock, sleep=fake.sleep, **kwargs)


def test_fetch_posts_the_query_and_returns_the_json_stat_body(pxweb):
    base, recorded, fake = pxweb
    body = client(base, fake).fetch(SOURCE, area="KU286")
    assert body == RECORDED
    (request,) = recorded.requests
    assert request["path"] == f"/PxWeb/api/v1/fi/{TABLE}"
    assert request["content_type"] == "application/json"
    assert request["query"] == {
        "query": [
            {"code": "Tiedot", "selection": {"filter": "item", "values": ["vaesto"]}},
            {"code": "Alue", "selection": {"filter": "item", "values": ["KU286"]}},
        ],
        "response": {"format": "json-stat2"},
    }
    assert fake.sleeps == []


def test_an_area_the_machine_source_selects_is_kept(pxweb):
    base, recorded, fake = pxweb
    source = parse_machine_source(f"statfin:{TABLE}?Alue=SSS,KU286")
    client(base, fake).fetch(source, area="KU091")
    assert recorded.requests[0]["query"]["query"] == [
        {"code": "Alue", "selection": {"filter": "item", "values": ["SSS", "KU286"]}}
    ]


def test_429_with_retry_after_is_retried(pxweb):
    base, recorded, fake = pxweb
    answers = iter([(429, {"Retry-After": "0"}, b"Too many requests"), (200, {}, RECORDED)])
    recorded.answer = lambda path, query: next(answers)
    assert client(base, fake).fetch(SOURCE, area="KU286") == RECORDED
    assert len(recorded.requests) == 2
    assert fake.sleeps == [0.0]


def test_429_always_gives_up_after_two_retries_each_wait_at_most_a_minute(pxweb):
    base, recorded, fake = pxweb
    recorded.answer = lambda path, query: (429, {"Retry-After": "120"}, b"")
    with pytest.raises(StatisticsUnavailableError) as caught:
        client(base, fake).fetch(SOURCE, area="KU286")
    assert len(recorded.requests) == 3
    assert fake.sleeps == [60.0, 60.0]
    assert "rate-limiting" in caught.value.message and TABLE in caught.value.message
    assert caught.value.status == 502


def test_500_is_statistics_unavailable_naming_the_url(pxweb):
    base, recorded, fake = pxweb
    recorded.answer = lambda path, query: (500, {}, b"Internal Server Error")
    with pytest.raises(StatisticsUnavailableError) as caught:
        client(base, fake).fetch(SOURCE, area="KU286")
    assert f"{base}/{TABLE}" in caught.value.message
    assert "HTTP 500" in caught.value.message and "try again later" in caught.value.message
    assert len(recorded.requests) == 1


def test_200_with_a_malformed_body_names_the_table(pxweb):
    base, recorded, fake = pxweb
    recorded.answer = lambda path, query: (200, {}, b"<html>maintenance</html>")
    with pytest.raises(ImportRejectedError) as caught:
        client(base, fake).fetch(SOURCE, area="KU286")
    assert f"PxWeb table {TABLE}" in caught.value.message
    assert "not JSON" in caught.value.message and "maintenance" in caught.value.message


def test_200_with_json_that_is_not_json_stat_is_refused_by_the_reader(pxweb):
    base, recorded, fake = pxweb
    recorded.answer = lambda path, query: (200, {}, b'{"error": "none"}')
    body = client(base, fake).fetch(SOURCE, area="KU286")
    with pytest.raises(ImportRejectedError, match="neither a JSON-stat 2.0 dataset"):
        read_statistics(body, source=TABLE, indicator=indicator("x"), area="KU286")


def test_400_is_a_validation_error_with_pxweb_s_message(pxweb):
    base, recorded, fake = pxweb
    recorded.answer = lambda path, query: (400, {}, b"Parameter error: value KU999 of Alue")
    with pytest.raises(ValidationError) as caught:
        client(base, fake).fetch(SOURCE, area="KU999")
    assert f"PxWeb refused table {TABLE} (HTTP 400" in caught.value.message
    assert "Parameter error: value KU999 of Alue" in caught.value.message


def test_an_unreachable_service_is_statistics_unavailable():
    with socket.socket() as free:
        free.bind(("127.0.0.1", 0))
        port = free.getsockname()[1]
    base = f"http://127.0.0.1:{port}/PxWeb/api/v1/fi"
    with pytest.raises(StatisticsUnavailableError) as caught:
        PxWebClient(base, timeout=2).fetch(SOURCE, area="KU286")
    assert "cannot be reached" in caught.value.message and TABLE in caught.value.message


def test_a_slow_service_times_out(pxweb):
    base, recorded, fake = pxweb

    def slow(path: str, query: Any) -> Answer:
        time.sleep(1.0)
        return 200, {}, RECORDED

    recorded.answer = slow
    with pytest.raises(StatisticsUnavailableError, match="cannot be reached"):
        client(base, fake, timeout=0.2).fetch(SOURCE, area="KU286")


def test_41_calls_in_a_window_make_the_client_wait(pxweb):
    base, recorded, fake = pxweb
    px = client(base, fake)
    for _ in range(41):
        px.fetch(SOURCE, area="KU286")
    assert fake.sleeps == [60.0]
    assert recorded.requests[39]["at"] == 1000.0 and recorded.requests[40]["at"] == 1060.0


def test_never_more_than_40_calls_in_any_60_second_window(pxweb):
    base, recorded, fake = pxweb
    px = client(base, fake)
    for _ in range(130):
        px.fetch(SOURCE, area="KU286")
        fake.now += 0.5
    times = [r["at"] for r in recorded.requests]
    assert fake.sleeps  # 130 calls half a second apart cannot all go at once
    assert max(sum(t <= u < t + 60 for u in times) for t in times) == 40


def test_too_many_cells_are_refused_before_calling(pxweb):
    base, recorded, fake = pxweb
    years = ",".join(str(y) for y in range(1990, 2025))
    areas = ",".join(f"KU{n:03d}" for n in range(1, 1000))
    source = parse_machine_source(f"statfin:{TABLE}?Vuosi={years}&Alue={areas}&Tiedot=a,b,c,d")
    with pytest.raises(ValidationError) as caught:
        client(base, fake).fetch(source, area="KU286")
    assert "asks for 139,860 cells" in caught.value.message
    assert TABLE in caught.value.message and "select fewer values" in caught.value.message
    assert recorded.requests == []
    two_by_five = parse_machine_source(f"statfin:{TABLE}?Alue=A,B&Vuosi=1,2,3,4,5")
    client(base, fake, max_cells=10).fetch(two_by_five, area="KU286")  # at the limit: sent
    assert len(recorded.requests) == 1


def test_only_http_base_urls_are_accepted():
    with pytest.raises(ValidationError, match="GRAPHSVC_PXWEB_URL"):
        PxWebClient("file:///etc/passwd")


def indicator(key: str, machine_source: str = "") -> Indicator:
    return Indicator(
        key,
        "Väkiluku",
        "",
        "hlö",
        Direction.INCREASE,
        2020,
        1.0,
        2030,
        2.0,
        "programme",
        machine_source=machine_source,
    )


def test_fetch_all_goes_on_past_a_failing_table_and_skips_other_sources(pxweb):
    base, recorded, fake = pxweb
    missing = "StatFin/tyokay/statfin_tyokay_pxt_999.px"
    recorded.answer = lambda path, query: (
        (404, {}, b"Not found") if missing in path else (200, {}, RECORDED)
    )
    outcomes = fetch_all(
        client(base, fake),
        [
            indicator("vaesto", f"statfin:{TABLE}?Tiedot=vaesto"),
            indicator("tyolliset", f"statfin:{missing}?Tiedot=tyolliset"),
            indicator("kasin"),
            indicator("tyottomat", "sotkanet:127?region=286"),
            indicator("helsinki", f"statfin:{TABLE}?Alue=KU091"),
        ],
        area="KU286",
    )
    assert [o.indicator for o in outcomes] == ["vaesto", "tyolliset", "helsinki"]
    first, failed, other_area = outcomes
    assert first.ok and [o.year for o in first.observations] == [2020, 2021, 2022, 2023, 2024]
    assert not failed.ok and failed.observations == []
    assert failed.table == missing and missing in (failed.error or "")
    assert "HTTP 404" in (failed.error or "")
    assert other_area.ok and other_area.observations[0].value == 658864.0
    assert other_area.notes and "2020 has no value" in other_area.notes[0]
    assert len(recorded.requests) == 3


def test_pxweb_errors_read_in_finnish_too(pxweb):
    from graphsvc.errors import rows_in_lang

    base, recorded, fake = pxweb
    answers = {
        400: (400, {}, b""),
        500: (500, {}, b"Internal Server Error"),
        429: (429, {"Retry-After": "0"}, b""),
    }
    seen = {}
    for status, answer in answers.items():
        recorded.answer = lambda path, query, answer=answer: answer
        with pytest.raises((ValidationError, StatisticsUnavailableError)) as caught:
            client(base, fake).fetch(SOURCE, area="KU286")
        seen[status] = caught.value
    assert seen[400].message.startswith(f"PxWeb refused table {TABLE} (HTTP 400: no message)")
    assert (
        seen[400]
        .in_lang("fi")
        .startswith(
            f"PxWeb hylkäsi taulun {TABLE} (HTTP 400: ei viestiä): tarkista konelähteen taulupolku"
        )
    )
    assert seen[500].in_lang("fi") == (
        f"PxWeb osoitteessa {base}/{TABLE} vastasi HTTP 500 taululle {TABLE}: Internal Server "
        "Error; yritä myöhemmin uudelleen"
    )
    assert seen[429].in_lang("fi").endswith("yritä minuutin päästä uudelleen")
    recorded.answer = lambda path, query: (200, {}, b"<html>maintenance</html>")
    with pytest.raises(ImportRejectedError) as rejected:
        client(base, fake).fetch(SOURCE, area="KU286")
    assert rejected.value.message.endswith("; nothing was imported")
    assert rejected.value.in_lang("fi").endswith("; mitään ei tuotu")
    (row,) = rows_in_lang(rejected.value.errors, "fi")
    assert row["message"].startswith(f"PxWeb-taulu {TABLE} osoitteessa {base}/{TABLE} vastasi")
    areas = ",".join(f"KU{n:03d}" for n in range(1, 1000))
    many = parse_machine_source(f"statfin:{TABLE}?Alue={areas}&Tiedot=a,b")
    with pytest.raises(ValidationError) as caught:
        client(base, fake, max_cells=1000).fetch(many, area="KU286")
    assert "asks for 1,998 cells (Alue 999 × Tiedot 2), more than the limit of 1,000" in (
        caught.value.message
    )
    assert "kysely pyytää 1\xa0998 solua (Alue 999 × Tiedot 2), enemmän kuin raja 1\xa0000" in (
        caught.value.in_lang("fi")
    )

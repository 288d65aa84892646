"""Numbers and dates in a real browser, as a Finnish and an English reader write them.

Recommendation strengths are whole numbers on one scale (``74/100``) with the band in the
reader's words (*vahva*, *strong*); Finnish pages show ``15.3.2025``, English ones
``15 Mar 2025``. Both at desktop and at phone size.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest

from .conftest import SIZES, Server, signed_in_at

pytestmark = pytest.mark.browser
#: What the recommendation strengths and vr's verified_at (2025-03-15) look like per language.
EXPECTED = {
    "fi": {
        "strength": re.compile(r"^\d{1,3}/100\s+(vahva|kohtalainen|heikko)$"),
        "date": "15.3.2025",
    },
    "en": {
        "strength": re.compile(r"^\d{1,3}/100\s+(strong|moderate|weak)$"),
        "date": "15 Mar 2025",
    },
}


@pytest.fixture(params=sorted(SIZES))
def sized_page(request: Any, browser: Any, ui_server: Server) -> Iterator[Any]:
    """A signed-in page at desktop or phone size."""
    yield from signed_in_at(browser, ui_server.url, request.param)


@pytest.mark.parametrize("lang", sorted(EXPECTED))
def test_strengths_are_on_one_scale_in_the_readers_words(sized_page: Any, lang: str) -> None:
    sized_page.goto(f"/recommendations?lang={lang}")
    scores = sized_page.locator("table#recommendations td.num").all_inner_texts()
    assert scores, "the test data must give some recommendations"
    assert all(EXPECTED[lang]["strength"].match(s.strip()) for s in scores), scores
    assert sized_page.locator("table#recommendations").first.is_visible()


@pytest.mark.parametrize("lang", sorted(EXPECTED))
def test_dates_are_written_in_the_readers_locale(sized_page: Any, lang: str) -> None:
    sized_page.goto(f"/actors/vr?lang={lang}")
    facts = sized_page.locator("dl.facts").first
    dates = facts.locator("dd").all_inner_texts()
    assert EXPECTED[lang]["date"] in dates, dates
    assert "2025-03-15" not in dates
    assert facts.is_visible()

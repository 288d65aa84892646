"""Every page in English says everything in English: no Finnish UI words, no Finnish rocket
names, no raw codes like ``articulation_point``; at 390 px no page scrolls sideways; the
rockets are always listed in programme order 1–5, then the launch pad.

The Finnish words looked for are every word of the catalogue's Finnish texts that its
English texts never use (and that the test data's own names do not hold), so a new
untranslated word is caught without a list to keep up to date.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest

from graphsvc.messages import CATALOGUE
from graphsvc.model import BUILTIN_ROCKETS

from .conftest import Server, screenshot
from .ui_data import ACTIONS, ACTORS
from .ui_walk import Visitors, fits_the_width, open_page, walk, walking_server

pytestmark = pytest.mark.browser
WORD = re.compile(r"[a-zåäöéü]+")
#: A code as the model writes it (``solo_action``, ``city_company``), shown raw.
RAW_CODE = re.compile(r"\b[a-z]+(?:_[a-z]+)+\b")
#: English put together wrongly from parts ("has no an educational institution").
BAD_ENGLISH = re.compile(r"\b(?:no|a|an|the) (?:a|an|the)\b", re.IGNORECASE)


def _words(text: str) -> set[str]:
    return set(WORD.findall(re.sub(r"\{[a-z_]+\}", " ", text.lower())))


def finnish_words() -> set[str]:
    """Words a Finnish page shows that no English page should."""
    finnish: set[str] = set()
    english: set[str] = set()
    for key, message in CATALOGUE.items():
        if key.startswith(("ui.", "maps.", "analysis.")):
            finnish |= _words(message.fi)
            english |= _words(message.en)
    for rocket in BUILTIN_ROCKETS:
        finnish |= _words(rocket.name_fi)
        english |= _words(rocket.name_en)
    data = set().union(*(_words(" ".join(row[:2])) for row in (*ACTORS, *ACTIONS)))
    return {w for w in finnish - english - data if len(w) >= 4}


FINNISH = finnish_words()


def english_text(page: Any) -> str:
    """The page's visible text without the parts marked ``lang="fi"``."""
    return str(
        page.evaluate(
            """() => {
                const marked = [...document.querySelectorAll('[lang="fi"]')];
                marked.forEach((el) => { el.dataset.was = el.textContent; el.textContent = ''; });
                const text = document.body.innerText;
                marked.forEach((el) => { el.textContent = el.dataset.was; });
                return text;
            }"""
        )
    )


@pytest.fixture(scope="module")
def language_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """The UI workbook with an indicator, served for this module."""
    with walking_server(tmp_path_factory.mktemp("ui-language")) as server:
        yield server


@pytest.fixture(scope="module")
def visitors(browser: Any, language_server: Server) -> Iterator[Visitors]:
    """Signed-in pages per role and size."""
    made = Visitors(browser, language_server)
    yield made
    made.close()


def _english(url: str) -> str:
    return url + ("&" if "?" in url else "?") + "lang=en"


def test_the_finnish_words_are_found_at_all() -> None:
    assert {"toimenpiteet", "kantoraketit", "tallenna", "saavutettavuus", "vetäjä"} <= FINNISH


@pytest.mark.parametrize(("role", "url"), walk(("anonymous", "editor")), ids=lambda v: v)
def test_english_pages_hold_no_finnish_and_no_codes(
    visitors: Visitors, role: str, url: str
) -> None:
    page = visitors.page(role, "phone")
    open_page(page, _english(url))
    assert page.evaluate("document.documentElement.lang") == "en"
    text = english_text(page)
    finnish = sorted(_words(text) & FINNISH)
    codes = sorted(set(RAW_CODE.findall(text)))
    bad = sorted(set(BAD_ENGLISH.findall(text)))
    if finnish or codes or bad or not fits_the_width(page):
        screenshot(page, "language-" + re.sub(r"[^a-z0-9]+", "-", url.lower()).strip("-"))
    assert not finnish, f"{url} in English shows Finnish words: {finnish}"
    assert not codes, f"{url} in English shows raw codes: {codes}"
    assert not bad, f"{url} in English reads {bad}"
    assert fits_the_width(page), f"{url} scrolls sideways at 390 px"


ROCKET_ORDER = [r.key for r in sorted(BUILTIN_ROCKETS, key=lambda r: r.number or 99)]


@pytest.mark.parametrize("url", ["/", "/gaps", "/recommendations", "/new-action"])
def test_rockets_are_listed_in_programme_order(visitors: Visitors, url: str) -> None:
    page = visitors.page("editor", "desktop")
    open_page(page, url)
    keys = page.evaluate(
        """() => [...document.querySelectorAll(
            'a[href^="/rockets/"], select[name=rocket] option, select[name=primary_rocket] option'
        )].map((el) => el.tagName === 'A' ? el.getAttribute('href').split('/')[2] : el.value)"""
    )
    order = [k for k in dict.fromkeys(keys) if k in ROCKET_ORDER]
    assert order, f"{url} lists no rockets"
    assert order == [k for k in ROCKET_ORDER if k in order], f"{url}: {order}"


#: Finnish compounds longer than a phone is wide.
LONG_NAME = "Kaakkoissuomalaisentoimintaympäristönkehittämisosuuskuntayhtymä"
LONG_TITLE = "Rautatielogistiikkakeskuksenkehittämissuunnitelmavalmisteluhanke"


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_long_finnish_compounds_wrap_on_a_phone(
    visitors: Visitors, language_server: Server, lang: str
) -> None:
    from graphsvc.model import Edge, Label, Node, RelType
    from graphsvc.records import Batch

    language_server.store.apply(
        Batch(
            nodes=[
                Node(Label.ACTOR, "pitka", {"name": LONG_NAME, "kind": "association"}),
                Node(Label.ACTION, "pitka-teko", {"title": LONG_TITLE, "status": "planned"}),
            ],
            edges=[
                Edge(RelType.RUNS, "pitka", "pitka-teko", {"role": "lead"}),
                Edge(RelType.FUELS, "pitka-teko", "logistics", {"primary": True}),
            ],
        )
    )
    page = visitors.page("editor", "phone")
    for url in ("/actors/pitka", "/actions/pitka-teko", "/search?q=pitka", "/rockets/logistics",
                "/actors/pitka/delete", "/actions/pitka-teko/edit"):  # fmt: skip
        open_page(page, f"{url}{'&' if '?' in url else '?'}lang={lang}")
        assert page.get_by_text(LONG_NAME).or_(page.get_by_text(LONG_TITLE)).first.is_visible()
        if not fits_the_width(page):
            screenshot(page, "long-words-" + re.sub(r"[^a-z0-9]+", "-", url).strip("-"))
        assert fits_the_width(page), f"{url} scrolls sideways at 390 px"
    screenshot(page, f"long-words-action-{lang}")


def _codes() -> set[str]:
    """The model's codes that a Finnish page must show through their labels."""
    from graphsvc.model import ActorKind, Role, Status

    codes = {m.value for enum in (ActorKind, Role, Status) for m in enum}
    codes |= {r.key for r in BUILTIN_ROCKETS} | {"high", "medium", "low"}
    return {c for c in codes if "_" not in c}  # the others RAW_CODE finds anyway


@pytest.mark.parametrize(("role", "url"), walk(("anonymous", "editor")), ids=lambda v: v)
def test_finnish_pages_write_numbers_quotes_and_labels_the_finnish_way(
    visitors: Visitors, role: str, url: str
) -> None:
    page = visitors.page(role, "desktop")
    open_page(page, url + ("&" if "?" in url else "?") + "lang=fi")
    text = page.evaluate("document.body.innerText")
    assert "\u201c" not in text, f"{url}: an English opening quote on a Finnish page"
    # 1,234 (English thousands); 0,218 is a Finnish decimal
    thousands = r"(?<![\d,])[1-9]\d{0,2},\d{3}(?!\d)"
    assert not re.search(thousands, text), f"{url}: an English thousands separator"
    shown = set(WORD.findall(text.lower())) & _codes()
    assert not shown, f"{url}: codes shown raw on a Finnish page: {sorted(shown)}"
    assert not RAW_CODE.findall(text), f"{url}: {RAW_CODE.findall(text)}"

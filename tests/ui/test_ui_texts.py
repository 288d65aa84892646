"""The UI's words come from the message catalogue: every key a template names exists there."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from graphsvc.api.ui.pages import TEMPLATES, environment, label_of, pick_lang
from graphsvc.messages import CATALOGUE

#: ``t('key'`` in a template (keys built at run time, like ``t(f)``, are checked by the pages).
LITERAL_KEY = re.compile(r"""\bt\(\s*'([a-z0-9_]+)'\s*[,)]""")
TEMPLATE_FILES = sorted(TEMPLATES.glob("*.html"))


@pytest.mark.parametrize("template", TEMPLATE_FILES, ids=lambda p: p.name)
def test_every_key_a_template_names_is_in_the_catalogue(template: Path) -> None:
    keys = set(LITERAL_KEY.findall(template.read_text(encoding="utf-8")))
    missing = sorted(k for k in keys if f"ui.{k}" not in CATALOGUE)
    assert missing == [], f"{template.name} names words the catalogue lacks: {missing}"


def test_the_templates_name_catalogue_words_at_all() -> None:
    found = {k for p in TEMPLATE_FILES for k in LITERAL_KEY.findall(p.read_text("utf-8"))}
    assert {"app_name", "nav_search", "sign_in", "gaps_title"} <= found


def test_the_environment_escapes_everything() -> None:
    env = environment()
    assert env.autoescape is True
    rendered = env.from_string("{{ t('search_none', q=q | quoted) }}").render(
        page=type("P", (), {"lang": "fi"})(), q="<b>x</b>"
    )
    assert rendered == "Haulla ”&lt;b&gt;x&lt;/b&gt;” ei löytynyt mitään."


@pytest.mark.parametrize(
    ("lang", "source", "expected"),
    [
        ("fi", "{{ 1234.5 | num }}", "1\xa0234,5"),
        ("en", "{{ 1234.5 | num }}", "1,234.5"),
        ("fi", "{{ '2025-03-15' | day }}", "15.3.2025"),
        ("en", "{{ '2025-03-15' | day }}", "15 Mar 2025"),
        ("fi", "{{ 'keväällä 2025' | day }}", "keväällä 2025"),
        ("en", "{{ label('kind', 'city') }}", "City unit"),
    ],
)
def test_filters_follow_the_page_language(lang: str, source: str, expected: str) -> None:
    page = type("P", (), {"lang": lang})()
    assert environment().from_string(source).render(page=page) == expected


def test_labels_and_languages() -> None:
    assert label_of("fi", "prole", "lead") == "vetäjä"
    assert label_of("en", "kind", "nonsense") == "nonsense"
    assert (pick_lang("en"), pick_lang("sv"), pick_lang(None)) == ("en", None, None)

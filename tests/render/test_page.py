"""The map page is safe to share: escaped names, no contact data, no network, a strict CSP."""

from __future__ import annotations

import json
import re
from html import unescape
from html.parser import HTMLParser

from hypothesis import given
from hypothesis import strategies as st

from graphsvc.records import Snapshot
from graphsvc.render import MapFindings, build_map_data, render_page
from graphsvc.render.findings import Highlight, Introduction, NodeFinding
from graphsvc.render.page import DATA_ELEMENT_ID, csp_hash, safe_json

from .hostile import CLOSE, CONTACTS, HOSTILE, IMG, SCRIPT

_BLOCK = re.compile(r"<(script|style)([^>]*)>(.*?)</\1>", re.S)


class _Tags(HTMLParser):
    """Every element name and every on* attribute of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: set[str] = set()
        self.handlers: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        self.handlers += [name for name, _ in attrs if name.startswith("on")]


def page(snapshot: Snapshot, **kwargs: object) -> str:
    return render_page(build_map_data(snapshot, title=SCRIPT, **kwargs))  # type: ignore[arg-type]


def embedded_data(html: str) -> dict:
    match = re.search(
        rf'<script type="application/json" id="{DATA_ELEMENT_ID}">(.*?)</script>', html, re.S
    )
    assert match, "no data block"
    return json.loads(match.group(1))


def test_hostile_names_appear_only_escaped(hostile_snapshot: Snapshot) -> None:
    findings = MapFindings(
        introductions=(Introduction("evil", "far", 1.0, IMG),),
        nodes=(NodeFinding("Actor", "evil", Highlight.SINGLE_POINT, SCRIPT),),
    )
    html = page(hostile_snapshot, findings=findings)
    for text in (*HOSTILE, "<img", "<a href"):
        assert text not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html  # the <title> and <h1>
    assert "&lt;img src=x onerror=alert(1)&gt;" in html  # the renamed rocket in the menu
    # Escaped, not dropped: the data block gives the names back exactly.
    names = [line for n in embedded_data(html)["nodes"] for line in n["t"]]
    for text in (SCRIPT, IMG, CLOSE):
        assert text in names


def test_only_our_five_script_blocks_and_no_handlers(hostile_snapshot: Snapshot) -> None:
    html = page(hostile_snapshot)
    blocks = _BLOCK.findall(html)
    # the map's data, vis-network, the page script, the (empty) slide data and the player
    assert [tag for tag, _, _ in blocks].count("script") == 5
    markup = _BLOCK.sub("", html)
    assert "<script" not in markup
    parser = _Tags()
    parser.feed(markup)
    assert not parser.handlers
    assert not parser.tags & {"img", "a", "iframe", "object", "embed", "base", "link"}


def test_no_contact_data_anywhere(hostile_snapshot: Snapshot) -> None:
    html = page(hostile_snapshot)
    for value in CONTACTS.values():
        assert value not in html
    assert "contact_" not in html
    assert "meikalainen" not in html.lower()


def test_works_offline_without_remote_scripts_or_styles(hostile_snapshot: Snapshot) -> None:
    html = page(hostile_snapshot)
    assert not re.search(r"<script[^>]*\ssrc=", html, re.I)
    assert not re.search(r"<link\b", html, re.I)
    assert not re.search(r"@import|url\(\s*['\"]?(https?:)?//", html, re.I)
    assert "vis.Network" in html  # the library is inlined


def test_csp_allows_exactly_the_inline_blocks(hostile_snapshot: Snapshot) -> None:
    html = page(hostile_snapshot)
    match = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html)
    assert match
    policy = unescape(match.group(1))
    directives = dict(d.strip().split(" ", 1) for d in policy.split(";"))
    assert directives["default-src"] == "'none'"
    assert "unsafe" not in policy
    for tag, attrs, body in _BLOCK.findall(html):
        if "application/json" in attrs:
            continue
        source = "script-src" if tag == "script" else "style-src"
        assert csp_hash(body) in directives[source].split()
    assert len(directives["script-src"].split()) == 3  # vis-network, the page, the player
    assert directives["connect-src"] == "'self'"  # editors save slides to this server only


@given(st.text())
def test_safe_json_cannot_close_a_script_block(text: str) -> None:
    encoded = safe_json({"t": text})
    assert not set(encoded) & {"<", ">", "&", "\u2028", "\u2029"}
    assert json.loads(encoded) == {"t": text}


def test_legend_is_finnish_by_default_and_english_on_request(hostile_snapshot: Snapshot) -> None:
    fi = page(hostile_snapshot)
    en = page(hostile_snapshot, lang="en")
    assert 'lang="fi"' in fi and "Kantoraketti" in fi and "Oppilaitos" in fi
    assert 'lang="en"' in en and "Rocket" in en and "Educational institution" in en
    assert "Kantoraketti" not in en

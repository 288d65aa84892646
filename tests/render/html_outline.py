"""A rendered HTML document read back with the standard library: headings, tables, elements."""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser

_VOID = {"meta", "br", "img", "link", "input", "hr", "col", "source", "wbr", "area", "base"}


@dataclass
class Element:
    """One element: its tag, attributes and the text inside it (all descendants)."""

    tag: str
    attrs: dict[str, str]
    text: str = ""


@dataclass
class Table:
    """A table's caption and its rows as cell texts (header cells included)."""

    caption: str = ""
    rows: list[list[str]] = field(default_factory=list)


class Outline(HTMLParser):
    """Every element with its text, and every table, of one HTML document."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[Element] = []
        self.tables: list[Table] = []
        self._open: list[Element] = []
        self._cell: list[str] | None = None
        self.feed(html)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = Element(tag, {k: v or "" for k, v in attrs})
        self.elements.append(element)
        if tag == "table":
            self.tables.append(Table())
        elif tag == "tr" and self.tables:
            self.tables[-1].rows.append([])
        elif tag in ("td", "th"):
            self._cell = []
        if tag not in _VOID:
            self._open.append(element)

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th") and self._cell is not None and self.tables:
            self.tables[-1].rows[-1].append(" ".join("".join(self._cell).split()))
            self._cell = None
        for i in range(len(self._open) - 1, -1, -1):
            if self._open[i].tag == tag:
                closed = self._open[i]
                del self._open[i:]
                if tag == "caption" and self.tables:
                    self.tables[-1].caption = " ".join(closed.text.split())
                break

    def handle_data(self, data: str) -> None:
        for element in self._open:
            element.text += data
        if self._cell is not None:
            self._cell.append(data)

    def find(self, tag: str) -> list[Element]:
        """Every element named ``tag``, in document order."""
        return [e for e in self.elements if e.tag == tag]

    def by_id(self, ident: str) -> Element:
        """The element whose id is ``ident`` (KeyError when none)."""
        for e in self.elements:
            if e.attrs.get("id") == ident:
                return e
        raise KeyError(ident)

    def table(self, caption: str) -> Table:
        """The table captioned ``caption`` (KeyError when none)."""
        for t in self.tables:
            if t.caption == caption:
                return t
        raise KeyError(caption)


def squash(text: str) -> str:
    """``text`` with every run of white space (also non-breaking) as one space."""
    return " ".join(text.split())

"""Inline SVG under the UI's Content-Security-Policy: style attributes made presentational.

The UI's policy is ``style-src 'self'``: a browser ignores every ``style="…"`` attribute
and ``<style>`` element in the page, so a matplotlib chart inlined as it is would lose its
colours and strokes. :func:`presentational` rewrites each allowed declaration of a
``style`` attribute as the SVG presentation attribute of the same name (which no policy
blocks) and drops ``<style>`` elements; the page's stylesheet gives what they said.
The input is an already checked picture (:func:`graphsvc.render.inline_svg.inline_svg`).
"""

from __future__ import annotations

import re

#: CSS properties that SVG also takes as presentation attributes (what matplotlib writes).
PRESENTATION = frozenset(
    {
        "clip-path",
        "clip-rule",
        "color",
        "display",
        "fill",
        "fill-opacity",
        "fill-rule",
        "font-family",
        "font-size",
        "font-style",
        "font-weight",
        "opacity",
        "stroke",
        "stroke-dasharray",
        "stroke-dashoffset",
        "stroke-linecap",
        "stroke-linejoin",
        "stroke-miterlimit",
        "stroke-opacity",
        "stroke-width",
        "text-anchor",
        "visibility",
    }
)
_STYLE_ATTRIBUTE = re.compile(r'\sstyle="([^"]*)"')
_STYLE_ELEMENT = re.compile(r"<style\b[^>]*>.*?</style>", re.S)
_VALUE = re.compile(r"[^<>\"`]*")


def _attributes(declarations: str) -> str:
    found = []
    for declaration in declarations.split(";"):
        name, _, value = declaration.partition(":")
        name, value = name.strip().lower(), value.strip()
        if name in PRESENTATION and value and _VALUE.fullmatch(value):
            found.append(f' {name}="{value}"')
    return "".join(found)


def presentational(svg: str) -> str:
    """``svg`` with its style attributes as presentation attributes and no ``<style>``.

    Properties that are not presentation attributes are dropped.

    >>> presentational('<svg><style>*{x: y}</style><path style="fill: #fff; cursor: x"/></svg>')
    '<svg><path fill="#fff"/></svg>'
    """
    without = _STYLE_ELEMENT.sub("", svg)
    return _STYLE_ATTRIBUTE.sub(lambda m: _attributes(m.group(1)), without)

"""An SVG picture made ready to sit inside an HTML document, with a text alternative.

matplotlib writes a standalone file: an XML prolog, a DOCTYPE, RDF metadata naming URLs,
fixed sizes and ids such as ``figure_1`` that repeat in every picture. :func:`inline_svg`
checks that the picture holds no script, event handler or outside reference, drops what an
inline picture does not need, prefixes every id (two charts never share one) and gives the
``<svg>`` ``role="img"`` with a ``<title>`` (and ``<desc>``) as its accessible name.
"""

from __future__ import annotations

import re
from html import escape

from defusedxml.ElementTree import fromstring

from graphsvc.errors import ValidationError
from graphsvc.messages import said
from graphsvc.values import quoted

_FORBIDDEN_ELEMENTS = frozenset({"script", "foreignobject", "iframe", "object", "embed", "a"})
_PROLOG = re.compile(r"<\?xml[^>]*\?>|<!DOCTYPE[^>]*>|<!--.*?-->", re.S)
_METADATA = re.compile(r"<metadata>.*?</metadata>", re.S)
_ROOT = re.compile(r"<svg\b[^>]*>")
_ROOT_DROPPED = re.compile(r'\s(?:xmlns(?::\w+)?|width|height|version)="[^"]*"')
_ID = re.compile(r'(\sid=")([^"]+")')
_HREF = re.compile(r'\s(?:xlink:)?href="#([^"]+)"')
_URL = re.compile(r"url\(#([^)]+)\)")
_SAFE_PREFIX = re.compile(r"[^A-Za-z0-9_-]")


def _local(name: str) -> str:
    return name.rsplit("}", 1)[-1].lower()


def check_svg(svg: str) -> None:
    """Raise ValidationError if ``svg`` is not SVG or could run code or fetch anything."""
    try:
        root = fromstring(svg)
    except Exception as e:  # defusedxml and expat raise several kinds
        raise ValidationError(said("errors.map.svg_malformed", error=str(e))) from e
    if _local(root.tag) != "svg":
        raise ValidationError(said("errors.map.svg_root", tag=quoted(_local(root.tag))))
    for element in root.iter():
        tag = _local(str(element.tag))
        if tag in _FORBIDDEN_ELEMENTS:
            raise ValidationError(said("errors.map.svg_element", tag=tag))
        for name, value in element.attrib.items():
            attribute = _local(name)
            if attribute.startswith("on"):
                raise ValidationError(said("errors.map.svg_attribute", attribute=attribute))
            if attribute == "href" and not value.startswith("#"):
                raise ValidationError(said("errors.map.svg_reference", target=quoted(value)))
        content = " ".join([element.text or "", *element.attrib.values()]).lower()
        if tag == "style" or "url(" in content:
            if "@import" in content or re.search(r"url\(\s*['\"]?(?!#)", content):
                raise ValidationError(said("errors.map.svg_load"))


def inline_svg(svg: str | bytes, *, prefix: str, title: str, desc: str = "") -> str:
    """``svg`` cleaned for inlining, ``role="img"`` and labelled by ``title`` (and ``desc``).

    ``prefix`` makes its ids unique in the page. Raises ValidationError for a picture that
    holds a script, an event handler or an outside reference.

    >>> out = inline_svg('<svg xmlns="http://www.w3.org/2000/svg" width="9pt"><g id="a"/></svg>',
    ...                  prefix="c1", title="A & B")
    >>> out.startswith('<svg role="img" aria-labelledby="c1-title"><title id="c1-title">A &amp; B')
    True
    >>> 'id="c1-a"' in out, "xmlns" in out
    (True, False)
    """
    text = svg.decode("utf-8") if isinstance(svg, bytes) else svg
    check_svg(text)
    prefix = _SAFE_PREFIX.sub("-", prefix)
    text = _METADATA.sub("", _PROLOG.sub("", text)).strip()
    text = _ID.sub(lambda m: f"{m.group(1)}{prefix}-{m.group(2)}", text)
    text = _HREF.sub(lambda m: f' href="#{prefix}-{m.group(1)}"', text)
    text = _URL.sub(lambda m: f"url(#{prefix}-{m.group(1)})", text)
    labels = f'aria-labelledby="{prefix}-title"'
    labels += f' aria-describedby="{prefix}-desc"' if desc else ""
    label = f'<title id="{prefix}-title">{escape(title)}</title>'
    if desc:
        label += f'<desc id="{prefix}-desc">{escape(desc)}</desc>'

    def opening(match: re.Match[str]) -> str:
        attributes = _ROOT_DROPPED.sub("", match.group(0)[4:-1])
        closing = "/" if attributes.endswith("/") else ""
        attributes = attributes.rstrip("/").rstrip()
        tag = f'<svg{attributes} role="img" {labels}>{label}'
        return tag + ("</svg>" if closing else "")

    return _ROOT.sub(opening, text, count=1)

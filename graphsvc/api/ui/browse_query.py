"""The query of a browse list page: its filters, sort column, page and page size, read from
the URL and checked against allowed values, with messages in the page language.

The same query drives the page, its sort and page links and its download links, so a
download always holds exactly the filtered list.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any
from urllib.parse import urlencode

from graphsvc import messages
from graphsvc.api.ui.pages import Page
from graphsvc.errors import ValidationError
from graphsvc.model import ActorKind, Label, Status
from graphsvc.model_rules import fold_text
from graphsvc.services.browse_lists import FLAGS, PAGE_SIZES, SORTS, ListFilter

#: Where each list lives.
LIST_PATHS = {Label.ACTOR: "/actors", Label.ACTION: "/actions"}
#: Columns that sort largest first on the first click.
_LARGEST_FIRST = frozenset({"actions", "partners", "runners", "leads"})
MAX_TEXT = 200


@dataclass(frozen=True)
class BrowseQuery:
    """One list page's query, checked."""

    label: Label
    kind: str = ""
    status: str = ""
    rocket: str = ""
    q: str = ""
    flags: tuple[str, ...] = ()
    sort: str = ""
    descending: bool = False
    page: int = 1
    size: int = PAGE_SIZES[0]
    as_of: str = ""

    @property
    def list_filter(self) -> ListFilter:
        """The filter of :mod:`graphsvc.services.browse_lists` for this query."""
        return ListFilter(
            kind=self.kind or None,
            status=self.status or None,
            rocket=self.rocket or None,
            text=fold_text(self.q.strip()),
            flags=frozenset(self.flags),
        )

    @property
    def filtering(self) -> bool:
        """Whether any filter narrows the list."""
        return bool(self.kind or self.status or self.rocket or self.q or self.flags)

    def params(self, **changes: Any) -> list[tuple[str, str]]:
        """The query as URL parameters (defaults left out), with ``changes`` applied."""
        query = replace(self, **changes)
        pairs = [
            (name, str(getattr(query, name)))
            for name in ("kind", "status", "rocket", "q", "as_of")
            if getattr(query, name)
        ]
        pairs += [("flag", flag) for flag in query.flags]
        if query.sort:
            pairs += [("sort", query.sort), ("dir", "desc" if query.descending else "asc")]
        if query.size != PAGE_SIZES[0]:
            pairs.append(("size", str(query.size)))
        if query.page != 1:
            pairs.append(("page", str(query.page)))
        return pairs

    @property
    def path(self) -> str:
        """Where this list lives (``/actors`` or ``/actions``)."""
        return LIST_PATHS[self.label]

    def url(self, path: str | None = None, **changes: Any) -> str:
        """This list's URL (or ``path``'s, e.g. a download) with ``changes`` applied."""
        pairs = self.params(**changes)
        target = path or self.path
        return f"{target}?{urlencode(pairs)}" if pairs else target

    def cleared_url(self) -> str:
        """This list without its filters (the sort, page size and year kept)."""
        return self.url(kind="", status="", rocket="", q="", flags=(), page=1)

    def sort_url(self, column: str) -> str:
        """The URL sorting by ``column``: the other way round when it is sorted by it already."""
        if column == self.sort_column:
            return self.url(sort=column, descending=not self.descending, page=1)
        return self.url(sort=column, descending=column in _LARGEST_FIRST, page=1)

    def download_url(self, fmt: str) -> str:
        """The download of the whole filtered list (no page) in ``fmt``."""
        return self.url(f"{self.path}.{fmt}", page=1, size=PAGE_SIZES[0])

    @property
    def sort_column(self) -> str:
        """The column the list is sorted by (the first one when none is chosen)."""
        return self.sort or SORTS[self.label][0]


def _one_of(page: Page, name: str, value: str, allowed: list[str]) -> str:
    """``value`` if it is empty or allowed, else ValidationError naming the allowed values."""
    if value and value not in allowed:
        raise ValidationError(
            page.t(
                "browse_bad_value",
                name=name,
                value=messages.quote(value, page.lang),
                allowed=", ".join(allowed),
            ),
            value=value,
        )
    return value


def read_query(page: Page, label: Label, rocket_keys: list[str]) -> BrowseQuery:
    """The checked query of a list page; ValidationError (422) names a bad value and the
    allowed ones, in the page language."""
    params = page.request.query_params
    value = {name: (params.get(name) or "").strip() for name in params}
    kinds = [k.value for k in ActorKind] if label is Label.ACTOR else []
    statuses = [s.value for s in Status] if label is Label.ACTION else []
    size_text = _one_of(page, "size", value.get("size", ""), [str(n) for n in PAGE_SIZES])
    flags = tuple(dict.fromkeys(v.strip() for v in params.getlist("flag") if v.strip()))
    for flag in flags:
        _one_of(page, "flag", flag, list(FLAGS[label]))
    page_text = value.get("page", "") or "1"
    if not page_text.isdigit() or len(page_text) > 6:
        raise ValidationError(
            page.t("browse_bad_page", value=messages.quote(page_text, page.lang)), value=page_text
        )
    q = (params.get("q") or "").strip()
    if len(q) > MAX_TEXT:
        q = q[:MAX_TEXT]
    return BrowseQuery(
        label=label,
        kind=_one_of(page, "kind", value.get("kind", ""), kinds),
        status=_one_of(page, "status", value.get("status", ""), statuses),
        rocket=_one_of(page, "rocket", value.get("rocket", ""), rocket_keys),
        q=q,
        flags=flags,
        sort=_one_of(page, "sort", value.get("sort", ""), list(SORTS[label])),
        descending=_one_of(page, "dir", value.get("dir", ""), ["asc", "desc"]) == "desc",
        page=max(1, int(page_text)),
        size=int(size_text or PAGE_SIZES[0]),
        as_of=value.get("as_of", "")[:10],
    )

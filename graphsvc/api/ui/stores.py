"""Which store a UI page reads: the programme the reader chose, or the whole portfolio.

The choice is ``?programme=KEY`` (empty: the portfolio), kept in a cookie for the
following pages like the language. Pages that write (forms, deletions, presentations,
handled marks) always use the app's own store.
"""

from __future__ import annotations

from graphsvc.api.ui.pages import Page
from graphsvc.model import Label
from graphsvc.services.programme_scope import store_in
from graphsvc.stores.base import GraphStore


def app_store(page: Page) -> GraphStore:
    """The app's store: the whole portfolio, for writes and for reads of everything."""
    store: GraphStore = page.request.app.state.store
    return store


def read_store(page: Page) -> GraphStore:
    """The app's store cut to the page's programme (404 for an unknown one asked in the
    URL; a remembered one that has gone reads the portfolio)."""
    store = app_store(page)
    if page.programme is None:
        return store
    if page.programme_asked or _known(store, page.programme):
        return store_in(store, page.programme)
    return store


def _known(store: GraphStore, key: str) -> bool:
    return any(n.key == key for n in store.find_nodes(Label.PROGRAMME))

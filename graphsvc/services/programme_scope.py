"""Reads of one programme: the store itself for the whole portfolio, else a cached view.

Every read use case (questions, analyses, maps, exports, reports) reads the store it is
given; the CLI's ``--programme`` and the API's ``?programme=`` give it
:func:`store_in` of the store, a view of the programme's part kept in the one analysis
cache per (store, graph version, programme).
"""

from __future__ import annotations

from graphsvc.bulk import collector_paused
from graphsvc.errors import NotFoundError
from graphsvc.messages import said
from graphsvc.model import Label
from graphsvc.services.analysis_cache import CACHE
from graphsvc.stores.base import GraphStore
from graphsvc.stores.programme_view import ProgrammeView

#: The cache group of programme views.
VIEWS = "programme"


def store_in(store: GraphStore, programme: str | None) -> GraphStore:
    """``store`` cut to ``programme`` (a strategy: the programmes that carry it out):
    itself when ``programme`` is None. NotFoundError naming the programmes for an
    unknown one."""
    if programme is None:
        return store

    def view() -> ProgrammeView:
        known = [n.key for n in store.find_nodes(Label.PROGRAMME)]
        if programme not in known:
            message = said(
                "errors.service.programme_not_found", key=repr(programme), allowed=", ".join(known)
            )
            raise NotFoundError(message, label=Label.PROGRAMME, key=programme)
        with collector_paused():  # a part is many small objects (see bulk)
            return ProgrammeView(store, programme)

    return CACHE.get_or_compute((store.url, store.version(), VIEWS, programme), view)

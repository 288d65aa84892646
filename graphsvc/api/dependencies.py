"""FastAPI dependencies: the store, the account store, paging and the author of a change."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Annotated, Any, TypeVar

from fastapi import Depends, Query, Request
from starlette.concurrency import run_in_threadpool

from graphsvc.accounts.base import AccountStore
from graphsvc.api.security import Principal, authenticated
from graphsvc.dates import DAY_SHAPE
from graphsvc.errors import ValidationError
from graphsvc.messages import said
from graphsvc.services import accounts as account_service
from graphsvc.services import audit_log
from graphsvc.services.accounts import Author
from graphsvc.services.as_of import store_on
from graphsvc.services.programme_scope import store_in
from graphsvc.stores.base import GraphStore

T = TypeVar("T")
log = logging.getLogger("graphsvc.api")


async def get_store(request: Request) -> GraphStore:
    """The graph store opened by the app factory."""
    store: GraphStore = request.app.state.store
    return store


async def get_accounts(request: Request) -> AccountStore:
    """The account store beside the graph store."""
    accounts: AccountStore = request.app.state.accounts
    return accounts


async def run_store(request: Request, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """Run a store read: inline for SQLite, in a worker thread for a networked store.

    SQLite reads in WAL mode take microseconds and never wait for a writer, so a thread
    hop would cost more than the read; Neo4j reads wait on the network, so they must not
    hold the event loop. Writes always go through a thread (they may wait for a lock).
    """
    if request.app.state.inline_reads:
        return fn(*args, **kwargs)
    return await run_in_threadpool(fn, *args, **kwargs)


StoreDep = Annotated[GraphStore, Depends(get_store)]


#: The ``as_of`` query parameter of every read.
AsOfParam = Annotated[
    str | None,
    Query(
        max_length=10,
        description="Read the graph as it stood then: YYYY-MM-DD, or YYYY for 31 December "
        "(default: now; a day before any history gives an empty answer)",
        examples=["2023"],
        json_schema_extra=DAY_SHAPE,
    ),
]


#: The ``programme`` query parameter of every read.
ProgrammeParam = Annotated[
    str | None,
    Query(
        max_length=128,
        description="Read only this programme's part of the portfolio (its key; a strategy: "
        "the programmes that carry it out). Default: the whole portfolio",
        examples=["elinvoiman-kasvu"],
    ),
]


def reading(store: GraphStore, as_of: str | None, programme: str | None) -> GraphStore:
    """The store cut to ``programme`` and read as of ``as_of`` (each when given)."""
    return store_on(store_in(store, programme), as_of)


async def read_store(
    request: Request, store: StoreDep, as_of: AsOfParam = None, programme: ProgrammeParam = None
) -> GraphStore:
    """The store for a read: one programme's part (404 naming the programmes for an unknown
    one), as it stood on ``as_of`` (422 for a malformed day)."""
    if as_of is None and programme is None:
        return store
    return await run_store(request, reading, store, as_of, programme)


#: The store a read route reads from: the graph now, or as of the ``as_of`` query parameter.
ReadStoreDep = Annotated[GraphStore, Depends(read_store)]


async def programme_store(
    request: Request, store: StoreDep, programme: ProgrammeParam = None
) -> GraphStore:
    """The store cut to ``programme`` (404 naming the programmes for an unknown one), for
    the reads that take a year rather than a day."""
    if programme is None:
        return store
    return await run_store(request, store_in, store, programme)


#: The store of one programme's reads (the indicators of its rockets), or the whole one.
ProgrammeStoreDep = Annotated[GraphStore, Depends(programme_store)]
AccountsDep = Annotated[AccountStore, Depends(get_accounts)]


def author(request: Request, principal: Principal) -> Author:
    """``principal`` as the author of a change, audited in the app's account store."""
    return Author(request.app.state.accounts, principal.who, principal.role.value)


async def paging(
    request: Request,
    limit: Annotated[
        int, Query(ge=1, le=10_000, description="Page size, at most max_page_size")
    ] = 50,
    offset: Annotated[int, Query(ge=0, le=10_000_000, description="Items to skip")] = 0,
) -> tuple[int, int]:
    """``(limit, offset)`` of a list; a page larger than ``max_page_size`` is a 422."""
    largest = request.app.state.settings.max_page_size
    if limit > largest:
        raise ValidationError(said("errors.api.page_limit", limit=f"{limit}", largest=f"{largest}"))
    return limit, offset


PagingDep = Annotated[tuple[int, int], Depends(paging)]


async def audit_refusal(request: Request, status: int, title: str) -> None:
    """Audit a refused change (403, 404, 409, 422, …) by a known principal; reads are not audited.

    The entry names the route and its path parameters, an actor only by pseudonym (never
    a body, never a raw path), and a failure to write it is logged instead of hiding the
    original error.
    """
    principal = authenticated(request)
    if principal is None or request.method in ("GET", "HEAD", "OPTIONS"):
        return
    route = getattr(request.scope.get("route"), "path", None)

    def write() -> None:
        accounts = request.app.state.accounts
        account_service.record(
            accounts,
            who=principal.who,
            role=principal.role.value,
            action=f"{request.method} {route or '(no route)'}",
            obj=audit_log.refused_object(
                accounts, request.app.state.store, route, request.path_params
            ),
            outcome=f"refused: {status} {title}",
        )

    try:
        await run_in_threadpool(write)
    except Exception:  # the store may be the reason for the refusal
        log.warning("could not audit a refused %s %s", request.method, route)

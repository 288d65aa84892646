"""FastAPI dependencies: the store, the account store, the settings and the audit helper."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Query, Request

from graphsvc.accounts.base import AccountStore
from graphsvc.errors import ValidationError
from graphsvc.services import accounts as account_service
from graphsvc.settings import Settings
from graphsvc.stores.base import GraphStore


def get_store(request: Request) -> GraphStore:
    """The graph store opened by the app factory."""
    store: GraphStore = request.app.state.store
    return store


def get_accounts(request: Request) -> AccountStore:
    """The account store beside the graph store."""
    accounts: AccountStore = request.app.state.accounts
    return accounts


def get_app_settings(request: Request) -> Settings:
    """The settings the app was created with."""
    settings: Settings = request.app.state.settings
    return settings


StoreDep = Annotated[GraphStore, Depends(get_store)]
AccountsDep = Annotated[AccountStore, Depends(get_accounts)]
SettingsDep = Annotated[Settings, Depends(get_app_settings)]


def audit(request: Request, action: str, obj: str, outcome: str = "ok") -> None:
    """Append an audit entry for the signed-in principal of ``request``."""
    principal = request.state.principal
    account_service.record(
        request.app.state.accounts,
        who=principal.who,
        role=principal.role.value,
        action=action,
        obj=obj,
        outcome=outcome,
    )


def paging(
    request: Request,
    limit: Annotated[
        int, Query(ge=1, le=10_000, description="Page size, at most max_page_size")
    ] = 50,
    offset: Annotated[int, Query(ge=0, le=10_000_000, description="Items to skip")] = 0,
) -> tuple[int, int]:
    """``(limit, offset)`` of a list; a page larger than ``max_page_size`` is a 422."""
    largest = request.app.state.settings.max_page_size
    if limit > largest:
        raise ValidationError(f"limit {limit} is larger than the largest page size {largest}")
    return limit, offset


PagingDep = Annotated[tuple[int, int], Depends(paging)]

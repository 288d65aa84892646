"""``/api/v1/admin``: API keys, users and the audit log (admins only)."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response

from graphsvc.api.dependencies import AccountsDep, PagingDep, author
from graphsvc.api.responses import JSONAnswer
from graphsvc.api.routes.common import ADMIN_LIST, ADMIN_PAGE, DELETES, creates
from graphsvc.api.schemas.admin import (
    AuditPublic,
    KeyCreate,
    KeyCreated,
    KeysPublic,
    UserCreate,
    UserPublic,
    UsersPublic,
)
from graphsvc.api.security import Admin
from graphsvc.services import accounts as account_service
from graphsvc.services import audit_log as audit_view

router = APIRouter(prefix="/api/v1/admin", tags=["admin"], default_response_class=JSONAnswer)


@router.get("/keys", summary="List API keys", response_model=KeysPublic, responses=ADMIN_LIST)
def list_keys(principal: Admin, accounts: AccountsDep) -> JSONAnswer:
    """Every API key (never its secret), revoked ones too."""
    return JSONAnswer({"items": [account_service.key_public(k) for k in accounts.find_keys()]})


@router.post("/keys", summary="Create an API key", response_model=KeyCreated, **creates())
def create_key(
    principal: Admin, request: Request, body: KeyCreate, accounts: AccountsDep
) -> JSONAnswer:
    """Create a key; the ``secret`` is in this answer only and is never shown again."""
    by = author(request, principal)
    key, secret = account_service.create_key(accounts, body.role.value, body.name, by=by)
    return JSONAnswer({**account_service.key_public(key), "secret": secret}, status_code=201)


@router.delete("/keys/{key_id}", summary="Revoke an API key", **DELETES)
def revoke_key(principal: Admin, request: Request, key_id: str, accounts: AccountsDep) -> Response:
    """Revoke a key at once in this worker, within seconds in every other worker."""
    account_service.revoke_key(accounts, key_id, by=author(request, principal))
    request.app.state.key_cache.clear()
    return Response(status_code=204)


@router.get("/users", summary="List users", response_model=UsersPublic, responses=ADMIN_LIST)
def list_users(principal: Admin, accounts: AccountsDep) -> JSONAnswer:
    """Every person who can sign in (never a password hash)."""
    return JSONAnswer({"items": [account_service.user_public(u) for u in accounts.find_users()]})


@router.post("/users", summary="Add a user", response_model=UserPublic, **creates())
def add_user(
    principal: Admin, request: Request, body: UserCreate, accounts: AccountsDep
) -> JSONAnswer:
    """Add a person who signs in to the web UI; 409 if the name is taken."""
    by = author(request, principal)
    user = account_service.add_user(accounts, body.name, body.role.value, body.password, by=by)
    return JSONAnswer(account_service.user_public(user), status_code=201)


@router.delete("/users/{name}", summary="Remove a user", **DELETES)
def delete_user(principal: Admin, request: Request, name: str, accounts: AccountsDep) -> Response:
    """Remove a person; their sessions end at once, in every worker."""
    account_service.remove_user(accounts, name, by=author(request, principal))
    return Response(status_code=204)


@router.get("/audit", summary="The audit log", response_model=AuditPublic, responses=ADMIN_PAGE)
def audit_log(principal: Admin, accounts: AccountsDep, paging: PagingDep) -> JSONAnswer:
    """Audit entries, newest first: time, who, role, action, object, outcome, and the
    entry's ``seq`` and chain hashes. An actor shows by key while it exists, by its
    pseudonym (``Actor:~…``) once erased."""
    limit, offset = paging
    entries = accounts.find_audit(limit=limit, offset=offset)
    return JSONAnswer(
        {
            "items": audit_view.entries_public(accounts, entries),
            "total": accounts.count_audit(),
            "limit": limit,
            "offset": offset,
        }
    )

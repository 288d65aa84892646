"""The checked-in route x role table: the least role each route needs.

``public`` routes need no credential. A test fails when the app has a route that is
not listed here, when a listed route is gone, when the app admits a lesser role, and
when docs/api.md does not show the same table.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

ACTOR_BODY = {"key": "a-new", "name": "New Oy", "kind": "company"}
ACTION_BODY = {"key": "t-new", "title": "New action", "rockets": ["logistics"]}
INDICATOR_BODY = {
    "key": "i-new",
    "name_fi": "Uusi mittari",
    "direction": "decrease",
    "baseline_year": 2021,
    "baseline_value": 10,
    "target_year": 2025,
    "target_value": 8,
    "rocket": "centre",
}

PRESENTATION_BODY = {
    "key": "p-new",
    "title": "Valtuusto",
    "map": "/maps/network",
    "slides": [{"caption": "Koko verkosto", "view": "zoom=1"}],
}


@dataclass(frozen=True)
class RouteRole:
    """One route, the least role that may call it, and a sample call."""

    method: str
    path: str
    role: str
    url: str
    body: dict[str, Any] | None = None


ROUTE_ROLES: tuple[RouteRole, ...] = (
    RouteRole("GET", "/health", "public", "/health"),
    RouteRole("GET", "/metrics", "admin", "/metrics"),  # and anyone on this machine
    RouteRole("POST", "/auth/login", "public", "/auth/login", {"name": "x", "password": "y"}),
    RouteRole("POST", "/auth/logout", "public", "/auth/logout"),
    RouteRole("GET", "/auth/session", "viewer", "/auth/session"),
    RouteRole("GET", "/api/v1/actors", "viewer", "/api/v1/actors"),
    RouteRole("POST", "/api/v1/actors", "editor", "/api/v1/actors", ACTOR_BODY),
    RouteRole("GET", "/api/v1/actors/{key}", "viewer", "/api/v1/actors/a-1"),
    RouteRole("PATCH", "/api/v1/actors/{key}", "editor", "/api/v1/actors/a-1", {"sector": "x"}),
    RouteRole("DELETE", "/api/v1/actors/{key}", "editor", "/api/v1/actors/a-1"),
    RouteRole("GET", "/api/v1/actors/{key}/actions", "viewer", "/api/v1/actors/a-1/actions"),
    RouteRole("POST", "/api/v1/actors/{key}/erase", "admin", "/api/v1/actors/a-1/erase"),
    RouteRole("GET", "/api/v1/actions", "viewer", "/api/v1/actions"),
    RouteRole("POST", "/api/v1/actions", "editor", "/api/v1/actions", ACTION_BODY),
    RouteRole("GET", "/api/v1/actions/{key}", "viewer", "/api/v1/actions/t-1"),
    RouteRole(
        "PATCH", "/api/v1/actions/{key}", "editor", "/api/v1/actions/t-1", {"status": "done"}
    ),
    RouteRole("DELETE", "/api/v1/actions/{key}", "editor", "/api/v1/actions/t-1"),
    RouteRole("GET", "/api/v1/actions/{key}/actors", "viewer", "/api/v1/actions/t-1/actors"),
    RouteRole(
        "PUT",
        "/api/v1/actions/{key}/actors/{actor_key}",
        "editor",
        "/api/v1/actions/t-2/actors/a-1",
        {"role": "funder"},
    ),
    RouteRole(
        "DELETE",
        "/api/v1/actions/{key}/actors/{actor_key}",
        "editor",
        "/api/v1/actions/t-1/actors/a-1",
    ),
    RouteRole("GET", "/api/v1/rockets", "viewer", "/api/v1/rockets"),
    RouteRole("GET", "/api/v1/rockets/{key}", "viewer", "/api/v1/rockets/logistics"),
    RouteRole(
        "GET", "/api/v1/rockets/{key}/actions", "viewer", "/api/v1/rockets/logistics/actions"
    ),
    RouteRole("GET", "/api/v1/rockets/{key}/actors", "viewer", "/api/v1/rockets/logistics/actors"),
    RouteRole("GET", "/api/v1/indicators", "viewer", "/api/v1/indicators"),
    RouteRole("POST", "/api/v1/indicators", "editor", "/api/v1/indicators", INDICATOR_BODY),
    RouteRole("GET", "/api/v1/indicators/progress", "viewer", "/api/v1/indicators/progress"),
    RouteRole("GET", "/api/v1/indicators/{key}", "viewer", "/api/v1/indicators/i-1"),
    RouteRole(
        "PATCH", "/api/v1/indicators/{key}", "editor", "/api/v1/indicators/i-1", {"unit": "t"}
    ),
    RouteRole("DELETE", "/api/v1/indicators/{key}", "editor", "/api/v1/indicators/i-1"),
    RouteRole(
        "PUT",
        "/api/v1/indicators/{key}/values/{year}",
        "editor",
        "/api/v1/indicators/i-1/values/2024",
        {"value": 1500},
    ),
    RouteRole(
        "DELETE",
        "/api/v1/indicators/{key}/values/{year}",
        "editor",
        "/api/v1/indicators/i-1/values/2022",
    ),
    RouteRole("GET", "/api/v1/presentations", "viewer", "/api/v1/presentations"),
    RouteRole(
        "POST", "/api/v1/presentations", "editor", "/api/v1/presentations", PRESENTATION_BODY
    ),
    RouteRole("GET", "/api/v1/presentations/{key}", "viewer", "/api/v1/presentations/p-1"),
    RouteRole(
        "PUT",
        "/api/v1/presentations/{key}",
        "editor",
        "/api/v1/presentations/p-1",
        {"title": "T", "map": "/maps/network"},
    ),
    RouteRole("DELETE", "/api/v1/presentations/{key}", "editor", "/api/v1/presentations/p-1"),
    RouteRole(
        "POST",
        "/api/v1/presentations/{key}/slides",
        "editor",
        "/api/v1/presentations/p-1/slides",
        {"caption": "Dia"},
    ),
    RouteRole("GET", "/api/v1/reports/{year}", "viewer", "/api/v1/reports/2023?format=html"),
    RouteRole("GET", "/api/v1/surveys", "viewer", "/api/v1/surveys"),
    RouteRole("POST", "/api/v1/surveys", "editor", "/api/v1/surveys", {"year": 2099, "title": "K"}),
    RouteRole("GET", "/api/v1/surveys/{year}", "editor", "/api/v1/surveys/2099"),
    RouteRole("POST", "/api/v1/surveys/{year}/links", "editor", "/api/v1/surveys/2099/links", {}),
    RouteRole(
        "DELETE", "/api/v1/surveys/{year}/links/{actor}", "editor", "/api/v1/surveys/2099/links/a-1"
    ),
    RouteRole("POST", "/api/v1/surveys/{year}/close", "editor", "/api/v1/surveys/2099/close"),
    RouteRole("GET", "/api/v1/surveys/{year}/review", "editor", "/api/v1/surveys/2099/review"),
    RouteRole(
        "POST",
        "/api/v1/surveys/{year}/review",
        "editor",
        "/api/v1/surveys/2099/review",
        {"name": "X"},
    ),
    RouteRole("GET", "/api/v1/surveys/answers/{actor}", "admin", "/api/v1/surveys/answers/a-1"),
    RouteRole("DELETE", "/api/v1/surveys/answers/{actor}", "admin", "/api/v1/surveys/answers/a-1"),
    RouteRole("GET", "/api/v1/search", "viewer", "/api/v1/search?q=kouv"),
    RouteRole("GET", "/api/v1/analysis/{kind}", "viewer", "/api/v1/analysis/coverage"),
    RouteRole(
        "PUT",
        "/api/v1/gaps/{gap_id}/handled",
        "editor",
        "/api/v1/gaps/solo_action-96d21cde999a/handled",
        {"note": "asked"},
    ),
    RouteRole(
        "DELETE",
        "/api/v1/gaps/{gap_id}/handled",
        "editor",
        "/api/v1/gaps/solo_action-96d21cde999a/handled",
    ),
    RouteRole("POST", "/api/v1/imports", "editor", "/api/v1/imports"),
    RouteRole("GET", "/api/v1/exports/{format}", "viewer", "/api/v1/exports/json"),
    RouteRole("GET", "/api/v1/admin/keys", "admin", "/api/v1/admin/keys"),
    RouteRole("POST", "/api/v1/admin/keys", "admin", "/api/v1/admin/keys", {"role": "viewer"}),
    RouteRole("DELETE", "/api/v1/admin/keys/{key_id}", "admin", "/api/v1/admin/keys/00000000"),
    RouteRole("GET", "/api/v1/admin/users", "admin", "/api/v1/admin/users"),
    RouteRole(
        "POST",
        "/api/v1/admin/users",
        "admin",
        "/api/v1/admin/users",
        {"name": "liisa", "role": "viewer", "password": "a long enough password"},
    ),
    RouteRole("DELETE", "/api/v1/admin/users/{name}", "admin", "/api/v1/admin/users/nobody"),
    RouteRole("GET", "/api/v1/admin/audit", "admin", "/api/v1/admin/audit"),
)

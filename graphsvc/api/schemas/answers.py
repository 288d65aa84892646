"""Answer bodies that are not one resource: health, session, search, analyses, imports."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from graphsvc.model import Label


class HealthPublic(BaseModel):
    """``GET /health``: the service is up; its version and store kind."""

    status: str = Field(description="Always ok when the service answers")
    version: str
    store: str = Field(description="sqlite, bolt, neo4j, …")


class SessionPublic(BaseModel):
    """Who is signed in (a person or an API key) and the CSRF token their pages send back."""

    name: str
    role: str
    kind: str = Field(description="user, key or anonymous")
    csrf_token: str | None = Field(description="For cookie sessions; null for keys")


class SearchHit(BaseModel):
    """A node found by search: its label, key, name and properties."""

    label: Label
    key: str
    name: str | None = None

    model_config = ConfigDict(extra="allow")


class SearchPublic(BaseModel):
    """``GET /search``: the text searched for and the nodes found, best first."""

    q: str
    items: list[SearchHit]


class AnalysisPublic(BaseModel):
    """An analysis as data; ``result`` has one shape per kind (docs/analysis.md)."""

    kind: str
    rocket: str | None
    programme: str | None = Field(None, description="The programme read (None: the portfolio)")
    actor: str | None
    lang: str
    as_of: str | None = Field(None, description="The day the graph was read as of (None: now)")
    result: dict[str, Any]
    survey: dict[str, Any] | None = Field(
        None,
        description="What the survey ties in the result rest on: the latest closed wave, its "
        "response rate, whether it reaches 80 %, the rockets below it (None: no wave closed)",
    )
    graph_version: int = Field(description="The graph version the result was computed on")


class ImportReport(BaseModel):
    """What an import did (or, with ``dry_run``, would do)."""

    source: str
    dry_run: bool
    as_of: str | None = Field(None, description="The day the workbook describes (None: today)")
    rows: dict[str, int] = Field(description="Rows read per sheet")
    nodes_created: int
    nodes_updated: int
    nodes_unchanged: int
    nodes_deleted: int
    edges_created: int
    edges_updated: int
    edges_unchanged: int
    edges_deleted: int
    later_changes: int = Field(
        0, description="Items with changes recorded after as_of (kept as they were)"
    )
    indicators_created: int = 0
    indicators_updated: int = 0
    indicators_unchanged: int = 0
    indicators_deleted: int = 0
    values_created: int = Field(0, description="Yearly indicator values created")
    values_updated: int = 0
    values_unchanged: int = 0
    values_deleted: int = 0
    notes: list[str]
    seconds: float

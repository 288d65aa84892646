"""Handled marks of gaps: GapMarkPut (the request) and GapMarkPublic (the answer)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from graphsvc.api.schemas.common import ShortText, Strict


class GapMarkPut(Strict):
    """Mark a gap handled (``PUT /api/v1/gaps/{gap_id}/handled``), with an optional note."""

    note: ShortText = Field("", description="What was done or agreed (optional)")
    rocket: str | None = Field(
        None, max_length=128, description="The rocket whose own gaps list it (analysis ?rocket=)"
    )

    model_config = ConfigDict(
        extra="forbid", json_schema_extra={"examples": [{"note": "Xamk joins in January"}]}
    )


class GapMarkPublic(BaseModel):
    """A gap marked handled: by whom (``user:NAME`` or ``key:ID``), when (UTC) and why."""

    gap_id: str = Field(description="The gap's id, as the gaps analysis gives it")
    by: str
    at: str
    note: str

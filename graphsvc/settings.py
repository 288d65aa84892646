"""Settings: the only reader of the environment (``GRAPHSVC_*`` variables)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import pydantic
from pydantic import Field, SecretStr, field_validator
from pydantic_core import PydanticCustomError
from pydantic_settings import BaseSettings, SettingsConfigDict

from graphsvc.errors import ValidationError
from graphsvc.messages import Said, said
from graphsvc.values import joined

DEFAULT_STORE = "sqlite:///graphsvc.db"
_PLACEHOLDER_SECRETS = {"changeme", "change-me", "secret", "password", "neo4j", "xxx"}


class Settings(BaseSettings):
    """Every setting graphsvc reads, with its default; env vars are ``GRAPHSVC_<NAME>``."""

    model_config = SettingsConfigDict(env_prefix="GRAPHSVC_", extra="ignore")

    store: str = Field(DEFAULT_STORE, description="Store URL: sqlite:///PATH, bolt://, neo4j://")
    neo4j_user: str = Field("neo4j", description="Neo4j user name")
    neo4j_password: SecretStr | None = Field(None, description="Neo4j password")
    neo4j_database: str | None = Field(None, description="Neo4j database (default: server's)")
    connect_timeout: float = Field(15.0, description="Seconds to wait for the store at start-up")
    max_upload_bytes: int = Field(20 * 1024 * 1024, description="Largest accepted workbook file")
    max_body_bytes: int = Field(1024 * 1024, description="Largest accepted JSON request body")
    max_xlsx_inflated_bytes: int = Field(
        200 * 1024 * 1024,
        description="Largest total uncompressed size of the parts of an .xlsx (zip bombs)",
    )
    max_sheet_rows: int = Field(1_000_000, description="Largest accepted sheet, in rows")
    max_sheet_columns: int = Field(64, description="Largest accepted sheet, in columns")
    max_import_errors: int = Field(200, description="Errors collected before an import stops")
    max_page_size: int = Field(500, description="Largest page of a list")
    max_depth: int = Field(4, description="Deepest neighbourhood traversal")
    analysis_budget_seconds: float = Field(
        20.0, description="Longest an API request waits for an analysis (then 503)"
    )
    analysis_limit_seconds: float = Field(
        120.0, description="Longest one analysis computes before its process is stopped"
    )
    analysis_processes: int = Field(1, ge=1, description="Analysis processes per API worker")
    analysis_queue: int = Field(
        4, ge=0, description="Analyses waiting for a process, per API worker (more: 503)"
    )
    file_processes: int = Field(
        1, ge=1, description="Processes per API worker for exports and map pages"
    )
    file_queue: int = Field(
        4, ge=0, description="Exports and map builds waiting, per API worker (more: 503)"
    )
    file_budget_seconds: float = Field(
        60.0, description="Longest one export or map build may take (then 503)"
    )
    header_timeout_seconds: float = Field(
        10.0, gt=0, description="Seconds a client may take to send a request's headers (serve)"
    )
    max_connections: int = Field(
        4096, ge=16, description="Open connections per worker; the oldest half-sent one yields"
    )
    session_secret: SecretStr | None = Field(
        None, description="Secret signing the web UI sign-in form (shared by every worker)"
    )
    session_max_seconds: int = Field(
        8 * 3600, ge=1, description="Fixed lifetime of a sign-in session, in seconds"
    )
    rate_limit_per_minute: int = Field(6000, description="Requests per client per minute")
    pxweb_url: str = Field(
        "https://pxdata.stat.fi/PxWeb/api/v1/fi",
        description="Statistics Finland's PxWeb API v1 in one language (indicator values)",
    )
    statistics_area: str = Field(
        "KU286", max_length=40, description="Area read from statistics files (KU286: Kouvola)"
    )
    public_read: bool = Field(False, description="Allow reading without a credential")
    public_url: str = Field(
        "http://localhost:8000",
        max_length=300,
        description="The address people reach the service at (the survey's links start with it)",
    )
    survey_saves_per_minute: int = Field(
        120, description="Requests per survey link per minute (the form saves as one types)"
    )
    access_log: bool = Field(
        False, description="Log every request line (serve); writes are in the audit log anyway"
    )
    demo_notice: bool = Field(
        False, description="Say on every web page that the data is illustrative (serve --demo)"
    )

    @field_validator("neo4j_password", "session_secret")
    @classmethod
    def _refuse_placeholders(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None and value.get_secret_value().strip().lower() in _PLACEHOLDER_SECRETS:
            raise PydanticCustomError("placeholder_secret", "is a placeholder; set a real secret")
        return value


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The settings read once from the environment.

    Raises ValidationError naming each ``GRAPHSVC_*`` variable that holds a bad value.
    """
    try:
        return Settings()
    except pydantic.ValidationError as e:
        raise ValidationError(joined([_refusal(error) for error in e.errors()])) from None


def _refusal(error: Any) -> Said:
    """One refused setting, named as its environment variable."""
    name = "GRAPHSVC_" + "_".join(str(part) for part in error["loc"]).upper()
    if error["type"] == "placeholder_secret":
        return said("errors.settings.placeholder", name=name)
    return said("errors.settings.invalid", name=name, detail=str(error["msg"]))

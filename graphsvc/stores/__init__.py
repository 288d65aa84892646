"""Graph stores behind one protocol; ``open_store`` picks one from a URL."""

from __future__ import annotations

from urllib.parse import urlparse

from graphsvc.errors import ValidationError
from graphsvc.messages import said
from graphsvc.settings import Settings, get_settings
from graphsvc.stores.base import GraphStore

__all__ = ["GraphStore", "open_store"]

NEO4J_SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")


def open_store(url: str | None = None, settings: Settings | None = None) -> GraphStore:
    """Open the store named by ``url`` (default: the ``GRAPHSVC_STORE`` setting).

    ``sqlite:///PATH`` opens (and creates) an embedded file; ``bolt://``, ``neo4j://``
    and their ``+s`` variants connect to Neo4j with the configured credentials.
    Raises ValidationError for an unknown scheme and StoreUnavailableError when the
    database cannot be reached.
    """
    settings = settings or get_settings()
    url = url or settings.store
    scheme = urlparse(url).scheme
    if scheme == "sqlite":
        from graphsvc.stores.sqlite_store import SQLiteStore

        store: GraphStore = SQLiteStore(url)
    elif scheme in NEO4J_SCHEMES:
        from graphsvc.stores.neo4j_store import Neo4jStore

        password = settings.neo4j_password.get_secret_value() if settings.neo4j_password else None
        store = Neo4jStore(
            url,
            user=settings.neo4j_user,
            password=password,
            database=settings.neo4j_database,
            connect_timeout=settings.connect_timeout,
        )
    else:
        raise ValidationError(
            said(
                "errors.store.unknown_scheme",
                url=url,
                scheme=scheme or said("errors.store.no_scheme"),
                allowed="sqlite, " + ", ".join(NEO4J_SCHEMES),
            )
        )
    store.ensure_schema()
    return store

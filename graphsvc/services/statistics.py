"""Official statistics into indicator values: a recorded file, or a fetch from PxWeb.

Both write the values they read in one batch (all or nothing) with their source, and are
audited for the author. A file is a Statistics Finland PxWeb JSON-stat 2.0 answer or a
THL Sotkanet REST answer (:func:`graphsvc.loaders.statistics.read_statistics` tells which).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from graphsvc.errors import ValidationError
from graphsvc.indicator_model import Indicator, Observation
from graphsvc.loaders.files import check_file_size
from graphsvc.loaders.statistics import parse_machine_source, read_statistics
from graphsvc.messages import said
from graphsvc.records import Batch
from graphsvc.services.accounts import Author
from graphsvc.settings import Settings, get_settings
from graphsvc.stores.base import GraphStore


def default_area(indicator: Indicator, settings: Settings) -> str | None:
    """The area to read when none is given: the one the machine source selects (``Alue``
    for Statistics Finland, ``region`` for Sotkanet), else the setting
    ``statistics_area`` for Statistics Finland files; None leaves it to the file."""
    if indicator.machine_source:
        source = parse_machine_source(indicator.machine_source)
        chosen = source.single("region" if source.service == "sotkanet" else "Alue")
        if chosen:
            return chosen
        if source.service == "sotkanet":
            return None
    return settings.statistics_area


def _written(store: GraphStore, observations: list[Observation], dry_run: bool) -> dict[str, int]:
    if dry_run:
        stored = {(o.indicator, o.year): o for o in store.find_observations()}
        created = sum((o.indicator, o.year) not in stored for o in observations)
        same = sum(stored.get((o.indicator, o.year)) == o for o in observations)
        return {
            "values_created": created,
            "values_updated": len(observations) - created - same,
            "values_unchanged": same,
        }
    report = store.apply(Batch(observations=observations))
    return {
        "values_created": report.values_created,
        "values_updated": report.values_updated,
        "values_unchanged": report.values_unchanged,
    }


def import_statistics(
    store: GraphStore,
    path: str | Path,
    indicator_key: str,
    *,
    area: str | None = None,
    dry_run: bool = False,
    settings: Settings | None = None,
    by: Author | None = None,
) -> dict[str, Any]:
    """Read a recorded statistics answer for one indicator and record its yearly values.

    Raises NotFoundError for an unknown indicator and ImportRejectedError (naming the
    file and the area or field) for a file that does not give its values; then nothing
    was written.
    """
    settings = settings or get_settings()
    path = Path(path)
    indicator = store.get_indicator(indicator_key)
    if not path.is_file():
        raise ValidationError(said("errors.service.statistics_not_file", path=str(path)))
    check_file_size(path, settings, path.name)
    chosen = area or default_area(indicator, settings)
    read = read_statistics(path.read_bytes(), source=path.name, indicator=indicator, area=chosen)
    counts = _written(store, read.observations, dry_run)
    if by is not None and not dry_run:
        by.record("indicator.import", f"indicator:{indicator.key}", f"{path.name} {read.area}")
    return {
        "indicator": indicator.key,
        "source": path.name,
        "kind": read.kind,
        "area": read.area,
        "dry_run": dry_run,
        "years": [o.year for o in read.observations],
        **counts,
        "notes": read.notes,
    }


def fetch_statistics(
    store: GraphStore,
    keys: Sequence[str] = (),
    *,
    settings: Settings | None = None,
    by: Author | None = None,
    client: Any = None,
) -> dict[str, Any]:
    """Fetch the values of the indicators ``keys`` (default: every one with a ``statfin:``
    source) from the PxWeb API at the setting ``pxweb_url`` and record those that came.

    One table that fails does not stop the others; its error is in the outcome. The
    values that came are written in one batch. NotFoundError for an unknown key,
    ValidationError when a named indicator has no ``statfin:`` source.
    """
    from graphsvc.services.pxweb import PxWebClient, fetch_all

    settings = settings or get_settings()
    chosen = [store.get_indicator(k) for k in keys] or store.find_indicators()
    for indicator in chosen:
        if keys and not indicator.machine_source.startswith("statfin:"):
            raise ValidationError(said("errors.service.no_machine_source", key=repr(indicator.key)))
    client = client or PxWebClient(settings.pxweb_url)
    outcomes = fetch_all(client, chosen, area=settings.statistics_area)
    values = [o for outcome in outcomes if outcome.ok for o in outcome.observations]
    counts = _written(store, values, dry_run=False) if values else {"values_created": 0}
    if by is not None:
        failed = sum(not o.ok for o in outcomes)
        by.record("indicator.fetch", "indicators", f"{len(outcomes)} tables, {failed} failed")
    return {
        "source": settings.pxweb_url,
        "outcomes": [
            {
                "indicator": o.indicator,
                "table": o.table,
                "ok": o.ok,
                "years": [v.year for v in o.observations],
                "error": o.error,
                "said": o.said,  # the error for a reader's language; not JSON (the CLI drops it)
                "notes": o.notes,
            }
            for o in outcomes
        ],
        **counts,
    }

"""Property-based fuzzing of every operation of the OpenAPI schema: no answer is a 5xx."""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error

from graphsvc.stores.base import GraphStore
from tests.api.conftest import make_api

#: Examples per operation and role, per store: enough to reach odd values, bounded to stay fast.
EXAMPLES = {"SQLiteStore": 10, "Neo4jStore": 4}


def test_no_operation_answers_5xx(store: GraphStore) -> None:
    api = make_api(store)
    examples = EXAMPLES[type(store).__name__]
    schema = schemathesis.openapi.from_asgi("/openapi.json", api.app)
    failures: dict[str, str] = {}
    operations = 0
    for result in schema.get_all_operations():
        operation = result.ok()
        operations += 1

        @given(case=operation.as_strategy())
        @settings(
            max_examples=examples,
            deadline=None,
            derandomize=True,
            database=None,
            suppress_health_check=list(HealthCheck),
        )
        def fuzz(case: schemathesis.Case) -> None:
            for role in ("admin", "viewer"):
                case.call_and_validate(headers=api.headers(role), checks=[not_a_server_error])

        try:
            fuzz()
        except Exception as e:  # collect every failing operation, then report them all
            failures[operation.label] = str(e)[:2000]
    api.app.state.accounts.close()
    assert operations >= 30
    if failures:
        pytest.fail("\n\n".join(f"{label}:\n{text}" for label, text in failures.items()))

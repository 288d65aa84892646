"""GuardedRead: an APIRoute for read routes whose only dependencies are role guards.

FastAPI solves every route's dependencies through general machinery (sub-dependant trees,
caches, exit stacks, per-request annotation checks). On who-runs that machinery cost about
as much as the store call itself (see docs/api.md, Measured). A GuardedRead route does
the same work directly:

1. it runs its route-level dependencies, the role guards, in order (401/403 come first);
2. it validates each path and query parameter with the parameter's own FastAPI field
   (the same pydantic validation, the same 422 error entries);
3. it calls the endpoint with the request and those parameters.

The OpenAPI description comes from the same declaration. Routes that need more (a body,
headers, cookies, list parameters, dependencies in their signature, a plain function
endpoint) are refused when the app is built.
"""

from __future__ import annotations

import enum
import inspect
from collections.abc import Callable, Coroutine, Mapping
from dataclasses import dataclass
from typing import Any

from fastapi import Request, Response
from fastapi._compat import field_annotation_is_sequence
from fastapi.dependencies.utils import request_params_to_args
from fastapi.exceptions import RequestValidationError
from fastapi.routing import APIRoute

Handler = Callable[[Request], Coroutine[Any, Any, Response]]
_SCALAR_DEFAULTS = (type(None), str, int, float, bool, enum.Enum)


@dataclass(frozen=True)
class _Param:
    """One path or query parameter, looked up once when the route is built."""

    field: Any  # FastAPI's ModelField: validates the value, names errors
    alias: str
    where: str  # "path" or "query"
    required: bool


class GuardedRead(APIRoute):
    """A GET route: role guards, then FastAPI-validated scalar path and query parameters."""

    def get_route_handler(self) -> Handler:
        """The handler that runs the guards, validates the parameters and calls the endpoint."""
        dependant = self.dependant
        guards = [d.dependency for d in self.dependencies if d.dependency is not None]
        extra: list[object] = [d.call for d in dependant.dependencies if d.call not in guards]
        params = [
            _Param(field, _alias(field), where, field.field_info.is_required())
            for where, fields in (
                ("path", dependant.path_params),
                ("query", dependant.query_params),
            )
            for field in fields
        ]
        unsupported = [
            p.alias
            for p in params
            if field_annotation_is_sequence(p.field.field_info.annotation)
            or not (p.required or isinstance(p.field.default, _SCALAR_DEFAULTS))
        ]
        if dependant.body_params or dependant.header_params or dependant.cookie_params:
            extra.append("a body, header or cookie")
        if not inspect.iscoroutinefunction(self.endpoint):
            extra.append("a plain function endpoint")
        if extra or unsupported:
            raise TypeError(
                f"{self.path}: a GuardedRead route takes an async endpoint with the request, "
                "path and query parameters with single values, and role guards as route "
                "dependencies"
            )
        endpoint = self.endpoint
        request_name = dependant.request_param_name

        async def handler(request: Request) -> Response:
            for guard in guards:
                await guard(request)
            values = _validated(params, request)
            if request_name:
                values[request_name] = request
            response: Response = await endpoint(**values)
            return response

        return handler


def _alias(field: Any) -> str:
    """The name a parameter is sent under (its validation alias, else its alias)."""
    return str(getattr(field, "validation_alias", None) or field.alias)


def _validated(params: list[_Param], request: Request) -> dict[str, Any]:
    """The parameters' values; RequestValidationError with FastAPI's entries if any is bad."""
    values: dict[str, Any] = {}
    errors: list[Any] = []
    sources: dict[str, Mapping[str, Any]] = {
        "path": request.path_params,
        "query": request.query_params,
    }
    for param in params:
        raw = sources[param.where].get(param.alias)
        if raw is None:
            if param.required:  # FastAPI's own extraction words the missing-field errors
                _, path_errors = request_params_to_args(
                    [p.field for p in params if p.where == "path"], request.path_params
                )
                _, query_errors = request_params_to_args(
                    [p.field for p in params if p.where == "query"], request.query_params
                )
                raise RequestValidationError([*path_errors, *query_errors])
            values[param.field.name] = param.field.default
            continue
        value, problems = param.field.validate(raw, values, loc=(param.where, param.alias))
        errors.extend(problems)
        values[param.field.name] = value
    if errors:
        raise RequestValidationError(errors)
    return values

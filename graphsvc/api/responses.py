"""Fast JSON answers: service data is already JSON-ready, so it is encoded once, directly.

Routes declare their body with ``response_model=`` (so the OpenAPI document shows it) and
return a :class:`JSONAnswer`; FastAPI sends a returned response as it is, without
validating it again, so the schema costs nothing per request. A test compares real
answers with the declared schemas.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

import orjson
from fastapi.responses import JSONResponse

#: Dates and dataclasses go through ``str`` as in ``graphsvc … --json``; numeric keys as text.
_OPTIONS = (
    orjson.OPT_NON_STR_KEYS | orjson.OPT_PASSTHROUGH_DATETIME | orjson.OPT_PASSTHROUGH_DATACLASS
)


def encode_json(content: Any) -> bytes:
    """``content`` as compact UTF-8 JSON, the same document ``json.dumps(default=str)`` gives."""
    return orjson.dumps(content, default=str, option=_OPTIONS)


class JSONAnswer(JSONResponse):
    """``application/json`` encoded once with orjson, UTF-8, no re-validation."""

    def render(self, content: Any) -> bytes:
        """Encode ``content`` compactly as UTF-8 JSON."""
        return encode_json(content)


def created(content: Any, collection: str, key: str) -> JSONAnswer:
    """A 201 answer whose ``Location`` is ``collection/key``, the key percent-encoded (UTF-8).

    Keys may hold letters of any script (``ключ-1``); a header can only carry ASCII.
    """
    return JSONAnswer(
        content, status_code=201, headers={"Location": f"{collection}/{quote(key, safe='')}"}
    )

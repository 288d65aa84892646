"""Fast JSON answers: service data is already JSON-ready, so it is encoded once, directly."""

from __future__ import annotations

import json
from typing import Any

from starlette.responses import Response


class JSONAnswer(Response):
    """``application/json`` encoded with the standard library, UTF-8, no re-validation."""

    media_type = "application/json"

    def render(self, content: Any) -> bytes:
        """Encode ``content`` compactly as UTF-8 JSON."""
        return json.dumps(content, ensure_ascii=False, separators=(",", ":"), default=str).encode()

"""Messages of the errors raised by graphsvc.services, analysis, render and demo
(merged into the errors section)."""

from __future__ import annotations

from graphsvc.messages import Message

MESSAGES: dict[str, Message] = {}

"""Messages of the errors raised by graphsvc.loaders and the model rules
(merged into the errors section)."""

from __future__ import annotations

from graphsvc.messages import Message

MESSAGES: dict[str, Message] = {}

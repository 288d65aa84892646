"""Messages of the errors raised by graphsvc.stores, graphsvc.accounts and graphsvc.api
(merged into the errors section)."""

from __future__ import annotations

from graphsvc.messages import Message

MESSAGES: dict[str, Message] = {}

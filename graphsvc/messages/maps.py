"""The maps section of the message catalogue (see graphsvc.messages)."""

from __future__ import annotations

from graphsvc.messages import Message

MESSAGES: dict[str, Message] = {}

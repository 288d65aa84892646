"""The errors section of the message catalogue (see graphsvc.messages): the messages of the
errors graphsvc raises, read in the CLI, on pages and in the API in the reader's language.

An error is raised with a :class:`graphsvc.messages.Said` (``ValidationError(said(key, …))``);
its ``message`` is the English text, :meth:`graphsvc.errors.GraphsvcError.in_lang` any other.
"""

from __future__ import annotations

from graphsvc.messages import Message
from graphsvc.messages.errors_loaders import MESSAGES as LOADER_MESSAGES
from graphsvc.messages.errors_services import MESSAGES as SERVICE_MESSAGES
from graphsvc.messages.errors_stores import MESSAGES as STORE_MESSAGES
from graphsvc.messages.errors_survey import MESSAGES as SURVEY_MESSAGES

MESSAGES: dict[str, Message] = {
    "errors.unexpected_value": Message(
        "{value!r} ei käy: käytä jotakin näistä: {allowed}",
        "{value!r} is not allowed: use one of {allowed}",
    ),
    "errors.prefix": Message("virhe: {message}", "error: {message}"),
    "errors.interrupted": Message("keskeytetty", "interrupted"),
    "errors.nothing_imported": Message(
        "{detail}; mitään ei tuotu", "{detail}; nothing was imported"
    ),
}

for _part in (LOADER_MESSAGES, SERVICE_MESSAGES, STORE_MESSAGES, SURVEY_MESSAGES):
    if MESSAGES.keys() & _part.keys():
        raise RuntimeError(f"errors messages defined twice: {sorted(MESSAGES.keys() & _part)}")
    MESSAGES.update(_part)

"""Undo of a deletion in the web UI: what was removed travels in a signed cookie.

After a deletion the browser gets ``graphsvc_undo``: the removed node and relationships
(:class:`graphsvc.services.editing.Removed`) as compressed JSON with an expiry and an HMAC
under the session secret, HttpOnly and SameSite=Strict. The next page shows the notice
"Poistettu … — Peru"; its button posts to ``/undo``, which checks the signature and puts
everything back through :func:`graphsvc.services.editing.restore` (the audit log and the
history record the restore like any other write). The cookie holds what was deleted,
contact details included, so it is as private as the session cookie and never part of a
URL; it lives :data:`UNDO_SECONDS` and is cleared by an undo.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import time
import zlib
from dataclasses import dataclass
from typing import Any

import orjson
from fastapi import Request, Response

from graphsvc import messages
from graphsvc.model import Edge, Label, Node, RelType
from graphsvc.services.editing import Removed

UNDO_COOKIE = "graphsvc_undo"
#: How long a deletion can be undone.
UNDO_SECONDS = 15 * 60
#: Browsers keep cookies up to about 4 KB; a larger removal cannot be undone this way.
MAX_COOKIE = 3800


@dataclass(frozen=True)
class UndoOffer:
    """A deletion that can be undone: its notice (a ``ui.`` message key and the names it
    quotes) and what was removed."""

    notice: str
    names: dict[str, str]
    removed: Removed

    def text(self, lang: str) -> str:
        """The notice in ``lang``, the names quoted as the reader quotes."""
        quoted = {name: messages.quote(value, lang) for name, value in self.names.items()}
        return messages.text(f"ui.{self.notice}", lang, **quoted)


def _signature(secret: str, body: str) -> str:
    return hmac.new(secret.encode(), body.encode(), hashlib.sha256).hexdigest()


def _plain(removed: Removed, notice: str, names: dict[str, str], who: str) -> dict[str, Any]:
    node = removed.node
    return {
        "who": who,
        "notice": notice,
        "names": names,
        "node": None if node is None else [node.label.value, node.key, node.props],
        "edges": [[e.type.value, e.start, e.end, e.props] for e in removed.edges],
        "until": int(time.time()) + UNDO_SECONDS,
    }


def encode(
    secret: str, removed: Removed, notice: str, names: dict[str, str], who: str
) -> str | None:
    """The cookie value for ``removed`` by ``who`` (None when it is too large for a cookie)."""
    packed = zlib.compress(orjson.dumps(_plain(removed, notice, names, who)), 9)
    body = base64.urlsafe_b64encode(packed).decode().rstrip("=")
    value = f"{body}.{_signature(secret, body)}"
    return value if len(value) <= MAX_COOKIE else None


def decode(secret: str, value: str | None, who: str) -> UndoOffer | None:
    """The offer a cookie value holds for ``who``; None when it is missing, forged, expired
    or someone else's (another person signed in on the same browser)."""
    body, _, signature = (value or "").partition(".")
    if not body or not hmac.compare_digest(_signature(secret, body), signature):
        return None
    data = orjson.loads(zlib.decompress(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4))))
    if int(data["until"]) < time.time() or data["who"] != who:
        return None
    node = None
    if data["node"] is not None:
        label, key, props = data["node"]
        node = Node(Label(label), key, props)
    edges = tuple(Edge(RelType(t), start, end, props) for t, start, end, props in data["edges"])
    names = {str(k): str(v) for k, v in data["names"].items()}
    return UndoOffer(str(data["notice"]), names, Removed(node, edges))


def offer(request: Request, who: str) -> UndoOffer | None:
    """The undo ``who`` may still make in this browser (from its cookie), if any."""
    return decode(request.app.state.session_secret, request.cookies.get(UNDO_COOKIE), who)


def remember(
    request: Request, response: Response, who: str, removed: Removed, notice: str, **names: str
) -> bool:
    """Let ``who`` undo ``removed`` in this browser, announced by the message ``notice``
    quoting ``names``; False when it is too large to be undone."""
    value = encode(request.app.state.session_secret, removed, notice, names, who)
    if value is None:
        forget(response)
        return False
    response.set_cookie(
        UNDO_COOKIE, value, max_age=UNDO_SECONDS, path="/", httponly=True, samesite="strict"
    )
    return True


def forget(response: Response) -> None:
    """Tell the browser that nothing is left to undo."""
    response.delete_cookie(UNDO_COOKIE, path="/", httponly=True, samesite="strict")

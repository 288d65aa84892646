"""A small programme with hostile names and personal contact data, for the map tests."""

from __future__ import annotations

from graphsvc.model import Edge, Label, Node, RelType, builtin_nodes

SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"
HREF = 'see <a href="javascript:alert(1)">href</a>'
CLOSE = "</script><script>alert(2)</script>"
SEP = "line\u2028break\u2029& more"
HOSTILE = (SCRIPT, IMG, HREF, CLOSE)
CONTACTS = {
    "contact_name": "Maija Meikäläinen",
    "contact_email": "maija.meikalainen@example.fi",
    "contact_phone": "+358 40 123 4567",
}


def hostile_nodes() -> list[Node]:
    """Rockets plus actors and actions named to break out of HTML, with contact data."""
    nodes = [n for n in builtin_nodes() if n.label is not Label.PROGRAMME]
    nodes = [
        Node(Label.ROCKET, n.key, {**n.props, "name_fi": IMG}) if n.key == "centre" else n
        for n in nodes
    ]
    nodes += [
        Node(Label.ACTOR, "evil", {"name": SCRIPT, "kind": "company", "sector": HREF, **CONTACTS}),
        Node(Label.ACTOR, "img", {"name": IMG, "kind": "education", "municipality": CLOSE}),
        Node(Label.ACTOR, "plain", {"name": "Kouvolan kaupunki", "kind": "city", **CONTACTS}),
        Node(Label.ACTOR, "far", {"name": "Kaukainen ry", "kind": "association"}),
        Node(Label.ACTOR, "alone", {"name": "Yksinäinen Oy", "kind": "company"}),
        Node(Label.ACTION, "a1", {"title": HREF, "description": SEP, "status": "ongoing"}),
        Node(Label.ACTION, "a2", {"title": CLOSE}),
        Node(Label.THEME, "evil-theme", {"name_fi": SCRIPT, "name_en": SCRIPT}),
        Node(Label.ACTION, "a3", {"title": "Ratapiha", "status": "planned"}),
    ]
    return nodes


def hostile_edges() -> list[Edge]:
    """evil and img run a1 (centre); img and far run a2 (logistics); plain runs a3 alone."""
    return [
        Edge(RelType.RUNS, "evil", "a1", {"role": "lead"}),
        Edge(RelType.RUNS, "img", "a1", {"role": "partner"}),
        Edge(RelType.RUNS, "img", "a2", {"role": "lead"}),
        Edge(RelType.RUNS, "far", "a2", {"role": "partner"}),
        Edge(RelType.RUNS, "plain", "a3", {"role": "lead"}),
        Edge(RelType.FUELS, "a1", "centre", {"primary": True}),
        Edge(RelType.FUELS, "a2", "logistics", {"primary": True}),
        Edge(RelType.FUELS, "a2", "centre", {"primary": False}),
        Edge(RelType.ADDRESSES, "a2", "evil-theme"),
        Edge(RelType.FUELS, "a3", "logistics", {"primary": True}),
        Edge(RelType.COLLABORATES_WITH, "plain", "evil", {"kind": "contract"}),
    ]

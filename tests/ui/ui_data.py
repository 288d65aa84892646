"""The small workbook the UI tests load: real-looking actors, hostile names, two users."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

HOSTILE_SCRIPT = "<script>alert(1)</script>"
HOSTILE_IMG = "<img src=x onerror=alert(1)>"
HOSTILE_HREF = 'Kauppa <a href="javascript:alert(3)">href klikkaa</a>'
HOSTILE_TITLE = "<script>alert(2)</script> toimenpide"
CONTACT_EMAIL = "maija.meikalainen@kouvola.example"
#: When an actor's data was last checked (shown as a date in the reader's locale).
VERIFIED = {"vr": "2025-03-15"}

EDITOR = ("toimittaja", "punainen-kettu-juoksee-1")
VIEWER = ("katsoja", "sininen-lintu-laulaa-22")

ACTORS = [
    ("kouvola", "Kouvolan kaupunki", "city", CONTACT_EMAIL),
    ("xamk", "Kaakkois-Suomen ammattikorkeakoulu (Xamk)", "education", ""),
    ("kinno", "Kouvola Innovation Oy (Kinno)", "city_company", ""),
    ("vr", "VR-Yhtymä Oyj", "company", ""),
    ("ely", "Kaakkois-Suomen ELY-keskus", "authority", ""),
    ("yrittajat", "Kouvolan Yrittäjät ry", "association", ""),
    ("ruokapiiri", "Lähiruokapiiri Äänekäs", "citizen", ""),
    ("muovi", "Muovitehdas Oy", "company", ""),
    ("hostile-script", HOSTILE_SCRIPT, "company", ""),
    ("hostile-img", HOSTILE_IMG, "association", ""),
    ("hostile-href", HOSTILE_HREF, "company", ""),
]
ACTIONS = [
    ("rrt", "RRT-terminaalin kehittäminen", "logistics;competence", "ongoing"),
    ("ratakoulutus", "Rautatielogistiikan koulutus", "competence;logistics", "planned"),
    ("asema", "Asema-alueen kehittäminen", "centre", "planned"),
    ("itarata", "Itäradan edunvalvonta", "accessibility", "ongoing"),
    ("lahiruoka", "Lähiruoan markkinapaikka", "wellbeing", "proposed"),
    ("asuminen", "Erottuva asuminen ja vapaa-aika", "launchpad", "planned"),
    ("hostile-action", HOSTILE_TITLE, "centre", "proposed"),
]
PARTICIPATION = [
    ("vr", "rrt", "lead"),
    ("kouvola", "rrt", "partner"),
    ("xamk", "rrt", "partner"),
    ("xamk", "ratakoulutus", "lead"),
    ("kinno", "ratakoulutus", "funder"),
    ("kouvola", "asema", "lead"),
    ("yrittajat", "asema", "partner"),
    ("hostile-script", "asema", "partner"),
    ("ely", "itarata", "lead"),
    ("kouvola", "itarata", "partner"),
    ("ruokapiiri", "lahiruoka", "lead"),
    ("kouvola", "asuminen", "lead"),
    ("hostile-img", "hostile-action", "lead"),
    ("hostile-href", "hostile-action", "partner"),
]


def _write(path: Path, header: list[str], rows: list[tuple[str, ...]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, delimiter=";")
        writer.writerow(header)
        writer.writerows(rows)


def write_workbook(folder: Path) -> Path:
    """Write the CSV workbook into ``folder`` and return it."""
    folder.mkdir(parents=True, exist_ok=True)
    actors = [(*row, VERIFIED.get(row[0], "")) for row in ACTORS]
    _write(folder / "actors.csv", ["key", "name", "kind", "contact_email", "verified_at"], actors)
    _write(folder / "actions.csv", ["key", "title", "rocket", "status"], ACTIONS)
    _write(folder / "participation.csv", ["actor", "action", "role"], PARTICIPATION)
    return folder


#: A former actor (in the programme from mid-2022 to mid-2024) and a newcomer (from 2023 to
#: mid-2025, so that at the end of 2025 only the UI workbook, loaded today, is missing).
FORMER = ("vanha-toimija", "Vanha Toimija Oy")
NEWCOMER = ("uusi-tulija", "Uusi Tulija Oy")


def add_history(store: Any) -> None:
    """Give the shared UI store a past: the former actor and the newcomer, each running an
    old action (the same writes on the same days change nothing the second time)."""
    from graphsvc.model import Edge, Label, Node, RelType
    from graphsvc.records import Batch

    def actor(key: str, name: str) -> Node:
        return Node(Label.ACTOR, key, {"name": name, "kind": "company"})

    old = Node(Label.ACTION, "vanha-hanke", {"title": "Vanha hanke", "status": "ongoing"})
    fuels = Edge(RelType.FUELS, "vanha-hanke", "centre", {"primary": True})
    store.apply(
        Batch(
            nodes=[actor(*FORMER), old],
            edges=[fuels, Edge(RelType.RUNS, FORMER[0], "vanha-hanke", {"role": "lead"})],
            on="2022-06-01",
        )
    )
    runs = Edge(RelType.RUNS, NEWCOMER[0], "vanha-hanke", {"role": "partner"})
    store.apply(Batch(nodes=[actor(*NEWCOMER)], edges=[runs], on="2023-03-01"))
    ended = [(Label.ACTOR, FORMER[0]), (Label.ACTION, "vanha-hanke")]
    store.apply(Batch(node_deletes=ended, on="2024-06-01"))
    store.apply(Batch(node_deletes=[(Label.ACTOR, NEWCOMER[0])], on="2025-06-01"))

"""The illustrative *Hyvinvoinnin kasvu* programme: a second workbook beside the vitality one.

A city keeps each growth programme in a workbook of its own. This one holds the strategy
both programmes carry out, the wellbeing programme with five focus areas, about 80
actions per scale unit, the wellbeing actors of its own (associations, clubs, the
wellbeing services county's units) and participation rows that name actors of the
vitality workbook by key: the actors the two programmes share. Some actions also fuel a
vitality rocket (written ``elinvoiman-kasvu:KEY``). Everything is invented, seeded and
deterministic; the focus area ``ageing`` is planted apart: its actors never work with
anyone of the vitality programme.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from graphsvc.demo.generator import DemoData

PROGRAMME = "hyvinvoinnin-kasvu"
STRATEGY = "kouvola-kasvuun-2030"
#: The focus area whose actors work with nobody of the vitality programme.
APART = "ageing"
ACTIONS_PER_SCALE = 80
OWN_ACTORS_PER_SCALE = 45
SHARED_SHARE = 0.35  # partners drawn from the vitality programme's actors
CROSS_SHARE = 0.12  # actions that also fuel a vitality rocket
_NOTE = "Kuvitteellinen esimerkki."

FOCUS_AREAS: tuple[tuple[str, str, str], ...] = (
    ("health", "Terveys ja toimintakyky", "Health and functional ability"),
    ("youth", "Lapset, nuoret ja perheet", "Children, young people and families"),
    ("ageing", "Ikääntyvien hyvä arki", "A good everyday life for older people"),
    ("community", "Osallisuus ja yhteisöt", "Participation and communities"),
    ("culture", "Kulttuuri ja liikunta", "Culture and sport"),
)
_TITLES: dict[str, tuple[str, ...]] = {
    "health": ("Liikuntaneuvonta", "Mielen hyvinvoinnin ryhmät", "Terveyskioski kauppakeskukseen",
               "Työikäisten terveystarkastukset", "Uniklinikka verkossa", "Päihdetyön verkosto"),
    "youth": ("Nuorten työpajat", "Perhekeskuksen kohtaamispaikka", "Harrastamisen malli",
              "Kesätyöseteli nuorille", "Koulujen hyvinvointitiimit", "Nuorisotilat iltaisin"),
    "ageing": ("Kotona asumisen tuki", "Ikäihmisten digiopastus", "Senioriliikunta kylillä",
               "Omaishoitajien vertaisryhmät", "Kuljetusapu asiointiin", "Muistikahvilat"),
    "community": ("Asukastalojen verkosto", "Kylien yhteisötilat", "Osallistuva budjetointi",
                  "Vapaaehtoistyön välitys", "Kotoutumisen kumppanuus", "Lähiöiden olohuoneet"),
    "culture": ("Kulttuurilähetit", "Liikuntapaikkojen avoimet ovet", "Kirjaston tapahtumat",
                "Taiteen perusopetus kouluihin", "Ulkoilureittien kunnostus", "Kesäteatteri"),
}  # fmt: skip
#: The themes each focus area's actions address, most likely first.
_THEMES: dict[str, tuple[str, ...]] = {
    "health": ("osallisuus", "tyollisyys"),
    "youth": ("tyollisyys", "osallisuus"),
    "ageing": ("osallisuus",),
    "community": ("osallisuus", "ymparisto"),
    "culture": ("osallisuus", "ymparisto"),
}
#: Vitality rockets an action of the focus area may also fuel.
_ALSO: dict[str, str] = {
    "health": "wellbeing",
    "youth": "competence",
    "community": "centre",
    "culture": "wellbeing",
}
_OWN_KINDS: tuple[tuple[str, str], ...] = (
    ("association", "Liikuntaseura"),
    ("association", "Senioriyhdistys"),
    ("association", "Nuorisoseura"),
    ("association", "Kyläyhdistys"),
    ("association", "Perheyhdistys"),
    ("association", "Kulttuuriyhdistys"),
    ("institution", "Hyvinvointialue / palveluyksikkö"),
    ("institution", "Seurakunta / diakoniatyö"),
    ("city", "Kaupunki / liikunta- ja nuorisopalvelut"),
    ("citizen", "Asukasraati"),
)
_SHARED_KINDS = frozenset({"city", "city_company", "education", "association", "citizen"})


@dataclass
class WellbeingData:
    """The rows of the wellbeing workbook's sheets."""

    programmes: list[dict[str, str]]
    rockets: list[dict[str, str]]
    actors: list[dict[str, str]]
    actions: list[dict[str, str]]
    participation: list[dict[str, str]]
    collaborations: list[dict[str, str]]


def build_wellbeing(vitality: DemoData) -> WellbeingData:
    """The wellbeing workbook at the scale and seed of ``vitality``, sharing its actors."""
    rng = random.Random(vitality.seed * 31 + 7)
    scale = vitality.scale
    own = _own_actors(rng, scale)
    shared = _shareable(vitality)
    apart_pool = [a["key"] for a in own[: max(4, len(own) // 6)]]
    others = [a["key"] for a in own[len(apart_pool) :]]
    actions, participation = [], []
    for n in range(ACTIONS_PER_SCALE * scale):
        area = FOCUS_AREAS[n % len(FOCUS_AREAS)][0]
        key = f"hk-{n + 1:03d}" if scale == 1 else f"hk-{n + 1:05d}"
        actions.append(_action(rng, key, area, n))
        participation += _runners(rng, key, area, apart_pool, others, shared)
    return WellbeingData(
        programmes=_programmes(),
        rockets=[
            {"key": k, "programme": PROGRAMME, "name_fi": fi, "name_en": en, "number": str(i)}
            for i, (k, fi, en) in enumerate(FOCUS_AREAS, start=1)
        ],
        actors=own,
        actions=actions,
        participation=participation,
        collaborations=_collaborations(rng, others, shared, scale),
    )


def _programmes() -> list[dict[str, str]]:
    return [
        {
            "key": STRATEGY,
            "name": "Kouvola kasvuun 2030",
            "name_en": "Kouvola grows 2030",
            "kind": "strategy",
            "description": f"{_NOTE} Kaupunkistrategia, jota kasvuohjelmat toteuttavat.",
        },
        {
            "key": "elinvoiman-kasvu",
            "name": "Elinvoiman kasvu",
            "name_en": "Vitality growth",
            "kind": "programme",
            "part_of": STRATEGY,
        },
        {
            "key": PROGRAMME,
            "name": "Hyvinvoinnin kasvu",
            "name_en": "Wellbeing growth",
            "kind": "programme",
            "part_of": STRATEGY,
            "period_start": "2023",
            "period_end": "2026",
            "description": f"{_NOTE} Hyvinvoinnin kasvuohjelman painopisteet ja teot on keksitty.",
        },
    ]


def _own_actors(rng: random.Random, scale: int) -> list[dict[str, str]]:
    found = []
    for n in range(OWN_ACTORS_PER_SCALE * scale):
        kind, name = _OWN_KINDS[n % len(_OWN_KINDS)]
        place = rng.choice(("Kouvola", "Kuusankoski", "Valkeala", "Elimäki", "Anjalankoski"))
        found.append(
            {
                "key": f"hv-{n + 1:03d}" if scale == 1 else f"hv-{n + 1:05d}",
                "name": f"{name}, {place} {n // len(_OWN_KINDS) + 1}",
                "kind": kind,
                "municipality": "Kouvola",
                "tags": "hyvinvointi",
            }
        )
    return found


def _shareable(vitality: DemoData) -> list[str]:
    """Vitality actors the wellbeing programme may work with (none of the planted ones)."""
    p = vitality.planted
    planted = {p.broker, *p.pair, *p.shared_partners, *p.idle, *p.isolated}
    return [
        a["key"] for a in vitality.actors if a["kind"] in _SHARED_KINDS and a["key"] not in planted
    ]


def _action(rng: random.Random, key: str, area: str, n: int) -> dict[str, str]:
    titles = _TITLES[area]
    title = titles[(n // len(FOCUS_AREAS)) % len(titles)]
    rounds = n // (len(FOCUS_AREAS) * len(titles))
    rocket = area
    if area in _ALSO and rng.random() < CROSS_SHARE:
        rocket += f";elinvoiman-kasvu:{_ALSO[area]}"
    themes = _THEMES[area]
    chosen = [themes[0]] + [t for t in themes[1:] if rng.random() < 0.4]
    return {
        "key": key,
        "title": title if rounds == 0 else f"{title} {rounds + 1}",
        "rocket": rocket,
        "programme": PROGRAMME,
        "status": rng.choice(("planned", "ongoing", "ongoing", "proposed", "done")),
        "themes": ";".join(chosen),
        "description": f"{_NOTE} {title}: hyvinvoinnin kasvun teko.",
    }


def _runners(
    rng: random.Random,
    action: str,
    area: str,
    apart_pool: list[str],
    others: list[str],
    shared: list[str],
) -> list[dict[str, str]]:
    count = rng.choice((2, 3, 3, 4, 5))
    chosen: list[str] = []
    while len(chosen) < count:
        if area == APART:
            pool = apart_pool
        else:
            pool = shared if shared and rng.random() < SHARED_SHARE else others
        key = rng.choice(pool)
        if key not in chosen:
            chosen.append(key)
        if len(set(pool) - set(chosen)) == 0:
            break
    return [
        {"actor": key, "action": action, "role": "lead" if i == 0 else rng.choice(_ROLES)}
        for i, key in enumerate(chosen)
    ]


_ROLES = ("partner", "partner", "partner", "funder", "participant")


def _collaborations(
    rng: random.Random, others: list[str], shared: list[str], scale: int
) -> list[dict[str, str]]:
    pairs: dict[tuple[str, str], None] = {}
    for _ in range(12 * scale):
        a, b = rng.choice(others), rng.choice(shared or others)
        if a != b:
            pairs[(min(a, b), max(a, b))] = None
    return [
        {"actor_a": a, "actor_b": b, "kind": "verkosto", "since": "2023", "source": "kysely"}
        for a, b in pairs
    ]

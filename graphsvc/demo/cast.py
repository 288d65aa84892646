"""The actors of the demo data set: invented names, keys, contacts and business ids."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from functools import cache
from itertools import accumulate

from graphsvc.demo import names
from graphsvc.model_rules import fold_text

#: Actors of each kind per scale unit that are made from name parts (the rest are listed).
COMBINED_PER_SCALE = {"company": 113, "association": 45, "citizen": 34}

_KIND_WEIGHT = {
    "city": 2.0,
    "city_company": 2.0,
    "education": 1.5,
    "citizen": 0.4,
    "political": 0.4,
}
_WEBSITE_ODDS = {"company": 0.8, "association": 0.4, "citizen": 0.0, "political": 0.3}
_BUSINESS_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2)
_REGIONAL_KINDS = ("company", "institution", "authority")  # may sit elsewhere in the region


@dataclass
class Actor:
    """One actor: its row in actors.csv, its home rockets and how active it is."""

    key: str
    kind: str
    homes: tuple[str, ...]
    weight: float
    row: dict[str, str]
    part: str = ""  # its planted part (names.PLANTED_ACTORS), or ""


def weighted(rng: random.Random, choices: tuple[tuple[str, int], ...]) -> str:
    """One value from ``(value, weight)`` pairs."""
    values, cum_weights = _cumulative(choices)
    return rng.choices(values, cum_weights=cum_weights)[0]


@cache
def _cumulative(choices: tuple[tuple[str, int], ...]) -> tuple[list[str], list[int]]:
    return [c for c, _ in choices], list(accumulate(w for _, w in choices))


class Cast:
    """Creates actors with unique keys, names, e-mail addresses and business ids."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.actors: list[Actor] = []
        self.names: set[str] = {line.split("|")[1] for line in names.PLANTED_ACTORS}
        self.keys: set[str] = set()
        self.emails: set[str] = set()
        self.business_ids: set[str] = set()

    def person(self) -> tuple[str, str]:
        """An invented first and last name."""
        return self.rng.choice(names.FIRST_NAMES), self.rng.choice(names.LAST_NAMES)

    def add(self, name: str, kind: str, sector: str, homes: str, part: str = "") -> Actor:
        """Add one actor; its key is an ASCII slug of its name, made unique."""
        rng = self.rng
        base = re.sub(r"[^a-z0-9]+", "-", fold_text(name)).strip("-")[:60]
        key, n = base, 1
        while key in self.keys:
            n += 1
            key = f"{base}-{n}"
        self.keys.add(key)
        self.names.add(name)
        row = {"key": key, "name": name, "kind": kind, "sector": sector}
        row["municipality"] = "Kouvola"  # the city's units, schools, local groups
        if kind in _REGIONAL_KINDS:
            row["municipality"] = weighted(rng, names.MUNICIPALITIES)
        if kind in ("company", "city_company") or (kind == "association" and rng.random() < 0.5):
            row["business_id"] = self._business_id()
        if rng.random() < _WEBSITE_ODDS.get(kind, 1.0):
            row["website"] = f"https://www.{key}.example"
        if rng.random() < 0.6:
            row["verified_at"] = f"{rng.choice((2024, 2025))}-{rng.randint(1, 10):02d}-15"
        resident = name.startswith("Asukas ")
        if resident or rng.random() < (0.3 if kind == "political" else 0.45):
            first, last = name.split()[1:3] if resident else self.person()
            row["contact_name"] = f"{first} {last}"
            row["contact_email"] = self._email(first, last)
            row["contact_phone"] = f"+358 0 555 {len(self.emails):05d}"
        weight = rng.lognormvariate(0, 0.6) * _KIND_WEIGHT.get(kind, 1.0)
        if part == "shared":  # mostly the pair's partners, so the pair stands out
            weight *= 0.3
        actor = Actor(key, kind, tuple(homes.split(";")), weight, row, part)
        self.actors.append(actor)
        return actor

    def _email(self, first: str, last: str) -> str:
        local = re.sub(r"[^a-z.]", "", fold_text(f"{first}.{last}"))
        email, n = f"{local}@esimerkki.example", 1
        while email in self.emails:
            n += 1
            email = f"{local}{n}@esimerkki.example"
        self.emails.add(email)
        return email

    def _business_id(self) -> str:
        """A Y-tunnus with a valid check digit, in the unissued 9xxxxxx range."""
        while True:
            digits = str(self.rng.randint(9_000_000, 9_999_999))
            rest = sum(int(d) * w for d, w in zip(digits, _BUSINESS_ID_WEIGHTS, strict=True)) % 11
            if rest != 1 and digits not in self.business_ids:
                self.business_ids.add(digits)
                return f"{digits}-{0 if rest == 0 else 11 - rest}"

    def add_combined(self, count: int, kind: str, stems: tuple[str, ...]) -> None:
        """``count`` companies or associations named by a place or family and a stem."""
        prefixes = names.PLACE_GENITIVES + (names.FAMILY_GENITIVES if kind == "company" else ())
        combos = [(p, s) for p in prefixes for s in stems]
        self.rng.shuffle(combos)
        for i in range(count):
            prefix, stem_line = combos[i % len(combos)]
            stem, sector, homes, *tags = stem_line.split("|")
            number = f" {i // len(combos) + 1}" if i >= len(combos) else ""
            name = f"{prefix} {stem}{number}"
            if kind == "company":
                name = f"{name} {self.rng.choice(names.LEGAL_FORMS)}"
            if name in self.names:
                name = f"{name} ({i + 1})"
            actor = self.add(name, kind, sector, homes)
            if tags:
                actor.row["tags"] = tags[0]


def make_actors(rng: random.Random, scale: int) -> list[Actor]:
    """The planted actors first, then ``scale`` rounds of the listed and combined ones."""
    cast = Cast(rng)
    for line in names.PLANTED_ACTORS:
        part, name, kind, sector, homes = line.split("|")
        cast.add(name, kind, sector, homes, part)
    for round_ in range(scale):
        suffix = f" ({round_ + 1})" if round_ else ""
        for kind, rows in names.PUBLIC_ACTORS.items():
            for line in rows:
                name, sector, homes = line.split("|")
                cast.add(name + suffix, kind, sector, homes)
    cast.add_combined(scale * COMBINED_PER_SCALE["company"], "company", names.COMPANY_STEMS)
    cast.add_combined(
        scale * COMBINED_PER_SCALE["association"], "association", names.ASSOCIATION_TYPES
    )
    for i in range(scale * COMBINED_PER_SCALE["citizen"]):
        template, homes = rng.choice(names.CITIZEN_TYPES).split("|")
        name = template.format(area=rng.choice(names.AREAS), person=" ".join(cast.person()))
        if name in cast.names:
            name = f"{name} ({i + 1})"
        cast.add(name, "citizen", "asukkaat", homes)
    return cast.actors

"""Messages of the model rules (merged into the errors section through errors_loaders):
``errors.value.*`` (what a stored text may hold), ``errors.date.*``, ``errors.model.*``
(nodes, relationships, indicators, presentations, gap marks) and ``errors.settings.*``.

English is the text the messages had before they came to the catalogue, byte for byte.
"""

from __future__ import annotations

from graphsvc.messages import Message

_CHARACTER_TAIL_FI = "(sarkain ja rivinvaihto ovat sallittuja)"
_CHARACTER_TAIL_EN = "(tab and line feed are allowed)"

MESSAGES: dict[str, Message] = {
    # graphsvc.values: what a stored text may hold
    "errors.value.character.cr": Message(
        "sisältää rivinpalautusmerkin (CR) {code} kohdassa {position}: kirjoita rivinvaihdot "
        f"LF-merkillä {_CHARACTER_TAIL_FI}",
        "has the carriage return (CR) {code} at position {position}: write line breaks as LF "
        + _CHARACTER_TAIL_EN,
    ),
    "errors.value.character.control": Message(
        f"sisältää ohjausmerkin {{code}} kohdassa {{position}}: poista se {_CHARACTER_TAIL_FI}",
        "has the control character {code} at position {position}: remove it " + _CHARACTER_TAIL_EN,
    ),
    "errors.value.character.surrogate": Message(
        "sisältää parittoman korvausmerkin (surrogate) {code} kohdassa {position}: poista se "
        + _CHARACTER_TAIL_FI,
        "has the lone surrogate {code} at position {position}: remove it " + _CHARACTER_TAIL_EN,
    ),
    "errors.value.character.non_character": Message(
        f"sisältää ei-merkin {{code}} kohdassa {{position}}: poista se {_CHARACTER_TAIL_FI}",
        "has the non-character {code} at position {position}: remove it " + _CHARACTER_TAIL_EN,
    ),
    "errors.value.too_long": Message(
        "on {n} merkkiä pitkä, enemmän kuin enimmäispituus {limit}",
        "is {n} characters long, more than the limit of {limit}",
    ),
    "errors.value.too_many_items": Message(
        "sisältää {n} kohtaa, enemmän kuin enimmäismäärä {limit}",
        "has {n} items, more than the limit of {limit}",
    ),
    "errors.value.item": Message("kohta {position} {problem}", "item {position} {problem}"),
    "errors.value.note": Message("huomautus {problem}", "note {problem}"),
    "errors.value.joined": Message("{first}; {rest}", "{first}; {rest}"),
    # graphsvc.dates
    "errors.date.what.as_of": Message("tilannepäivä", "as-of date"),
    "errors.date.what.year": Message("vuosi", "year"),
    "errors.date.not_a_date": Message(
        "{what} {value} ei ole päivämäärä: käytä muotoa VVVV-KK-PP (päivä) tai VVVV "
        "(vuoden viimeinen päivä, 31.12.)",
        "{what} {value} is not a date: use YYYY-MM-DD (a day) or YYYY (31 December of that year)",
    ),
    "errors.date.future": Message(
        "{what} {value} on tulevaisuudessa: anna tämä päivä ({today}) tai aiempi päivä",
        "{what} {value} is in the future: give today ({today}) or an earlier day",
    ),
    "errors.date.order": Message(
        "alkupäivä {first} on loppupäivän {last} jälkeen: anna aiempi päivä ensin",
        "from {first} is after to {last}: give the earlier date first",
    ),
    # graphsvc.model_rules
    "errors.model.what.key": Message("avain", "key"),
    "errors.model.what.label": Message("solmutyyppi", "label"),
    "errors.model.what.rel_type": Message("suhteen tyyppi", "relationship type"),
    "errors.model.what.label_key": Message("{label}-avain", "{label} key"),
    "errors.model.what.start_key": Message("{type}-suhteen alkuavain", "{type} start key"),
    "errors.model.what.end_key": Message("{type}-suhteen loppuavain", "{type} end key"),
    "errors.model.where.node": Message("{label} {key}", "{label} {key}"),
    "errors.model.where.edge": Message("{type} {start}->{end}", "{type} {start}->{end}"),
    "errors.model.where.property": Message("{where}: {name}", "{where}: {name}"),
    "errors.model.not_one_of": Message(
        "{what} {value} ei ole mikään näistä: {allowed}", "{what} {value} is not one of {allowed}"
    ),
    "errors.model.bad_key": Message(
        "{what} {value} ei kelpaa avaimeksi: käytä 1–128 kirjainta (mitä tahansa "
        "kirjaimistoa), numeroita tai merkkejä '_', '.', ':' ja '-', ensimmäisenä kirjain "
        "tai numero",
        "{what} {value} is not a valid key: use 1-128 letters (any script), digits, "
        "'_', '.', ':' or '-', starting with a letter or digit",
    ),
    "errors.model.no_properties": Message("(ei yhtään)", "(none)"),
    "errors.model.unknown_properties.one": Message(
        "{where}: tuntematon ominaisuus {names}; sallitut: {allowed}",
        "{where}: unknown property {names}; allowed: {allowed}",
    ),
    "errors.model.unknown_properties.many": Message(
        "{where}: tuntemattomat ominaisuudet {names}; sallitut: {allowed}",
        "{where}: unknown properties {names}; allowed: {allowed}",
    ),
    "errors.model.list_of_strings": Message(
        "{where}: {name} on annettava tekstien luettelona",
        "{where}: {name} must be a list of strings",
    ),
    "errors.model.scalar": Message(
        "{where}: {name} on annettava tekstinä, äärellisenä lukuna tai totuusarvona (true/false)",
        "{where}: {name} must be text, a finite number or true/false",
    ),
    "errors.model.property": Message("{where}: {name} {problem}", "{where}: {name} {problem}"),
    "errors.model.email": Message(
        "{where}: contact_email {value} ei ole sähköpostiosoite",
        "{where}: contact_email {value} is not an e-mail address",
    ),
    "errors.model.business_id": Message(
        "{where}: business_id {value} ei ole kelvollinen Y-tunnus (1234567-8, tarkistusmerkki)",
        "{where}: business_id {value} is not a valid Y-tunnus (1234567-8, check digit)",
    ),
    "errors.model.self_collaboration": Message(
        "{where}: toimija ei voi tehdä yhteistyötä itsensä kanssa",
        "{where}: an actor cannot collaborate with itself",
    ),
    # graphsvc.presentation_model
    "errors.model.presentation.not_a_number": Message("ei ole luku", "is not a number"),
    "errors.model.presentation.between": Message(
        "ei ole välillä {low}–{high}", "is not between {low} and {high}"
    ),
    "errors.model.presentation.not_whole": Message("ei ole kokonaisluku", "is not a whole number"),
    "errors.model.presentation.holds_non_key": Message(
        "sisältää arvon {value}, joka ei ole avain", "holds {value}, which is not a key"
    ),
    "errors.model.presentation.holds_non_code": Message(
        "sisältää arvon {value}, joka ei ole merkeistä a–z, 0–9 ja _ koostuva koodi",
        "holds {value}, which is not a code of a–z, 0–9 and _",
    ),
    "errors.model.presentation.not_flag": Message("ei ole 0 tai 1", "is not 0 or 1"),
    "errors.model.presentation.not_pairs": Message(
        "{value} ei ole &-merkein yhdistettyjä nimi=arvo-pareja",
        "{value} is not name=value pairs joined by &",
    ),
    "errors.model.presentation.not_a_view_setting": Message(
        "{name} ei ole näkymän asetus: käytä jotakin näistä: {allowed}",
        "{name} is not a view setting: use one of {allowed}",
    ),
    "errors.model.presentation.not_a_map_parameter": Message(
        "{name} ei ole kartan parametri: käytä jotakin näistä: {allowed}",
        "{name} is not a map parameter: use one of {allowed}",
    ),
    "errors.model.presentation.twice": Message(
        "{name} on annettu kahdesti", "{name} is given twice"
    ),
    "errors.model.presentation.value": Message(
        "{name} {value} {problem}", "{name} {value} {problem}"
    ),
    "errors.model.presentation.not_local": Message(
        "{path} ei ole tämän palvelun kartan polku: käytä muotoa /maps/network, "
        "/maps/rocket/AVAIN tai /maps/actor/AVAIN",
        "{path} is not a local map path: use /maps/network, /maps/rocket/KEY or /maps/actor/KEY",
    ),
    "errors.model.presentation.not_a_map": Message(
        "{path} ei ole karttasivu: käytä muotoa /maps/network, /maps/rocket/AVAIN tai "
        "/maps/actor/AVAIN?depth=N",
        "{path} is not a map page: use /maps/network, /maps/rocket/KEY or /maps/actor/KEY?depth=N",
    ),
    "errors.model.presentation.rocket": Message(
        "kantoraketti {value} ei ole mikään näistä: {allowed}",
        "rocket {value} is not one of {allowed}",
    ),
    "errors.model.presentation.actor": Message(
        "toimija {value} ei ole avain", "actor {value} is not a key"
    ),
    "errors.model.presentation.field": Message("{field} {problem}", "{field} {problem}"),
    "errors.model.presentation.name.title": Message("otsikko", "title"),
    "errors.model.presentation.name.map": Message("kartta", "map"),
    "errors.model.presentation.name.slides": Message("diojen määrä", "slides"),
    "errors.model.presentation.name.as_of": Message("tilannepäivä (as_of)", "as_of"),
    "errors.model.presentation.no_title": Message(
        "on tyhjä: anna esitykselle nimi", "is empty: give the presentation a name"
    ),
    "errors.model.presentation.slides": Message(
        "on {n}, enemmän kuin enimmäismäärä {limit}", "are {n}, more than the limit of {limit}"
    ),
    "errors.model.presentation.caption": Message(
        "dian {number} kuvateksti", "slide {number} caption"
    ),
    "errors.model.presentation.view": Message("dian {number} näkymä", "slide {number} view"),
    "errors.model.presentation.refused": Message(
        "esitys {key}: {problems}", "presentation {key}: {problems}"
    ),
    "errors.model.what.indicator_key": Message("mittarin avain", "indicator key"),
    "errors.model.what.batch_day": Message("erän päivä", "batch day"),
    "errors.value.not_one_of": Message(
        "{value} ei ole mikään näistä: {allowed}", "{value} is not one of {allowed}"
    ),
    # graphsvc.indicator_model
    "errors.model.field": Message("{what}: {problem}", "{what}: {problem}"),
    "errors.model.indicator.not_a_number": Message(
        "{value} ei ole luku", "{value} is not a number"
    ),
    "errors.model.indicator.number_form": Message(
        "{value} ei ole luku (kirjoita 1234,5 tai 1234.5)",
        "{value} is not a number (write 1234,5 or 1234.5)",
    ),
    "errors.model.indicator.not_finite": Message(
        "{value} ei ole äärellinen luku", "{value} is not a finite number"
    ),
    "errors.model.indicator.beyond": Message(
        "{value} on suurempi kuin ±{largest}", "{value} is beyond ±{largest}"
    ),
    "errors.model.indicator.not_a_year": Message(
        "{value} ei ole vuosi ({first}–{last})", "{value} is not a year ({first}–{last})"
    ),
    "errors.model.indicator.required": Message("{what} on pakollinen", "{what} is required"),
    "errors.model.indicator.machine_source": Message(
        "haettavan tilaston {value} alussa on oltava jokin näistä: {allowed}",
        "machine source {value} must start with {allowed}",
    ),
    "errors.model.indicator.target_year": Message(
        "{target} ei ole lähtötason vuoden {baseline} jälkeen",
        "{target} is not after the baseline year {baseline}",
    ),
    "errors.model.indicator.target_value": Message(
        "{value} on sama kuin lähtötaso; tavoitteen on erottava lähtötasosta",
        "{value} equals the baseline value; a target must differ from the baseline",
    ),
    # graphsvc.settings: what a person reads at start-up
    "errors.settings.placeholder": Message(
        "{name} on paikkamerkkiarvo: aseta oikea salaisuus",
        "{name} is a placeholder; set a real secret",
    ),
    "errors.settings.invalid": Message("{name}: {detail}", "{name}: {detail}"),
    # graphsvc.records
    "errors.model.gap_id": Message(
        "aukon tunniste {value} ei kelpaa: se on muotoa TYYPPI-<12 heksadesimaalinumeroa> "
        "(solo_action-96d21cde999a); `graphsvc analyze gaps` luettelee ne",
        "gap id {value} is not a gap id: it looks like KIND-<12 hex digits> "
        "(solo_action-96d21cde999a); `graphsvc analyze gaps` lists them",
    ),
}

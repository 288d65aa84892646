"""Messages of the statistics readers (merged into the errors section through
errors_loaders): recorded JSON-stat and Sotkanet answers and machine sources,
``errors.load.stat.*``, ``errors.load.sotkanet.*``, ``errors.load.jsonstat.*`` and
``errors.load.source.*``.

English is the text the messages had before they came to the catalogue, byte for byte.
"""

from __future__ import annotations

from graphsvc.messages import Message

MESSAGES: dict[str, Message] = {
    # graphsvc.loaders.statistics and sotkanet: recorded statistics answers
    "errors.load.stat.not_utf8": Message(
        "{source} ei ole UTF-8-tekstiä (tavu {byte}): anna JSON-vastaus sellaisena kuin se "
        "ladattiin",
        "{source} is not UTF-8 text (byte {byte}): give the JSON answer as it was downloaded",
    ),
    "errors.load.stat.too_deep": Message(
        "{source} on liian syvälle sisäkkäistä JSONia luettavaksi",
        "{source} is JSON nested too deeply to read",
    ),
    "errors.load.stat.not_json": Message(
        "{source} ei ole JSONia ({detail}): anna palvelun JSON-vastaus sellaisenaan",
        "{source} is not JSON ({detail}): give the service's JSON answer as it is",
    ),
    "errors.load.stat.other_service": Message(
        "{source} on {kind}-tiedosto, mutta mittari {key} hakee tilastonsa lähteestä "
        "{machine_source}: anna {other}-vastaus tai vaihda haettava tilasto",
        "{source} is a {kind} file, but indicator {key} reads {machine_source}: give a {other} "
        "answer or change the machine source",
    ),
    "errors.load.stat.unknown_kind": Message(
        '{source} ei ole JSON-stat 2.0 -aineisto ("class": "dataset") eikä Sotkanetin '
        "arvoluettelo: anna PxWebin json-stat2-vastaus tai Sotkanetin JSON",
        '{source} is neither a JSON-stat 2.0 dataset ("class": "dataset") nor a '
        "Sotkanet list of values: give PxWeb's json-stat2 answer or Sotkanet's JSON",
    ),
    "errors.load.stat.malformed": Message(
        "{source}: rakenne on virheellinen ({error}: {detail})",
        "{source} has a malformed structure ({error}: {detail})",
    ),
    "errors.load.stat.no_values_area": Message(
        "{source}: alueelle {area} ei ole arvoja: tallennettavaa ei ole",
        "{source} has no values for area {area}: nothing to record",
    ),
    "errors.load.stat.no_values": Message(
        "{source}: arvoja ei ole: tallennettavaa ei ole",
        "{source} has no values: nothing to record",
    ),
    "errors.load.sotkanet.empty": Message(
        "{source} on tyhjä Sotkanet-vastaus: siinä ei ole arvoja",
        "{source} is an empty Sotkanet answer: it holds no values",
    ),
    "errors.load.sotkanet.mixed": Message(
        "{source} sisältää useita Sotkanetin indikaattoreita {ids}: anna yksi indikaattori",
        "{source} mixes Sotkanet indicators {ids}: give one indicator",
    ),
    "errors.load.sotkanet.other_indicator": Message(
        "{source} on Sotkanetin indikaattorille {found}, mutta mittari {key} hakee Sotkanetin "
        "indikaattoria {expected} ({machine_source})",
        "{source} is for Sotkanet indicator {found}, but indicator {key} reads "
        "Sotkanet indicator {expected} ({machine_source})",
    ),
    "errors.load.sotkanet.regions": Message(
        "{source} sisältää {n} aluetta ({regions}): anna luettava alue",
        "{source} has {n} regions ({regions}): give the region to read",
    ),
    "errors.load.sotkanet.no_region": Message(
        "{source}: aluetta {region} ei ole; alueet ovat {regions} (Sotkanetin aluenumerot)",
        "{source} has no region {region}; it has {regions} (Sotkanet region numbers)",
    ),
    "errors.load.sotkanet.genders": Message(
        "{source}: alueella {region} on sukupuolet {genders} mutta ei yhteensä-arvoa (total): "
        "pyydä Sotkanetilta genders=total",
        "{source} has genders {genders} for region {region} but no total: "
        "ask Sotkanet for genders=total",
    ),
    "errors.load.sotkanet.item_year": Message(
        "{source}, kohta {number}, vuosi", "{source}, item {number}, year"
    ),
    "errors.load.sotkanet.item_value": Message(
        "{source}, kohta {number} ({year}), arvo", "{source}, item {number} ({year}), value"
    ),
    "errors.load.sotkanet.year_twice": Message(
        "{source}: vuosi {year} on kahdesti alueelle {region}",
        "{source} has {year} twice for region {region}",
    ),
    # graphsvc.loaders.jsonstat: PxWeb answers
    "errors.load.jsonstat.no_categories": Message(
        "{source}: ulottuvuudella {dim} ei ole luokkia",
        "{source}: dimension {dim} has no categories",
    ),
    "errors.load.jsonstat.labels": Message(
        "{source}: ulottuvuuden {dim} nimet (label) eivät ole JSON-objekti",
        "{source}: the labels of dimension {dim} are not an object",
    ),
    "errors.load.jsonstat.no_index": Message(
        "{source}: ulottuvuudella {dim} ei ole käyttökelpoista luokkien indeksiä",
        "{source}: dimension {dim} has no usable category index",
    ),
    "errors.load.jsonstat.ids": Message(
        "{source}: JSON-stat-kentän 'id' on oltava luettelo ulottuvuuksien nimistä",
        "{source}: JSON-stat 'id' must be a list of dimension names",
    ),
    "errors.load.jsonstat.lacks": Message(
        "{source}: JSON-stat-kentästä 'dimension' puuttuu {missing}",
        "{source}: JSON-stat 'dimension' lacks {missing}",
    ),
    "errors.load.jsonstat.size": Message(
        "{source}: JSON-stat-kentän 'size' on oltava yksi kokonaisluku kullekin ulottuvuudelle",
        "{source}: JSON-stat 'size' must be one whole number per dimension",
    ),
    "errors.load.jsonstat.size_mismatch": Message(
        "{source}: kentän size mukaan ulottuvuudella {dim} on {count} luokkaa, mutta siinä "
        "luetellaan {listed}",
        "{source}: size says dimension {dim} has {count} categories, but it lists {listed}",
    ),
    "errors.load.jsonstat.value_count": Message(
        "{source}: koosta {size} tulee {total} arvoa, mutta kentässä 'value' on {n}",
        "{source}: size {size} makes {total} values, but 'value' has {n}",
    ),
    "errors.load.jsonstat.outside": Message(
        "{source}: kentässä 'value' on kohtia koon {size} ulkopuolella",
        "{source}: 'value' has positions outside size {size}",
    ),
    "errors.load.jsonstat.value_kind": Message(
        "{source}: JSON-stat-kentän 'value' on oltava luettelo tai objekti",
        "{source}: JSON-stat 'value' must be a list or an object",
    ),
    "errors.load.jsonstat.empty": Message(
        "{source}: arvoja ei ole (koko {size})", "{source} has no values (size {size})"
    ),
    "errors.load.jsonstat.unreadable": Message(
        "{source} ei ole luettava JSON-stat-aineisto ({detail})",
        "{source} is not a readable JSON-stat dataset ({detail})",
    ),
    "errors.load.jsonstat.not_a_year": Message(
        "{source}: ulottuvuuden {dim} aikaluokka {code} ei ole vuosi (mittareille annetaan "
        "vuosiarvoja)",
        "{source}: time category {code} of {dim} is not a year (indicators take yearly values)",
    ),
    "errors.load.jsonstat.select": Message(
        "{source}: ulottuvuudella {dim} on {n} luokkaa ({listing}); haettavan tilaston on "
        "valittava niistä yksi, esim. {dim}={example}",
        "{source}: dimension {dim} has {n} categories ({listing}); the machine source must "
        "select one, e.g. {dim}={example}",
    ),
    "errors.load.jsonstat.more": Message("{listing} ja {n} muuta", "{listing} and {n} more"),
    "errors.load.jsonstat.no_area_dim": Message(
        "{source}: aluetta {area} ei ole: siinä ei ole alueulottuvuutta",
        "{source} has no area {area}: it has no area dimension",
    ),
    "errors.load.jsonstat.areas": Message(
        "{source} sisältää {n} aluetta ({listing}): anna luettava alue, esim. {example}",
        "{source} has {n} areas ({listing}): give the area to read, e.g. {example}",
    ),
    "errors.load.jsonstat.no_area": Message(
        "{source}: aluetta {area} ei ole; alueet ovat {listing}",
        "{source} has no area {area}; it has {listing}",
    ),
    "errors.load.jsonstat.version": Message(
        "{source} on JSON-stat-versiota {version}; vain versio 2.0 luetaan (pyydä PxWebiltä "
        "vastausmuoto json-stat2)",
        "{source} is JSON-stat version {version}; only 2.0 is read "
        "(ask PxWeb for the response format json-stat2)",
    ),
    "errors.load.jsonstat.no_time": Message(
        "{source}: aikaulottuvuutta ei ole (ulottuvuus, jonka rooli on time tai nimi Vuosi, "
        "Year tai Time); sen ulottuvuudet ovat {dims}",
        "{source} has no time dimension (a dimension with role time, or named Vuosi, "
        "Year or Time); its dimensions are {dims}",
    ),
    # graphsvc.loaders.machine_source: where an indicator's statistics are fetched from
    "errors.load.source.refused": Message(
        "haettavaa tilastoa {value} ei ymmärretty ({why}): kirjoita {forms}",
        "machine source {value} is not understood ({why}): write {forms}",
    ),
    "errors.load.source.forms": Message(
        "statfin:DB/PATH/TABLE.px?DIM=CODE,CODE&DIM=CODE "
        "(esim. statfin:StatFin/vaerak/statfin_vaerak_pxt_11ra.px?Alue=KU286&Tiedot=vaesto) "
        "tai sotkanet:ID?region=R (esim. sotkanet:127?region=286)",
        "statfin:DB/PATH/TABLE.px?DIM=CODE,CODE&DIM=CODE "
        "(e.g. statfin:StatFin/vaerak/statfin_vaerak_pxt_11ra.px?Alue=KU286&Tiedot=vaesto) "
        "or sotkanet:ID?region=R (e.g. sotkanet:127?region=286)",
    ),
    "errors.load.source.service": Message(
        "sen on alettava statfin: tai sotkanet:", "it must start with statfin: or sotkanet:"
    ),
    "errors.load.source.table": Message(
        "{table} ei ole PxWeb-taulukon polku DB/PATH/TABLE.px",
        "{table} is not a PxWeb table path DB/PATH/TABLE.px",
    ),
    "errors.load.source.number": Message(
        "{table} ei ole Sotkanetin indikaattorin numero",
        "{table} is not a Sotkanet indicator number",
    ),
    "errors.load.source.selection": Message(
        "{part} ei ole muotoa DIM=CODE tai DIM=CODE,CODE", "{part} is not DIM=CODE or DIM=CODE,CODE"
    ),
    "errors.load.source.twice": Message(
        "ulottuvuus {dimension} on valittu kahdesti", "the dimension {dimension} is selected twice"
    ),
    "errors.load.source.characters": Message(
        "{part} sisältää välilyönnin, ohjausmerkin tai kauttaviivan",
        "{part} has a space, a control character or a slash",
    ),
}

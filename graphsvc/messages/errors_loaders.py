"""Messages of the errors raised by graphsvc.loaders and the model rules
(merged into the errors section): ``errors.value.*`` (stored text), ``errors.date.*``,
``errors.model.*`` (nodes, relationships, indicators, presentations) and ``errors.load.*``
(workbooks, CSV and XLSX files, statistics answers).

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
    # graphsvc.loaders: where a problem is
    "errors.load.at.row": Message("{source}{sep}rivi {row}", "{source}{sep}row {row}"),
    "errors.load.at.row_column": Message(
        "{source}{sep}rivi {row}, sarake {column}", "{source}{sep}row {row}, column {column}"
    ),
    "errors.load.at.header": Message("{source}{sep}otsikkorivi", "{source}{sep}header"),
    "errors.load.at.header_column": Message(
        "{source}{sep}otsikkorivi, sarake {column}", "{source}{sep}header, column {column}"
    ),
    "errors.load.xlsx_sheet": Message("{book}, taulukko {sheet}", "{book}, sheet {sheet}"),
    "errors.load.problem": Message("{where}: {detail}", "{where}: {detail}"),
    "errors.load.problems_found.one": Message(
        "{source}: löytyi {count} ongelma; mitään ei tuotu",
        "{source}: {count} problem found; nothing was imported",
    ),
    "errors.load.problems_found.many": Message(
        "{source}: löytyi {count} ongelmaa; mitään ei tuotu",
        "{source}: {count} problems found; nothing was imported",
    ),
    "errors.load.stopped_counting": Message(
        "{found} (laskeminen lopetettiin GRAPHSVC_MAX_IMPORT_ERRORS-rajaan)",
        "{found} (stopped counting at GRAPHSVC_MAX_IMPORT_ERRORS)",
    ),
    # graphsvc.loaders.checks, rows, indicator_rows, workbook: cells and sheets
    "errors.load.missing_columns.one": Message("puuttuva sarake {names}", "missing column {names}"),
    "errors.load.missing_columns.many": Message(
        "puuttuvat sarakkeet {names}", "missing columns {names}"
    ),
    "errors.load.unknown_columns.one": Message(
        "tuntematon sarake {names}; taulukon {sheet} sarakkeet ovat {allowed}",
        "unknown column {names}; the columns of {sheet} are {allowed}",
    ),
    "errors.load.unknown_columns.many": Message(
        "tuntemattomat sarakkeet {names}; taulukon {sheet} sarakkeet ovat {allowed}",
        "unknown columns {names}; the columns of {sheet} are {allowed}",
    ),
    "errors.load.required": Message("arvo on pakollinen", "a value is required"),
    "errors.load.key_used": Message(
        "{value} on jo käytössä rivillä {row}", "{value} is already used in row {row}"
    ),
    "errors.load.not_a_date": Message(
        "{value} ei ole ISO-päivämäärä (2024-03-01) eikä suomalainen päivämäärä (1.3.2024)",
        "{value} is not an ISO date (2024-03-01) or a Finnish date (1.3.2024)",
    ),
    "errors.load.not_a_date_or_year": Message(
        "{value} ei ole ISO-päivämäärä (2024-03-01), suomalainen päivämäärä (1.3.2024) eikä "
        "vuosi (2021)",
        "{value} is not an ISO date (2024-03-01) or a Finnish date (1.3.2024) or a year (2021)",
    ),
    "errors.load.no_sheets": Message("ei yhtään", "none"),
    "errors.load.missing_sheet": Message(
        "{source}: taulukko {name} puuttuu (löytyi: {found})",
        "{source}: missing sheet {name} (found: {found})",
    ),
    "errors.load.business_id": Message(
        "{value} ei ole kelvollinen Y-tunnus (1234567-8, oikea tarkistusmerkki)",
        "{value} is not a valid Y-tunnus (1234567-8 with a correct check digit)",
    ),
    "errors.load.email": Message(
        "{value} ei ole sähköpostiosoite", "{value} is not an e-mail address"
    ),
    "errors.load.end_before_start": Message(
        "{value} on ennen toimenpiteen alkua", "{value} is before the start of the action"
    ),
    "errors.load.not_a_rocket": Message(
        "{value} ei ole mikään näistä: {allowed} (kantoraketteja voi nimetä uudelleen, ei lisätä)",
        "{value} is not one of {allowed} (rockets can be renamed, not added)",
    ),
    "errors.load.self_collaboration": Message(
        "{value} ei voi tehdä yhteistyötä itsensä kanssa", "{value} cannot collaborate with itself"
    ),
    "errors.load.paired": Message(
        "{first} {a} ja {second} {b} ovat jo parina rivillä {row}",
        "{first} {a} and {second} {b} are already paired in row {row}",
    ),
    "errors.load.unknown.actor": Message(
        "{value} ei ole toimija työkirjassa eikä tietokannassa",
        "{value} is not an actor in the workbook or in the store",
    ),
    "errors.load.unknown.action": Message(
        "{value} ei ole toimenpide työkirjassa eikä tietokannassa",
        "{value} is not an action in the workbook or in the store",
    ),
    "errors.load.unknown.indicator": Message(
        "{value} ei ole mittari työkirjassa eikä tietokannassa",
        "{value} is not an indicator in the workbook or in the store",
    ),
    "errors.load.target_is_baseline": Message(
        "on sama kuin lähtötaso: tavoitteen on erottava siitä",
        "equals the baseline value: a target differs",
    ),
    "errors.load.not_true_or_false": Message(
        "{value} ei ole true eikä false", "{value} is not true or false"
    ),
    "errors.load.value_twice": Message(
        "mittarilla {key} on jo arvo vuodelle {year} rivillä {row}",
        "indicator {key} has a value for {year} in row {row}",
    ),
    # graphsvc.loaders.files: reading CSV files and workbook folders
    "errors.load.file_too_big": Message(
        "{source} on {size} tavua, enemmän kuin enimmäiskoko {limit} (GRAPHSVC_MAX_UPLOAD_BYTES)",
        "{source} is {size} bytes, more than the limit of {limit} (GRAPHSVC_MAX_UPLOAD_BYTES)",
    ),
    "errors.load.no_such_path": Message(
        "{path} ei ole olemassa: anna CSV-tiedostojen kansio tai .xlsx-tiedosto",
        "{path} does not exist: give a folder of CSV files or an .xlsx file",
    ),
    "errors.load.not_a_workbook": Message(
        "{name} ei ole työkirja: anna CSV-tiedostojen kansio ({files}) tai yksi .xlsx-tiedosto",
        "{name} is not a workbook: give a folder of CSV files ({files}) or one .xlsx file",
    ),
    "errors.load.sheets_too_big": Message(
        "työkirjan {source} taulukot ovat yhteensä {size} tavua, enemmän kuin enimmäiskoko "
        "{limit} (GRAPHSVC_MAX_UPLOAD_BYTES)",
        "the sheets of {source} are {size} bytes together, more than the limit of {limit} "
        "(GRAPHSVC_MAX_UPLOAD_BYTES)",
    ),
    "errors.load.utf16": Message(
        "{source} on UTF-16-tekstiä: tallenna se muodossa 'CSV UTF-8' ja lataa se uudelleen",
        "{source} is UTF-16 text: save it as 'CSV UTF-8' and load it again",
    ),
    "errors.load.zip_not_csv": Message(
        "{source} on zip-tiedosto (.xlsx?), ei CSV-tekstiä",
        "{source} is a zip (.xlsx?) file, not CSV text",
    ),
    "errors.load.nul_bytes": Message(
        "{source} sisältää NUL-tavuja: se ei ole CSV-tekstitiedosto",
        "{source} contains NUL bytes: it is not a CSV text file",
    ),
    "errors.load.not_utf8": Message(
        "{source} ei ole UTF-8-muodossa: rivillä {line} on tavu {byte}. Tallenna se muodossa "
        "'CSV UTF-8' (Excel: Tallenna nimellä > CSV UTF-8) ja lataa se uudelleen",
        "{source} is not UTF-8: line {line} has the byte {byte}. Save it as 'CSV UTF-8' "
        "(Excel: Save As > CSV UTF-8) and load it again",
    ),
    "errors.load.not_utf8_latin": Message(
        "{source} ei ole UTF-8-muodossa: rivillä {line} on tavu {byte} "
        "(Windows-1252/Latin-1-merkistössä se olisi {char}: tiedosto on luultavasti tallennettu "
        "länsieurooppalaisella merkistöllä). Tallenna se muodossa 'CSV UTF-8' "
        "(Excel: Tallenna nimellä > CSV UTF-8) ja lataa se uudelleen",
        "{source} is not UTF-8: line {line} has the byte {byte} (in Windows-1252/Latin-1 that "
        "byte would be {char}: the file was probably saved in a Western European encoding). "
        "Save it as 'CSV UTF-8' (Excel: Save As > CSV UTF-8) and load it again",
    ),
    "errors.load.delimiters_tried": Message(
        "pilkku (,), puolipiste (;) ja sarkain", "comma (,), semicolon (;) and tab"
    ),
    "errors.load.no_delimiter": Message(
        "{source}: ensimmäisen rivin {line} sarakkeiden nimien välissä ei ole yhtään "
        "kokeilluista erottimista ({tried}). Tallenna tiedosto jollakin niistä "
        "(Excel: Tallenna nimellä > CSV UTF-8) ja lataa se uudelleen",
        "{source}: the first line {line} has none of the delimiters tried, {tried}, between "
        "its column names. Save the file with one of them (Excel: Save As > CSV UTF-8) and "
        "load it again",
    ),
    "errors.load.too_many_columns": Message(
        "{source} sisältää {n} saraketta, enemmän kuin enimmäismäärä {limit}",
        "{source} has {n} columns, more than the limit of {limit}",
    ),
    "errors.load.bad_csv": Message(
        "{source} ei ole kelvollinen CSV-tiedosto: {detail}",
        "{source} is not a well-formed CSV file: {detail}",
    ),
    "errors.load.empty_sheet": Message(
        "{source} on tyhjä: sen ensimmäisellä rivillä on oltava sarakkeiden nimet",
        "{source} is empty: its first row must name the columns",
    ),
    "errors.load.too_many_rows": Message(
        "{source} sisältää {n} riviä, enemmän kuin enimmäismäärä {limit} (GRAPHSVC_MAX_SHEET_ROWS)",
        "{source} has {n} rows, more than the limit of {limit} (GRAPHSVC_MAX_SHEET_ROWS)",
    ),
    "errors.load.unnamed_column": Message(
        "{source}: sarakkeessa {position} on arvoja, mutta ensimmäisellä rivillä ei ole sen nimeä",
        "{source}: column {position} has values but no name in the first row",
    ),
    "errors.load.column_twice": Message(
        "{source}: sarake {column} on kahdesti", "{source}: column {column} appears twice"
    ),
    # graphsvc.loaders.xlsx: the zip and XML checks of a workbook
    "errors.load.xlsx.unreadable": Message(
        "{source} ei ole luettavissa työkirjana: {detail}",
        "{source} could not be read as a workbook: {detail}",
    ),
    "errors.load.xlsx.old_excel": Message(
        "{source} ei ole .xlsx-tiedosto (zip) (vanha .xls-tiedosto tai salattu tiedosto: "
        "tallenna se .xlsx-muodossa)",
        "{source} is not an .xlsx (zip) file (an old .xls or encrypted file: save it as .xlsx)",
    ),
    "errors.load.xlsx.not_zip": Message(
        "{source} ei ole .xlsx-tiedosto (zip)", "{source} is not an .xlsx (zip) file"
    ),
    "errors.load.xlsx.bad_zip": Message(
        "{source} on vioittunut tai tukematon zip-tiedosto: {detail}",
        "{source} is a damaged or unsupported zip file: {detail}",
    ),
    "errors.load.xlsx.entries": Message(
        "{source} sisältää {n} tiedostoa", "{source} holds {n} files"
    ),
    "errors.load.xlsx.inflated": Message(
        "{source} purkautuisi {size} tavuksi, enemmän kuin {limit} "
        "(GRAPHSVC_MAX_XLSX_INFLATED_BYTES): torjuttu zip-pommina",
        "{source} would inflate to {size} bytes, more than {limit} "
        "(GRAPHSVC_MAX_XLSX_INFLATED_BYTES): refused as a zip bomb",
    ),
    "errors.load.xlsx.ratio": Message(
        "{source}: {part} purkautuu {ratio}-kertaiseksi (enemmän kuin {limit}): torjuttu "
        "zip-pommina",
        "{source}: {part} inflates {ratio} times (more than {limit}): refused as a zip bomb",
    ),
    "errors.load.xlsx.size_lie": Message(
        "{source}: {part} ilmoittaa kokonsa väärin", "{source}: {part} lies about its size"
    ),
    "errors.load.xlsx.dtd": Message(
        "{where} torjuttiin: {error} ({detail}); työkirjat eivät koskaan määrittele "
        "XML-entiteettejä",
        "{where} is refused: {error} ({detail}); workbooks never declare XML entities",
    ),
    "errors.load.xlsx.no_workbook": Message(
        "{source} ei ole Excel-työkirja (xl/workbook.xml puuttuu)",
        "{source} is not an Excel workbook (no xl/workbook.xml)",
    ),
    "errors.load.xlsx.far_cell": Message(
        "{where} ulottuu riville {rows} ja sarakkeeseen {columns}; rajat ovat {most_rows} riviä "
        "ja {most_columns} saraketta (kaukainen solu? poista taulukon ulkopuoliset solut)",
        "{where} reaches row {rows} and column {columns}; the limits are {most_rows} rows and "
        "{most_columns} columns (a far-away cell? delete the cells outside the table)",
    ),
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

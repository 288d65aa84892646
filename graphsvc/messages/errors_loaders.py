"""Messages of the errors raised by graphsvc.loaders and the model rules (merged into
the errors section): ``errors.load.*`` here (workbooks, CSV and XLSX files); the model
rules' in :mod:`graphsvc.messages.errors_model`, the statistics readers' in
:mod:`graphsvc.messages.errors_statistics`, both merged into this module's ``MESSAGES``.

English is the text the messages had before they came to the catalogue, byte for byte.
"""

from __future__ import annotations

from graphsvc.messages import Message
from graphsvc.messages.errors_model import MESSAGES as MODEL_MESSAGES
from graphsvc.messages.errors_statistics import MESSAGES as STATISTICS_MESSAGES

MESSAGES: dict[str, Message] = {
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
    "errors.load.not_a_year": Message(
        "{value} ei ole vuosi (2026)", "{value} is not a year (2026)"
    ),
    "errors.load.respondent_not_an_end": Message(
        "vastaaja {value} ei ole kumpikaan yhteistyön toimijoista (actor_a, actor_b)",
        "the respondent {value} is neither of the tie's actors (actor_a, actor_b)",
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
    "errors.load.not_a_rocket_of": Message(
        "{value} ei ole ohjelman kantoraketti eikä painopiste; ohjelman omat: {allowed}",
        "{value} is not a rocket or focus area of the programme; its own are: {allowed}",
    ),
    "errors.load.ambiguous_rocket": Message(
        "{value} on usean ohjelman avain ({programmes}): kerro ohjelma sarakkeessa programme "
        "tai kirjoita {keys}",
        "{value} is a key in several programmes ({programmes}): name the programme in the "
        "programme column, or write {keys}",
    ),
    "errors.load.no_rocket": Message(
        "toimenpide ei anna polttoainetta yhdellekään ohjelman kantoraketille: "
        "nimeä vähintään yksi",
        "the action fuels no rocket of any programme: name at least one",
    ),
    "errors.load.not_a_programme": Message(
        "{value} ei ole ohjelma työkirjassa eikä tietokannassa (eikä ohjelma voi kuulua itseensä)",
        "{value} is not a programme in the workbook or in the store (nor can a programme be "
        "part of itself)",
    ),
    "errors.load.rocket_colon": Message(
        "avaimessa ei voi olla kaksoispistettä: ohjelma kerrotaan sarakkeessa programme",
        "a key cannot contain a colon: name the programme in the programme column",
    ),
    "errors.load.rocket_twice": Message(
        "{value} on jo tämän ohjelman avain aiemmalla rivillä",
        "{value} is already a key of this programme in an earlier row",
    ),
    "errors.load.not_a_number": Message(
        "{value} ei ole kokonaisluku 0–999", "{value} is not a whole number from 0 to 999"
    ),
    "errors.load.unknown.theme": Message(
        "{value} ei ole teema työkirjassa eikä tietokannassa; teemat: {allowed}",
        "{value} is not a theme in the workbook or in the store; the themes are: {allowed}",
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
}

for _part in (MODEL_MESSAGES, STATISTICS_MESSAGES):
    if MESSAGES.keys() & _part.keys():
        raise RuntimeError(f"loader messages defined twice: {sorted(MESSAGES.keys() & _part)}")
    MESSAGES.update(_part)

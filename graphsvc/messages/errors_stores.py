"""Messages of the errors raised by graphsvc.stores, graphsvc.accounts and graphsvc.api
(merged into the errors section).

The English text is byte for byte what these errors said before they spoke Finnish: API
clients and tests match it. Values that are paths, URLs, keys and driver texts go in as
strings; node labels go in as ``errors.store.label.*`` (nominative) or
``errors.store.label_partitive.*`` messages, so each language names them in its own words.
"""

from __future__ import annotations

from graphsvc.messages import Message

_LABELS: dict[str, Message] = {
    "errors.store.label.Programme": Message("ohjelma", "Programme"),
    "errors.store.label.Rocket": Message("kantoraketti", "Rocket"),
    "errors.store.label.Action": Message("toimenpide", "Action"),
    "errors.store.label.Actor": Message("toimija", "Actor"),
    "errors.store.label.Theme": Message("teema", "Theme"),
    "errors.store.label_partitive.Programme": Message("ohjelmaa", "Programme"),
    "errors.store.label_partitive.Rocket": Message("kantorakettia", "Rocket"),
    "errors.store.label_partitive.Action": Message("toimenpidettä", "Action"),
    "errors.store.label_partitive.Actor": Message("toimijaa", "Actor"),
    "errors.store.label_partitive.Theme": Message("teemaa", "Theme"),
}

_STORES: dict[str, Message] = {
    "errors.store.unknown_scheme": Message(
        "tietokannan osoite {url!r}: skeema {scheme!r} ei ole mikään näistä: {allowed}",
        "store URL {url!r}: scheme {scheme!r} is not one of {allowed}",
    ),
    "errors.store.no_scheme": Message("(ei mitään)", "(none)"),
    "errors.store.sqlite_url": Message(
        "SQLite-tietokannan osoitteen {url!r} pitää olla muotoa sqlite:///POLKU",
        "SQLite store URL {url!r} must look like sqlite:///PATH",
    ),
    "errors.store.sqlite_open": Message(
        "SQLite-tiedostoa {path} ei voi avata: {problem}",
        "cannot open SQLite file {path}: {problem}",
    ),
    "errors.store.sqlite_prepare": Message(
        "SQLite-tiedostoa {path} ei voi valmistella käyttöön: {problem}",
        "cannot prepare SQLite file {path}: {problem}",
    ),
    "errors.store.sqlite_busy": Message(
        "SQLite-tiedosto {path} on varattu: {problem}",
        "SQLite file {path} is busy: {problem}",
    ),
    "errors.store.sqlite_refused": Message(
        "SQLite-tiedosto {path} torjui toiminnon: {problem}",
        "SQLite file {path}: {problem}",
    ),
    "errors.store.sqlite_checkpoint": Message(
        "SQLite-tiedoston {path} WAL-lokia ei voi siirtää tiedostoon: {problem}",
        "cannot checkpoint SQLite file {path}: {problem}",
    ),
    "errors.store.backup_failed": Message(
        "SQLite-tiedostoa {source} ei voi varmuuskopioida tiedostoon {target}: {problem}",
        "cannot back up SQLite file {source} to {target}: {problem}",
    ),
    "errors.store.restore_failed": Message(
        "varmuuskopiota {backup} ei voi palauttaa SQLite-tiedostoon {target}: {problem}",
        "cannot restore {backup} into SQLite file {target}: {problem}",
    ),
    "errors.store.not_sqlite_backup": Message(
        "{path} ei ole SQLite-varmuuskopio: palauta tiedosto, jonka graphsvc backup on "
        "kirjoittanut sqlite:///-tietokannasta (Neo4j-varmuuskopion voi palauttaa vain "
        "Neo4j-tietokantaan)",
        "{path} is not a SQLite backup: restore a file written by graphsvc backup "
        "from a sqlite:/// store (a Neo4j backup restores only into a Neo4j store)",
    ),
    "errors.store.not_store_backup": Message(
        "{path} on SQLite-tiedosto mutta ei varmuuskopio, jonka graphsvc backup on kirjoittanut",
        "{path} is a SQLite file but not a store backup written by graphsvc",
    ),
    "errors.store.neo4j_backup_line": Message(
        "varmuuskopion rivi {number}: {problem}; tiedostoa ei ole kirjoittanut graphsvc backup",
        "backup line {number}: {problem}; the file is not one graphsvc backup wrote",
    ),
    "errors.store.neo4j_url": Message(
        "Neo4j-tietokannan osoite {url!r} ei käy: {problem}",
        "Neo4j store URL {url!r}: {problem}",
    ),
    "errors.store.neo4j_unreachable": Message(
        "Neo4j-tietokantaan {url} ei saada yhteyttä: {problem}",
        "cannot reach Neo4j at {url}: {problem}",
    ),
    "errors.store.neo4j_duplicate": Message(
        "Neo4j ({url}) torjui kaksoiskappaleen: {problem}",
        "Neo4j at {url} refused a duplicate: {problem}",
    ),
    "errors.store.neo4j_refused": Message(
        "Neo4j ({url}) torjui toiminnon: {problem}",
        "Neo4j at {url}: {problem}",
    ),
    "errors.store.search_empty": Message(
        "hakuteksti on tyhjä: anna vähintään yksi kirjain tai numero",
        "search text is empty: give at least one letter or digit",
    ),
    "errors.store.filter_unknown": Message(
        "{label}: rajausta {name!r} ei ole; käytä jotakin näistä: {names}",
        "cannot filter {label} by {name!r}: use one of {names}",
    ),
    "errors.store.node_not_found": Message("{label} {key!r} ei löydy", "{label} {key!r} not found"),
    "errors.store.node_exists": Message(
        "{label} {key!r} on jo olemassa", "{label} {key!r} already exists"
    ),
    "errors.store.missing_end": Message(
        "{type}: {label} {key!r} ei ole olemassa", "{type}: {label} {key!r} does not exist"
    ),
    "errors.store.rocket_not_found": Message(
        "kantorakettia {key!r} ei löydy", "Rocket {key!r} not found"
    ),
    "errors.store.indicator_not_found": Message(
        "mittaria {key!r} ei löydy", "indicator {key!r} not found"
    ),
    "errors.store.presentation_not_found": Message(
        "esitystä {key!r} ei löydy", "presentation {key!r} not found"
    ),
    "errors.store.presentation_exists": Message(
        "esitys {key!r} on jo olemassa", "presentation {key!r} already exists"
    ),
    "errors.store.presentation_changed": Message(
        "esitystä {key!r} on muutettu sillä välin: lue se uudelleen ja tee muutos uudestaan",
        "presentation {key!r} was changed meanwhile: read it again and repeat the change",
    ),
    "errors.store.history_read_only": Message(
        "verkko sellaisena kuin se oli {day} on historiaa: sitä ei voi muuttaa",
        "the graph as of {day} is history: it cannot be changed",
    ),
    "errors.store.not_found_as_of": Message("{what} (tilanne {day})", "{what} as of {day}"),
    "errors.store.value_indicator_missing": Message(
        "vuoden {year} arvo kuuluu mittarille {indicator}, jota ei ole erässä eikä tietokannassa",
        "the value of {year} is for indicator {indicator}, which is neither in the batch "
        "nor in the store",
    ),
    "errors.store.indicator_owner_missing": Message(
        "mittari {indicator}: omistaja {owner} ei ole tietokannan toimija",
        "indicator {indicator}: owner {owner} is not an actor in the store",
    ),
}

_ACCOUNTS: dict[str, Message] = {
    "errors.account.no_storage": Message(
        "tietokannassa {url!r} ei ole käyttäjätilien tallennusta",
        "store URL {url!r} has no account storage",
    ),
    "errors.account.exists": Message("on jo olemassa: {problem}", "already exists: {problem}"),
    "errors.account.sqlite_busy": Message(
        "SQLite-tiedosto {path} on varattu tai lukittu: {problem}",
        "SQLite file {path} is busy or locked: {problem}",
    ),
    "errors.account.write_refused": Message(
        "SQLite torjui käyttäjätilin kirjoituksen: {problem}",
        "SQLite refused an account write: {problem}",
    ),
    "errors.account.sqlite_read": Message(
        "SQLite-tiedostoa {path} ei voi lukea: {problem}",
        "cannot read SQLite file {path}: {problem}",
    ),
    "errors.account.read_refused": Message(
        "SQLite torjui käyttäjätilin luvun: {problem}",
        "SQLite refused an account read: {problem}",
    ),
}

_API: dict[str, Message] = {
    "errors.api.store_unreachable": Message(
        "tietokantaan ei juuri nyt saada yhteyttä; mitään ei kirjoitettu; yritä pian uudelleen",
        "the database cannot be reached right now; nothing was written; try again soon",
    ),
    "errors.api.store_refused": Message(
        "tietokanta torjui toiminnon", "the store refused the operation"
    ),
    "errors.api.unexpected": Message(
        "tapahtui odottamaton virhe; kerro ylläpidolle pyynnön tunnus {request_id}",
        "an unexpected error happened; quote request id {request_id} to the operator",
    ),
    "errors.api.malformed_json": Message(
        "pyynnön runko ei ole kelvollista JSONia: lähetä JSON-dokumentti otsakkeella "
        "Content-Type: application/json",
        "the request body is not valid JSON: send a JSON document with "
        "Content-Type: application/json",
    ),
    "errors.api.no_route": Message("polkua {path} ei ole", "no route {path}"),
    "errors.api.method_not_allowed": Message(
        "{method} ei käy polulla {path}: käytä jotakin näistä: {allowed}",
        "{method} is not allowed on {path}: use {allowed}",
    ),
    "errors.api.unknown_field.one": Message(
        "tuntematon kenttä: {fields}", "unknown field: {fields}"
    ),
    "errors.api.unknown_field.many": Message(
        "tuntemattomat kentät: {fields}", "unknown fields: {fields}"
    ),
    "errors.api.field_kept": Message(
        "on pakollinen: sitä voi muuttaa mutta ei poistaa eikä jättää tyhjäksi",
        "is required: it can be changed but not removed or left empty",
    ),
    "errors.api.page_limit": Message(
        "sivukoko {limit} on suurempi kuin suurin sallittu sivukoko {largest}",
        "limit {limit} is larger than the largest page size {largest}",
    ),
    "errors.api.bad_content_length": Message("virheellinen Content-Length", "bad Content-Length"),
    "errors.api.body_too_large": Message(
        "pyynnön runko on suurempi kuin {limit} tavun raja",
        "the request body is larger than the limit of {limit} bytes",
    ),
    "errors.api.body_too_large_declared": Message(
        "pyynnön runko ({declared} tavua) on suurempi kuin {limit} tavun raja",
        "the request body ({declared} bytes) is larger than the limit of {limit} bytes",
    ),
    "errors.api.rate_limited": Message(
        "yli {over} pyyntöä minuutissa; yritä uudelleen {retry} sekunnin kuluttua",
        "more than {over} requests in a minute; retry in {retry} s",
    ),
    "errors.api.bearer": Message(
        "käytä otsaketta 'Authorization: Bearer <API-avain>'",
        "use 'Authorization: Bearer <API key>'",
    ),
    "errors.api.csrf": Message(
        "CSRF-tunniste puuttuu tai on väärä: lähetä otsake {header}, jonka arvon saat "
        "osoitteesta /auth/session",
        "missing or wrong CSRF token: send the {header} header from /auth/session",
    ),
    "errors.api.sign_in": Message(
        "kirjaudu sisään tai lähetä 'Authorization: Bearer <API-avain>' (graphsvc keys create)",
        "sign in, or send 'Authorization: Bearer <API key>' (graphsvc keys create)",
    ),
    "errors.api.role_needed": Message(
        "tähän tarvitaan rooli {role}; tunnuksellasi on rooli {has}",
        "this needs the {role} role; your credential has {has}",
    ),
    "errors.api.metrics_admin": Message(
        "mittareita (/metrics) lukevat ylläpitäjät (rooli admin) ja tämä kone (127.0.0.1, ::1) "
        "ilman tunnusta; tunnuksellasi on rooli {has}",
        "/metrics is read by admins (the admin role), or from this machine (127.0.0.1, ::1) "
        "without a credential; your credential has {has}",
    ),
    "errors.api.no_workbook": Message(
        "ei työkirjaa: lähetä tiedosto multipart-kentässä nimeltä 'file'",
        "no workbook: send the file in a multipart field named 'file'",
    ),
    "errors.api.one_xlsx": Message(
        "lähetä yksi .xlsx yksinään tai pelkkiä CSV-tiedostoja",
        "send one .xlsx on its own, or CSV files only",
    ),
    "errors.api.not_workbook_file": Message(
        "tiedosto {name!r} ei ole työkirja: lähetä yksi .xlsx tai CSV-tiedostot nimiltään {names}",
        "file {name!r} is not a workbook: send one .xlsx, or CSV files named {names}",
    ),
    "errors.api.not_multipart": Message(
        "lähetä työkirja muodossa multipart/form-data; nyt tuli {sent}",
        "send the workbook as multipart/form-data, not {sent}",
    ),
    "errors.api.no_content_type": Message(
        "runko ilman sisältötyyppiä", "a body without a content type"
    ),
    "errors.api.export_format": Message(
        "vientimuotoa {fmt!r} ei ole: käytä jotakin näistä: {allowed}",
        "no export format {fmt!r}: use one of {allowed}",
    ),
    "errors.api.unknown_analysis": Message(
        "analyysia {kind!r} ei ole: käytä jotakin näistä: {allowed}",
        "no analysis {kind!r}: use one of {allowed}",
    ),
    "errors.api.job.default": Message("työ", "the job"),
    "errors.api.job.analysis": Message("analyysi {kind!r}", "analysis {kind!r}"),
    "errors.api.job.export": Message("{fmt}-vienti", "the {fmt} export"),
    "errors.api.job.map": Message("kartta", "the map"),
    "errors.api.job.report": Message("vuoden {year} raportti", "the {year} report"),
    "errors.api.client_gone": Message(
        "{what}: asiakas katkaisi yhteyden", "{what}: the client went away"
    ),
    "errors.api.over_budget": Message(
        "{what} kestää kauemmin kuin sille varattu aika {budget} s; {later}",
        "{what} takes longer than its budget of {budget} s; {later}",
    ),
    "errors.api.goes_on": Message(
        "työ jatkuu, kun palvelu on joutilas: kysy vastausta uudelleen hetken päästä",
        "it goes on while the service is idle: ask again in a while for the answer",
    ),
    "errors.api.was_stopped": Message(
        "työ keskeytettiin: pyydä pienempää osaa tai pyydä ylläpidolta lisää aikaa",
        "it was stopped: ask for a smaller part, or ask the operator for more time",
    ),
    "errors.api.pool_busy": Message(
        "{what}: kaikki {slots} työprosessia ovat varattuina ja {queued} työtä odottaa jo; "
        "yritä pian uudelleen",
        "{what}: all {slots} work processes are busy and {queued} jobs wait already; "
        "try again shortly",
    ),
    "errors.api.stopped_for_room": Message(
        "keskeytetty: kukaan ei odottanut sitä ja toinen työ tarvitsi tilaa",
        "stopped: nobody waited for it and another job needed room",
    ),
    "errors.api.over_limit": Message(
        "keskeytetty {limit} sekunnin rajan jälkeen; pyydä pienempää osaa (esim. yksi "
        "kantoraketti) tai pyydä ylläpitoa nostamaan rajaa",
        "stopped after its limit of {limit} s; ask for a smaller part "
        "(e.g. one rocket) or ask the operator to raise the limit",
    ),
    "errors.api.process_stopped": Message(
        "sen työprosessi pysähtyi; yritä uudelleen", "its work process stopped; try again"
    ),
}

MESSAGES: dict[str, Message] = {**_LABELS, **_STORES, **_ACCOUNTS, **_API}

"""Messages of the errors raised by graphsvc.services, analysis, render and demo
(merged into the errors section).

Values that are keys, codes, paths or a person's input arrive already quoted as the English
message quotes them (``{key}`` is ``'a-1'``), so both languages show them alike.
"""

from __future__ import annotations

from graphsvc.messages import Message

_SEARCH_FI = "(etsi avaimia komennolla `graphsvc search` tai API:n osoitteesta /api/v1/search)"
_SEARCH_EN = "(use `graphsvc search` or the API's /api/v1/search to find keys)"

#: The analysis service and the analyses.
ANALYSIS: dict[str, Message] = {
    "errors.analysis.unknown_kind": Message(
        "analyysi {kind} ei ole mikään näistä: {allowed}",
        "analysis {kind} is not one of {allowed}",
    ),
    "errors.analysis.unknown_lang": Message(
        "kieli {lang} ei ole mikään näistä: {allowed}",
        "language {lang} is not one of {allowed}",
    ),
    "errors.analysis.needs_actor": Message(
        "{kind} tarvitsee toimijan: anna sen avain (--actor AVAIN tai ?actor=AVAIN)",
        "{kind} needs an actor: give its key (--actor KEY or ?actor=KEY)",
    ),
    "errors.analysis.unknown_params": Message(
        "{kind} ei käytä parametria {names}; sen muut parametrit: {allowed}",
        "{kind} does not take {names}; its extra parameters: {allowed}",
    ),
    "errors.analysis.no_extra_params": Message(
        "{kind} ei käytä parametria {names}; sillä ei ole muita parametreja",
        "{kind} does not take {names}; its extra parameters: none",
    ),
    "errors.analysis.no_as_of": Message(
        "{kind} ei käytä tilannepäivää (as_of): se vertaa päiviä (from ja to)",
        "{kind} does not take as_of: it compares dates (from and to)",
    ),
    # a parameter the parameters model refused: pydantic's English, Finnish for common kinds
    "errors.analysis.param_problem": Message(
        "{name} {value}: {problem}", "{name} {value}: {problem}"
    ),
    "errors.analysis.param_problems": Message("{first}; {rest}", "{first}; {rest}"),
    "errors.analysis.param.other": Message("{english}", "{english}"),
    "errors.analysis.param.int_parsing": Message(
        "anna kokonaisluku: tekstiä ei voi lukea kokonaisluvuksi",
        "input should be a valid integer, unable to parse string as an integer",
    ),
    "errors.analysis.param.int_type": Message(
        "anna kokonaisluku", "input should be a valid integer"
    ),
    "errors.analysis.param.int_from_float": Message(
        "anna kokonaisluku: luvussa on desimaaleja",
        "input should be a valid integer, got a number with a fractional part",
    ),
    "errors.analysis.param.ge": Message(
        "anna vähintään {limit}", "input should be greater than or equal to {limit}"
    ),
    "errors.analysis.param.le": Message(
        "anna enintään {limit}", "input should be less than or equal to {limit}"
    ),
    "errors.analysis.param.too_long": Message(
        "anna enintään {limit} merkkiä", "string should have at most {limit} characters"
    ),
    "errors.analysis.needs_store": Message(
        "{kind} vertaa päiviä: se tarvitsee tietokannan, ei yhtä verkkoa",
        "{kind} compares dates: it needs a store, not one graph",
    ),
    "errors.analysis.actor_not_found": Message(
        "toimijaa {actor} ei löydy", "actor {actor} not found"
    ),
    "errors.analysis.actor_not_in_rocket": Message(
        "toimijaa {actor} ei löydy kantoraketista {rocket}",
        "actor {actor} not found in rocket {rocket}",
    ),
    "errors.analysis.actor_not_in_network": Message(
        "toimijaa {actor} ei löydy verkostosta", "actor {actor} not found in the network"
    ),
    "errors.analysis.rocket_not_found": Message(
        "kantorakettia {rocket} ei löydy: käytä jotakin näistä: {allowed}",
        "rocket {rocket} not found: use one of {allowed}",
    ),
    "errors.analysis.method": Message(
        "menetelmä {method} ei ole mikään näistä: {allowed}",
        "method {method} is not one of {allowed}",
    ),
    "errors.analysis.target_year": Message(
        "mittari {key}: tavoitevuosi {target} ei ole lähtötasovuoden {baseline} jälkeen",
        "indicator {key}: target year {target} is not after the baseline year {baseline}",
    ),
    "errors.analysis.target_is_baseline": Message(
        "mittari {key}: tavoite {target} on sama kuin lähtötaso; tavoitteen on erottava "
        "lähtötasosta",
        "indicator {key}: the target {target} equals the baseline; a target must differ from "
        "the baseline",
    ),
}

#: Maps: their selection, period, timeline, pictures and inlined SVG.
MAPS: dict[str, Message] = {
    "errors.map.lang": Message(
        "kartan kieli {lang} ei ole mikään näistä: {allowed}",
        "map language {lang} is not one of {allowed}",
    ),
    "errors.map.measure": Message(
        "karttaa ei voi mitoittaa mittarilla {name}: käytä jotakin näistä: {allowed}",
        "cannot size a map by {name}: use one of {allowed}",
    ),
    "errors.map.colour_by": Message(
        "karttaa ei voi värittää ominaisuuden {name} mukaan: käytä jotakin näistä: {allowed}",
        "cannot colour a map by {name}: use one of {allowed}",
    ),
    "errors.map.community": Message(
        "yhteisöä {number} ei löydy: yleiskartta numeroi yhteisönsä 1–{n}",
        "community {number} not found: the overview numbers its communities 1 to {n}",
    ),
    "errors.map.picture_timeline": Message(
        "kuva ei voi näyttää aikajanaa: piirrä yksi vuosi tilannepäivällä tai tallenna "
        "vuorovaikutteinen HTML-kartta",
        "a picture cannot show a timeline: draw one year with an as-of date, or write the "
        "interactive HTML map",
    ),
    "errors.map.as_of_and_timeline": Message(
        "anna joko tilannepäivä tai aikajana (from ja to), ei molempia",
        "give either an as-of date or a timeline (from and to), not both",
    ),
    "errors.map.to_without_from": Message(
        "to {to} tarvitsee myös from-vuoden: aikajanan ensimmäisen vuoden",
        "to {to} needs a from year too: the first year of the timeline",
    ),
    "errors.map.to_after_this_year": Message(
        "to-vuosi {to} on tämän vuoden jälkeen: anna {this_year} tai aiempi vuosi",
        "to year {to} is after this year: give {this_year} or an earlier year",
    ),
    "errors.map.too_many_years": Message(
        "aikajanakartta näyttää enintään {max} vuotta: {first}–{last} on {n}; anna "
        "myöhäisempi from-vuosi",
        "a timeline map shows at most {max} years: {first}–{last} is {n}; give a later from year",
    ),
    "errors.map.timeline_community": Message(
        "aikajanakartta ei voi näyttää yleiskartan yhtä yhteisöä (yhteisöt numeroidaan "
        "jokaisessa verkossa alusta): piirrä koko verkosto, kantoraketti tai kohde",
        "a timeline map cannot show one community of the overview (communities are numbered "
        "anew from each graph): draw the whole network, a rocket or a focus",
    ),
    "errors.map.timeline_overview": Message(
        "yleiskartalla ei ole vuosien liukusäädintä: piirrä aikajana ilman yleiskarttaa tai "
        "yhden vuoden yleiskartta tilannepäivällä",
        "an overview has no year slider: draw the timeline without the overview, or the "
        "overview of one year with an as-of date",
    ),
    "errors.map.timeline_focus": Message(
        "kohteeksi ei voi valita avainta {focus}: millään toimijalla tai toimenpiteellä ei ole "
        "tätä avainta vuosina {first}–{last} (etsi avaimia komennolla `graphsvc search` tai "
        "osoitteesta /api/v1/search)",
        "cannot focus on {focus}: no actor or action has this key in {first}–{last} (use "
        "`graphsvc search` or /api/v1/search to find keys)",
    ),
    "errors.map.focus_not_found": Message(
        "kohteeksi ei voi valita avainta {focus}: millään toimijalla tai toimenpiteellä ei ole "
        "tätä avainta " + _SEARCH_FI,
        "cannot focus on {focus}: no actor or action has this key " + _SEARCH_EN,
    ),
    "errors.map.depth_range": Message(
        "syvyys {depth} ei ole sallittu: käytä arvoa 1–{max} (GRAPHSVC_MAX_DEPTH asettaa ylärajan)",
        "depth {depth} is out of range: use 1 to {max} (GRAPHSVC_MAX_DEPTH sets the upper bound)",
    ),
    "errors.map.static_format": Message(
        "kartan kuvamuoto {fmt} ei ole mikään näistä: {allowed}",
        "static map format {fmt} is not one of {allowed}",
    ),
    "errors.map.svg_malformed": Message(
        "kuva ei ole kelvollista SVG:tä ({error}); piirrä se uudelleen",
        "the picture is not well-formed SVG ({error}); draw it again",
    ),
    "errors.map.svg_root": Message(
        "kuvan juurielementti on {tag}, ei svg", "the picture's root element is {tag}, not svg"
    ),
    "errors.map.svg_element": Message(
        "sivulle upotettavassa SVG:ssä ei saa olla elementtiä <{tag}>",
        "an SVG to inline may not hold a <{tag}> element",
    ),
    "errors.map.svg_attribute": Message(
        "sivulle upotettavassa SVG:ssä ei saa olla määritettä {attribute}",
        "an SVG to inline may not have an {attribute} attribute",
    ),
    "errors.map.svg_reference": Message(
        "sivulle upotettava SVG ei saa viitata kohteeseen {target}",
        "an SVG to inline may not refer to {target}",
    ),
    "errors.map.svg_load": Message(
        "sivulle upotettava SVG ei saa ladata mitään (url(), @import)",
        "an SVG to inline may not load anything (url(), @import)",
    ),
}

#: Editing, lists, gaps, indicators, presentations, reports and exports.
EDITING: dict[str, Message] = {
    "errors.service.sort": Message(
        "ei voi järjestää arvolla {sort}: käytä jotakin näistä: {allowed} (- laskevaan "
        "järjestykseen)",
        "cannot sort by {sort}: use one of {allowed} (- for descending)",
    ),
    "errors.service.actor_required": Message(
        "Toimija {key}: {name} on pakollinen: sen voi muuttaa mutta ei poistaa eikä jättää "
        "tyhjäksi",
        "Actor {key}: {name} is required: it can be changed but not removed or left empty",
    ),
    "errors.service.action_required": Message(
        "Toimenpide {key}: {name} on pakollinen: sen voi muuttaa mutta ei poistaa eikä jättää "
        "tyhjäksi",
        "Action {key}: {name} is required: it can be changed but not removed or left empty",
    ),
    "errors.service.programme_required": Message(
        "Ohjelma {key}: {name} on pakollinen: sen voi muuttaa mutta ei poistaa eikä jättää "
        "tyhjäksi",
        "Programme {key}: {name} is required: it can be changed but not removed or left empty",
    ),
    "errors.service.actor_not_found": Message("Toimijaa {key} ei löydy", "Actor {key} not found"),
    "errors.service.action_not_found": Message(
        "Toimenpidettä {key} ei löydy", "Action {key} not found"
    ),
    "errors.service.rocket_missing": Message(
        "kantorakettia {rocket} ei ole: käytä jotakin näistä: {allowed}",
        "rocket {rocket} does not exist: use one of {allowed}",
    ),
    "errors.service.programme_not_found": Message(
        "ohjelmaa {key} ei ole; ohjelmat: {allowed}",
        "there is no programme {key}; the programmes are: {allowed}",
    ),
    "errors.service.theme_missing": Message(
        "teemaa {theme} ei ole; teemat: {allowed}",
        "there is no theme {theme}; the themes are: {allowed}",
    ),
    "errors.service.no_rocket": Message(
        "toimenpide {key}: anna vähintään yksi kantoraketti",
        "action {key}: give at least one rocket",
    ),
    "errors.service.rockets_kept": Message(
        "toimenpide {key}: kantoraketteja ei voi poistaa, vain vaihtaa",
        "action {key}: rockets cannot be removed, only replaced",
    ),
    "errors.service.not_running": Message(
        "toimija {actor} ei vedä toimenpidettä {action}",
        "actor {actor} does not run action {action}",
    ),
    "errors.service.end_gone": Message(
        "{type} {start}->{end}: toinen pää on poistettu", "{type} {start}->{end}: an end is gone"
    ),
    "errors.service.gap_not_open": Message(
        "aukko {gap} ei ole nyt {where} aukko (se on ehkä sulkeutunut){alike}; `graphsvc "
        "analyze gaps` luettelee tunnisteet",
        "gap {gap} is not a gap {where} now (it may have closed){alike}; `graphsvc analyze "
        "gaps` lists the ids",
    ),
    "errors.service.gap_of_rocket": Message("kantoraketin {rocket}", "of rocket {rocket}"),
    "errors.service.gap_of_programme": Message("ohjelman", "of the programme"),
    "errors.service.gap_alike": Message(
        "; samanlaiset aukot nyt: {ids}", "; gaps of that kind now: {ids}"
    ),
    "errors.service.gap_not_marked": Message(
        "aukkoa {gap} ei ole merkitty hoidetuksi", "gap {gap} is not marked handled"
    ),
    "errors.service.indicator_exists": Message(
        "mittari {key} on jo olemassa", "indicator {key} already exists"
    ),
    "errors.service.indicator_field_kept": Message(
        "mittari {key}: kentän {name} voi muuttaa mutta ei poistaa",
        "indicator {key}: {name} can be changed but not removed",
    ),
    "errors.service.indicator_target_kept": Message(
        "mittari {key}: kantorakettia (rocket) ja tavoitearvoa (target_value) ei voi poistaa",
        "indicator {key}: rocket and target_value cannot be removed",
    ),
    "errors.service.indicator_no_value": Message(
        "mittarilla {key} ei ole arvoa vuodelle {year}",
        "indicator {key} has no value for {year}",
    ),
    "errors.service.no_slide": Message(
        "esityksessä {key} on diat 1–{n}: diaa {number} ei ole",
        "presentation {key} has slides 1–{n}: there is no slide {number}",
    ),
    "errors.service.report_future": Message(
        "raporttivuosi {year} on tulevaisuudessa: raportoi vuosi, joka on alkanut",
        "report year {year} is in the future: report a year that has begun",
    ),
    "errors.service.report_format": Message(
        "raportin muoto {fmt} ei ole html eikä pdf", "report format {fmt} is not one of html, pdf"
    ),
    "errors.service.export_format": Message(
        "vientimuoto {fmt} ei ole mikään näistä: {allowed}",
        "export format {fmt} is not one of {allowed}",
    ),
    "errors.service.export_needs_path": Message(
        "vientimuoto {fmt} tarvitsee tiedostopolun, ei virtaa",
        "export format {fmt} needs a file path, not a stream",
    ),
}

#: Backup and restore.
BACKUP: dict[str, Message] = {
    "errors.service.backup_not_found": Message(
        "varmuuskopiota {path} ei löydy: anna polku, jonka graphsvc backup kirjoitti",
        "backup file {path} not found: give the path that graphsvc backup wrote",
    ),
    "errors.service.store_not_empty": Message(
        "tietokanta {url} ei ole tyhjä ({held}): palauta vain tyhjään tietokantaan, esim. "
        "--store sqlite:///UUSI.db tai tyhjä Neo4j-tietokanta",
        "the store {url} is not empty ({held}): restore only into an empty store, e.g. "
        "--store sqlite:///NEW.db or an empty Neo4j database",
    ),
    # what a store holds, "{n} nodes" in English whatever n is (as before)
    "errors.service.held.nodes.one": Message("{n} solmu", "{n} nodes"),
    "errors.service.held.nodes.many": Message("{n} solmua", "{n} nodes"),
    "errors.service.held.relationships.one": Message("{n} suhde", "{n} relationships"),
    "errors.service.held.relationships.many": Message("{n} suhdetta", "{n} relationships"),
    "errors.service.held.users.one": Message("{n} käyttäjä", "{n} users"),
    "errors.service.held.users.many": Message("{n} käyttäjää", "{n} users"),
    "errors.service.held.keys.one": Message("{n} avain", "{n} keys"),
    "errors.service.held.keys.many": Message("{n} avainta", "{n} keys"),
    "errors.service.held.audit_rows.one": Message("{n} lokirivi", "{n} audit rows"),
    "errors.service.held.audit_rows.many": Message("{n} lokiriviä", "{n} audit rows"),
    "errors.service.list": Message("{first}, {rest}", "{first}, {rest}"),
    "errors.service.not_neo4j_backup": Message(
        "{path} ei ole graphsvc:n Neo4j-varmuuskopio (muoto {format}, versio {version}): "
        "palauta tiedosto, jonka graphsvc backup kirjoitti Neo4j-tietokannasta",
        "{path} is not a graphsvc Neo4j backup (format {format} version {version}): restore a "
        "file written by graphsvc backup from a Neo4j store",
    ),
    "errors.service.backup_incomplete": Message(
        "{path} on vajaa (loppuriviä ei ole): ota varmuuskopio uudelleen",
        "{path} is incomplete (no end line): take the backup again",
    ),
    "errors.service.backup_line": Message(
        "{path} rivi {line} ei ole JSONia: {error}", "{path} line {line} is not JSON: {error}"
    ),
    "errors.service.backup_not_gzip": Message(
        "{path} ei ole gzip-pakattu graphsvc:n Neo4j-varmuuskopio ({error}): SQLite-"
        "varmuuskopion voi palauttaa vain sqlite:///-tietokantaan",
        "{path} is not a gzip-compressed graphsvc Neo4j backup ({error}): a SQLite backup "
        "restores only into a sqlite:/// store",
    ),
}

#: Statistics files and the PxWeb service.
STATISTICS: dict[str, Message] = {
    "errors.service.statistics_not_file": Message(
        "{path} ei ole tiedosto: anna JSON-stat- tai Sotkanet-JSON-tiedosto",
        "{path} is not a file: give a JSON-stat or Sotkanet JSON file",
    ),
    "errors.service.no_machine_source": Message(
        "mittarilla {key} ei ole haettavaa statfin:-konelähdettä: aseta machine_source tai "
        "tuo tiedosto komennolla graphsvc indicators import",
        "indicator {key} has no statfin: machine source to fetch: set machine_source, or "
        "import a file with graphsvc indicators import",
    ),
    "errors.service.pxweb_url": Message(
        "PxWeb-osoite {url} ei ole http(s)-osoite: aseta GRAPHSVC_PXWEB_URL, esim. "
        "https://pxdata.stat.fi/PxWeb/api/v1/fi",
        "PxWeb URL {url} is not an http(s) URL: set GRAPHSVC_PXWEB_URL like "
        "https://pxdata.stat.fi/PxWeb/api/v1/fi",
    ),
    "errors.service.pxweb_limits": Message(
        "PxWebin rajojen on oltava positiivisia: calls_per_window, window_seconds, "
        "max_cells, timeout",
        "PxWeb limits must be positive: calls_per_window, window_seconds, max_cells, timeout",
    ),
    "errors.service.pxweb_cells": Message(
        "PxWeb-taulun {table} kysely pyytää {cells} solua ({shown}), enemmän kuin raja "
        "{limit}: valitse konelähteeseen vähemmän arvoja (esim. yksi Tiedot-koodi, vähemmän "
        "vuosia tai alueita)",
        "the query for PxWeb table {table} asks for {cells} cells ({shown}), more than the "
        "limit of {limit}: select fewer values in the machine source (e.g. one Tiedot code, "
        "fewer years or areas)",
    ),
    "errors.service.pxweb_unreachable": Message(
        "PxWebiin osoitteessa {url} (taulu {table}) ei saada yhteyttä: {reason}; yritä "
        "myöhemmin uudelleen",
        "PxWeb at {url} (table {table}) cannot be reached: {reason}; try again later",
    ),
    "errors.service.pxweb_not_statfin": Message(
        "PxWeb hakee statfin:-lähteitä, ei lähdettä {source}",
        "PxWeb fetches statfin: sources, not {source}",
    ),
    "errors.service.pxweb_too_big": Message(
        "PxWeb-taulu {table} vastasi yli {limit} tavulla: valitse konelähteeseen vähemmän arvoja",
        "PxWeb table {table} answered more than {limit} bytes: select fewer values in the "
        "machine source",
    ),
    "errors.service.pxweb_not_json": Message(
        "PxWeb-taulu {table} osoitteessa {url} vastasi muulla kuin JSONilla ({excerpt})",
        "PxWeb table {table} at {url} answered with something that is not JSON ({excerpt})",
    ),
    "errors.service.pxweb_rate_limited": Message(
        "PxWeb osoitteessa {url} rajoittaa kutsuja (HTTP 429 {retries} uusintayrityksen "
        "jälkeen) taululle {table}; yritä minuutin päästä uudelleen",
        "PxWeb at {url} is rate-limiting (HTTP 429 after {retries} retries) for table "
        "{table}; try again in a minute",
    ),
    "errors.service.pxweb_refused": Message(
        "PxWeb hylkäsi taulun {table} (HTTP {status}: {text}): tarkista konelähteen "
        "taulupolku sekä ulottuvuus- ja arvokoodit",
        "PxWeb refused table {table} (HTTP {status}: {text}): check the table path and the "
        "dimension and value codes of the machine source",
    ),
    "errors.service.pxweb_no_message": Message("ei viestiä", "no message"),
    "errors.service.pxweb_failed": Message(
        "PxWeb osoitteessa {url} vastasi HTTP {status} taululle {table}; yritä myöhemmin uudelleen",
        "PxWeb at {url} answered HTTP {status} for table {table}; try again later",
    ),
    "errors.service.pxweb_failed_text": Message(
        "PxWeb osoitteessa {url} vastasi HTTP {status} taululle {table}: {text}; yritä "
        "myöhemmin uudelleen",
        "PxWeb at {url} answered HTTP {status} for table {table}: {text}; try again later",
    ),
}

#: Users, passwords, API keys, sessions and sign-in.
ACCOUNTS: dict[str, Message] = {
    "errors.service.user_lookalike": Message(
        "käyttäjätunnus {name} muistuttaa olemassa olevaa käyttäjää {other}: valitse nimi, "
        "jota ei voi sekoittaa siihen",
        "user name {name} looks like the existing user {other}: choose a name that cannot be "
        "mistaken for it",
    ),
    "errors.service.password_short": Message(
        "salasana on liian lyhyt: käytä vähintään {n} merkkiä",
        "password is too short: use at least {n} characters",
    ),
    "errors.service.password_has_name": Message(
        "salasanassa on käyttäjätunnus: valitse salasana, jossa sitä ei ole, esimerkiksi "
        "muutama toisiinsa liittymätön sana",
        "password contains the user name: choose one that does not, such as a few unrelated words",
    ),
    "errors.service.password_common": Message(
        "salasana on yleisimpien salasanojen joukossa: valitse pidempi, harvinainen "
        "salasana, esimerkiksi muutama toisiinsa liittymätön sana",
        "password is one of the most common passwords: choose a longer, unusual one, such as "
        "a few unrelated words",
    ),
    "errors.service.user_not_found": Message(
        "käyttäjää {name} ei löydy: katso graphsvc users list",
        "user {name} not found: see graphsvc users list",
    ),
    "errors.service.wrong_password": Message(
        "väärä käyttäjätunnus tai salasana", "wrong user name or password"
    ),
    "errors.service.key_invalid": Message(
        "API-avain ei ole kelvollinen", "the API key is not valid"
    ),
    "errors.service.key_revoked": Message(
        "API-avain ei ole kelvollinen tai se on peruttu",
        "the API key is not valid or has been revoked",
    ),
    "errors.service.key_not_found": Message(
        "API-avainta {key} ei löydy tai se on jo peruttu",
        "API key {key} not found or already revoked",
    ),
    "errors.service.session_ended": Message(
        "istuntosi on päättynyt: kirjaudu uudelleen", "your session has ended: sign in again"
    ),
    "errors.service.session_expired": Message(
        "istuntosi on vanhentunut: kirjaudu uudelleen",
        "your session has expired: sign in again",
    ),
    "errors.service.sign_in_locked": Message(
        "liian monta epäonnistunutta kirjautumista tälle tilille tai tästä osoitteesta: "
        "yritä uudelleen {retry} s kuluttua tai pyydä ylläpitäjää vaihtamaan salasana "
        "(graphsvc users reset-password)",
        "too many failed sign-ins for this account or from this address: try again in "
        "{retry} s, or ask an admin to reset the password (graphsvc users reset-password)",
    ),
}

MESSAGES: dict[str, Message] = {**ANALYSIS, **MAPS, **EDITING, **BACKUP, **STATISTICS, **ACCOUNTS}

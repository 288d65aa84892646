"""The cli section's words of tables, the everyday commands and their errors.

:mod:`graphsvc.messages.cli` merges these into its ``MESSAGES`` (keys ``cli.…``); they live
apart only to keep each module short enough to read in one sitting.
"""

from __future__ import annotations

from graphsvc.messages import Message

MESSAGES: dict[str, Message] = {
    # tables that do not fit the width
    "cli.columns.hidden": Message(
        "Leveyteen ei mahtunut: {hidden}. Valitse näytettävät sarakkeet nimeltä (esimerkiksi "
        "--columns {example}) tai näytä kaikki tiedot valitsimella --json.",
        "Left out for want of width: {hidden}. Choose the columns to show by name (for "
        "example --columns {example}), or show everything with --json.",
    ),
    "cli.columns.unknown": Message(
        "{value} ei ole tämän taulukon sarake; sarakkeet ovat {allowed}",
        "{value} is not a column of this table; the columns are {allowed}",
    ),
    # errors of the everyday questions
    "cli.error.no_store": Message(
        "tietokantaa {path} ei ole (--store {url}); lukeva komento ei luo sitä. Luo tietokanta "
        "lataamalla työkirja: graphsvc --store {url} load TYÖKIRJA (tai load --demo).",
        "there is no store at {path} (--store {url}); a read command does not create one. "
        "Create it by loading a workbook: graphsvc --store {url} load WORKBOOK (or load --demo).",
    ),
    "cli.error.no_action": Message(
        "toimenpidettä {key} ei ole", "there is no action with the key {key}"
    ),
    "cli.error.no_actor": Message("toimijaa {key} ei ole", "there is no actor with the key {key}"),
    "cli.error.is_actor": Message(
        "{key} on toimija eikä toimenpide: toimijan toimenpiteet kertoo graphsvc actions-of {key}",
        "{key} is an actor, not an action: graphsvc actions-of {key} lists the actions it runs",
    ),
    "cli.error.is_action": Message(
        "{key} on toimenpide eikä toimija: toimenpiteen toimijat kertoo graphsvc who-runs {key}",
        "{key} is an action, not an actor: graphsvc who-runs {key} lists the actors running it",
    ),
    "cli.error.close_keys": Message("Lähellä olevat avaimet: {keys}", "Close keys: {keys}"),
    "cli.error.search_hint": Message(
        "Etsi avainta nimellä: graphsvc search TEKSTI", "Find a key by name: graphsvc search TEXT"
    ),
    "cli.error.path_or_demo": Message(
        "anna työkirjan polku tai --demo (toinen niistä)",
        "give a workbook PATH or --demo (one of them)",
    ),
    "cli.error.demo_as_of": Message(
        "--demo lataa kunkin vuosikierroksen oman vuotensa tilanteena: jätä --as-of pois",
        "--demo loads each yearly round as of its year: drop --as-of",
    ),
    "cli.error.not_to_stdout": Message(
        "muotoa {fmt} ei voi tulostaa vakiotulosteeseen: anna -o POLKU",
        "{fmt} cannot go to stdout: give -o PATH",
    ),
    "cli.error.report_suffix": Message(
        "{name}: raportti kirjoitetaan .pdf- tai .html-tiedostoksi, ei {suffix}",
        "{name}: the report is written as .pdf or .html, not {suffix}",
    ),
    "cli.error.no_suffix": Message("tarkenteeton", "no suffix"),
    # what a command did
    "cli.wrote": Message("kirjoitettu {path}", "wrote {path}"),
    "cli.report.wrote": Message(
        "kirjoitettu {path} ({size} tavua, {fmt}, vuosi {year})",
        "wrote {path} ({size} bytes, {fmt}, year {year})",
    ),
    "cli.users.added": Message("lisätty {name} ({role})", "added {name} ({role})"),
    "cli.users.removed": Message("poistettu {name}", "removed {name}"),
    "cli.users.new_password": Message(
        "käyttäjän {name} uusi salasana; se näytetään vain nyt:",
        "new password of {name}; it is shown only now:",
    ),
    "cli.keys.created": Message(
        "luotu avain {id} ({name}, {role}); se näytetään vain nyt:",
        "created key {id} ({name}, {role}); it is shown only now:",
    ),
    "cli.keys.revoked": Message("peruttu {id}", "revoked {id}"),
    # graphsvc search
    "cli.search.title": Message("Haku {text}: {n} osumaa", "Search {text}: {n} found"),
    "cli.search.none": Message("Haulla {text} ei löytynyt mitään.", "Nothing matches {text}."),
    "cli.col.key": Message("avain", "key"),
    "cli.col.what": Message("mikä", "what"),
    "cli.col.name": Message("nimi", "name"),
    "cli.col.role": Message("rooli", "role"),
    "cli.col.title": Message("otsikko", "title"),
    # headers of the account, audit, indicator and load tables
    "cli.col.id": Message("tunnus", "id"),
    "cli.col.created": Message("luotu", "created"),
    "cli.col.revoked": Message("peruttu", "revoked"),
    "cli.col.seq": Message("nro", "seq"),
    "cli.col.at": Message("aika", "at"),
    "cli.col.who": Message("kuka", "who"),
    "cli.col.operation": Message("toiminto", "action"),
    "cli.col.object": Message("kohde", "object"),
    "cli.col.outcome": Message("tulos", "outcome"),
    "cli.col.indicator": Message("mittari", "indicator"),
    "cli.col.measures": Message("mittaa", "measures"),
    "cli.col.owner": Message("vastuutaho", "owner"),
    "cli.col.baseline": Message("lähtötaso", "baseline"),
    "cli.col.target": Message("tavoite", "target"),
    "cli.col.values": Message("arvoja", "values"),
    "cli.col.year": Message("vuosi", "year"),
    "cli.col.value": Message("arvo", "value"),
    "cli.col.provisional": Message("ennakko", "provisional"),
    "cli.col.note": Message("huomautus", "note"),
    "cli.col.latest": Message("viimeisin", "latest"),
    "cli.col.progress": Message("edistyminen", "progress"),
    "cli.col.on_track": Message("aikataulu", "on track"),
    "cli.col.trend": Message("suunta", "trend"),
    "cli.col.updated": Message("muuttui", "updated"),
    "cli.col.unchanged": Message("ennallaan", "unchanged"),
    "cli.col.deleted": Message("poistettu", "deleted"),
    "cli.col.begun": Message("alkoi", "begun"),
    "cli.col.changed": Message("muuttui", "changed"),
    "cli.col.ended": Message("päättyi", "ended"),
    "cli.users.title": Message("Käyttäjät", "Users"),
    "cli.keys.title": Message("API-avaimet", "API keys"),
    "cli.audit.title": Message("Tapahtumaloki, uusimmat ensin", "Audit log, newest first"),
    "cli.indicators.title": Message("{n} mittaria", "{n} indicators"),
    "cli.indicators.values": Message("Arvot", "Values"),
    "cli.indicators.progress_title": Message(
        "Mittarit vuonna {year}: {on_track} aikataulussa, {lagging} jäljessä, "
        "{without_values} ilman arvoja",
        "Indicators in {year}: {on_track} on track, {lagging} lagging, "
        "{without_values} without values",
    ),
    "cli.load.nodes": Message("solmut", "nodes"),
    "cli.load.relationships": Message("suhteet", "relationships"),
    "cli.load.indicators": Message("mittarit", "indicators"),
    "cli.load.values": Message("mittarien arvot", "indicator values"),
    "cli.load.loaded": Message("Ladattu {seconds} sekunnissa", "Loaded in {seconds} s"),
    "cli.load.dry_run_title": Message(
        "Kuivaharjoitus, {seconds} sekuntia", "Dry run in {seconds} s"
    ),
    "cli.indicators.measures": Message(
        "mittaa: {rocket}; vastuutaho: {owner}", "measures {rocket}; owner {owner}"
    ),
    "cli.indicators.no_value": Message(
        "ei arvoa vuonna {year} tai ennen sitä", "no value at or before {year}"
    ),
    "cli.indicators.progress_line": Message(
        "{year}: {value} ({value_year}), {progress} matkasta tavoitteeseen {target} "
        "({target_year}), {mark}, suunta: {trend}",
        "{year}: {value} ({value_year}), {progress} of the way to {target} ({target_year}), "
        "{mark}, trend: {trend}",
    ),
    "cli.indicators.network": Message(
        "{measured}: {actions} toimenpidettä ({status}), {actors} toimijaa",
        "{measured}: {actions} actions ({status}), {actors} actors",
    ),
    "cli.indicators.gap": Message("aukko: {gap}", "gap: {gap}"),
    "cli.load.rows_read": Message(
        "{source}: luetut rivit: {sheets}", "{source}: rows read: {sheets}"
    ),
    "cli.load.as_of": Message("tilanne {day}", "as of {day}"),
    "cli.load.later_changes": Message(
        "{n} kohteella on muutoksia päivän {day} jälkeen: ne jäävät ennalleen",
        "{n} items have changes recorded after {day}: those stay as they were",
    ),
    "cli.load.note": Message("huomautus: {note}", "note: {note}"),
    "cli.load.dry_run": Message(
        "kuivaharjoitus: mitään ei kirjoitettu; luvut kertovat, mitä lataus tekisi",
        "dry run: nothing was written; the counts say what a load would do",
    ),
    "cli.yes": Message("kyllä", "yes"),
    "cli.no": Message("ei", "no"),
    "cli.label.actor": Message("toimija", "actor"),
    "cli.label.action": Message("toimenpide", "action"),
    "cli.label.rocket": Message("kantoraketti", "rocket"),
}

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
    # graphsvc search
    "cli.search.title": Message("Haku {text}: {n} osumaa", "Search {text}: {n} found"),
    "cli.search.none": Message("Haulla {text} ei löytynyt mitään.", "Nothing matches {text}."),
    "cli.col.key": Message("avain", "key"),
    "cli.col.what": Message("mikä", "what"),
    "cli.col.name": Message("nimi", "name"),
    "cli.col.role": Message("rooli", "role"),
    "cli.col.title": Message("otsikko", "title"),
    "cli.yes": Message("kyllä", "yes"),
    "cli.no": Message("ei", "no"),
    "cli.label.actor": Message("toimija", "actor"),
    "cli.label.action": Message("toimenpide", "action"),
    "cli.label.rocket": Message("kantoraketti", "rocket"),
}

"""The cli section's words of what the commands themselves print: summaries of export,
backup, restore and statistics, the audit chain check, ``serve``'s lines, prompts, and
click's own usage errors.

:mod:`graphsvc.messages.cli` merges these into its ``MESSAGES`` (keys ``cli.out.…``).
Counts go in as strings where the English line must stay as it was (``1619 nodes``).
"""

from __future__ import annotations

from graphsvc.messages import Message

MESSAGES: dict[str, Message] = {
    # graphsvc export
    "cli.out.export.wrote": Message(
        "kirjoitettu {nodes} solmua ja {relationships} suhdetta kohteeseen {target}",
        "wrote {nodes} nodes and {relationships} relationships to {target}",
    ),
    "cli.out.export.wrote_no_contacts": Message(
        "kirjoitettu {nodes} solmua ja {relationships} suhdetta kohteeseen {target} "
        "(ilman yhteystietosarakkeita)",
        "wrote {nodes} nodes and {relationships} relationships to {target} "
        "(without contact columns)",
    ),
    # graphsvc backup / restore
    "cli.out.backup.wrote": Message(
        "kirjoitettu {file}: {nodes} solmua, {relationships} suhdetta, {users} käyttäjää, "
        "{keys} API-avainta, {audit_rows} tapahtumalokin riviä ({chain})",
        "wrote {file}: {nodes} nodes, {relationships} relationships, {users} users, "
        "{keys} API keys, {audit_rows} audit rows ({chain})",
    ),
    "cli.out.backup.restored": Message(
        "palautettu {file}: {nodes} solmua, {relationships} suhdetta, {users} käyttäjää, "
        "{keys} API-avainta, {audit_rows} tapahtumalokin riviä ({chain})",
        "restored {file}: {nodes} nodes, {relationships} relationships, {users} users, "
        "{keys} API keys, {audit_rows} audit rows ({chain})",
    ),
    # the audit log's hash chain (graphsvc audit verify, backup, restore)
    "cli.out.chain.intact": Message("{rows} riviä, ketju ehjä", "{rows} rows, chain intact"),
    "cli.out.chain.broken": Message(
        "ketju katkeaa rivillä {row}: {problem}", "chain broken at row {row}: {problem}"
    ),
    "cli.out.chain.missing": Message(
        "rivit {first}–{last} puuttuvat", "rows {first}-{last} are missing"
    ),
    "cli.out.chain.out_of_order": Message("rivit ovat väärässä järjestyksessä", "out of order"),
    "cli.out.chain.prev_hash": Message(
        "prev_hash on {stored}, mutta rivin {before} tiiviste on {computed} (sitä edeltävää "
        "riviä on muutettu tai se on korvattu)",
        "prev_hash is {stored} but row {before} hashes to {computed} (the row before it was "
        "changed or replaced)",
    ),
    "cli.out.chain.hash": Message(
        "tallennettu tiiviste on {stored}, mutta rivin sisällön tiiviste on {computed} "
        "(riviä on muutettu)",
        "stored hash {stored} but its content hashes to {computed} (the row was changed)",
    ),
    "cli.out.chain.removed": Message(
        "rivejä lisättiin {appended}, mutta loki päättyy riviin {count} (rivit "
        "{first}–{last} on poistettu)",
        "{appended} rows were appended but the log ends at row {count} "
        "(rows {first}-{last} were removed)",
    ),
    "cli.out.chain.no_hash": Message("tyhjä", "none"),
    # graphsvc indicators import / fetch
    "cli.out.statistics.imported": Message(
        "{source} ({kind}, alue {area}): {n} arvoa mittarille {indicator}: {created} uutta, "
        "{updated} muuttunutta, {unchanged} ennallaan",
        "{source} ({kind}, area {area}): {n} values for {indicator}: {created} new, "
        "{updated} changed, {unchanged} unchanged",
    ),
    "cli.out.statistics.imported_dry_run": Message(
        "{source} ({kind}, alue {area}): {n} arvoa mittarille {indicator}: {created} uutta, "
        "{updated} muuttunutta, {unchanged} ennallaan (kuivaharjoitus: mitään ei kirjoitettu)",
        "{source} ({kind}, area {area}): {n} values for {indicator}: {created} new, "
        "{updated} changed, {unchanged} unchanged (dry run: nothing written)",
    ),
    "cli.out.statistics.fetched": Message(
        "{indicator} ({table}): {n} arvoa", "{indicator} ({table}): {n} values"
    ),
    "cli.out.statistics.failed": Message(
        "{indicator} ({table}): epäonnistui: {error}", "{indicator} ({table}): failed: {error}"
    ),
    "cli.out.statistics.written": Message("{n} uutta arvoa kirjoitettu", "{n} new values written"),
    # graphsvc serve ({program} is graphsvc: the line names no command to run)
    "cli.out.serve.demo_loaded": Message(
        "ladattu esimerkkiaineisto (kuvitteellinen: ei oikeita ihmisiä eikä suunnitelmia)",
        "loaded the demo data set (illustrative, not real people or plans)",
    ),
    "cli.out.serve.demo_not_loaded": Message(
        "tietokanta ei ole tyhjä: esimerkkiaineistoa ei ladattu",
        "the store is not empty: the demo data was not loaded",
    ),
    "cli.out.serve.demo_sign_in": Message(
        "esimerkkitunnus: {name} / {password} ({role})",
        "demo sign-in: {name} / {password} ({role})",
    ),
    "cli.out.serve.demo_sign_ins_exist": Message(
        "esimerkkitunnukset ovat jo olemassa, eikä niiden salasanoja säilytetä; saat ne "
        "takaisin komennoilla:",
        "the demo sign-ins exist already and their passwords are not kept; to get them back, run:",
    ),
    "cli.out.serve.listening": Message(
        "{program} osoitteessa http://{host}:{port}/ (API-dokumentaatio: /docs)",
        "{program} on http://{host}:{port}/ (API docs: /docs)",
    ),
    # graphsvc users add
    "cli.out.users.password": Message("Salasana", "Password"),
    "cli.out.users.password_again": Message("Salasana uudelleen", "Repeat for confirmation"),
    # click's own usage errors (English is click's own output)
    "cli.out.usage.prefix": Message("Käyttö:", "Usage:"),
    "cli.out.usage.options": Message("[VALITSIMET]", "[OPTIONS]"),
    "cli.out.usage.help": Message(
        "Katso ohjeet: '{command} {option}'.", "Try '{command} {option}' for help."
    ),
    "cli.out.usage.no_such_option": Message("valitsinta {name} ei ole.", "No such option: {name}."),
    "cli.out.usage.did_you_mean": Message("Tarkoititko {names}?", "Possible options: {names}."),
    "cli.out.usage.missing": Message("argumentti {name} puuttuu.", "Missing argument {name}."),
    "cli.out.usage.missing_option": Message("valitsin {name} puuttuu.", "Missing option {name}."),
    "cli.out.usage.choose_from": Message("Valitse jokin: {choices}.", "Choose from: {choices}."),
    "cli.out.usage.bad_value": Message(
        "virheellinen arvo kohteelle {name}: {message}", "Invalid value for {name}: {message}"
    ),
    "cli.out.usage.not_a_choice": Message(
        "{value} ei käy: valitse jokin näistä: {choices}.", "{value} is not one of {choices}."
    ),
    # progress on stderr: the steps of an analysis and the stages of a load (cli.out.step.<step>)
    "cli.out.step.degree": Message("aste", "degree"),
    "cli.out.step.betweenness": Message("välillisyys", "betweenness"),
    "cli.out.step.closeness": Message("läheisyys", "closeness"),
    "cli.out.step.eigenvector_and_pagerank": Message(
        "ominaisvektori ja PageRank", "eigenvector and PageRank"
    ),
    "cli.out.step.two_step_reach_and_k_core": Message(
        "2 askeleen tavoittavuus ja k-ydin", "two-step reach and k-core"
    ),
    "cli.out.step.structural_holes": Message("rakenteelliset aukot", "structural holes"),
    "cli.out.step.articulation_points": Message("nivelpisteet", "articulation points"),
    "cli.out.step.articulation_points_and_bridges": Message(
        "nivelpisteet ja sillat", "articulation points and bridges"
    ),
    "cli.out.step.actions": Message("toimenpiteet", "actions"),
    "cli.out.step.actors": Message("toimijat", "actors"),
    "cli.out.step.rockets": Message("kantoraketit", "rockets"),
    "cli.out.step.loading": Message("ladataan", "loading"),
    "cli.out.step.reading": Message("luetaan", "reading"),
    "cli.out.step.validating": Message("tarkistetaan", "validating"),
    "cli.out.step.checking_references": Message("tarkistetaan viittaukset", "checking references"),
    "cli.out.step.writing": Message("kirjoitetaan", "writing"),
    "cli.out.step.done": Message("valmis", "done"),
}

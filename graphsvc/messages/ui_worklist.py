"""The ui section's words of the worklist (the Gaps page) and of the recommendation strengths.

:mod:`graphsvc.messages.ui` merges these into its ``MESSAGES`` (keys ``ui.…``); they live
apart only to keep each module short enough to read in one sitting.
"""

from __future__ import annotations

from graphsvc.messages import Message

MESSAGES: dict[str, Message] = {
    "ui.worklist_rule": Message(
        "Vakavuus tulee pisteistä 0–100 sen mukaan, mitä on pelissä: käynnissä oleva "
        "toimenpide painaa enemmän kuin ehdotettu, valmis tai hylätty vähiten; useaan "
        "kantorakettiin vaikuttava, monen toimijan tai suuren verkoston osan irti leikkaava "
        "aukko painaa enemmän. Kriittinen 55 pisteestä, tärkeä 35 pisteestä, muuten "
        "huomioitava.",
        "The severity comes from points 0–100 for what is at stake: an ongoing action weighs "
        "more than a proposed one, a done or dropped one least; a gap touching several "
        "rockets, many actors or cutting off a large part of the network weighs more. "
        "Critical from 55 points, important from 35, else to note.",
    ),
    "ui.worklist_counts": Message(
        "Avoinna {open}: kriittisiä {high}, tärkeitä {medium}, huomioitavia {low}; "
        "hoidettuja {handled}.",
        "Open: {open} – critical {high}, important {medium}, to note {low}; handled: {handled}.",
    ),
    "ui.worklist_programme": Message(
        "Koko ohjelma (ei kantorakettia)", "The whole programme (no rocket)"
    ),
    "ui.worklist_points": Message("{points} pistettä", "{points} points"),
    "ui.worklist_next": Message("Seuraava askel:", "Next step:"),
    "ui.worklist_note": Message("Huomautus (valinnainen)", "Note (optional)"),
    "ui.worklist_mark": Message("Merkitse hoidetuksi", "Mark handled"),
    "ui.worklist_mark_label": Message("Merkitse hoidetuksi: {gap}", "Mark handled: {gap}"),
    "ui.worklist_handled": Message("Hoidetut", "Handled"),
    "ui.worklist_handled_none": Message(
        "Yhtään aukkoa ei ole vielä merkitty hoidetuksi.", "No gap has been marked handled yet."
    ),
    "ui.worklist_handled_by": Message(
        "Hoidetuksi merkitsi {by}, {at}", "Marked handled by {by}, {at}"
    ),
    "ui.worklist_reopen": Message("Avaa uudelleen", "Reopen"),
    "ui.worklist_reopen_label": Message("Avaa uudelleen: {gap}", "Reopen: {gap}"),
    "ui.worklist_by_key": Message("API-avain {key_id}", "API key {key_id}"),
    "ui.worklist_by_cli": Message("komentorivi ({user})", "the command line ({user})"),
    "ui.worklist_past": Message(
        "Menneen vuoden aukot näytetään ilman hoidettu-merkintöjä: työlista koskee nykytilaa.",
        "The gaps of a past year are shown without handled marks: the worklist is about now.",
    ),
    "ui.worklist_intros": Message("Esittele toisilleen", "Introduce to each other"),
    "ui.worklist_all_intros": Message(
        "Kaikki kantoraketin suositellut esittelyt", "All recommended introductions of the rocket"
    ),
    "ui.gap_handled": Message("Aukko merkitty hoidetuksi.", "Gap marked handled."),
    "ui.gap_reopened": Message("Aukko avattu uudelleen.", "Gap reopened."),
    # recommendations: one strength scale 0–100 with a band, as in the CLI and the API
    "ui.strength": Message("Vahvuus", "Strength"),
    "ui.strength_value": Message("{strength}/100", "{strength}/100"),
    "ui.reasons": Message("Perusteet", "Reasons"),
    "ui.band_strong": Message("vahva", "strong"),
    "ui.band_moderate": Message("kohtalainen", "moderate"),
    "ui.band_weak": Message("heikko", "weak"),
    "ui.strength_rule": Message(
        "Vahvuus 0–100 kertoo, kuinka paljon yhteistä parilla on: yhteiset kumppanit "
        "(harvinainen kumppani painaa enemmän kuin kaikkien kumppani), yhteiset kantoraketit "
        "ja eri toimijatyypit. Vahva 60:stä, kohtalainen 30:stä, muuten heikko.",
        "The strength 0–100 says how much the pair shares: shared partners (a rare partner "
        "counts more than everyone's partner), shared rockets and different kinds. Strong "
        "from 60, moderate from 30, else weak.",
    ),
}

"""The analysis section's words of the worklist: gap severities and next steps, handled
marks, and the strength of introductions with its reasons.

:mod:`graphsvc.messages.analysis` merges these into its ``MESSAGES`` (keys ``analysis.…``);
they live apart only to keep each module short enough to read in one sitting.
"""

from __future__ import annotations

from graphsvc.messages import Message

MESSAGES: dict[str, Message] = {
    # severity levels of gaps (codes high, medium, low) and the worklist's next steps
    "analysis.next.action_without_actors": Message(
        "Etsi toimenpiteelle {action} vetäjä ja kumppanit – tai päätä, jatketaanko sitä.",
        "Find a lead and partners for action {action} – or decide whether it goes on.",
    ),
    "analysis.next.solo_action": Message(
        "Kutsu toimenpiteeseen {action} kumppani; nyt sitä vie yksin {actor}.",
        "Invite a partner to action {action}; {actor} runs it alone now.",
    ),
    "analysis.next.action_without_lead": Message(
        "Sovi toimenpiteelle {action} vetäjä sen {actors} toimijan joukosta.",
        "Add a lead to action {action}: agree on one among its {actors} actors.",
    ),
    "analysis.next.actor_without_actions": Message(
        "Ota {actor} mukaan johonkin toimenpiteeseen tai tarkista, onko se yhä mukana.",
        "Involve {actor} in an action, or check whether it is still part of the network.",
    ),
    "analysis.next.isolated_actor": Message(
        "Esittele {actor} muille saman kantoraketin toimijoille ja kutsu heidät sen "
        "toimenpiteisiin.",
        "Introduce {actor} to the other actors of its rocket and invite them to its actions.",
    ),
    "analysis.next.rocket_without_actions": Message(
        "Kokoa kantoraketille {rocket} ensimmäinen toimenpide ja sille vetäjä.",
        "Gather a first action, with a lead, for the {rocket} rocket.",
    ),
    "analysis.next.rocket_missing_kind": Message(
        "Kutsu {invite} mukaan kantorakettiin {rocket}.",
        "Invite {invite} to the {rocket} rocket.",
    ),
    "analysis.next.rocket_dependence": Message(
        "Tuo kantoraketin {rocket} toimenpiteisiin uusia vetäjiä ja kumppaneita, ettei kaikki "
        "nojaa toimijaan {actor}.",
        "Bring new leads and partners into the {rocket} rocket's actions, so that not all rests "
        "on {actor}.",
    ),
    "analysis.next.rocket_pair_without_shared_actor": Message(
        "Etsi toimenpide tai toimija, joka yhdistää kantoraketit {first} ja {second}.",
        "Look for an action or an actor that links the {first} and {second} rockets.",
    ),
    "analysis.next.articulation_point": Message(
        "Esittele toimijat, jotka ovat yhteydessä muihin vain toimijan {actor} kautta, myös "
        "muille kumppaneille.",
        "Introduce the actors who reach the others only through {actor} to other partners too.",
    ),
    "analysis.next.bridge_tie": Message(
        "Luo toinen yhteys siteen {first} – {second} rinnalle: esittele niiden kumppanit "
        "toisilleen.",
        "Create a second link beside the tie {first} – {second}: introduce their partners to "
        "each other.",
    ),
    "analysis.next.indicator_without_owner": Message(
        "Sovi mittarille {action} vastuutaho verkostosta.",
        "Agree who in the network owns indicator {action}.",
    ),
    # the actor kinds a rocket may miss, as whom to invite
    "analysis.invite.education": Message("oppilaitos", "an educational partner"),
    "analysis.invite.company": Message("yritys", "a company"),
    "analysis.invite.citizen": Message("asukastoimija", "a resident or residents' group"),
    # marks of the worklist (graphsvc gaps)
    "analysis.mark.handled": Message(
        "Aukko {gap} merkitty hoidetuksi ({by}, {at}).", "Gap {gap} marked handled ({by}, {at})."
    ),
    "analysis.mark.reopened": Message("Aukko {gap} avattu uudelleen.", "Gap {gap} reopened."),
    "analysis.mark.title": Message("Hoidetuiksi merkityt aukot: {n}", "Gaps marked handled: {n}"),
    "analysis.mark.col.gap": Message("aukko", "gap"),
    "analysis.mark.col.by": Message("merkitsijä", "by"),
    "analysis.mark.col.at": Message("milloin", "when"),
    "analysis.mark.col.note": Message("huomautus", "note"),
    # the strength of an introduction (0–100) and its band
    "analysis.band.strong": Message("vahva", "strong"),
    "analysis.band.moderate": Message("kohtalainen", "moderate"),
    "analysis.band.weak": Message("heikko", "weak"),
    "analysis.strength": Message("{strength}/100, {band}", "{strength}/100, {band}"),
    "analysis.reason.partners.one": Message("1 yhteinen kumppani", "1 shared partner"),
    "analysis.reason.partners.many": Message("{n} yhteistä kumppania", "{n} shared partners"),
    "analysis.reason.rockets.one": Message("1 yhteinen kantoraketti", "1 shared rocket"),
    "analysis.reason.rockets.many": Message("{n} yhteistä kantorakettia", "{n} shared rockets"),
    "analysis.reason.kinds": Message("eri toimijatyypit", "different kinds"),
    "analysis.reason.both_wish": Message("molemmat haluavat", "both want to"),
    "analysis.reason.one_wishes": Message("{name} haluaa", "{name} wants to"),
    "analysis.reason.same_rocket": Message(
        "ei vielä kumppaneita: saman kantoraketin toimija", "no partners yet: same rocket"
    ),
}

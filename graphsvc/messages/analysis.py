"""The analysis section of the message catalogue (see graphsvc.messages).

The sentences that findings carry: analysis functions return facts (kinds, keys, numbers)
and :mod:`graphsvc.services.analysis_text` makes these sentences from them.
"""

from __future__ import annotations

from graphsvc.messages import Message

MESSAGES: dict[str, Message] = {
    # gaps, one per gap kind
    "analysis.gap.action_without_actors": Message(
        "Toimenpiteellä {action} ei ole yhtään toimijaa.",
        "Action {action} has no actor running it.",
    ),
    "analysis.gap.solo_action": Message(
        "Toimenpidettä {action} vie eteenpäin vain yksi toimija ({actor}).",
        "Action {action} is run by a single actor ({actor}).",
    ),
    "analysis.gap.action_without_lead": Message(
        "Toimenpiteellä {action} ei ole vastuutoimijaa ({actors} toimijaa, ei vetäjää).",
        "Action {action} has no lead ({actors} actors, none leading).",
    ),
    "analysis.gap.actor_without_actions": Message(
        "{actor} ei vie eteenpäin yhtään toimenpidettä.",
        "{actor} runs no action.",
    ),
    "analysis.gap.isolated_actor": Message(
        "{actor} tekee {actions} toimenpidettään yksin: ei yhtään yhteistä toimenpidettä "
        "muiden kanssa.",
        "{actor} runs its {actions} action(s) alone: no action shared with anyone.",
    ),
    "analysis.gap.rocket_without_actions": Message(
        "Kantoraketilla {rocket} ei ole yhtään toimenpidettä.",
        "The {rocket} rocket has no action.",
    ),
    "analysis.gap.rocket_missing_kind": Message(
        "Kantoraketissa {rocket} ei ole mukana yhtään {kind}.",
        "The {rocket} rocket has no {kind} among its actors.",
    ),
    "analysis.gap.rocket_dependence": Message(
        "Kantoraketti {rocket} nojaa yhteen toimijaan: {actor} on mukana {runs}/{actions} "
        "toimenpiteessä.",
        "The {rocket} rocket depends on one actor: {actor} runs {runs} of its {actions} actions.",
    ),
    "analysis.gap.rocket_pair_without_shared_actor": Message(
        "Kantoraketeilla {first} ja {second} ei ole yhtään yhteistä toimijaa.",
        "The {first} and {second} rockets have no actor in common.",
    ),
    "analysis.gap.articulation_point": Message(
        "{actor} on ainoa yhteys {cut_off} toimijalle: jos se jättäytyy pois, ne irtoavat "
        "muusta verkostosta.",
        "{actor} is the only link for {cut_off} actor(s): if it leaves, they are cut off from "
        "the rest of the network.",
    ),
    "analysis.gap.bridge_tie": Message(
        "Yhteistyö {first} – {second} on ainoa side, joka yhdistää {cut_off} toimijaa muuhun "
        "verkostoon.",
        "The tie {first} – {second} is the only link between {cut_off} actors and the rest of "
        "the network.",
    ),
    # the actor kinds a rocket may miss (Finnish in the partitive, as the sentence needs)
    "analysis.missing.education": Message("oppilaitosta", "an educational institution"),
    "analysis.missing.company": Message("yritystä", "a company"),
    "analysis.missing.citizen": Message("asukastoimijaa", "a resident or residents' group"),
    # counted nouns
    "analysis.count.rockets.one": Message("{n} kantoraketti", "{n} rocket"),
    "analysis.count.rockets.many": Message("{n} kantorakettia", "{n} rockets"),
    "analysis.count.kinds.one": Message("{n} toimijatyyppi", "{n} actor kind"),
    "analysis.count.kinds.many": Message("{n} toimijatyyppiä", "{n} actor kinds"),
    # brokers
    "analysis.broker": Message(
        "{actor} yhdistää {rockets} ja {kinds}: {open_pairs} sen kumppaniparia ei tee suoraan "
        "yhteistyötä keskenään ({across} paria eri kantoraketeista).",
        "{actor} links {rockets} and {kinds}: {open_pairs} pairs of its partners do not work "
        "together directly ({across} of them across rockets).",
    ),
    "analysis.broker.cut_off": Message(
        " Jos se jättäytyisi pois, {cut_off} toimijaa irtoaisi muusta verkostosta.",
        " If it left, {cut_off} actors would be cut off from the rest of the network.",
    ),
    # introductions
    "analysis.intro": Message(
        "Esittele {first} ja {second}: {reasons}.",
        "Introduce {first} and {second}: {reasons}.",
    ),
    "analysis.intro.partners": Message(
        "molemmat tekevät yhteistyötä: {names}", "both work with {names}"
    ),
    "analysis.intro.rocket": Message(
        "molemmat ovat mukana kantoraketissa {rockets}", "both fuel the {rockets} rocket"
    ),
    "analysis.intro.rockets": Message(
        "molemmat ovat mukana kantoraketissa {rockets}", "both fuel the {rockets} rockets"
    ),
    "analysis.intro.kinds": Message(
        "toimijatyypit täydentävät toisiaan ({first} ja {second})",
        "their kinds complement each other ({first} and {second})",
    ),
    # communities
    "analysis.community": Message(
        "Ryhmä {id} ({size} toimijaa, ytimessä {names}) toimii kantoraketeissa: {rockets}.",
        "Community {id} ({size} actors, around {names}) works in: {rockets}.",
    ),
    "analysis.community.split": Message(
        "Kantoraketin {rocket} toimijat jakautuvat {parts} erilliseen ryhmään.",
        "The {rocket} rocket's actors fall into {parts} separate communities.",
    ),
    "analysis.community.together": Message(
        "Kantoraketin {rocket} toimijat ovat enimmäkseen samassa ryhmässä.",
        "The {rocket} rocket's actors are mostly in one community.",
    ),
    # what-if
    "analysis.whatif": Message(
        "Jos {actor} jättäytyy pois, verkosto menettää {ties} sidettä, {cut_off} toimijaa "
        "irtoaa pääverkostosta, {no_lead} toimenpidettä jää ilman vetäjää ja {no_actor} ilman "
        "toimijaa{losing}.",
        "If {actor} leaves, the network loses {ties} ties, {cut_off} actors are cut off from "
        "the main network, {no_lead} actions lose their lead and {no_actor} lose every "
        "actor{losing}.",
    ),
    "analysis.whatif.losing": Message(
        "; kantoraketeista {rockets} puuttuu sen jälkeen tyyppi {kind}",
        "; the {rockets} rocket(s) lose their only {kind}",
    ),
}

"""The analysis section of the message catalogue (see graphsvc.messages).

The sentences that findings carry: analysis functions return facts (kinds, keys, numbers)
and :mod:`graphsvc.services.analysis_text` makes these sentences from them.
"""

from __future__ import annotations

from graphsvc.messages import Message
from graphsvc.messages.analysis_overlap import MESSAGES as OVERLAP_MESSAGES
from graphsvc.messages.analysis_worklist import MESSAGES as WORKLIST_MESSAGES

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
    "analysis.gap.indicator_without_owner": Message(
        "Mittarilla {action} ei ole omistajaa: kukaan verkostossa ei vastaa sen edistymisestä.",
        "Indicator {action} has no owner: no one in the network answers for its progress.",
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
    "analysis.missing.education": Message("oppilaitosta", "educational institution"),
    "analysis.missing.company": Message("yritystä", "company"),
    "analysis.missing.citizen": Message("asukastoimijaa", "resident or residents' group"),
    # counted nouns
    "analysis.count.rockets.one": Message("{n} kantoraketti", "{n} rocket"),
    "analysis.count.rockets.many": Message("{n} kantorakettia", "{n} rockets"),
    "analysis.count.actions.one": Message("{n} toimenpide", "{n} action"),
    "analysis.count.actions.many": Message("{n} toimenpidettä", "{n} actions"),
    "analysis.count.actors.one": Message("{n} toimija", "{n} actor"),
    "analysis.count.actors.many": Message("{n} toimijaa", "{n} actors"),
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
    "analysis.intro.both_wish": Message(
        "molemmat kertoivat kyselyssä haluavansa tehdä yhteistyötä keskenään",
        "both said in the survey that they would like to work together",
    ),
    "analysis.intro.one_wishes": Message(
        "{name} kertoi kyselyssä haluavansa tehdä yhteistyötä organisaation {other} kanssa",
        "{name} said in the survey that it would like to work with {other}",
    ),
    # what the survey's figures rest on
    "analysis.survey.enough": Message(
        "Kyselyn {year} siteet perustuvat {share}:n vastauksiin: riittää välittäjien "
        "nimeämiseen (vähintään {good}).",
        "The ties of the {year} survey rest on answers from {share} of the actors: enough to "
        "name brokers (at least {good}).",
    ),
    "analysis.survey.too_few": Message(
        "Kyselyn {year} siteet perustuvat vain {share}:n vastauksiin, alle {good}: "
        "keskeisyydet ja välittäjät ovat suuntaa-antavia.",
        "The ties of the {year} survey rest on answers from only {share} of the actors, "
        "fewer than {good}: centralities and brokers are indicative.",
    ),
    "analysis.survey.rockets_below": Message(
        "Alle {good} vastasi kantoraketeissa: {rockets}.",
        "Fewer than {good} answered in the rockets: {rockets}.",
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
    # change: what changed between two dates (graphsvc.analysis.change)
    "analysis.change": Message(
        "Mukaan tulleita toimijoita {joined}, pois jättäytyneitä {left}; alkaneita "
        "toimenpiteitä {begun}, valmistuneita {finished}, kesken päättyneitä {dropped}; "
        "ehdotetuista esittelyistä toteutui {happened}/{suggested}; korjaantuneita aukkoja "
        "{closed}, uusia {opened}.",
        "Actors joined: {joined}, left: {left}; actions begun: {begun}, finished: {finished}, "
        "dropped: {dropped}; suggested introductions made: {happened} of {suggested}; gaps "
        "closed: {closed}, opened: {opened}.",
    ),
    "analysis.change.joined": Message(
        "{actor} tuli mukaan verkostoon.", "{actor} joined the network."
    ),
    "analysis.change.left": Message(
        "{actor} jättäytyi pois verkostosta.", "{actor} left the network."
    ),
    "analysis.change.begun": Message("Toimenpide {action} alkoi.", "Action {action} began."),
    "analysis.change.finished": Message(
        "Toimenpide {action} valmistui.", "Action {action} was finished."
    ),
    "analysis.change.dropped.gone": Message(
        "Toimenpide {action} ei ole enää ohjelmassa.",
        "Action {action} is no longer in the programme.",
    ),
    "analysis.change.dropped.status": Message(
        "Toimenpiteestä {action} luovuttiin.", "Action {action} was dropped."
    ),
    "analysis.change.status": Message(
        "Toimenpiteen {action} tila muuttui: {before} → {after}.",
        "The status of action {action} changed: {before} → {after}.",
    ),
    "analysis.change.tie.formed": Message(
        "Uusi yhteistyö: {first} – {second}{how}.", "New tie: {first} – {second}{how}."
    ),
    "analysis.change.tie.ended": Message(
        "Yhteistyö päättyi: {first} – {second}{how}.", "Tie ended: {first} – {second}{how}."
    ),
    "analysis.change.tie.shared": Message(
        " (yhteisiä toimenpiteitä {shared})", " (shared actions: {shared})"
    ),
    "analysis.change.tie.reported": Message(" (ilmoitettu yhteistyö)", " (a reported tie)"),
    "analysis.change.intro.happened": Message(
        "Esittely toteutui: {first} ja {second} tekevät nyt yhteistyötä{how}.",
        "Introduction made: {first} and {second} now work together{how}.",
    ),
    "analysis.change.intro.waiting": Message(
        "Esittely ei ole toteutunut: {first} ja {second} eivät tee yhteistyötä{how}.",
        "Introduction not made: {first} and {second} do not work together{how}.",
    ),
    "analysis.change.intro.left": Message(
        "; {names} ei ole enää mukana", "; {names} is no longer in the network"
    ),
    "analysis.change.gap.closed": Message(
        "Aukko korjaantui – aiemmin: {gap}", "Gap closed – before: {gap}"
    ),
    "analysis.change.gap.opened": Message("Uusi aukko: {gap}", "New gap: {gap}"),
    "analysis.change.rank.rose": Message(
        "{actor} nousi sijalta {before} sijalle {after} ({measure}).",
        "{actor} rose from rank {before} to {after} ({measure}).",
    ),
    "analysis.change.rank.fell": Message(
        "{actor} laski sijalta {before} sijalle {after} ({measure}).",
        "{actor} fell from rank {before} to {after} ({measure}).",
    ),
    "analysis.change.rank.entered_top": Message(
        "{actor} nousi kärkijoukkoon sijalta {before} sijalle {after} ({measure}).",
        "{actor} entered the top, from rank {before} to {after} ({measure}).",
    ),
    "analysis.change.rank.left_top": Message(
        "{actor} putosi kärkijoukosta sijalta {before} sijalle {after} ({measure}).",
        "{actor} dropped out of the top, from rank {before} to {after} ({measure}).",
    ),
    "analysis.change.rank.left_network": Message(
        "{actor} putosi kärkijoukosta sijalta {before}: se ei ole enää mukana ({measure}).",
        "{actor} dropped out of the top from rank {before}: it is no longer in the network "
        "({measure}).",
    ),
    "analysis.change.rank.new_in_top": Message(
        "{actor} tuli mukaan ja on heti kärkijoukossa sijalla {after} ({measure}).",
        "{actor} is new and already in the top, at rank {after} ({measure}).",
    ),
    "analysis.change.articulation.appeared": Message(
        "{actor} on nyt ainoa yhteys {cut_off} toimijalle muuhun verkostoon.",
        "{actor} is now the only link to the rest of the network for {cut_off} actor(s).",
    ),
    "analysis.change.articulation.vanished": Message(
        "{actor} ei ole enää kenenkään ainoa yhteys (aiemmin {cut_off} toimijalle).",
        "{actor} is no longer anyone's only link (before: for {cut_off} actor(s)).",
    ),
    "analysis.measure.betweenness": Message("välillisyys", "betweenness"),
    "analysis.measure.two_step_reach": Message("kahden askeleen tavoittavuus", "two-step reach"),
    # health figures then and now (change) and over the years (timeline)
    "analysis.health.overall": Message("Koko ohjelma", "The whole programme"),
    "analysis.health.trend": Message(
        "{where}: toimijoita {actors}, tiheys {density}, pääkomponentin osuus {main}, "
        "yksin tehtyjen toimenpiteiden osuus {solo}.",
        "{where}: actors {actors}, density {density}, main component share {main}, "
        "solo action share {solo}.",
    ),
    "analysis.health.span": Message("{where} {first}–{last}", "{where} {first}–{last}"),
}
#: The words of the worklist: severities, next steps, marks, strengths (their own module).
if MESSAGES.keys() & WORKLIST_MESSAGES.keys():
    raise RuntimeError(
        f"analysis messages defined twice: {sorted(MESSAGES.keys() & WORKLIST_MESSAGES)}"
    )
MESSAGES.update(WORKLIST_MESSAGES)
if MESSAGES.keys() & OVERLAP_MESSAGES.keys():  # pragma: no cover - a programming error
    raise RuntimeError("overlap messages defined twice")
MESSAGES.update(OVERLAP_MESSAGES)

"""The cli section of the message catalogue (see graphsvc.messages): titles and labels of
the ``graphsvc analyze`` tables."""

from __future__ import annotations

from graphsvc.messages import Message
from graphsvc.messages.cli_help import MESSAGES as HELP_MESSAGES
from graphsvc.messages.cli_output import MESSAGES as OUTPUT_MESSAGES
from graphsvc.messages.cli_survey import MESSAGES as SURVEY_MESSAGES

MESSAGES: dict[str, Message] = {
    "cli.progress": Message("{kind}: {step}…", "{kind}: {step}…"),
    "cli.more": Message(
        "… {hidden} lisää (--top N, tai --json kaikille)",
        "… {hidden} more (--top N, or --json for all)",
    ),
    # titles
    "cli.summary.title": Message("Verkoston terveys", "Network health"),
    "cli.summary.overall": Message("koko ohjelma", "overall"),
    "cli.centrality.title": Message(
        "Keskeisyys ({actors} toimijaa, {ties} sidettä)",
        "Centrality ({actors} actors, {ties} ties)",
    ),
    "cli.centrality.sampled": Message(
        " — välillisyys otoksesta, ±{bound} luottamustasolla {confidence}",
        " — betweenness sampled, ±{bound} at {confidence}",
    ),
    "cli.brokers.title": Message("Välittäjät", "Brokers"),
    "cli.gaps.title": Message("Yhteistyön aukot ({counts})", "Collaboration gaps ({counts})"),
    "cli.recommend.title": Message("Esittelyt", "Introductions"),
    "cli.coverage.title": Message(
        "Toimijat tyypeittäin ja kantoraketeittain (toimenpiteet suluissa)",
        "Actors by kind and rocket (actions in brackets)",
    ),
    "cli.communities.title": Message(
        "Ryhmät (modulaarisuus {modularity}, NMI kantorakettien kanssa {nmi})",
        "Communities (modularity {modularity}, NMI with rockets {nmi})",
    ),
    "cli.communities.rockets": Message("Kantoraketit", "Rockets"),
    "cli.whatif.title": Message("Ennen / jälkeen", "Before / after"),
    "cli.whatif.cut_off": Message("Irtoavat", "Cut off"),
    "cli.whatif.actions": Message("Toimenpiteet", "Actions"),
    "cli.change.actors": Message("Toimijat", "Actors"),
    "cli.change.actions": Message("Toimenpiteet", "Actions"),
    "cli.change.ties": Message(
        "Siteet: {formed} uutta, {ended} päättyi (ilmoitetut: {reported_formed} uutta, "
        "{reported_ended} päättyi)",
        "Ties: {formed} formed, {ended} ended (reported: {reported_formed} formed, "
        "{reported_ended} ended)",
    ),
    "cli.change.introductions": Message(
        "Aiemmin ehdotetut esittelyt: {happened}/{suggested} toteutui",
        "Introductions suggested before: {happened} of {suggested} happened",
    ),
    "cli.change.gaps": Message(
        "Aukot: {closed} korjaantui, {opened} uutta", "Gaps: {closed} closed, {opened} opened"
    ),
    "cli.change.centrality": Message(
        "Välittäjät ja keskeiset toimijat (kärki {top})",
        "Brokers and central actors (top {top})",
    ),
    "cli.change.articulation": Message("Ainoat yhteydet", "Only links"),
    "cli.change.health": Message("Verkoston terveys ennen ja nyt", "Network health then and now"),
    "cli.change.rockets": Message("Muutos kantoraketeittain", "Change by rocket"),
    "cli.timeline.title": Message("Verkoston terveys: {where}", "Network health: {where}"),
    # what happened, as table cells
    "cli.change.joined": Message("tuli mukaan", "joined"),
    "cli.change.left": Message("jättäytyi pois", "left"),
    "cli.change.begun": Message("alkoi", "begun"),
    "cli.change.finished": Message("valmistui", "finished"),
    "cli.change.dropped": Message("päättyi kesken", "dropped"),
    "cli.change.status_changed": Message("tila muuttui", "status changed"),
    "cli.change.formed": Message("uusi", "formed"),
    "cli.change.ended": Message("päättyi", "ended"),
    "cli.change.happened": Message("toteutui", "happened"),
    "cli.change.not_happened": Message("ei toteutunut", "not happened"),
    "cli.change.closed": Message("korjaantui", "closed"),
    "cli.change.opened": Message("uusi", "opened"),
    "cli.change.rose": Message("nousi", "rose"),
    "cli.change.fell": Message("laski", "fell"),
    "cli.change.entered_top": Message("kärkeen", "entered the top"),
    "cli.change.left_top": Message("pois kärjestä", "left the top"),
    "cli.change.appeared": Message("uusi", "appeared"),
    "cli.change.vanished": Message("poistui", "vanished"),
    # column and row labels
    "cli.col.actor": Message("toimija", "actor"),
    "cli.col.actors": Message("toimijat", "actors"),
    "cli.col.actions": Message("toimenpiteet", "actions"),
    "cli.col.ties": Message("siteet", "ties"),
    "cli.col.density": Message("tiheys", "density"),
    "cli.col.components": Message("komponentit", "components"),
    "cli.col.main_share": Message("pääkomponentin osuus", "main share"),
    "cli.col.centralisation": Message("keskittyneisyys", "centralisation"),
    "cli.col.avg_path": Message("keskim. polku", "avg path"),
    "cli.col.solo_actions": Message("yksin tehdyt", "solo actions"),
    "cli.col.kind": Message("tyyppi", "kind"),
    "cli.col.degree": Message("aste", "degree"),
    "cli.col.weighted_degree": Message("painotettu aste", "weighted"),
    "cli.col.betweenness": Message("välillisyys", "betweenness"),
    "cli.col.closeness": Message("läheisyys", "closeness"),
    "cli.col.eigenvector": Message("ominaisvektori", "eigenvector"),
    "cli.col.pagerank": Message("pagerank", "pagerank"),
    "cli.col.two_step_reach": Message("2 askeleen tavoittavuus", "2-step reach"),
    "cli.col.reach_efficiency": Message("tavoittavuuden tehokkuus", "reach eff."),
    "cli.col.k_core": Message("k-ydin", "k-core"),
    "cli.col.constraint": Message("rajoite", "constraint"),
    "cli.col.effective_size": Message("tehollinen koko", "eff. size"),
    "cli.col.hierarchy": Message("hierarkia", "hierarchy"),
    "cli.col.cut_off": Message("irtoaa", "cut off"),
    "cli.col.why": Message("miksi", "why"),
    "cli.col.theme": Message("teema", "theme"),
    "cli.overlap.bridges": Message(
        "Ohjelmat yhdistävät toimijat", "The actors who tie the programmes together"
    ),
    "cli.overlap.shared_actions": Message("Yhteiset toimenpiteet", "Actions of both"),
    "cli.overlap.themes": Message("Teemat", "Themes"),
    "cli.overlap.rockets_apart": Message(
        "Kantoraketit ilman yhteyttä toiseen ohjelmaan",
        "Rockets with no tie to the other programme",
    ),
    "cli.overlap.introductions": Message(
        "Esittelyt ohjelmien välillä", "Introductions across the programmes"
    ),
    "cli.col.severity": Message("vakavuus", "severity"),
    "cli.col.finding": Message("havainto", "finding"),
    "cli.col.gap": Message("aukko", "gap"),
    "cli.col.score": Message("pisteet", "score"),
    "cli.col.size": Message("koko", "size"),
    "cli.col.crosses_rockets": Message("ylittää kantoraketit", "crosses rockets"),
    "cli.col.community": Message("ryhmä", "community"),
    "cli.col.rocket": Message("kantoraketti", "rocket"),
    "cli.col.split": Message("jakautunut", "split"),
    "cli.col.before": Message("ennen", "before"),
    "cli.col.after": Message("jälkeen", "after"),
    "cli.col.main_component": Message("pääkomponentti", "main component"),
    "cli.col.average_reach": Message("keskim. tavoittavuus", "average reach"),
    "cli.col.left_with": Message("jää", "left with"),
    "cli.col.action": Message("toimenpide", "action"),
    "cli.col.no_lead": Message("ilman vetäjää", "no lead"),
    "cli.col.no_actor": Message("ilman toimijaa", "no actor"),
    "cli.col.change": Message("muutos", "change"),
    "cli.col.status": Message("tila", "status"),
    "cli.col.shared": Message("yhteisiä", "shared"),
    "cli.col.measure": Message("mittari", "measure"),
    "cli.col.rank_before": Message("sija ennen", "rank before"),
    "cli.col.rank_after": Message("sija nyt", "rank now"),
    "cli.col.difference": Message("ero", "difference"),
    "cli.col.kinds": Message("toimijatyyppejä", "kinds"),
}

for _part in (HELP_MESSAGES, OUTPUT_MESSAGES, SURVEY_MESSAGES):
    if MESSAGES.keys() & _part.keys():
        raise RuntimeError(f"cli messages defined twice: {sorted(MESSAGES.keys() & _part)}")
    MESSAGES.update(_part)

"""The ui section's words of the browse lists (Toimijat, Toimenpiteet) and the key actors page.

:mod:`graphsvc.messages.ui` merges these into its ``MESSAGES`` (keys ``ui.…``); they live
apart only to keep each module short enough to read in one sitting.
"""

from __future__ import annotations

from graphsvc.messages import Message

MESSAGES: dict[str, Message] = {
    "ui.nav_actors": Message("Toimijat", "Actors"),
    "ui.nav_actions": Message("Toimenpiteet", "Actions"),
    "ui.nav_key_actors": Message("Avaintoimijat", "Key actors"),
    "ui.actors_title": Message("Toimijat", "Actors"),
    "ui.actors_intro": Message(
        "Kaikki ohjelman toimijat: rajaa tyypin, kantoraketin tai nimen mukaan, järjestä "
        "sarakkeen otsikosta ja lataa rajattu lista taulukkona.",
        "Every actor of the programme: filter by kind, rocket or name, sort by a column "
        "heading and download the filtered list as a spreadsheet.",
    ),
    "ui.actions_title": Message("Toimenpiteet", "Actions"),
    "ui.actions_intro": Message(
        "Kaikki toimenpiteet: rajaa kantoraketin, tilan tai nimen mukaan, etsi ne, joilla ei "
        "ole vetäjää tai joita toteuttaa yksi toimija, ja lataa rajattu lista taulukkona.",
        "Every action: filter by rocket, status or title, find those without a lead or run "
        "by one actor, and download the filtered list as a spreadsheet.",
    ),
    "ui.browse_text": Message("Nimi sisältää", "Name contains"),
    "ui.browse_all_kinds": Message("Kaikki tyypit", "All kinds"),
    "ui.browse_all_statuses": Message("Kaikki tilat", "All statuses"),
    "ui.browse_flags": Message("Vain", "Only"),
    "ui.browse_flag_no_actions": Message("ei toimenpiteitä", "no actions"),
    "ui.browse_flag_alone": Message("ei kumppaneita", "no partners"),
    "ui.browse_flag_no_lead": Message("ei vetäjää", "no lead"),
    "ui.browse_flag_solo": Message("yksi toteuttaja", "one actor only"),
    "ui.browse_page_size": Message("Riviä sivulla", "Rows per page"),
    "ui.browse_clear": Message("Tyhjennä rajaukset", "Clear filters"),
    "ui.browse_count": Message(
        "{shown} / {total} riviä, sivu {page} / {pages}",
        "{shown} of {total} rows, page {page} of {pages}",
    ),
    "ui.browse_none": Message(
        "Rajauksilla ei löytynyt yhtään riviä.", "No rows match the filters."
    ),
    "ui.browse_caption_actors": Message("Toimijat: {n} osumaa", "Actors: {n} matches"),
    "ui.browse_caption_actions": Message("Toimenpiteet: {n} osumaa", "Actions: {n} matches"),
    "ui.browse_sorted_asc": Message("nouseva järjestys", "sorted ascending"),
    "ui.browse_sorted_desc": Message("laskeva järjestys", "sorted descending"),
    "ui.browse_sort_by": Message("Järjestä: {column}", "Sort by {column}"),
    "ui.browse_pages": Message("Sivut", "Pages"),
    "ui.browse_previous": Message("Edellinen", "Previous"),
    "ui.browse_next": Message("Seuraava", "Next"),
    "ui.browse_download": Message("Lataa lista", "Download the list"),
    "ui.browse_csv": Message("CSV ({n} riviä)", "CSV ({n} rows)"),
    "ui.browse_xlsx": Message("Excel ({n} riviä)", "Excel ({n} rows)"),
    "ui.browse_col_actions": Message("Toimenpiteitä", "Actions"),
    "ui.browse_col_partners": Message("Kumppaneita", "Partners"),
    "ui.browse_col_runners": Message("Toteuttajia", "Actors"),
    "ui.browse_col_leads": Message("Vetäjiä", "Leads"),
    "ui.browse_no_rocket": Message("ei kantorakettia", "no rocket"),
    "ui.browse_bad_value": Message(
        "{name}: {value} ei kelpaa; sallitut arvot: {allowed}.",
        "{name}: {value} is not allowed; allowed values: {allowed}.",
    ),
    "ui.browse_bad_page": Message(
        "Sivu: {value} ei ole sivunumero (1, 2, 3 …).",
        "Page: {value} is not a page number (1, 2, 3 …).",
    ),
    "ui.browse_cell_link": Message(
        "{n} – toimijat: {kind}, {rocket}", "{n} – actors: {kind}, {rocket}"
    ),
    "ui.key_title": Message("Avaintoimijat", "Key actors"),
    "ui.key_intro": Message(
        "Ketkä pitävät verkostoa koossa: keskeisimmät toimijat, välittäjät ja mitä verkosto "
        "menettäisi, jos yksi toimija jättäytyisi pois.",
        "Who holds the network together: the most central actors, the brokers, and what the "
        "network would lose if one actor left.",
    ),
    "ui.key_measures": Message("Mitä luvut kertovat", "What the figures mean"),
    "ui.key_measure_degree": Message("Kumppanit", "Partners"),
    "ui.key_measure_betweenness": Message("Välillisyys", "Betweenness"),
    "ui.key_measure_two_step_reach": Message("Kahden askeleen tavoittavuus", "Two-step reach"),
    "ui.key_measure_pagerank": Message("Vaikutusvalta (PageRank)", "Influence (PageRank)"),
    "ui.key_measure_closeness": Message("Läheisyys", "Closeness"),
    "ui.key_explain_degree": Message(
        "Kuinka monen eri toimijan kanssa toimija toteuttaa ainakin yhden toimenpiteen. Paljon "
        "kumppaneita: toimija on mukana monessa, ja sen kautta tavoittaa monta.",
        "How many different actors this actor runs at least one action with. Many partners: "
        "it takes part in much, and through it one reaches many.",
    ),
    "ui.key_explain_betweenness": Message(
        "Kuinka usein toimija on lyhimmällä tiellä kahden muun toimijan välillä. Korkea arvo "
        "tarkoittaa välittäjää: ilman sitä moni ryhmä ei kohtaisi.",
        "How often this actor lies on the shortest way between two others. A high value marks "
        "a broker: without it, many groups would not meet.",
    ),
    "ui.key_explain_two_step_reach": Message(
        "Kuinka suuren osan muista toimijoista tavoittaa kumppanin kautta (enintään kaksi "
        "askelta). Hyvä kanava viedä tietoa koko verkostoon.",
        "How large a share of the other actors it reaches through one partner (at most two "
        "steps). A good channel for taking news to the whole network.",
    ),
    "ui.key_explain_pagerank": Message(
        "Kumppanit, joilla on itsellään paljon kumppaneita, painavat enemmän. Korkea arvo: "
        "toimija on tärkeiden toimijoiden lähellä.",
        "Partners who themselves have many partners count for more. A high value: the actor "
        "stands close to the important ones.",
    ),
    "ui.key_explain_closeness": Message(
        "Kuinka lähellä toimija on keskimäärin kaikkia muita. Korkea arvo: asiat kulkevat sen "
        "kautta nopeasti.",
        "How close the actor is to all the others on average. A high value: things travel "
        "through it quickly.",
    ),
    "ui.key_measure_choice": Message("Järjestä mittarin mukaan", "Rank by measure"),
    "ui.key_central": Message("Keskeisimmät toimijat", "The most central actors"),
    "ui.key_central_caption": Message(
        "{n} keskeisintä toimijaa mittarin {measure} mukaan",
        "The {n} most central actors by {measure}",
    ),
    "ui.key_rank": Message("Sija", "Rank"),
    "ui.key_links": Message("Linkit", "Links"),
    "ui.key_profile": Message("Sivu", "Page"),
    "ui.key_map": Message("Kartta", "Map"),
    "ui.key_brokers": Message("Välittäjät", "Brokers"),
    "ui.key_brokers_intro": Message(
        "Välittäjä yhdistää kumppaneita, jotka eivät tee suoraan yhteistyötä keskenään. Jos "
        "välittäjä jättäytyy pois, osa verkostosta voi irrota.",
        "A broker links partners who do not work together directly. If a broker leaves, part "
        "of the network may come loose.",
    ),
    "ui.key_open_pairs": Message("Avoimia kumppanipareja", "Open partner pairs"),
    "ui.key_cut_off": Message("Irtoaisi, jos lähtisi", "Cut off if it left"),
    "ui.key_articulation": Message("Katkoskohta", "Cut point"),
    "ui.key_articulation_hint": Message(
        "Katkoskohta: ilman tätä toimijaa verkosto hajoaa osiin.",
        "Cut point: without this actor the network falls apart.",
    ),
    "ui.key_no_brokers": Message("Välittäjiä ei löytynyt.", "No brokers found."),
    "ui.key_no_actors": Message("Verkostossa ei ole toimijoita.", "The network has no actors."),
    "ui.key_whatif": Message("Entä jos toimija lähtisi?", "What if an actor left?"),
    "ui.key_whatif_intro": Message(
        "Valitse toimija ja katso, mitä verkosto menettäisi ilman sitä.",
        "Choose an actor and see what the network would lose without it.",
    ),
    "ui.key_whatif_actor": Message("Toimija", "Actor"),
    "ui.key_whatif_button": Message("Näytä vaikutus", "Show the effect"),
    "ui.key_whatif_result": Message("Jos {name} jättäytyisi pois", "If {name} left"),
    "ui.key_whatif_ties": Message("Menetetyt yhteistyösiteet", "Ties lost"),
    "ui.key_whatif_cut_off": Message(
        "Pääverkostosta irtoavat toimijat", "Actors cut off from the main network"
    ),
    "ui.key_whatif_main": Message(
        "Pääverkoston koko (ennen → jälkeen)", "Size of the main network (before → after)"
    ),
    "ui.key_whatif_parts": Message(
        "Erillisiä osia (ennen → jälkeen)", "Separate parts (before → after)"
    ),
    "ui.key_whatif_reach": Message(
        "Keskimääräinen tavoittavuus (ennen → jälkeen)",
        "Average reach (before → after)",
    ),
    "ui.key_whatif_no_lead": Message(
        "Toimenpiteet, jotka jäisivät ilman vetäjää", "Actions left without a lead"
    ),
    "ui.key_whatif_no_actors": Message(
        "Toimenpiteet, jotka jäisivät ilman toteuttajaa", "Actions left without anyone"
    ),
    "ui.key_whatif_kinds": Message(
        "Kantoraketit, joilta puuttuisi toimijatyyppi", "Rockets that would lose an actor kind"
    ),
    "ui.key_whatif_kind_in": Message("{rocket}: {kind}", "{rocket}: {kind}"),
    "ui.key_whatif_unknown": Message(
        "Toimijaa {actor} ei ole tässä verkostossa: valitse toimija listasta.",
        "Actor {actor} is not in this network: choose an actor from the list.",
    ),
    "ui.key_whatif_nothing": Message("ei yhtään", "none"),
    "ui.key_before_after": Message("{before} → {after}", "{before} → {after}"),
}

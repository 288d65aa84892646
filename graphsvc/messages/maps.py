"""The maps section of the message catalogue (see graphsvc.messages): every word a map shows."""

from __future__ import annotations

from graphsvc.messages import Message

MESSAGES: dict[str, Message] = {
    "maps.title": Message("Verkostokartta", "Network map"),
    "maps.title_rocket": Message("Verkostokartta: {name}", "Network map: {name}"),
    "maps.title_focus": Message(
        "{name}: lähiverkosto (syvyys {depth})", "{name}: neighbourhood (depth {depth})"
    ),
    "maps.title_overview": Message(
        "Yleiskartta: raketit ja yhteisöt", "Overview: rockets and communities"
    ),
    "maps.title_gaps": Message("{title} – yhteistyön aukot", "{title} – collaboration gaps"),
    "maps.title_as_of": Message("{title} – tilanne {day}", "{title} – as of {day}"),
    "maps.title_timeline": Message("{title} {first}–{last}", "{title} {first}–{last}"),
    "maps.group_rocket": Message("Kantoraketti", "Rocket"),
    "maps.group_launchpad": Message("Laukaisualusta", "Launch pad"),
    "maps.group_action": Message("Toimenpide", "Action"),
    "maps.group_community": Message("Yhteisö", "Community"),
    "maps.kind_company": Message("Yritys", "Company"),
    "maps.kind_education": Message("Oppilaitos", "Educational institution"),
    "maps.kind_institution": Message("Instituutio", "Institution"),
    "maps.kind_authority": Message("Viranomainen", "Authority"),
    "maps.kind_city": Message("Kaupungin yksikkö", "City unit"),
    "maps.kind_city_company": Message("Kaupungin yhtiö", "City-owned company"),
    "maps.kind_association": Message("Yhdistys", "Association"),
    "maps.kind_citizen": Message("Asukas", "Resident"),
    "maps.kind_political": Message("Poliittinen toimija", "Political actor"),
    "maps.kind_other": Message("Muu toimija", "Other actor"),
    "maps.edge_runs": Message("Toteuttaa toimenpidettä", "Runs an action"),
    "maps.edge_lead": Message("Vetää toimenpidettä", "Leads an action"),
    "maps.edge_fuels": Message("Toimenpide tukee rakettia", "Action fuels a rocket"),
    "maps.edge_collab": Message("Ilmoitettu yhteistyö", "Reported collaboration"),
    "maps.edge_intro": Message(
        "Suositeltu esittely (katkoviiva)", "Recommended introduction (dashed)"
    ),
    "maps.edge_link": Message("Yhteisiä toimenpiteitä tai toimijoita", "Shared actions or actors"),
    "maps.hl_solo_action": Message("Yhden toimijan toimenpide", "Action run by a single actor"),
    "maps.hl_no_lead": Message("Toimenpide ilman vetäjää", "Action without a lead"),
    "maps.hl_isolated_actor": Message("Eristynyt toimija", "Isolated actor"),
    "maps.hl_single_point": Message("Yksittäinen kriittinen yhdistäjä", "Single point of failure"),
    "maps.role_lead": Message("vetäjä", "lead"),
    "maps.role_partner": Message("kumppani", "partner"),
    "maps.role_funder": Message("rahoittaja", "funder"),
    "maps.role_participant": Message("osallistuja", "participant"),
    "maps.status_proposed": Message("ehdotettu", "proposed"),
    "maps.status_planned": Message("suunniteltu", "planned"),
    "maps.status_ongoing": Message("käynnissä", "ongoing"),
    "maps.status_done": Message("valmis", "done"),
    "maps.status_dropped": Message("luovuttu", "dropped"),
    "maps.f_kind": Message("Tyyppi", "Kind"),
    "maps.f_sector": Message("Toimiala", "Sector"),
    "maps.f_municipality": Message("Kunta", "Municipality"),
    "maps.f_status": Message("Tila", "Status"),
    "maps.f_rockets": Message("Raketit", "Rockets"),
    "maps.f_themes": Message("Teemat", "Themes"),
    "maps.f_key": Message("Tunnus", "Key"),
    "maps.f_actions": Message("Toimenpiteitä", "Actions"),
    "maps.f_actors": Message("Toimijoita", "Actors"),
    "maps.f_size": Message("Koko", "Size"),
    "maps.f_open": Message("Avaa tarkempi kartta napsauttamalla", "Click to open a detailed map"),
    "maps.legend": Message("Selite", "Legend"),
    "maps.search": Message("Haku", "Search"),
    "maps.search_placeholder": Message("Hae nimellä…", "Search by name…"),
    "maps.filter": Message("Suodata", "Filter"),
    "maps.rocket_all": Message("Kaikki raketit", "All rockets"),
    "maps.findings_only": Message("Vain havainnot", "Findings only"),
    "maps.physics": Message("Fysiikka (liikuttaa solmuja)", "Physics (moves the nodes)"),
    "maps.findings": Message("Havainnot", "Findings"),
    "maps.no_results": Message("Ei osumia", "No matches"),
    "maps.size_by": Message("Solmun koko: {name}", "Node size: {name}"),
    "maps.nodes_edges": Message("{nodes} solmua, {edges} yhteyttä", "{nodes} nodes, {edges} links"),
    "maps.community": Message("Yhteisö {n}", "Community {n}"),
    "maps.community_size": Message(
        "{actors} toimijaa, {actions} toimenpidettä", "{actors} actors, {actions} actions"
    ),
    "maps.community_rest": Message(
        "Pienet yhteisöt ja erilliset toimijat", "Small communities and unconnected actors"
    ),
    "maps.offline_note": Message(
        "Toimii ilman verkkoyhteyttä; ei yhteystietoja.", "Works offline; no contact details."
    ),
    "maps.years": Message("Vuodet", "Years"),
    "maps.year": Message("Vuosi", "Year"),
    "maps.play": Message("Toista vuodet", "Play the years"),
    "maps.pause": Message("Tauko", "Pause"),
    "maps.began": Message("Alkoi tänä vuonna (korostettu)", "Began this year (highlighted)"),
    "maps.ended": Message("Päättyi tänä vuonna (haalea)", "Ended this year (faded)"),
    "maps.measure_betweenness": Message("välittäjyys", "betweenness"),
    "maps.measure_degree": Message("yhteyksien määrä", "degree"),
    "maps.measure_weighted_degree": Message("painotettu yhteyksien määrä", "weighted degree"),
    "maps.measure_closeness": Message("läheisyys", "closeness"),
    "maps.measure_eigenvector": Message("ominaisvektorikeskeisyys", "eigenvector centrality"),
    "maps.measure_pagerank": Message("PageRank", "PageRank"),
    "maps.measure_reach2": Message("kahden askeleen tavoittavuus", "2-step reach"),
    "maps.measure_k_core": Message("k-ydin", "k-core"),
}

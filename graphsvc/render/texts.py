"""Every word a map shows, in Finnish (the default) and English."""

from __future__ import annotations

from graphsvc.errors import ValidationError
from graphsvc.values import quoted

LANGS = ("fi", "en")

_TEXTS: dict[str, dict[str, str]] = {
    "fi": {
        "title": "Verkostokartta",
        "title_rocket": "Verkostokartta: {name}",
        "title_focus": "{name}: lähiverkosto (syvyys {depth})",
        "title_overview": "Yleiskartta: raketit ja yhteisöt",
        "title_gaps": "{title} – yhteistyön aukot",
        "group_rocket": "Kantoraketti",
        "group_launchpad": "Laukaisualusta",
        "group_action": "Toimenpide",
        "group_community": "Yhteisö",
        "kind_company": "Yritys",
        "kind_education": "Oppilaitos",
        "kind_institution": "Instituutio",
        "kind_authority": "Viranomainen",
        "kind_city": "Kaupungin yksikkö",
        "kind_city_company": "Kaupungin yhtiö",
        "kind_association": "Yhdistys",
        "kind_citizen": "Asukas",
        "kind_political": "Poliittinen toimija",
        "kind_other": "Muu toimija",
        "edge_runs": "Toteuttaa toimenpidettä",
        "edge_lead": "Vetää toimenpidettä",
        "edge_fuels": "Toimenpide tukee rakettia",
        "edge_collab": "Ilmoitettu yhteistyö",
        "edge_intro": "Suositeltu esittely (katkoviiva)",
        "edge_link": "Yhteisiä toimenpiteitä tai toimijoita",
        "hl_solo_action": "Yhden toimijan toimenpide",
        "hl_no_lead": "Toimenpide ilman vetäjää",
        "hl_isolated_actor": "Eristynyt toimija",
        "hl_single_point": "Yksittäinen kriittinen yhdistäjä",
        "role_lead": "vetäjä",
        "role_partner": "kumppani",
        "role_funder": "rahoittaja",
        "role_participant": "osallistuja",
        "status_proposed": "ehdotettu",
        "status_planned": "suunniteltu",
        "status_ongoing": "käynnissä",
        "status_done": "valmis",
        "status_dropped": "luovuttu",
        "f_kind": "Tyyppi",
        "f_sector": "Toimiala",
        "f_municipality": "Kunta",
        "f_status": "Tila",
        "f_rockets": "Raketit",
        "f_themes": "Teemat",
        "f_key": "Tunnus",
        "f_actions": "Toimenpiteitä",
        "f_actors": "Toimijoita",
        "f_size": "Koko",
        "f_open": "Avaa tarkempi kartta napsauttamalla",
        "legend": "Selite",
        "search": "Haku",
        "search_placeholder": "Hae nimellä…",
        "filter": "Suodata",
        "rocket_all": "Kaikki raketit",
        "findings_only": "Vain havainnot",
        "physics": "Fysiikka (liikuttaa solmuja)",
        "findings": "Havainnot",
        "no_results": "Ei osumia",
        "size_by": "Solmun koko: {name}",
        "nodes_edges": "{nodes} solmua, {edges} yhteyttä",
        "community": "Yhteisö {n}",
        "community_size": "{actors} toimijaa, {actions} toimenpidettä",
        "community_rest": "Pienet yhteisöt ja erilliset toimijat",
        "offline_note": "Toimii ilman verkkoyhteyttä; ei yhteystietoja.",
        "measure_betweenness": "välittäjyys",
        "measure_degree": "yhteyksien määrä",
        "measure_weighted_degree": "painotettu yhteyksien määrä",
        "measure_closeness": "läheisyys",
        "measure_eigenvector": "ominaisvektorikeskeisyys",
        "measure_pagerank": "PageRank",
        "measure_reach2": "kahden askeleen tavoittavuus",
        "measure_k_core": "k-ydin",
    },
    "en": {
        "title": "Network map",
        "title_rocket": "Network map: {name}",
        "title_focus": "{name}: neighbourhood (depth {depth})",
        "title_overview": "Overview: rockets and communities",
        "title_gaps": "{title} – collaboration gaps",
        "group_rocket": "Rocket",
        "group_launchpad": "Launch pad",
        "group_action": "Action",
        "group_community": "Community",
        "kind_company": "Company",
        "kind_education": "Educational institution",
        "kind_institution": "Institution",
        "kind_authority": "Authority",
        "kind_city": "City unit",
        "kind_city_company": "City-owned company",
        "kind_association": "Association",
        "kind_citizen": "Resident",
        "kind_political": "Political actor",
        "kind_other": "Other actor",
        "edge_runs": "Runs an action",
        "edge_lead": "Leads an action",
        "edge_fuels": "Action fuels a rocket",
        "edge_collab": "Reported collaboration",
        "edge_intro": "Recommended introduction (dashed)",
        "edge_link": "Shared actions or actors",
        "hl_solo_action": "Action run by a single actor",
        "hl_no_lead": "Action without a lead",
        "hl_isolated_actor": "Isolated actor",
        "hl_single_point": "Single point of failure",
        "role_lead": "lead",
        "role_partner": "partner",
        "role_funder": "funder",
        "role_participant": "participant",
        "status_proposed": "proposed",
        "status_planned": "planned",
        "status_ongoing": "ongoing",
        "status_done": "done",
        "status_dropped": "dropped",
        "f_kind": "Kind",
        "f_sector": "Sector",
        "f_municipality": "Municipality",
        "f_status": "Status",
        "f_rockets": "Rockets",
        "f_themes": "Themes",
        "f_key": "Key",
        "f_actions": "Actions",
        "f_actors": "Actors",
        "f_size": "Size",
        "f_open": "Click to open a detailed map",
        "legend": "Legend",
        "search": "Search",
        "search_placeholder": "Search by name…",
        "filter": "Filter",
        "rocket_all": "All rockets",
        "findings_only": "Findings only",
        "physics": "Physics (moves the nodes)",
        "findings": "Findings",
        "no_results": "No matches",
        "size_by": "Node size: {name}",
        "nodes_edges": "{nodes} nodes, {edges} links",
        "community": "Community {n}",
        "community_size": "{actors} actors, {actions} actions",
        "community_rest": "Small communities and unconnected actors",
        "offline_note": "Works offline; no contact details.",
        "measure_betweenness": "betweenness",
        "measure_degree": "degree",
        "measure_weighted_degree": "weighted degree",
        "measure_closeness": "closeness",
        "measure_eigenvector": "eigenvector centrality",
        "measure_pagerank": "PageRank",
        "measure_reach2": "2-step reach",
        "measure_k_core": "k-core",
    },
}


def check_lang(lang: str) -> str:
    """Return ``lang`` if maps speak it, else ValidationError naming the choices."""
    if lang not in _TEXTS:
        raise ValidationError(
            f"map language {quoted(lang)} is not one of {', '.join(LANGS)}", value=lang
        )
    return lang


def texts(lang: str) -> dict[str, str]:
    """The words of a map in ``lang`` (``fi`` or ``en``).

    >>> texts("en")["group_rocket"], texts("fi")["group_rocket"]
    ('Rocket', 'Kantoraketti')
    """
    return _TEXTS[check_lang(lang)]


def measure_name(measure: str, lang: str) -> str:
    """A measure's display name in ``lang``, or the measure itself when it has none.

    >>> measure_name("betweenness", "fi")
    'välittäjyys'
    """
    return texts(lang).get(f"measure_{measure}", measure)

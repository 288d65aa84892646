"""The ui section of the message catalogue: every word the web UI pages show.

Keys are ``ui.<name>``; enum labels are ``ui.<prefix>_<value>`` (``ui.kind_city``), looked up
by :func:`graphsvc.api.ui.pages.Page.label`. See :mod:`graphsvc.messages`.
"""

from __future__ import annotations

from graphsvc.messages import Message
from graphsvc.messages.ui_browse import MESSAGES as BROWSE_MESSAGES
from graphsvc.messages.ui_editing import MESSAGES as EDITING_MESSAGES
from graphsvc.messages.ui_indicators import MESSAGES as INDICATOR_MESSAGES
from graphsvc.messages.ui_portfolio import MESSAGES as PORTFOLIO_MESSAGES
from graphsvc.messages.ui_presentations import MESSAGES as PRESENTATION_MESSAGES
from graphsvc.messages.ui_survey import MESSAGES as SURVEY_MESSAGES
from graphsvc.messages.ui_worklist import MESSAGES as WORKLIST_MESSAGES

MESSAGES: dict[str, Message] = {
    "ui.app_name": Message("Elinvoiman kasvu – verkosto", "Vitality growth – network"),
    "ui.demo_notice": Message(
        "Kuvitteellinen esimerkkiaineisto: toimijat, henkilöt ja teot on keksitty "
        "havainnollistamista varten. Aineisto ei ole Kouvolan kaupungin virallinen "
        "Elinvoiman kasvu- tai Hyvinvoinnin kasvu -ohjelma.",
        "Illustrative example data: the actors, people and actions are invented for "
        "demonstration. This is not the City of Kouvola's official Elinvoiman kasvu or "
        "Hyvinvoinnin kasvu programme.",
    ),
    "ui.skip": Message("Siirry sisältöön", "Skip to content"),
    "ui.nav_dashboard": Message("Yleiskuva", "Overview"),
    "ui.nav_search": Message("Kuka toteuttaa?", "Who runs it?"),
    "ui.nav_gaps": Message("Aukot", "Gaps"),
    "ui.nav_recommend": Message("Suositukset", "Recommendations"),
    "ui.nav_map": Message("Verkostokartta", "Network map"),
    "ui.nav_main": Message("Päävalikko", "Main menu"),
    "ui.lang_switch": Message("In English", "Suomeksi"),
    "ui.signed_in_as": Message("Kirjautunut: {name} ({role})", "Signed in: {name} ({role})"),
    "ui.sign_in": Message("Kirjaudu sisään", "Sign in"),
    "ui.sign_out": Message("Kirjaudu ulos", "Sign out"),
    "ui.username": Message("Käyttäjätunnus", "User name"),
    "ui.password": Message("Salasana", "Password"),
    "ui.sign_in_intro": Message(
        "Kouvolan elinvoimaohjelman toimijat, toimenpiteet ja kantoraketit.",
        "Actors, actions and rockets of Kouvola's vitality growth programme.",
    ),
    "ui.sign_in_failed": Message(
        "Väärä käyttäjätunnus tai salasana.", "Wrong user name or password."
    ),
    "ui.sign_in_throttled": Message(
        "Liian monta epäonnistunutta kirjautumista. Yritä uudelleen {seconds} sekunnin kuluttua.",
        "Too many failed sign-ins. Try again in {seconds} seconds.",
    ),
    "ui.session_expired": Message(
        "Lomake vanhentui. Yritä uudelleen.",
        "The form expired. Please try again.",
    ),
    "ui.dashboard_title": Message("Kantoraketit ja laukaisualusta", "Rockets and the launch pad"),
    "ui.dashboard_intro": Message(
        "Elinvoiman kasvu -ohjelman toimenpiteet antavat polttoainetta viidelle kantoraketille.",
        "The actions of the vitality growth programme fuel five rockets.",
    ),
    "ui.rocket_n": Message("Raketti {n}", "Rocket {n}"),
    "ui.launchpad": Message("Laukaisualusta", "Launch pad"),
    "ui.actions": Message("Toimenpiteet", "Actions"),
    "ui.actors": Message("Toimijat", "Actors"),
    "ui.n_actions": Message("{n} toimenpidettä", "{n} actions"),
    "ui.n_actors": Message("{n} toimijaa", "{n} actors"),
    "ui.open_rocket": Message("Avaa", "Open"),
    "ui.open_map": Message("Kartta", "Map"),
    "ui.open_gaps": Message("Aukot", "Gaps"),
    "ui.coverage_title": Message("Toimijatyypit kantoraketeittain", "Actor kinds by rocket"),
    "ui.coverage_intro": Message(
        "Kuinka moni kunkin tyypin toimija toteuttaa raketin toimenpiteitä. "
        "Tyhjä ruutu on mahdollinen aukko.",
        "How many actors of each kind run the actions of a rocket. "
        "An empty cell is a possible gap.",
    ),
    "ui.coverage_caption": Message(
        "Toimijatyyppien kattavuus kantoraketeittain",
        "Coverage of actor kinds by rocket",
    ),
    "ui.actor_kind": Message("Toimijatyyppi", "Actor kind"),
    "ui.total": Message("Yhteensä", "Total"),
    "ui.no_data": Message("Ei tietoja.", "No data."),
    "ui.search_title": Message("Kuka toteuttaa?", "Who runs it?"),
    "ui.search_intro": Message(
        "Hae toimenpidettä tai toimijaa nimellä. Isoilla kirjaimilla ja ääkkösillä ei ole väliä.",
        "Search an action or an actor by name. Case and accents do not matter.",
    ),
    "ui.search_label": Message("Toimenpide tai toimija", "Action or actor"),
    "ui.search_button": Message("Hae", "Search"),
    "ui.search_none": Message("Haulla {q} ei löytynyt mitään.", "Nothing found for {q}."),
    "ui.search_results": Message("Tulokset haulle {q}", "Results for {q}"),
    "ui.runs_action": Message("Toteuttajat", "Run by"),
    "ui.runs_nobody": Message("Ei toteuttajia vielä.", "Nobody runs it yet."),
    "ui.actor_runs": Message("Toimenpiteet", "Actions"),
    "ui.actor_runs_nothing": Message("Ei toimenpiteitä.", "No actions."),
    "ui.more_results": Message("Näytetään {n} ensimmäistä.", "Showing the first {n}."),
    "ui.key": Message("Tunnus", "Key"),
    "ui.details": Message("Tiedot", "Details"),
    "ui.name": Message("Nimi", "Name"),
    "ui.title": Message("Otsikko", "Title"),
    "ui.kind": Message("Tyyppi", "Kind"),
    "ui.role": Message("Rooli", "Role"),
    "ui.status": Message("Tila", "Status"),
    "ui.rockets": Message("Kantoraketit", "Rockets"),
    "ui.primary_rocket": Message("Pääraketti", "Main rocket"),
    "ui.start": Message("Alkaa", "Starts"),
    "ui.end": Message("Päättyy", "Ends"),
    "ui.themes": Message("Teemat", "Themes"),
    "ui.description": Message("Kuvaus", "Description"),
    "ui.sector": Message("Toimiala", "Sector"),
    "ui.municipality": Message("Kunta", "Municipality"),
    "ui.business_id": Message("Y-tunnus", "Business ID"),
    "ui.website": Message("Verkkosivu", "Website"),
    "ui.tags": Message("Tunnisteet", "Tags"),
    "ui.verified_at": Message("Tarkistettu", "Verified"),
    "ui.contact_name": Message("Yhteyshenkilö", "Contact person"),
    "ui.contact_email": Message("Sähköposti", "E-mail"),
    "ui.contact_phone": Message("Puhelin", "Phone"),
    "ui.contacts": Message("Yhteystiedot", "Contact details"),
    "ui.contacts_note": Message(
        "Henkilötietoja: näkyvät vain muokkaajille.",
        "Personal data: shown to editors only.",
    ),
    "ui.list_hint": Message(
        "Erota useat arvot puolipisteellä (;).", "Separate several values with ;."
    ),
    "ui.rockets_hint": Message(
        "Valitse yksi tai useampi. Ensimmäinen valittu on pääraketti.",
        "Choose one or more. The first one chosen is the main rocket.",
    ),
    "ui.key_hint": Message(
        "Pysyvä tunnus: kirjaimia, numeroita, _ . : - (enintään 128).",
        "A stable key: letters, digits, _ . : - (at most 128).",
    ),
    "ui.optional": Message("valinnainen", "optional"),
    "ui.choose": Message("– valitse –", "– choose –"),
    "ui.rocket_page_intro": Message(
        "Raketin toimenpiteet ja niitä toteuttavat toimijat.",
        "The actions of this rocket and the actors running them.",
    ),
    "ui.map_of": Message("Raketin verkostokartta", "Map of this rocket"),
    "ui.map_gaps": Message("Kartta aukkoineen", "Map with gaps"),
    "ui.map_focus": Message("Lähiverkoston kartta", "Neighbourhood map"),
    "ui.gaps_of": Message("Raketin aukot", "Gaps of this rocket"),
    "ui.gaps_title": Message("Yhteistyön aukot", "Collaboration gaps"),
    "ui.gaps_intro": Message(
        "Kohdat, joissa verkosto on ohut: yksin toteutetut toimenpiteet, puuttuvat "
        "toimijatyypit ja toimijat, joiden varassa verkosto on.",
        "Where the network is thin: actions run alone, missing actor kinds and actors the "
        "network depends on.",
    ),
    "ui.filter_rocket": Message("Kantoraketti", "Rocket"),
    "ui.all_rockets": Message("Kaikki raketit", "All rockets"),
    "ui.filter": Message("Näytä", "Show"),
    "ui.filter_year": Message("Vuosi", "Year"),
    "ui.nav_changes": Message("Muutokset", "Changes"),
    "ui.changes_title": Message("Muutokset", "Changes"),
    "ui.changes_intro": Message(
        "Mitä verkostossa muuttui kahden vuoden välillä: toteutuivatko esittelyt, sulkeutuivatko "
        "aukot, kuka tuli mukaan ja kuka lähti.",
        "What changed in the network between two years: did the introductions happen, did the "
        "gaps close, who joined and who left.",
    ),
    "ui.changes_no_history": Message(
        "Verkostolla ei ole vielä historiaa: lataa vuosikierrokset (graphsvc load --as-of VUOSI).",
        "The network has no history yet: load the yearly rounds (graphsvc load --as-of YEAR).",
    ),
    "ui.changes_from": Message("Vuodesta", "From"),
    "ui.changes_to": Message("Vuoteen", "To"),
    "ui.changes_compare": Message("Vertaa", "Compare"),
    "ui.changes_map": Message("Näytä muutos kartalla", "Show the change on a map"),
    "ui.changes_none": Message("Ei muutoksia tällä välillä.", "No changes in this period."),
    "ui.changes_health": Message("Verkoston kunto", "The network's health"),
    "ui.changes_figure": Message("Tunnusluku", "Figure"),
    "ui.changes_then": Message("Silloin", "Then"),
    "ui.changes_now": Message("Nyt", "Now"),
    "ui.changes_difference": Message("Muutos", "Change"),
    "ui.changes_intro_happened": Message("Toteutuneet esittelyt", "Introductions that happened"),
    "ui.changes_intro_waiting": Message(
        "Ehdotetut esittelyt, jotka eivät toteutuneet",
        "Suggested introductions that did not happen",
    ),
    "ui.changes_joined": Message("Mukaan tulleet toimijat", "Actors who joined"),
    "ui.changes_left": Message("Poistuneet toimijat", "Actors who left"),
    "ui.changes_gaps_closed": Message("Sulkeutuneet aukot", "Gaps that closed"),
    "ui.changes_gaps_opened": Message("Uudet aukot", "Gaps that opened"),
    "ui.changes_cuts_vanished": Message("Poistuneet katkosriskit", "Split risks that went away"),
    "ui.changes_cuts_appeared": Message("Uudet katkosriskit", "Split risks that appeared"),
    "ui.changes_begun": Message("Alkaneet toimenpiteet", "Actions begun"),
    "ui.changes_finished": Message("Valmistuneet toimenpiteet", "Actions finished"),
    "ui.changes_dropped": Message("Keskeytyneet toimenpiteet", "Actions dropped"),
    "ui.changes_status": Message("Tilan muutokset", "Status changes"),
    "ui.changes_ties_formed": Message("Uudet yhteistyösuhteet", "Ties formed"),
    "ui.changes_ties_ended": Message("Päättyneet yhteistyösuhteet", "Ties ended"),
    "ui.changes_rank_betweenness": Message(
        "Välittäjien nousut ja laskut", "Brokers who rose or fell"
    ),
    "ui.changes_rank_two_step_reach": Message(
        "Keskeisten toimijoiden nousut ja laskut", "Central actors who rose or fell"
    ),
    "ui.health_actors": Message("Toimijoita", "Actors"),
    "ui.health_actions": Message("Toimenpiteitä", "Actions"),
    "ui.health_ties": Message("Yhteistyösuhteita", "Ties"),
    "ui.health_density": Message("Tiheys", "Density"),
    "ui.health_main_component_share": Message("Pääkomponentin osuus", "Main component share"),
    "ui.health_average_reach": Message("Keskimääräinen tavoittavuus", "Average reach"),
    "ui.health_solo_action_share": Message(
        "Yksin tehtyjen toimenpiteiden osuus", "Share of solo actions"
    ),
    "ui.health_kinds": Message("Toimijalajeja", "Kinds of actor"),
    "ui.year_now": Message("Nyt", "Now"),
    "ui.as_of_year": Message(
        "Verkosto sellaisena kuin se oli vuoden {year} lopussa.",
        "The network as it stood at the end of {year}.",
    ),
    "ui.as_of_day": Message(
        "Verkosto sellaisena kuin se oli {day}.", "The network as it stood on {day}."
    ),
    "ui.no_gaps": Message("Ei aukkoja tässä rajauksessa.", "No gaps in this selection."),
    "ui.recommend_title": Message("Suositellut esittelyt", "Recommended introductions"),
    "ui.recommend_intro": Message(
        "Toimijaparit, jotka tukevat samoja raketteja mutta eivät vielä toimi yhdessä.",
        "Pairs of actors who fuel the same rockets but do not work together yet.",
    ),
    "ui.no_recommend": Message("Ei suosituksia.", "No recommendations."),
    "ui.score": Message("Pisteet", "Score"),
    "ui.reason": Message("Peruste", "Reason"),
    "ui.actor_a": Message("Toimija", "Actor"),
    "ui.actor_b": Message("Kenelle esitellään", "Introduce to"),
    "ui.analysis_unavailable": Message(
        "Analyysi ei ole käytettävissä: {detail}",
        "The analysis is not available: {detail}",
    ),
    "ui.edit": Message("Muokkaa", "Edit"),
    "ui.save": Message("Tallenna", "Save"),
    "ui.cancel": Message("Peruuta", "Cancel"),
    "ui.remove": Message("Poista", "Remove"),
    "ui.new_actor": Message("Uusi toimija", "New actor"),
    "ui.new_action": Message("Uusi toimenpide", "New action"),
    "ui.edit_actor": Message("Muokkaa toimijaa", "Edit actor"),
    "ui.edit_action": Message("Muokkaa toimenpidettä", "Edit action"),
    "ui.add_partner": Message("Lisää toteuttaja", "Add a partner"),
    "ui.add_partner_button": Message("Lisää", "Add"),
    "ui.actor_to_add": Message("Toimija (tunnus tai nimi)", "Actor (key or name)"),
    "ui.form_error": Message("Tarkista tiedot: {detail}", "Please check: {detail}"),
    "ui.saved": Message("Tallennettu.", "Saved."),
    "ui.partner_added": Message("Toteuttaja lisätty.", "Partner added."),
    "ui.removed": Message("Poistettu.", "Removed."),
    "ui.actor_not_found": Message(
        "Toimijaa {q} ei löytynyt: anna tunnus tai nimen alku.",
        "No actor {q}: give a key or the start of a name.",
    ),
    "ui.actor_ambiguous": Message(
        "{q} sopii moneen toimijaan: {names}. Anna tunnus.",
        "{q} matches several actors: {names}. Give the key.",
    ),
    "ui.error_title": Message("Virhe", "Error"),
    "ui.error_403": Message(
        "Sinulla ei ole oikeutta tähän toimintoon.",
        "You do not have the right to do this.",
    ),
    "ui.error_store": Message("Tietokanta torjui toiminnon.", "The store refused the operation."),
    "ui.error_invalid": Message(
        "Virheellinen osoite tai parametrit.", "Invalid address or parameters."
    ),
    "ui.error_404": Message("Sivua tai kohdetta ei löytynyt.", "The page or item was not found."),
    "ui.back_home": Message("Takaisin yleiskuvaan", "Back to the overview"),
    "ui.footer": Message(
        "Elinvoiman kasvu · Kouvola kasvuun 2030 · toimii ilman verkkoyhteyttä",
        "Vitality growth · Kouvola kasvuun 2030 · works offline",
    ),
    "ui.depth": Message("Syvyys", "Depth"),
    "ui.show_gaps": Message("Näytä aukot", "Show gaps"),
    "ui.open": Message("Avaa", "Open"),
    "ui.role_viewer": Message("lukija", "viewer"),
    "ui.role_editor": Message("muokkaaja", "editor"),
    "ui.role_admin": Message("ylläpitäjä", "admin"),
    "ui.gap_action_without_actors": Message(
        "Toimenpiteet ilman toimijoita", "Actions without actors"
    ),
    "ui.gap_solo_action": Message("Yhden toimijan toimenpiteet", "Actions run by a single actor"),
    "ui.gap_action_without_lead": Message("Toimenpiteet ilman vetäjää", "Actions without a lead"),
    "ui.gap_actor_without_actions": Message(
        "Toimijat ilman toimenpiteitä", "Actors without actions"
    ),
    "ui.gap_isolated_actor": Message("Eristyneet toimijat", "Isolated actors"),
    "ui.gap_rocket_without_actions": Message(
        "Raketit ilman toimenpiteitä", "Rockets without actions"
    ),
    "ui.gap_rocket_missing_kind": Message("Puuttuvat toimijatyypit", "Missing actor kinds"),
    "ui.gap_rocket_dependence": Message(
        "Raketit yhden toimijan varassa", "Rockets resting on one actor"
    ),
    "ui.gap_rocket_pair_without_shared_actor": Message(
        "Raketit ilman yhteisiä toimijoita",
        "Rockets without a shared actor",
    ),
    "ui.gap_articulation_point": Message(
        "Kriittiset yhdistäjät: ilman heitä verkosto hajoaa",
        "Critical connectors: without them the network splits",
    ),
    "ui.gap_bridge_tie": Message("Kriittiset yhteydet", "Critical ties"),
    "ui.severity_high": Message("kriittinen", "critical"),
    "ui.severity_medium": Message("tärkeä", "important"),
    "ui.severity_low": Message("huomioitava", "to note"),
    "ui.shared_partners": Message("Yhteiset kumppanit", "Shared partners"),
    "ui.shared_rockets": Message("Yhteiset raketit", "Shared rockets"),
    "ui.actors_total": Message("Toimijoita yhteensä", "Actors in total"),
    "ui.heat_none": Message("ei yhtään", "none"),
    "ui.heat_scale": Message("Toimijoita", "Actors"),
    "ui.kind_company": Message("Yritys", "Company"),
    "ui.kind_education": Message("Oppilaitos", "Education"),
    "ui.kind_institution": Message("Instituutio", "Institution"),
    "ui.kind_authority": Message("Viranomainen", "Authority"),
    "ui.kind_city": Message("Kaupungin yksikkö", "City unit"),
    "ui.kind_city_company": Message("Kaupungin yhtiö", "City-owned company"),
    "ui.kind_association": Message("Yhdistys", "Association"),
    "ui.kind_citizen": Message("Asukas", "Resident"),
    "ui.kind_political": Message("Poliittinen toimija", "Political actor"),
    "ui.prole_lead": Message("vetäjä", "lead"),
    "ui.prole_partner": Message("kumppani", "partner"),
    "ui.prole_funder": Message("rahoittaja", "funder"),
    "ui.prole_participant": Message("osallistuja", "participant"),
    "ui.status_proposed": Message("ehdotettu", "proposed"),
    "ui.status_planned": Message("suunniteltu", "planned"),
    "ui.status_ongoing": Message("käynnissä", "ongoing"),
    "ui.status_done": Message("valmis", "done"),
    "ui.status_dropped": Message("luovuttu", "dropped"),
}
#: The words of the indicator and report pages, of safe editing, of presentations, of the
#: browse lists and key actors page, of the worklist, the portfolio and the survey (kept in
#: their own modules for length).
for _more in (
    INDICATOR_MESSAGES,
    EDITING_MESSAGES,
    PRESENTATION_MESSAGES,
    BROWSE_MESSAGES,
    WORKLIST_MESSAGES,
    PORTFOLIO_MESSAGES,
    SURVEY_MESSAGES,
):
    if MESSAGES.keys() & _more.keys():
        raise RuntimeError(f"ui messages defined twice: {sorted(MESSAGES.keys() & _more)}")
    MESSAGES.update(_more)

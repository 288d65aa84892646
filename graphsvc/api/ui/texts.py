"""Every word the web UI pages show, in Finnish (the default) and English."""

from __future__ import annotations

from typing import Any

LANGS = ("fi", "en")
DEFAULT_LANG = "fi"

#: key -> (Finnish, English). Placeholders use ``str.format`` names.
_TEXTS: dict[str, tuple[str, str]] = {
    "app_name": ("Elinvoiman kasvu – verkosto", "Vitality growth – network"),
    "skip": ("Siirry sisältöön", "Skip to content"),
    "nav_dashboard": ("Yleiskuva", "Overview"),
    "nav_search": ("Kuka toteuttaa?", "Who runs it?"),
    "nav_gaps": ("Aukot", "Gaps"),
    "nav_recommend": ("Suositukset", "Recommendations"),
    "nav_map": ("Verkostokartta", "Network map"),
    "nav_main": ("Päävalikko", "Main menu"),
    "lang_switch": ("In English", "Suomeksi"),
    "signed_in_as": ("Kirjautunut: {name} ({role})", "Signed in: {name} ({role})"),
    "sign_in": ("Kirjaudu sisään", "Sign in"),
    "sign_out": ("Kirjaudu ulos", "Sign out"),
    "username": ("Käyttäjätunnus", "User name"),
    "password": ("Salasana", "Password"),
    "sign_in_intro": (
        "Kouvolan elinvoimaohjelman toimijat, toimenpiteet ja kantoraketit.",
        "Actors, actions and rockets of Kouvola's vitality growth programme.",
    ),
    "sign_in_failed": ("Väärä käyttäjätunnus tai salasana.", "Wrong user name or password."),
    "sign_in_throttled": (
        "Liian monta epäonnistunutta kirjautumista. Yritä uudelleen {seconds} sekunnin kuluttua.",
        "Too many failed sign-ins. Try again in {seconds} seconds.",
    ),
    "session_expired": (
        "Lomake vanhentui. Yritä uudelleen.",
        "The form expired. Please try again.",
    ),
    "dashboard_title": ("Kantoraketit ja laukaisualusta", "Rockets and the launch pad"),
    "dashboard_intro": (
        "Elinvoiman kasvu -ohjelman toimenpiteet antavat polttoainetta viidelle kantoraketille.",
        "The actions of the vitality growth programme fuel five rockets.",
    ),
    "rocket_n": ("Raketti {n}", "Rocket {n}"),
    "launchpad": ("Laukaisualusta", "Launch pad"),
    "actions": ("Toimenpiteet", "Actions"),
    "actors": ("Toimijat", "Actors"),
    "n_actions": ("{n} toimenpidettä", "{n} actions"),
    "n_actors": ("{n} toimijaa", "{n} actors"),
    "open_rocket": ("Avaa", "Open"),
    "open_map": ("Kartta", "Map"),
    "open_gaps": ("Aukot", "Gaps"),
    "coverage_title": ("Toimijatyypit kantoraketeittain", "Actor kinds by rocket"),
    "coverage_intro": (
        "Kuinka moni kunkin tyypin toimija toteuttaa raketin toimenpiteitä. "
        "Tyhjä ruutu on mahdollinen aukko.",
        "How many actors of each kind run the actions of a rocket. "
        "An empty cell is a possible gap.",
    ),
    "coverage_caption": (
        "Toimijatyyppien kattavuus kantoraketeittain",
        "Coverage of actor kinds by rocket",
    ),
    "actor_kind": ("Toimijatyyppi", "Actor kind"),
    "total": ("Yhteensä", "Total"),
    "no_data": ("Ei tietoja.", "No data."),
    "search_title": ("Kuka toteuttaa?", "Who runs it?"),
    "search_intro": (
        "Hae toimenpidettä tai toimijaa nimellä. Isoilla kirjaimilla ja ääkkösillä ei ole väliä.",
        "Search an action or an actor by name. Case and accents do not matter.",
    ),
    "search_label": ("Toimenpide tai toimija", "Action or actor"),
    "search_button": ("Hae", "Search"),
    "search_none": ("Haulla ”{q}” ei löytynyt mitään.", "Nothing found for “{q}”."),
    "search_results": ("Tulokset haulle ”{q}”", "Results for “{q}”"),
    "runs_action": ("Toteuttajat", "Run by"),
    "runs_nobody": ("Ei toteuttajia vielä.", "Nobody runs it yet."),
    "actor_runs": ("Toimenpiteet", "Actions"),
    "actor_runs_nothing": ("Ei toimenpiteitä.", "No actions."),
    "more_results": ("Näytetään {n} ensimmäistä.", "Showing the first {n}."),
    "key": ("Tunnus", "Key"),
    "details": ("Tiedot", "Details"),
    "name": ("Nimi", "Name"),
    "title": ("Otsikko", "Title"),
    "kind": ("Tyyppi", "Kind"),
    "role": ("Rooli", "Role"),
    "status": ("Tila", "Status"),
    "rockets": ("Kantoraketit", "Rockets"),
    "primary_rocket": ("Pääraketti", "Main rocket"),
    "start": ("Alkaa", "Starts"),
    "end": ("Päättyy", "Ends"),
    "themes": ("Teemat", "Themes"),
    "description": ("Kuvaus", "Description"),
    "sector": ("Toimiala", "Sector"),
    "municipality": ("Kunta", "Municipality"),
    "business_id": ("Y-tunnus", "Business ID"),
    "website": ("Verkkosivu", "Website"),
    "tags": ("Tunnisteet", "Tags"),
    "verified_at": ("Tarkistettu", "Verified"),
    "contact_name": ("Yhteyshenkilö", "Contact person"),
    "contact_email": ("Sähköposti", "E-mail"),
    "contact_phone": ("Puhelin", "Phone"),
    "contacts": ("Yhteystiedot", "Contact details"),
    "contacts_note": (
        "Henkilötietoja: näkyvät vain muokkaajille.",
        "Personal data: shown to editors only.",
    ),
    "list_hint": ("Erota useat arvot puolipisteellä (;).", "Separate several values with ;."),
    "rockets_hint": (
        "Valitse yksi tai useampi. Ensimmäinen valittu on pääraketti.",
        "Choose one or more. The first one chosen is the main rocket.",
    ),
    "key_hint": (
        "Pysyvä tunnus: kirjaimia, numeroita, _ . : - (enintään 128).",
        "A stable key: letters, digits, _ . : - (at most 128).",
    ),
    "optional": ("valinnainen", "optional"),
    "choose": ("– valitse –", "– choose –"),
    "rocket_page_intro": (
        "Raketin toimenpiteet ja niitä toteuttavat toimijat.",
        "The actions of this rocket and the actors running them.",
    ),
    "map_of": ("Raketin verkostokartta", "Map of this rocket"),
    "map_gaps": ("Kartta aukkoineen", "Map with gaps"),
    "map_focus": ("Lähiverkoston kartta", "Neighbourhood map"),
    "gaps_of": ("Raketin aukot", "Gaps of this rocket"),
    "gaps_title": ("Yhteistyön aukot", "Collaboration gaps"),
    "gaps_intro": (
        "Kohdat, joissa verkosto on ohut: yksin toteutetut toimenpiteet, puuttuvat "
        "toimijatyypit ja toimijat, joiden varassa verkosto on.",
        "Where the network is thin: actions run alone, missing actor kinds and actors the "
        "network depends on.",
    ),
    "filter_rocket": ("Kantoraketti", "Rocket"),
    "all_rockets": ("Kaikki raketit", "All rockets"),
    "filter": ("Näytä", "Show"),
    "no_gaps": ("Ei aukkoja tässä rajauksessa.", "No gaps in this selection."),
    "recommend_title": ("Suositellut esittelyt", "Recommended introductions"),
    "recommend_intro": (
        "Toimijaparit, jotka tukevat samoja raketteja mutta eivät vielä toimi yhdessä.",
        "Pairs of actors who fuel the same rockets but do not work together yet.",
    ),
    "no_recommend": ("Ei suosituksia.", "No recommendations."),
    "score": ("Pisteet", "Score"),
    "reason": ("Peruste", "Reason"),
    "actor_a": ("Toimija", "Actor"),
    "actor_b": ("Kenelle esitellään", "Introduce to"),
    "analysis_unavailable": (
        "Analyysi ei ole käytettävissä: {detail}",
        "The analysis is not available: {detail}",
    ),
    "edit": ("Muokkaa", "Edit"),
    "save": ("Tallenna", "Save"),
    "cancel": ("Peruuta", "Cancel"),
    "remove": ("Poista", "Remove"),
    "new_actor": ("Uusi toimija", "New actor"),
    "new_action": ("Uusi toimenpide", "New action"),
    "edit_actor": ("Muokkaa toimijaa", "Edit actor"),
    "edit_action": ("Muokkaa toimenpidettä", "Edit action"),
    "add_partner": ("Lisää toteuttaja", "Add a partner"),
    "add_partner_button": ("Lisää", "Add"),
    "actor_to_add": ("Toimija (tunnus tai nimi)", "Actor (key or name)"),
    "form_error": ("Tarkista tiedot: {detail}", "Please check: {detail}"),
    "saved": ("Tallennettu.", "Saved."),
    "partner_added": ("Toteuttaja lisätty.", "Partner added."),
    "partner_removed": ("Toteuttaja poistettu.", "Partner removed."),
    "actor_not_found": (
        "Toimijaa ”{q}” ei löytynyt: anna tunnus tai nimen alku.",
        "No actor “{q}”: give a key or the start of a name.",
    ),
    "actor_ambiguous": (
        "”{q}” sopii moneen toimijaan: {names}. Anna tunnus.",
        "“{q}” matches several actors: {names}. Give the key.",
    ),
    "error_title": ("Virhe", "Error"),
    "error_403": (
        "Sinulla ei ole oikeutta tähän toimintoon.",
        "You do not have the right to do this.",
    ),
    "error_404": ("Sivua tai kohdetta ei löytynyt.", "The page or item was not found."),
    "back_home": ("Takaisin yleiskuvaan", "Back to the overview"),
    "footer": (
        "Elinvoiman kasvu · Kouvola kasvuun 2030 · toimii ilman verkkoyhteyttä",
        "Vitality growth · Kouvola kasvuun 2030 · works offline",
    ),
    "depth": ("Syvyys", "Depth"),
    "show_gaps": ("Näytä aukot", "Show gaps"),
    "open": ("Avaa", "Open"),
    "role_viewer": ("lukija", "viewer"),
    "role_editor": ("muokkaaja", "editor"),
    "role_admin": ("ylläpitäjä", "admin"),
    "gap_action_without_actors": ("Toimenpiteet ilman toimijoita", "Actions without actors"),
    "gap_solo_action": ("Yhden toimijan toimenpiteet", "Actions run by a single actor"),
    "gap_action_without_lead": ("Toimenpiteet ilman vetäjää", "Actions without a lead"),
    "gap_actor_without_actions": ("Toimijat ilman toimenpiteitä", "Actors without actions"),
    "gap_isolated_actor": ("Eristyneet toimijat", "Isolated actors"),
    "gap_rocket_without_actions": ("Raketit ilman toimenpiteitä", "Rockets without actions"),
    "gap_rocket_missing_kind": ("Puuttuvat toimijatyypit", "Missing actor kinds"),
    "gap_rocket_dependence": ("Raketit yhden toimijan varassa", "Rockets resting on one actor"),
    "gap_rocket_pair_without_shared_actor": (
        "Raketit ilman yhteisiä toimijoita",
        "Rockets without a shared actor",
    ),
    "gap_articulation_point": (
        "Kriittiset yhdistäjät: ilman heitä verkosto hajoaa",
        "Critical connectors: without them the network splits",
    ),
    "gap_bridge_tie": ("Kriittiset yhteydet", "Critical ties"),
    "severity_high": ("kiireellinen", "high"),
    "severity_medium": ("tärkeä", "medium"),
    "severity_low": ("huomio", "low"),
    "shared_partners": ("Yhteiset kumppanit", "Shared partners"),
    "shared_rockets": ("Yhteiset raketit", "Shared rockets"),
    "actors_total": ("Toimijoita yhteensä", "Actors in total"),
    "heat_none": ("ei yhtään", "none"),
    "heat_scale": ("Toimijoita", "Actors"),
    "kind_company": ("Yritys", "Company"),
    "kind_education": ("Oppilaitos", "Education"),
    "kind_institution": ("Instituutio", "Institution"),
    "kind_authority": ("Viranomainen", "Authority"),
    "kind_city": ("Kaupungin yksikkö", "City unit"),
    "kind_city_company": ("Kaupungin yhtiö", "City-owned company"),
    "kind_association": ("Yhdistys", "Association"),
    "kind_citizen": ("Asukas", "Resident"),
    "kind_political": ("Poliittinen toimija", "Political actor"),
    "prole_lead": ("vetäjä", "lead"),
    "prole_partner": ("kumppani", "partner"),
    "prole_funder": ("rahoittaja", "funder"),
    "prole_participant": ("osallistuja", "participant"),
    "status_proposed": ("ehdotettu", "proposed"),
    "status_planned": ("suunniteltu", "planned"),
    "status_ongoing": ("käynnissä", "ongoing"),
    "status_done": ("valmis", "done"),
    "status_dropped": ("luovuttu", "dropped"),
}


def pick_lang(value: str | None) -> str | None:
    """``value`` if it is a supported language code, else None.

    >>> pick_lang("en"), pick_lang("sv"), pick_lang(None)
    ('en', None, None)
    """
    return value if value in LANGS else None


def translate(lang: str, key: str, **values: Any) -> str:
    """The text ``key`` in ``lang`` (Finnish when unknown), with ``values`` filled in.

    An unknown key is returned as is, so a missing text shows up on the page, not as a 500.

    >>> translate("en", "n_actions", n=3), translate("fi", "n_actions", n=3)
    ('3 actions', '3 toimenpidettä')
    """
    pair = _TEXTS.get(key)
    if pair is None:
        return key
    text = pair[1] if lang == "en" else pair[0]
    return text.format(**values) if values else text


def label_of(lang: str, prefix: str, value: object) -> str:
    """The translated name of an enum value, e.g. ``label_of("fi", "kind", "city")``.

    >>> label_of("fi", "prole", "lead"), label_of("en", "kind", "nonsense")
    ('vetäjä', 'nonsense')
    """
    key = f"{prefix}_{value}"
    return translate(lang, key) if key in _TEXTS else str(value)

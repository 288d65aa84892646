"""The ui section's words of the Indicators, Indicator and Annual report pages.

:mod:`graphsvc.messages.ui` merges these into its ``MESSAGES`` (keys ``ui.…``); they live
apart only to keep each module short enough to read in one sitting.
"""

from __future__ import annotations

from graphsvc.messages import Message

MESSAGES: dict[str, Message] = {
    "ui.nav_indicators": Message("Mittarit", "Indicators"),
    "ui.nav_report": Message("Vuosiraportti", "Annual report"),
    "ui.indicators_title": Message("Mittarit", "Indicators"),
    "ui.indicators_intro": Message(
        "Elinvoimamittarit lähtötasosta tavoitteeseen: missä ollaan valittuna vuonna, ja "
        "millainen verkosto kunkin kantoraketin rinnalla silloin toimi.",
        "The vitality indicators from baseline to target: where they stand in the chosen "
        "year, and the network that worked beside each rocket then.",
    ),
    "ui.indicators_none": Message(
        "Mittareita ei ole vielä: tuo ne työkirjan indicators-taulukosta.",
        "There are no indicators yet: import them from the workbook's indicators sheet.",
    ),
    "ui.indicators_counts": Message(
        "Vuonna {year}: {n} mittaria, {on_track} aikataulussa, {lagging} jäljessä, "
        "{without_values} ilman arvoja, {without_owner} ilman vastuutahoa.",
        "In {year}: {n} indicators, {on_track} on track, {lagging} lagging, "
        "{without_values} without values, {without_owner} without an owner.",
    ),
    "ui.indicators_caption": Message(
        "Mittarit ja niiden edistyminen vuonna {year}",
        "The indicators and their progress in {year}",
    ),
    "ui.indicator_name": Message("Mittari", "Indicator"),
    "ui.indicator_measures": Message("Mittaa", "Measures"),
    "ui.indicator_owner": Message("Vastuutaho", "Owner"),
    "ui.indicator_no_owner": Message("ei vastuutahoa", "no owner"),
    "ui.indicator_baseline": Message("Lähtötaso", "Baseline"),
    "ui.indicator_target": Message("Tavoite", "Target"),
    "ui.indicator_latest": Message("Viimeisin arvo", "Latest value"),
    "ui.indicator_progress": Message("Edistyminen", "Progress"),
    "ui.indicator_on_track": Message("Aikataulu", "On track?"),
    "ui.indicator_trend": Message("Suunta", "Trend"),
    "ui.indicator_unit": Message("Yksikkö", "Unit"),
    "ui.indicator_direction": Message("Tavoiteltu suunta", "Wanted direction"),
    "ui.indicator_source": Message("Lähde", "Source"),
    "ui.indicator_machine_source": Message("Haettava tilasto", "Statistics fetched from"),
    "ui.indicator_expected": Message(
        "Suoran tavoitepolun arvo", "On the straight path to the target"
    ),
    "ui.indicator_value_year": Message("{value} ({year})", "{value} ({year})"),
    "ui.provisional": Message("ennakko", "provisional"),
    "ui.indicator_provisional": Message("Ennakkotieto", "Provisional"),
    "ui.mark_on_track": Message("aikataulussa", "on track"),
    "ui.mark_lagging": Message("jäljessä", "lagging"),
    "ui.mark_no_values": Message("ei arvoja", "no values"),
    "ui.trend_improving": Message("paranee", "improving"),
    "ui.trend_steady": Message("ennallaan", "steady"),
    "ui.trend_worsening": Message("heikkenee", "worsening"),
    "ui.trend_none": Message("ei tiedossa", "not known"),
    "ui.direction_increase": Message("kasvu", "increase"),
    "ui.direction_decrease": Message("lasku", "decrease"),
    "ui.network_beside": Message("Verkosto mittareiden rinnalla", "The network beside them"),
    "ui.network_beside_intro": Message(
        "Kunkin kantoraketin (tai koko ohjelman) toimenpiteet, toimijat ja aukot vuoden "
        "{year} lopussa.",
        "The actions, actors and gaps of each rocket (or of the whole programme) at the end "
        "of {year}.",
    ),
    "ui.network_indicators": Message("Mittarit", "Indicators"),
    "ui.network_actions": Message("Toimenpiteet tiloittain", "Actions by status"),
    "ui.network_actors": Message(
        "{n} toimijaa, {kinds} toimijatyyppiä", "{n} actors of {kinds} kinds"
    ),
    "ui.network_key_actors": Message("Keskeiset toimijat", "Key actors"),
    "ui.network_key_actor": Message(
        "{actions} toimenpidettä, vetää {leads}", "{actions} actions, leads {leads}"
    ),
    "ui.network_gaps": Message("Aukot", "Gaps"),
    "ui.network_no_gaps": Message("Ei aukkoja.", "No gaps."),
    "ui.network_none": Message("Ei toimenpiteitä.", "No actions."),
    "ui.indicator_back": Message("Kaikki mittarit", "All indicators"),
    "ui.indicator_chart": Message("Kehitys", "Development"),
    "ui.indicator_values": Message("Arvot vuosittain", "Values by year"),
    "ui.indicator_year": Message("Vuosi", "Year"),
    "ui.indicator_value": Message("Arvo", "Value"),
    "ui.indicator_note": Message("Huomautus", "Note"),
    "ui.indicator_no_values": Message("Mittarilla ei ole vielä arvoja.", "No values yet."),
    "ui.indicator_facts": Message("Edistyminen vuonna {year}", "Progress in {year}"),
    "ui.report_title": Message("Vuosiraportti", "Annual report"),
    "ui.report_intro": Message(
        "Valtuustolle tehtävä seurantaraportti valitusta vuodesta: mittareiden edistyminen "
        "kehityskuvioineen sekä kantoraketeittain toimenpiteet, verkoston muutos, keskeiset "
        "toimijat, ehdotetut esittelyt ja kartta. Raportissa ei ole yhteystietoja.",
        "The follow-up report of the chosen year for the council: the indicators' progress "
        "with trend charts and, per rocket, the actions, the network's change, key actors, "
        "suggested introductions and a map. The report holds no contact data.",
    ),
    "ui.report_year": Message("Raporttivuosi", "Report year"),
    "ui.report_language": Message("Raportin kieli", "Report language"),
    "ui.report_language_fi": Message("suomi", "Finnish"),
    "ui.report_language_en": Message("englanti", "English"),
    "ui.report_choose": Message("Valitse", "Choose"),
    "ui.report_pdf": Message("Lataa PDF ({year})", "Download the PDF ({year})"),
    "ui.report_html": Message("Lataa HTML-sivu ({year})", "Download the HTML page ({year})"),
    "ui.report_wait": Message(
        "Raportin laatiminen kestää muutaman sekunnin.", "Building the report takes a few seconds."
    ),
}

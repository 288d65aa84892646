"""The report section of the message catalogue (see graphsvc.messages): the annual follow-up.

Years travel as text (``year=str(y)``): a number placeholder would be grouped (``2 024``).
"""

from __future__ import annotations

from graphsvc.messages import Message

MESSAGES: dict[str, Message] = {
    "report.title": Message(
        "{programme} – vuosiseuranta {year}", "{programme} – annual follow-up {year}"
    ),
    "report.generated": Message("Laadittu {day}", "Prepared on {day}"),
    "report.summary": Message("Yhteenveto", "Summary"),
    "report.summary_network": Message(
        "Vuoden {year} lopussa ohjelmassa oli {actions} toimenpidettä ja {actors} toimijaa.",
        "At the end of {year} the programme had {actions} actions and {actors} actors.",
    ),
    "report.summary_change": Message(
        "Vuoden aikana verkostoon liittyi {joined} toimijaa ja siitä lähti {left}; "
        "{begun} toimenpidettä alkoi ja {finished} valmistui.",
        "During the year {joined} actors joined the network and {left} left; "
        "{begun} actions began and {finished} were finished.",
    ),
    "report.summary_introductions": Message(
        "Ehdotetuista esittelyistä {made}/{suggested} toteutui; yhteistyön aukkoja umpeutui "
        "{closed} ja avautui {opened}.",
        "Of the suggested introductions {made} of {suggested} were made; {closed} collaboration "
        "gaps closed and {opened} opened.",
    ),
    "report.map_alt": Message(
        "Verkostokartta: {name}, {actors} toimijaa ja {actions} toimenpidettä.",
        "Network map of {name}: {actors} actors and {actions} actions.",
    ),
    "report.summary_counts": Message(
        "Mittareita on {total}: aikataulussa {on_track}, jäljessä {lagging}, ilman arvoja {empty}.",
        "{total} indicators: {on_track} on track, {lagging} lagging, {empty} without values.",
    ),
    "report.unowned": Message(
        "Mittarit ilman vastuutahoa: {names}.", "Indicators without an owner: {names}."
    ),
    "report.all_owned": Message(
        "Jokaisella mittarilla on vastuutaho.", "Every indicator has an owner."
    ),
    # The indicators
    "report.indicators": Message("Elinvoimamittarit", "Vitality indicators"),
    "report.programme_indicators": Message(
        "Koko ohjelmaa mittaavat: {names}.", "Measuring the programme as a whole: {names}."
    ),
    "report.indicator_table": Message("Mittarit vuonna {year}", "Indicators in {year}"),
    "report.col_name": Message("Mittari", "Indicator"),
    "report.col_unit": Message("Yksikkö", "Unit"),
    "report.col_baseline": Message("Lähtötaso", "Baseline"),
    "report.col_target": Message("Tavoite", "Target"),
    "report.col_latest": Message("Viimeisin arvo", "Latest value"),
    "report.col_progress": Message("Edistyminen", "Progress"),
    "report.col_on_track": Message("Aikataulu", "Schedule"),
    "report.col_trend": Message("Suunta", "Trend"),
    "report.value_year": Message("{value} ({year})", "{value} ({year})"),
    "report.value_year_provisional": Message(
        "{value} ({year}, ennakko)", "{value} ({year}, provisional)"
    ),
    "report.value_provisional": Message("{value} (ennakko)", "{value} (provisional)"),
    "report.provisional": Message("ennakko", "provisional"),
    "report.on_track": Message("✓ aikataulussa", "✓ on track"),
    "report.lagging": Message("✗ jäljessä", "✗ lagging"),
    "report.no_values": Message("– ei arvoja", "– no values"),
    "report.trend_improving": Message("paranee", "improving"),
    "report.trend_steady": Message("ennallaan", "steady"),
    "report.trend_worsening": Message("heikkenee", "worsening"),
    "report.trend_none": Message("–", "–"),
    "report.measures": Message("Mittaa: {name}.", "Measures: {name}."),
    "report.owner": Message("Vastuutaho: {name}.", "Owner: {name}."),
    "report.no_owner": Message("Ei vastuutahoa.", "No owner."),
    "report.direction_increase": Message("Tavoitteena kasvu.", "The aim is an increase."),
    "report.direction_decrease": Message("Tavoitteena lasku.", "The aim is a decrease."),
    "report.values_table": Message("{name}: arvot", "{name}: values"),
    "report.col_year": Message("Vuosi", "Year"),
    "report.col_value": Message("Arvo", "Value"),
    "report.col_note": Message("Huomautus", "Note"),
    "report.no_values_yet": Message(
        "Mittarilla ei ole vielä arvoja.", "The indicator has no values yet."
    ),
    # The chart and its text alternative
    "report.chart_actual": Message("Toteutunut", "Actual"),
    "report.chart_provisional": Message("Ennakkotieto", "Provisional"),
    "report.chart_baseline": Message("Lähtötaso", "Baseline"),
    "report.chart_target": Message("Tavoite", "Target"),
    "report.chart_path": Message("Tavoitepolku", "Target path"),
    "report.chart_alt": Message(
        "{name} {period}: {values}; tavoite {target} vuonna {target_year}",
        "{name} {period}: {values}; target {target} in {target_year}",
    ),
    "report.chart_alt_empty": Message(
        "{name}: ei vielä arvoja; lähtötaso {baseline} vuonna {baseline_year}, "
        "tavoite {target} vuonna {target_year}",
        "{name}: no values yet; baseline {baseline} in {baseline_year}, "
        "target {target} in {target_year}",
    ),
    "report.chart_desc": Message(
        "Katkoviiva on suora tavoitepolku lähtötasosta tavoitteeseen; "
        "ontot merkit ovat ennakkotietoja.",
        "The dashed line is the straight target path from the baseline to the target; "
        "hollow markers are provisional values.",
    ),
    # The rockets
    "report.rockets": Message("Kantoraketit ja laukaisualusta", "Rockets and the launch pad"),
    "report.actions": Message("Toimenpiteet tilan mukaan", "Actions by status"),
    "report.actions_table": Message(
        "{name}: toimenpiteet tilan mukaan", "{name}: actions by status"
    ),
    "report.col_status": Message("Tila", "Status"),
    "report.col_before": Message("Vuoden {year} lopussa", "End of {year}"),
    "report.col_now": Message("Nyt", "Now"),
    "report.col_change": Message("Muutos", "Change"),
    "report.total": Message("Yhteensä", "Total"),
    "report.no_actions": Message("Ei toimenpiteitä.", "No actions."),
    "report.status_changes": Message("Tilan muutokset", "Status changes"),
    "report.status_changes_table": Message(
        "{name}: toimenpiteiden tilan muutokset", "{name}: changes of action status"
    ),
    "report.col_action": Message("Toimenpide", "Action"),
    "report.col_old": Message("Aiempi tila", "Previous status"),
    "report.col_new": Message("Uusi tila", "New status"),
    "report.status_proposed": Message("ehdotettu", "proposed"),
    "report.status_planned": Message("suunniteltu", "planned"),
    "report.status_ongoing": Message("käynnissä", "ongoing"),
    "report.status_done": Message("valmis", "done"),
    "report.status_dropped": Message("luovuttu", "dropped"),
    "report.network": Message("Verkoston muutokset", "Changes in the network"),
    "report.joined": Message("Liittyneet", "Joined"),
    "report.left": Message("Lähteneet", "Left"),
    "report.introductions": Message("Toteutuneet esittelyt", "Introductions made"),
    "report.pair": Message("{a} – {b}", "{a} – {b}"),
    "report.gaps": Message("Yhteistyön aukot", "Collaboration gaps"),
    "report.gaps_opened": Message("Avautuneet aukot", "Gaps opened"),
    "report.gaps_closed": Message("Umpeutuneet aukot", "Gaps closed"),
    "report.key_actors": Message("Keskeiset toimijat", "Key actors"),
    "report.key_actors_table": Message("{name}: keskeiset toimijat", "{name}: key actors"),
    "report.col_actor": Message("Toimija", "Actor"),
    "report.col_kind": Message("Tyyppi", "Kind"),
    "report.col_actions": Message("Toimenpiteitä", "Actions"),
    "report.suggestions": Message(
        "Ehdotetut esittelyt ensi vuodelle", "Suggested introductions for next year"
    ),
    "report.suggestions_table": Message(
        "{name}: ehdotetut esittelyt", "{name}: suggested introductions"
    ),
    "report.col_introduce_to": Message("Esitellään", "Introduce to"),
    "report.col_reason": Message("Perustelu", "Reason"),
    "report.rocket_indicators": Message("Mittarit", "Indicators"),
    "report.map": Message("Verkostokartta", "Network map"),
    "report.no_changes": Message("Ei muutoksia.", "No changes."),
    "report.no_key_actors": Message("Ei toimijoita.", "No actors."),
    "report.no_suggestions": Message("Ei ehdotuksia.", "No suggestions."),
    "report.no_indicators": Message(
        "Yksikään mittari ei mittaa tätä.", "No indicator measures this."
    ),
    "report.no_map": Message("Karttaa ei ole.", "No map."),
}

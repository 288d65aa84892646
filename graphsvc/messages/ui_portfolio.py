"""The portfolio words of the web UI: the programme switch, the dashboard's portfolio
panel and the page comparing two programmes (``/overlap``)."""

from __future__ import annotations

from graphsvc.messages import Message

MESSAGES: dict[str, Message] = {
    "ui.programme_switch": Message("Ohjelma", "Programme"),
    "ui.focus_area_n": Message("Painopiste {n}", "Focus area {n}"),
    "ui.programme_switch_go": Message("Vaihda ohjelma", "Switch programme"),
    "ui.whole_portfolio": Message("Koko salkku", "Whole portfolio"),
    "ui.nav_overlap": Message("Ohjelmien yhteistyö", "Across programmes"),
    "ui.portfolio_title": Message("Ohjelmien välinen yhteistyö", "Collaboration across programmes"),
    "ui.portfolio_intro": Message(
        "Laukaisualustan tavoite on yhteistyö hyvinvoinnin kasvun toimijoiden kanssa: "
        "näin monta sidettä yhdistää ohjelmien toimijoita.",
        "The launch pad aims at cooperation with the actors of wellbeing growth: this many "
        "ties join the two programmes' actors.",
    ),
    "ui.portfolio_open": Message("Avaa vertailu", "Open the comparison"),
    "ui.launchpad_ties_across": Message("sidettä toiseen ohjelmaan", "ties to the other programme"),
    "ui.overlap_title": Message("Ohjelmien yhteistyö", "Collaboration across programmes"),
    "ui.overlap_intro": Message(
        "Kaksi ohjelmaa rinnakkain: ketkä ovat mukana molemmissa, ketkä yhdistävät ne, "
        "mitkä teemat ja teot ovat yhteisiä ja keitä kannattaisi esitellä toisilleen.",
        "Two programmes side by side: who works in both, who ties them together, which "
        "themes and actions they share and whom to introduce to whom.",
    ),
    "ui.overlap_first": Message("Ensimmäinen ohjelma", "First programme"),
    "ui.overlap_second": Message("Toinen ohjelma", "Second programme"),
    "ui.overlap_compare": Message("Vertaa", "Compare"),
    "ui.overlap_none": Message(
        "Vertailuun tarvitaan kaksi ohjelmaa.", "The comparison needs two programmes."
    ),
    "ui.overlap_shared_actors": Message("toimijaa molemmissa", "actors in both"),
    "ui.overlap_ties_across": Message("sidettä ohjelmien välillä", "ties across"),
    "ui.overlap_rockets_apart": Message(
        "Kantoraketit ilman yhteyttä toiseen ohjelmaan", "Rockets with no tie to the other"
    ),
    "ui.overlap_bridges": Message("Ohjelmat yhdistävät toimijat", "Actors who tie them together"),
    "ui.overlap_partners_in": Message(
        "Kumppaneita vain: {programme}", "Partners only in {programme}"
    ),
    "ui.overlap_stranded": Message("Jäisi ilman yhteyttä", "Would be cut off"),
    "ui.overlap_splits": Message("ainoa yhteys", "the only link"),
    "ui.overlap_no_bridges": Message(
        "Kukaan ei yhdistä ohjelmien verkostoja.", "No one ties the two networks together."
    ),
    "ui.overlap_themes": Message("Teemat", "Themes"),
    "ui.theme": Message("Teema", "Theme"),
    "ui.overlap_no_apart": Message(
        "Jokaisella kantoraketilla on yhteys toiseen ohjelmaan.",
        "Every rocket has a tie to the other programme.",
    ),
    "ui.overlap_shared_actions": Message("Yhteiset toimenpiteet", "Actions of both"),
    "ui.overlap_no_shared_actions": Message(
        "Yksikään toimenpide ei kuulu molempiin ohjelmiin.", "No action belongs to both."
    ),
    "ui.overlap_introductions": Message(
        "Esittelyt ohjelmien välillä", "Introductions across the programmes"
    ),
    "ui.overlap_no_introductions": Message(
        "Ei ehdotettavia esittelyjä.", "No introductions to suggest."
    ),
}

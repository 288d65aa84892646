"""The overlap section of the message catalogue: two programmes side by side.

:mod:`graphsvc.services.overlap_text` makes these sentences from the facts of
:mod:`graphsvc.analysis.overlap`.
"""

from __future__ import annotations

from graphsvc.messages import Message

MESSAGES: dict[str, Message] = {
    "analysis.overlap.headline": Message(
        "Kummassakin ohjelmassa mukana: {shared} ({first}: {a}, {second}: {b}). "
        "Siteitä ohjelmien toimijoiden välillä: {ties}.",
        "In both programmes: {shared} ({first}: {a}, {second}: {b}). "
        "Ties between the two programmes' actors: {ties}.",
    ),
    "analysis.overlap.bridge": Message(
        "{name} yhdistää ohjelmat: se tekee yhteistyötä {a} toimijan kanssa, jotka ovat "
        "mukana vain ohjelmassa {first}, ja {b} toimijan kanssa, jotka ovat mukana vain "
        "ohjelmassa {second}.",
        "{name} ties the programmes together: it works with {a} actors found only in "
        "{first} and {b} found only in {second}.",
    ),
    "analysis.overlap.bridge.stranded": Message(
        " Jos se jättäytyisi pois, {actors} menettäisi ainoan siteensä toisen ohjelman "
        "toimijoihin.",
        " If it left, {actors} would lose their only tie to the other programme's actors.",
    ),
    "analysis.overlap.bridge.splits": Message(
        " Ilman sitä ohjelmien verkostojen välillä ei olisi yhtään yhteyttä.",
        " Without it, nothing would join the two programmes' networks.",
    ),
    "analysis.overlap.shared_action": Message(
        "Toimenpide {action} antaa polttoainetta kummankin ohjelman kantoraketeille: {rockets}.",
        "Action {action} fuels rockets of both programmes: {rockets}.",
    ),
    "analysis.overlap.theme.only": Message(
        "Teemaa {theme} käsittelee vain {programme} ({actions}), ei {other}.",
        "Only {programme} addresses {theme} ({actions}), not {other}.",
    ),
    "analysis.overlap.theme.both": Message(
        "Teemaa {theme} käsittelevät molemmat: {first} {a}, {second} {b}.",
        "Both address {theme}: {first} {a}, {second} {b}.",
    ),
    "analysis.overlap.theme.neither": Message(
        "Kumpikaan ohjelma ei käsittele teemaa {theme}.",
        "Neither programme addresses {theme}.",
    ),
    "analysis.overlap.rocket_apart": Message(
        "Yksikään kantoraketin {rocket} ({programme}) {n} toimijasta ei ole mukana ohjelmassa "
        "{other} eikä tee yhteistyötä sen toimijoiden kanssa.",
        "None of the {n} actors of {rocket} ({programme}) works in {other} or with its actors.",
    ),
    "analysis.overlap.intro": Message(
        "Esittele {first} ({p1}) ja {second} ({p2}): {reasons}.",
        "Introduce {first} ({p1}) and {second} ({p2}): {reasons}.",
    ),
    "analysis.overlap.reason.themes": Message(
        "molemmat työskentelevät teemassa {themes}", "both work on {themes}"
    ),
    "analysis.overlap.reason.none": Message("heillä on yhteinen kumppani", "they share a partner"),
    "analysis.overlap.needs_two": Message(
        "vertailuun tarvitaan kaksi eri ohjelmaa (--programmes A,B); ohjelmat: {allowed}",
        "the overlap compares two different programmes (--programmes A,B); the programmes "
        "are: {allowed}",
    ),
    "analysis.overlap.not_scoped": Message(
        "vertailu lukee koko salkkua: anna ohjelmat parametrilla programmes, "
        "ei parametreilla programme tai rocket",
        "the overlap reads the whole portfolio: name the programmes in programmes, "
        "not in programme or rocket",
    ),
}

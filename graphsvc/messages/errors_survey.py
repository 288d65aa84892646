"""The errors section's messages of the yearly survey (``errors.survey.*``): waves, links
and the answers a respondent posts.

:mod:`graphsvc.messages.errors` merges these into its ``MESSAGES``.
"""

from __future__ import annotations

from graphsvc.messages import Message

MESSAGES: dict[str, Message] = {
    "errors.survey.wave_not_found": Message(
        "Vuoden {year} kyselyä ei ole", "There is no survey of {year}"
    ),
    "errors.survey.wave_exists": Message(
        "Vuoden {year} kysely on jo olemassa: vuodessa on yksi kysely",
        "The survey of {year} exists already: a year has one survey",
    ),
    "errors.survey.wave_changed": Message(
        "Vuoden {year} kyselyä muutettiin samaan aikaan: lue se uudelleen ja yritä sitten",
        "The survey of {year} was changed meanwhile: read it again, then try again",
    ),
    "errors.survey.wave_closed": Message(
        "Vuoden {year} kysely on suljettu: siihen ei voi enää tehdä muutoksia",
        "The survey of {year} is closed: it can no longer be changed",
    ),
    "errors.survey.answer_closed": Message(
        "Vastausta ei tallennettu: vuoden {year} kysely on suljettu tai linkki on vaihdettu",
        "The answer was not saved: the survey of {year} is closed or the link was replaced",
    ),
    "errors.survey.no_survey_here": Message(
        "Kysely on vain koko tietokannassa, ei päivän tai ohjelman näkymässä",
        "The survey is kept by the whole store, not by a view of a day or a programme",
    ),
    "errors.survey.year": Message(
        "vuosi {value} ei käy: kyselyn vuosi on {low}–{high}",
        "the year {value} is not allowed: a survey's year is {low}–{high}",
    ),
    "errors.survey.ends_past": Message(
        "viimeinen päivä {day} on jo mennyt: kysely tarvitsee vastausaikaa tästä päivästä",
        "the last day {day} has passed: a survey needs time to answer from today",
    ),
    "errors.survey.ends_far": Message(
        "viimeinen päivä {day} on liian kaukana: kysely päättyy viimeistään {latest}",
        "the last day {day} is too far: a survey ends by {latest} at the latest",
    ),
    "errors.survey.title": Message("otsikko {problem}", "the title {problem}"),
    "errors.survey.title_blank": Message(
        "otsikko puuttuu: anna kyselylle otsikko", "the title is missing: give the survey a title"
    ),
    "errors.survey.question": Message("oma kysymys {problem}", "the own question {problem}"),
    "errors.survey.wave_refused": Message(
        "Kyselyä ei luotu: {problems}", "The survey was not created: {problems}"
    ),
    "errors.survey.not_a_respondent": Message(
        "Toimija {key} ei ole vastaaja: vastaajia ovat toimijat, joilla on yhteystieto",
        "The actor {key} is not a respondent: respondents are the actors with a contact",
    ),
    "errors.survey.answer_refused": Message(
        "Vastausta ei tallennettu: {problems}", "The answer was not saved: {problems}"
    ),
    "errors.survey.problem_at": Message("{where}: {problem}", "{where}: {problem}"),
    "errors.survey.where.worked_with": Message(
        "kysymys ”kenen kanssa teitte yhteistyötä”", "the question “whom did you work with”"
    ),
    "errors.survey.where.worked_with_at": Message(
        "kenen kanssa teitte yhteistyötä, rivi {position}",
        "whom did you work with, row {position}",
    ),
    "errors.survey.where.wants": Message(
        "kysymys ”kenen kanssa haluaisitte tehdä yhteistyötä”",
        "the question “whom would you like to work with”",
    ),
    "errors.survey.where.wants_at": Message(
        "kenen kanssa haluaisitte tehdä yhteistyötä, rivi {position}",
        "whom would you like to work with, row {position}",
    ),
    "errors.survey.where.actions": Message(
        "kysymys ”mihin toimenpiteisiin osallistuitte”",
        "the question “which actions did you take part in”",
    ),
    "errors.survey.where.actions_at": Message(
        "mihin toimenpiteisiin osallistuitte, rivi {position}",
        "which actions did you take part in, row {position}",
    ),
    "errors.survey.where.note": Message("vapaa vastaus", "the free answer"),
    "errors.survey.not_a_list": Message(
        "{where}: vastaus ei ole luettelo", "{where}: the answer is not a list"
    ),
    "errors.survey.too_many": Message(
        "{where}: enintään {most} riviä", "{where}: at most {most} rows"
    ),
    "errors.survey.not_text": Message(
        "{where}: vastaus ei ole tekstiä", "{where}: the answer is not text"
    ),
    "errors.survey.not_a_tie": Message(
        "rivillä ei ole toimijaa eikä nimeä", "the row has no actor and no name"
    ),
    "errors.survey.no_actor": Message(
        "valitse toimija luettelosta tai kirjoita uuden organisaation nimi",
        "choose an actor from the list or write the name of a new organisation",
    ),
    "errors.survey.unknown_key": Message(
        "toimijaa tai toimenpidettä {value} ei ole luettelossa: valitse luettelosta",
        "there is no actor or action {value} on the list: choose from the list",
    ),
    "errors.survey.unknown_action": Message(
        "toimenpidettä {value} ei ole luettelossa: valitse luettelosta",
        "there is no action {value} on the list: choose from the list",
    ),
    "errors.survey.actions_not_a_list": Message(
        "toimenpiteet eivät ole luettelo", "the actions are not a list"
    ),
    "errors.survey.name_blank": Message(
        "uuden organisaation nimi puuttuu", "the new organisation's name is missing"
    ),
    "errors.survey.name_markup": Message(
        "nimessä on merkit < tai >: kirjoita pelkkä organisaation nimi",
        "the name holds < or >: write the organisation's name only",
    ),
    "errors.survey.link_unknown": Message(
        "Tämä kyselylinkki ei ole voimassa. Tarkista, että kopioit koko linkin, tai pyydä "
        "uusi linkki kyselyn lähettäjältä.",
        "This survey link is not valid. Check that you copied the whole link, or ask the "
        "sender of the survey for a new one.",
    ),
    "errors.survey.link_revoked": Message(
        "Tämä kyselylinkki on korvattu uudella. Käytä uusinta saamaasi linkkiä.",
        "This survey link has been replaced by a new one. Use the latest link you received.",
    ),
    "errors.survey.link_closed": Message(
        "Vuoden {year} kysely on päättynyt. Kiitos kiinnostuksestasi!",
        "The survey of {year} has ended. Thank you for your interest!",
    ),
    "errors.survey.review_unknown": Message(
        "Nimeä {name} ei ole vuoden {year} kyselyn tarkistettavana",
        "The name {name} is not waiting for review in the survey of {year}",
    ),
    "errors.survey.review_choice": Message(
        "Valitse yksi: uusi toimija (avain ja laji), olemassa oleva toimija tai hylkäys",
        "Choose one: a new actor (key and kind), an existing actor, or a rejection",
    ),
}

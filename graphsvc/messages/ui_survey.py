"""The ui section's words of the yearly survey: the respondent's form and the editors'
survey pages (waves, response rates, links, the review of new names).

:mod:`graphsvc.messages.ui` merges these into its ``MESSAGES`` (keys ``ui.…``).
"""

from __future__ import annotations

from graphsvc.messages import Message

MESSAGES: dict[str, Message] = {
    # the respondent's form
    "ui.survey_hello": Message(
        "Hei! Vastaat organisaation {name} puolesta.",
        "Hello! You are answering for {name}.",
    ),
    "ui.survey_intro": Message(
        "Kysely kestää noin viisi minuuttia. Vastauksesi tallentuvat sitä mukaa kuin "
        "kirjoitat, ja voit palata muuttamaan niitä samalla linkillä {ends} asti.",
        "The survey takes about five minutes. Your answers are saved as you go, and you "
        "can come back to change them with the same link until {ends}.",
    ),
    "ui.survey_carried": Message(
        "Täytimme valmiiksi viime vuoden vastauksesi. Tarkista ne: vahvista, muuta tai "
        "poista rivejä, ja lisää uudet.",
        "We filled in your answers of last year. Check them: confirm, change or remove "
        "rows, and add new ones.",
    ),
    "ui.survey_from_graph": Message(
        "Täytimme valmiiksi sen, mitä ohjelman tiedoissa on organisaatiostasi. Tarkista "
        "ja täydennä.",
        "We filled in what the programme's records hold about your organisation. Check "
        "and complete it.",
    ),
    "ui.survey_q_worked_with": Message(
        "Kenen näistä toimijoista kanssa teitte yhteistyötä tänä vuonna, ja missä toimenpiteissä?",
        "Which of these actors did you work with this year, and on which actions?",
    ),
    "ui.survey_hint_worked_with": Message(
        "Ala kirjoittaa nimeä ja valitse se luettelosta. Jos organisaatio ei ole "
        "luettelossa, kirjoita sen nimi: lisäämme sen tarkistuksen jälkeen. Jos teitte "
        "yhteistyötä useammassa toimenpiteessä, lisää rivi kullekin.",
        "Start typing a name and choose it from the list. If the organisation is not on "
        "the list, write its name: we add it after checking. If you worked together on "
        "several actions, add a row for each.",
    ),
    "ui.survey_tie_actor": Message("Organisaatio, rivi {n}", "Organisation, row {n}"),
    "ui.survey_tie_action": Message(
        "Toimenpide, rivi {n} (valinnainen)", "Action, row {n} (optional)"
    ),
    "ui.survey_add_tie": Message("Lisää organisaatio", "Add an organisation"),
    "ui.survey_q_wants": Message(
        "Kenen kanssa haluaisitte tehdä yhteistyötä?", "Whom would you like to work with?"
    ),
    "ui.survey_hint_wants": Message(
        "Valitse luettelosta. Ohjelman vetäjät käyttävät toiveita esitellessään toimijoita "
        "toisilleen.",
        "Choose from the list. The programme's leaders use the wishes when they introduce "
        "actors to each other.",
    ),
    "ui.survey_want_label": Message("Toivottu kumppani, rivi {n}", "Wished partner, row {n}"),
    "ui.survey_add_want": Message("Lisää toivottu kumppani", "Add a wished partner"),
    "ui.survey_q_actions": Message(
        "Mihin toimenpiteisiin osallistuitte?", "Which actions did you take part in?"
    ),
    "ui.survey_hint_actions": Message(
        "Ala kirjoittaa toimenpiteen nimeä ja valitse se luettelosta.",
        "Start typing the action's title and choose it from the list.",
    ),
    "ui.survey_action_label": Message("Toimenpide, rivi {n}", "Action, row {n}"),
    "ui.survey_add_action": Message("Lisää toimenpide", "Add an action"),
    "ui.survey_remove_row": Message("Poista rivi {n}", "Remove row {n}"),
    "ui.survey_q_note": Message(
        "Mitä muuta haluatte kertoa yhteistyöstä?",
        "What else would you like to tell about the cooperation?",
    ),
    "ui.survey_save": Message("Tallenna vastaukset", "Save the answers"),
    "ui.survey_saved_at": Message("Tallennettu klo {at}.", "Saved at {at}."),
    "ui.survey_offline": Message(
        "Tallennus ei onnistunut: yhteys katkesi. Vastauksesi ovat yhä lomakkeella; yritä "
        "hetken päästä uudelleen.",
        "The answers could not be saved: the connection broke. They are still on the "
        "form; try again in a moment.",
    ),
    "ui.survey_privacy": Message(
        "Lomake näyttää vain organisaatioiden ja toimenpiteiden nimet. Vastauksesi näkevät "
        "vain ohjelman toimittajat; ne tallentuvat verkostokarttaan, kun kysely suljetaan.",
        "The form shows only the names of organisations and actions. Only the programme's "
        "editors see your answers; they go into the network map when the survey closes.",
    ),
    "ui.survey_link_title": Message("Kyselylinkki", "Survey link"),
}

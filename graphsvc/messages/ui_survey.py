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
    # the editors' pages
    "ui.nav_survey": Message("Kysely", "Survey"),
    "ui.survey_title": Message("Verkostokysely", "Network survey"),
    "ui.survey_page_intro": Message(
        "Kerran vuodessa toimijat kertovat, kenen kanssa he tekivät yhteistyötä. Jokainen "
        "toimija, jolla on yhteystieto, saa oman linkin; kun kysely suljetaan, vastaukset "
        "tallentuvat verkoston historiaan kyselyn viimeiselle päivälle.",
        "Once a year the actors tell whom they worked with. Each actor with a contact gets "
        "a link of their own; when the survey closes, the answers go into the network's "
        "history on its last day.",
    ),
    "ui.survey_none": Message(
        "Kyselyitä ei ole vielä. Luo vuoden kysely alla.",
        "There are no surveys yet. Create the year's survey below.",
    ),
    "ui.survey_problems": Message(
        "Kyselyä ei luotu. Korjaa nämä:", "The survey was not created. Correct these:"
    ),
    "ui.survey_waves_caption": Message("Kyselyt vuosittain", "The surveys by year"),
    "ui.survey_wave": Message("Kysely", "Survey"),
    "ui.survey_ends": Message("Viimeinen vastauspäivä", "Last day to answer"),
    "ui.survey_state": Message("Tila", "State"),
    "ui.survey_open_state": Message("avoinna", "open"),
    "ui.survey_closed_state": Message("suljettu", "closed"),
    "ui.survey_rate": Message("Vastausosuus", "Response rate"),
    "ui.survey_answered_of": Message(
        "{answered} / {asked} vastannut", "{answered} of {asked} answered"
    ),
    "ui.survey_new": Message("Uusi kysely", "New survey"),
    "ui.survey_new_year": Message("Vuosi", "Year"),
    "ui.survey_new_title": Message("Otsikko suomeksi", "Title in Finnish"),
    "ui.survey_new_title_en": Message("Otsikko englanniksi", "Title in English"),
    "ui.survey_new_ends": Message("Viimeinen vastauspäivä", "Last day to answer"),
    "ui.survey_new_ends_hint": Message(
        "Oletus: vuoden viimeinen päivä. Linkit lakkaavat toimimasta tämän päivän jälkeen.",
        "Default: the last day of the year. The links stop working after this day.",
    ),
    "ui.survey_new_question": Message("Oma avoin kysymys suomeksi", "Own open question in Finnish"),
    "ui.survey_new_question_hint": Message(
        "Tyhjänä lomake kysyy: ”Mitä muuta haluatte kertoa yhteistyöstä?”",
        "Left empty, the form asks: “What else would you like to tell about the cooperation?”",
    ),
    "ui.survey_new_question_en": Message(
        "Oma avoin kysymys englanniksi", "Own open question in English"
    ),
    "ui.survey_create": Message("Luo kysely", "Create the survey"),
    "ui.survey_err_year": Message(
        "Vuosi {value} ei ole vuosiluku (esimerkiksi 2026)",
        "The year {value} is not a year (for example 2026)",
    ),
    "ui.survey_created": Message(
        "Kysely luotu. Lähetä seuraavaksi vastaajille linkit.",
        "The survey was created. Next, send the respondents their links.",
    ),
    "ui.survey_closed": Message(
        "Kysely suljettu: vastaukset ovat nyt verkoston historiassa.",
        "The survey was closed: the answers are in the network's history now.",
    ),
    "ui.survey_revoked": Message(
        "Linkki peruttu: se ei enää toimi. Vastaukset säilyvät.",
        "The link was revoked: it no longer works. The answers stay.",
    ),
    "ui.survey_decided": Message("Päätös tallennettu.", "The decision was saved."),
    "ui.survey_wave_open": Message("Avoinna {day} asti.", "Open until {day}."),
    "ui.survey_wave_closed": Message(
        "Suljettu; vastaukset tallennettiin historiaan päivälle {day}.",
        "Closed; the answers went into the history on {day}.",
    ),
    "ui.survey_overall": Message("Vastausosuus", "Response rate"),
    "ui.survey_thresholds": Message(
        "Välittäjien nimeämiseen tarvitaan vähintään {good} vastauksista ja luotettavaan "
        "karttaan vähintään {fair}.",
        "Naming brokers needs at least {good} of the answers, a reliable map at least {fair}.",
    ),
    "ui.survey_band_good": Message("riittää välittäjiin", "enough for brokers"),
    "ui.survey_band_fair": Message("riittää kartaksi", "enough for a map"),
    "ui.survey_band_low": Message("liian vähän", "too few"),
    "ui.survey_band_none": Message("ei kysytty", "none asked"),
    "ui.survey_by_kind": Message("Toimijalajeittain", "By kind of actor"),
    "ui.survey_by_rocket": Message("Kantoraketeittain", "By rocket"),
    "ui.survey_kind": Message("Laji", "Kind"),
    "ui.survey_rocket": Message("Kantoraketti", "Rocket"),
    "ui.survey_no_rocket": Message("Ei kantorakettia", "No rocket"),
    "ui.survey_asked": Message("Kysytty", "Asked"),
    "ui.survey_answered": Message("Vastannut", "Answered"),
    "ui.survey_level": Message("Taso", "Level"),
    "ui.survey_links": Message("Linkit", "Links"),
    "ui.survey_links_intro": Message(
        "Linkkejä annettu {issued}, niistä voimassa {live}. Jokainen linkki näytetään vain "
        "kerran: lataa uudet linkit CSV-tiedostona joukkopostia varten ja poista tiedosto "
        "lähettämisen jälkeen.",
        "Links issued {issued}, of which {live} live. Each link is shown only once: "
        "download the new links as a CSV file for a mail merge and delete the file once "
        "they are sent.",
    ),
    "ui.survey_issue_links": Message(
        "Lataa linkit niille, joilla ei vielä ole", "Download links for those without one"
    ),
    "ui.survey_no_new_links": Message(
        "Uusia linkkejä ei tarvittu: jokaisella vastaajalla on jo voimassa oleva linkki.",
        "No new links were needed: every respondent has a live link already.",
    ),
    "ui.survey_not_answered": Message("Ei vielä vastannut", "Not answered yet"),
    "ui.survey_respondent": Message("Vastaaja", "Respondent"),
    "ui.survey_contact": Message("Yhteystieto", "Contact"),
    "ui.survey_link_state": Message("Linkki", "Link"),
    "ui.survey_link_live": Message("voimassa", "live"),
    "ui.survey_link_none": Message("ei linkkiä", "no link"),
    "ui.survey_link_actions": Message("Linkin toiminnot", "Link actions"),
    "ui.survey_new_link": Message("Uusi linkki", "New link"),
    "ui.survey_new_link_for": Message("Uusi linkki: {name}", "New link: {name}"),
    "ui.survey_revoke": Message("Peru linkki", "Revoke the link"),
    "ui.survey_revoke_for": Message("Peru linkki: {name}", "Revoke the link: {name}"),
    "ui.survey_everyone_answered": Message("Kaikki ovat vastanneet.", "Everyone has answered."),
    "ui.survey_review": Message("Uudet organisaatiot", "New organisations"),
    "ui.survey_review_intro": Message(
        "Vastaajien nimeämät organisaatiot, joita ei ole toimijoissa. Päätä, mikä kukin "
        "on; siteet niihin tallentuvat vasta päätöksen jälkeen.",
        "Organisations respondents named that are not among the actors. Decide what each "
        "is; the ties to them are written only after the decision.",
    ),
    "ui.survey_review_none": Message("Uusia nimiä ei ole.", "There are no new names."),
    "ui.survey_named_by": Message("nimenneitä {n}", "named by {n}"),
    "ui.survey_decided_as": Message("toimija {actor}", "actor {actor}"),
    "ui.survey_rejected": Message("hylätty", "rejected"),
    "ui.survey_review_what": Message("Mikä on {name}?", "What is {name}?"),
    "ui.survey_review_new": Message("Uusi toimija", "A new actor"),
    "ui.survey_review_key": Message("Uuden toimijan avain", "The new actor's key"),
    "ui.survey_review_kind": Message("Uuden toimijan laji", "The new actor's kind"),
    "ui.survey_review_existing": Message("Olemassa oleva toimija", "An existing actor"),
    "ui.survey_review_actor": Message("Olemassa oleva toimija", "The existing actor"),
    "ui.survey_review_pick": Message("Valitse toimija", "Choose an actor"),
    "ui.survey_review_reject": Message(
        "Ei ohjelman toimija (hylkää)", "Not an actor of the programme (reject)"
    ),
    "ui.survey_review_save": Message("Tallenna päätös", "Save the decision"),
    "ui.survey_close": Message("Kyselyn sulkeminen", "Closing the survey"),
    "ui.survey_close_intro": Message(
        "Kun kysely suljetaan, linkit lakkaavat toimimasta ja vastaukset tallentuvat "
        "verkoston historiaan. Sulkemista ei voi perua.",
        "When the survey closes, the links stop working and the answers go into the "
        "network's history. Closing cannot be undone.",
    ),
    "ui.survey_close_button": Message("Sulje kysely", "Close the survey"),
    "ui.survey_close_title": Message(
        "Suljetaanko vuoden {year} kysely?", "Close the survey of {year}?"
    ),
    "ui.survey_close_question": Message(
        "Vastanneita on {answered} / {asked}. Sulkemisen jälkeen vastauksia ei enää oteta "
        "vastaan, ja ne tallentuvat verkoston historiaan.",
        "{answered} of {asked} have answered. After closing no more answers are taken, and "
        "they go into the network's history.",
    ),
    "ui.survey_new_link_title": Message("Uusi linkki: {name}", "New link: {name}"),
    "ui.survey_new_link_intro": Message(
        "Vastaajan vanha linkki ei enää toimi. Tämä linkki näytetään vain nyt: kopioi se "
        "ja lähetä vastaajalle.",
        "The respondent's old link no longer works. This link is shown only now: copy it "
        "and send it to the respondent.",
    ),
    "ui.survey_link_label": Message("Linkki", "Link"),
    "ui.survey_send_to": Message("Lähetä osoitteeseen {email}.", "Send it to {email}."),
    "ui.survey_back": Message("Takaisin kyselyyn", "Back to the survey"),
}

"""The ui section's words of safe editing: confirmations, undo, and form problems.

:mod:`graphsvc.messages.ui` merges these into its ``MESSAGES`` (keys ``ui.…``). Form
problems name the field (``{field}``, its label in the page language) and the value the
person typed (``{value}``, already quoted as the reader quotes).
"""

from __future__ import annotations

from graphsvc.messages import Message

MESSAGES: dict[str, Message] = {
    # --- confirmations ------------------------------------------------------------------
    "ui.delete": Message("Poista", "Delete"),
    "ui.delete_actor": Message("Poista toimija", "Delete the actor"),
    "ui.delete_action": Message("Poista toimenpide", "Delete the action"),
    "ui.confirm_remove_partner_title": Message("Poistetaanko toteuttaja?", "Remove this partner?"),
    "ui.confirm_remove_partner": Message(
        "{actor} ei enää toteuta toimenpidettä {action} (rooli: {role}).",
        "{actor} will no longer run {action} (role: {role}).",
    ),
    "ui.confirm_delete_actor_title": Message("Poistetaanko toimija?", "Delete this actor?"),
    "ui.confirm_delete_actor": Message(
        "Toimija {name} poistetaan, samoin sen {n} yhteyttä toimenpiteisiin ja muihin toimijoihin.",
        "The actor {name} is deleted, with its {n} links to actions and other actors.",
    ),
    "ui.confirm_delete_action_title": Message("Poistetaanko toimenpide?", "Delete this action?"),
    "ui.confirm_delete_action": Message(
        "Toimenpide {name} poistetaan, samoin sen {n} yhteyttä toteuttajiin ja kantoraketteihin.",
        "The action {name} is deleted, with its {n} links to its actors and rockets.",
    ),
    "ui.confirm_undo_note": Message(
        "Voit perua poiston heti sen jälkeen tällä selaimella.",
        "You can undo it right afterwards in this browser.",
    ),
    "ui.confirm_yes_remove": Message("Kyllä, poista toteuttaja", "Yes, remove the partner"),
    "ui.confirm_yes_delete": Message("Kyllä, poista", "Yes, delete"),
    # --- undo ---------------------------------------------------------------------------
    "ui.removed_partner": Message(
        "Poistettu: {actor} toimenpiteestä {action}.", "Removed: {actor} from {action}."
    ),
    "ui.removed_actor": Message("Poistettu: toimija {name}.", "Removed: the actor {name}."),
    "ui.removed_action": Message("Poistettu: toimenpide {name}.", "Removed: the action {name}."),
    "ui.undo": Message("Peru", "Undo"),
    "ui.restored": Message(
        "Poisto peruttu: tiedot palautettiin ennalleen.", "Undone: restored as it was."
    ),
    "ui.restored_partly": Message(
        "Poisto peruttu, mutta osa yhteyksistä jäi palauttamatta: niiden toinen pää on "
        "sittemmin poistettu.",
        "Undone, but some links could not be restored: their other end has been deleted since.",
    ),
    "ui.undo_expired": Message(
        "Tätä poistoa ei voi enää perua: peruminen onnistuu vain pian poiston jälkeen samalla "
        "selaimella.",
        "This removal can no longer be undone: undo works only soon after it, in the same browser.",
    ),
    "ui.undo_conflict": Message(
        "Poistoa ei voi perua: tunnus {item} on otettu sen jälkeen uudelleen käyttöön.",
        "The removal cannot be undone: the key {item} has been taken again since.",
    ),
    # --- form problems ------------------------------------------------------------------
    "ui.problems_one": Message(
        "Lomakkeessa on yksi korjattava kohta:", "The form has one thing to fix:"
    ),
    "ui.problems_many": Message(
        "Lomakkeessa on {n} korjattavaa kohtaa:", "The form has {n} things to fix:"
    ),
    "ui.err_required": Message("{field}: täytä tämä kenttä.", "{field}: fill this in."),
    "ui.err_key": Message(
        "{field}: {value} ei kelpaa tunnukseksi. Käytä 1–128 kirjainta, numeroa tai merkkiä "
        "_ . : - ja aloita kirjaimella tai numerolla.",
        "{field}: {value} is not a valid key. Use 1–128 letters, digits or the characters "
        "_ . : - and start with a letter or digit.",
    ),
    "ui.err_key_taken": Message(
        "{field}: {value} on jo käytössä. Valitse toinen tunnus.",
        "{field}: {value} is already taken. Choose another key.",
    ),
    "ui.err_choice": Message(
        "{field}: {value} ei ole sallittu. Valitse jokin näistä: {allowed}.",
        "{field}: {value} is not allowed. Choose one of: {allowed}.",
    ),
    "ui.err_too_long": Message(
        "{field}: teksti on {n} merkkiä pitkä, enintään {limit} sallitaan.",
        "{field}: the text is {n} characters long, at most {limit} are allowed.",
    ),
    "ui.err_character": Message(
        "{field}: kohdassa {position} on ohjausmerkki {code}, jota ei voi tallentaa. Poista se.",
        "{field}: position {position} holds the control character {code}, which cannot be "
        "stored. Remove it.",
    ),
    "ui.err_list_count": Message(
        "{field}: {n} arvoa, enintään {limit} sallitaan.",
        "{field}: {n} values, at most {limit} are allowed.",
    ),
    "ui.err_list_item": Message(
        "{field}: arvo {position} on {n} merkkiä pitkä, enintään {limit} sallitaan.",
        "{field}: value {position} is {n} characters long, at most {limit} are allowed.",
    ),
    "ui.err_business_id": Message(
        "{field}: {value} ei ole kelvollinen Y-tunnus. Muoto on 1234567-8 ja viimeinen numero "
        "on tarkiste.",
        "{field}: {value} is not a valid Finnish business ID. It is written 1234567-8, the "
        "last digit a check digit.",
    ),
    "ui.err_email": Message(
        "{field}: {value} ei ole sähköpostiosoite (nimi@esimerkki.fi).",
        "{field}: {value} is not an e-mail address (name@example.com).",
    ),
    "ui.err_date": Message(
        "{field}: {value} ei ole päivämäärä. Valitse päivä kalenterista.",
        "{field}: {value} is not a date. Pick a day from the calendar.",
    ),
    "ui.err_end_before_start": Message(
        "{field}: päättymispäivä {end} on ennen alkamispäivää {start}.",
        "{field}: the end {end} is before the start {start}.",
    ),
    "ui.err_store": Message(
        "Tallennus ei onnistunut: {detail}", "The change could not be saved: {detail}"
    ),
}

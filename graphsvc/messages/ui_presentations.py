"""The ui section's words of presentations: the Presentations pages and the map page's
slide player and "save this view as a slide" form.

:mod:`graphsvc.messages.ui` merges these into its ``MESSAGES`` (keys ``ui.…``).
"""

from __future__ import annotations

from graphsvc.messages import Message

MESSAGES: dict[str, Message] = {
    "ui.nav_presentations": Message("Esitykset", "Presentations"),
    "ui.pres_title": Message("Esitykset", "Presentations"),
    "ui.pres_intro": Message(
        "Tallennetut karttanäkymät, jotka näytetään dioina yksi kerrallaan, esimerkiksi "
        "valtuuston kokouksessa. Toimittajat tallentavat diat karttasivulla; kuka tahansa "
        "kirjautunut voi esittää ne.",
        "Saved map views that play as slides, one at a time, for example at a council "
        "meeting. Editors save the slides on a map page; anyone signed in can play them.",
    ),
    "ui.pres_none": Message(
        "Esityksiä ei ole vielä. Avaa kartta ja tallenna näkymä diaksi.",
        "There are no presentations yet. Open a map and save its view as a slide.",
    ),
    "ui.pres_caption": Message("Esitykset ja niiden diat", "The presentations and their slides"),
    "ui.pres_name": Message("Esitys", "Presentation"),
    "ui.pres_map": Message("Kartta", "Map"),
    "ui.pres_slides": Message("Dioja", "Slides"),
    "ui.pres_updated": Message("Muutettu", "Changed"),
    "ui.pres_play": Message("Esitä", "Play"),
    "ui.pres_play_named": Message("Esitä {title}", "Play {title}"),
    "ui.pres_open": Message("Avaa esitys", "Open the presentation"),
    "ui.pres_map_network": Message("Koko verkosto", "The whole network"),
    "ui.pres_map_rocket": Message("Kantoraketti: {name}", "Rocket: {name}"),
    "ui.pres_map_actor": Message(
        "Toimijan lähiverkosto: {name}, {depth} askelta",
        "An actor's neighbourhood: {name}, {depth} steps",
    ),
    "ui.pres_as_of": Message("tilanne {day}", "as on {day}"),
    "ui.pres_new": Message("Uusi esitys", "New presentation"),
    "ui.pres_new_title": Message("Esityksen nimi", "Name of the presentation"),
    "ui.pres_new_map": Message("Kartta, jolla esitys näytetään", "The map it plays on"),
    "ui.pres_create": Message("Luo esitys", "Create the presentation"),
    "ui.pres_created": Message("Esitys luotu.", "Presentation created."),
    "ui.pres_rename": Message("Nimeä uudelleen", "Rename"),
    "ui.pres_renamed": Message("Nimi vaihdettu.", "Renamed."),
    "ui.pres_delete": Message("Poista esitys", "Delete the presentation"),
    "ui.pres_deleted": Message("Esitys poistettu.", "Presentation deleted."),
    "ui.pres_delete_confirm": Message(
        "Poistetaanko esitys {title} ja sen {n} diaa? Poistoa ei voi perua.",
        "Delete the presentation {title} and its {n} slides? This cannot be undone.",
    ),
    "ui.pres_confirm_delete": Message("Kyllä, poista", "Yes, delete"),
    "ui.pres_cancel": Message("Peruuta", "Cancel"),
    "ui.pres_slide_list": Message("Diat esitysjärjestyksessä", "The slides in playing order"),
    "ui.pres_no_slides": Message(
        "Esityksessä ei ole vielä dioja: avaa sen kartta ja tallenna näkymä diaksi.",
        "The presentation has no slides yet: open its map and save a view as a slide.",
    ),
    "ui.pres_no_caption": Message("(ei kuvatekstiä)", "(no caption)"),
    "ui.pres_slide_view": Message("Näkymä", "View"),
    "ui.pres_view_default": Message("kartan oma näkymä", "the map as it opens"),
    "ui.pres_up": Message("Siirrä dia {n} ylös", "Move slide {n} up"),
    "ui.pres_down": Message("Siirrä dia {n} alas", "Move slide {n} down"),
    "ui.pres_remove_slide": Message("Poista dia {n}", "Remove slide {n}"),
    "ui.pres_remove_confirm": Message(
        "Poistetaanko dia {n}: {caption}? Poistoa ei voi perua.",
        "Remove slide {n}: {caption}? This cannot be undone.",
    ),
    "ui.pres_slide_moved": Message("Dia siirretty.", "Slide moved."),
    "ui.pres_slide_removed": Message("Dia poistettu.", "Slide removed."),
    "ui.pres_add_hint": Message("Lisää dioja sen kartalta:", "Add slides from its map:"),
    "ui.pres_problems": Message("Korjaa nämä:", "Please fix these:"),
    "ui.pres_err_title": Message(
        "Anna esitykselle nimi (enintään {n} merkkiä).",
        "Give the presentation a name (at most {n} characters).",
    ),
    "ui.pres_err_map": Message(
        "Valitse kartta: koko verkosto, kantoraketti tai toimijan lähiverkosto.",
        "Choose a map: the whole network, a rocket or an actor's neighbourhood.",
    ),
    "ui.pres_err_caption": Message(
        "Kuvateksti on enintään {n} merkkiä.", "A caption has at most {n} characters."
    ),
    # the map page: the slide player
    "ui.pres_player": Message("Esitys {title}", "Presentation {title}"),
    "ui.pres_counter": Message("Dia {n}/{m}", "Slide {n} of {m}"),
    "ui.pres_prev": Message("Edellinen dia", "Previous slide"),
    "ui.pres_next": Message("Seuraava dia", "Next slide"),
    "ui.pres_fullscreen": Message("Koko näyttö", "Full screen"),
    "ui.pres_exit": Message("Lopeta esitys", "End the presentation"),
    "ui.pres_keys": Message(
        "Nuolinäppäimet ja PageUp/PageDown vaihtavat diaa.",
        "The arrow keys and PageUp/PageDown change the slide.",
    ),
    "ui.pres_empty": Message("Esityksessä ei ole dioja.", "The presentation has no slides."),
    # the map page: save this view as a slide
    "ui.pres_save_view": Message("Tallenna näkymä diaksi", "Save this view as a slide"),
    "ui.pres_save_caption": Message("Kuvateksti", "Caption"),
    "ui.pres_save_into": Message("Esitys", "Presentation"),
    "ui.pres_save_new": Message("Uusi esitys…", "New presentation…"),
    "ui.pres_save_button": Message("Tallenna dia", "Save the slide"),
    "ui.pres_saved": Message(
        "Tallennettu: dia {n} esityksessä {title}.", "Saved: slide {n} of {title}."
    ),
    "ui.pres_save_failed": Message(
        "Diaa ei tallennettu: {detail}", "The slide was not saved: {detail}"
    ),
    "ui.pres_back": Message("Takaisin sovellukseen", "Back to the application"),
}

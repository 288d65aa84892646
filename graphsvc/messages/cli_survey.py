"""The cli section's words of ``graphsvc survey`` (keys ``cli.survey.*`` and the columns
its tables add).

:mod:`graphsvc.messages.cli` merges these into its ``MESSAGES``.
"""

from __future__ import annotations

from graphsvc.messages import Message

MESSAGES: dict[str, Message] = {
    "cli.col.asked": Message("kysytty", "asked"),
    "cli.col.answered": Message("vastannut", "answered"),
    "cli.col.rate": Message("vastausosuus", "response rate"),
    "cli.col.level": Message("taso", "level"),
    "cli.col.ends": Message("päättyy", "ends"),
    "cli.col.closed": Message("suljettu", "closed"),
    "cli.col.link": Message("linkki", "link"),
    "cli.col.group": Message("ryhmä", "group"),
    "cli.col.named_by": Message("nimenneitä", "named by"),
    "cli.col.decision": Message("päätös", "decision"),
    "cli.survey.created": Message(
        "Vuoden {year} kysely luotu; vastausaikaa {ends} asti. Seuraavaksi: graphsvc survey "
        "links --year {year} -o linkit.csv",
        "The survey of {year} was created; it takes answers until {ends}. Next: graphsvc "
        "survey links --year {year} -o links.csv",
    ),
    "cli.survey.waves": Message("{n} kyselyä", "{n} surveys"),
    "cli.survey.no_links": Message(
        "Uusia linkkejä ei tarvittu: jokaisella vastaajalla on jo voimassa oleva linkki "
        "(--reissue vaihtaa kaikki).",
        "No new links were needed: every respondent has a live link already (--reissue "
        "replaces them all).",
    ),
    "cli.survey.links_written": Message(
        "{n} linkkiä kirjoitettu tiedostoon {path}. Linkit näytetään vain kerran: säilytä "
        "tiedosto suojattuna ja poista se, kun viestit on lähetetty.",
        "{n} links written to {path}. The links are shown only once: keep the file safe "
        "and delete it once the messages are sent.",
    ),
    "cli.survey.revoked": Message(
        "Vastaajan {actor} linkki peruttu ({n}). Uusi linkki: graphsvc survey links "
        "--year {year} --actor {actor}",
        "The link of respondent {actor} was revoked ({n}). A new link: graphsvc survey "
        "links --year {year} --actor {actor}",
    ),
    "cli.survey.status_title": Message(
        "Vuoden {year} kysely: vastannut {answered}/{asked} ({rate})",
        "The survey of {year}: answered {answered}/{asked} ({rate})",
    ),
    "cli.survey.thresholds": Message(
        "Välittäjien nimeäminen vaatii vähintään {good} vastauksista, kartta vähintään {fair}.",
        "Naming brokers needs at least {good} of the answers, a map at least {fair}.",
    ),
    "cli.survey.by_kind": Message("Toimijalajeittain", "By kind of actor"),
    "cli.survey.by_rocket": Message("Kantoraketeittain", "By rocket"),
    "cli.survey.not_answered": Message("Ei vielä vastannut ({n})", "Not answered yet ({n})"),
    "cli.survey.no_rocket": Message("ei kantorakettia", "no rocket"),
    "cli.survey.closed": Message(
        "Vuoden {year} kysely suljettu {ends}: {ties} sidettä ({confirmed} molempien "
        "vahvistamaa), {ended} päättyi, {participations} osallistumista; {pending} uutta "
        "nimeä odottaa tarkistusta (graphsvc survey review --year {year}).",
        "The survey of {year} was closed on {ends}: {ties} ties ({confirmed} confirmed by "
        "both), {ended} ended, {participations} participations; {pending} new names wait "
        "for review (graphsvc survey review --year {year}).",
    ),
    "cli.survey.review_title": Message(
        "Uudet organisaatiot, vuoden {year} kysely", "New organisations, the survey of {year}"
    ),
    "cli.survey.waiting": Message("odottaa", "waiting"),
    "cli.survey.rejected": Message("hylätty", "rejected"),
    "cli.survey.decided": Message("{name}: {decision}", "{name}: {decision}"),
    "cli.survey.erased": Message(
        "Vastaajan {actor} vastauksia poistettu: {n}", "Answers of respondent {actor} erased: {n}"
    ),
    "cli.survey.link.live": Message("voimassa", "live"),
    "cli.survey.link.none": Message("ei linkkiä", "no link"),
    "cli.survey.band.good": Message("riittää välittäjiin", "enough for brokers"),
    "cli.survey.band.fair": Message("riittää kartaksi", "enough for a map"),
    "cli.survey.band.low": Message("liian vähän", "too few"),
    "cli.survey.band.none": Message("ei kysytty", "none asked"),
}

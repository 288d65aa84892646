"""Survey use cases of editors, shared by the CLI, the API and the web UI: create a wave,
issue, re-issue and revoke the respondents' links.

The respondents are the actors with a contact. A link carries a capability token
(:func:`secrets.token_urlsafe`, 256 bits) that is printed once and stored only as its
SHA-256; issuing a respondent a new link revokes their old one. Every change is audited
(``survey.create``, ``survey.links``, ``survey.revoke``) without contents: a respondent
is named by their pseudonym.
"""

from __future__ import annotations

import csv
import io
import secrets
from dataclasses import replace
from typing import Any

from graphsvc.accounts.base import utc_now
from graphsvc.dates import parse_day, today, year_end
from graphsvc.errors import ConflictError, NotFoundError, ValidationError
from graphsvc.loaders.formulas import neutralise
from graphsvc.messages import Said, said
from graphsvc.model import CONTACT_FIELDS, Label, Node
from graphsvc.services.accounts import Author
from graphsvc.stores.base import GraphStore
from graphsvc.stores.survey_records import SurveyGraphStore, survey_store
from graphsvc.survey_model import TITLE_TEXT, Link, Wave, token_hash, wave_as_dict
from graphsvc.values import joined, text_problem

#: The years a wave may be of.
FIRST_YEAR, LAST_YEAR = 2000, 2100
#: The path of a respondent's form; the token follows it.
FORM_PATH = "/s/"


def respondents(store: GraphStore) -> list[Node]:
    """The actors a wave asks: those with a contact, by key."""
    return [n for n in store.find_nodes(Label.ACTOR) if any(n.props.get(f) for f in CONTACT_FIELDS)]


def checked_wave(
    year: int, title: str, title_en: str | None, ends: str | None, question: str, question_en: str
) -> Wave:
    """A new wave from what an editor gave, or ValidationError naming every problem."""
    problems: list[str | Said] = []
    if not FIRST_YEAR <= year <= LAST_YEAR:
        problems.append(
            said("errors.survey.year", value=f"{year}", low=f"{FIRST_YEAR}", high=f"{LAST_YEAR}")
        )
    title, title_en = " ".join(title.split()), " ".join((title_en or title).split())
    for text in (title, title_en):
        if not text:
            problems.append(said("errors.survey.title_blank"))
        elif problem := text_problem(text, TITLE_TEXT):
            problems.append(said("errors.survey.title", problem=problem))
    for text in (question, question_en):
        if problem := text_problem(text, TITLE_TEXT * 2):
            problems.append(said("errors.survey.question", problem=problem))
    last = parse_day(ends) if ends else year_end(min(max(year, FIRST_YEAR), LAST_YEAR))
    latest = year_end(min(max(year, FIRST_YEAR), LAST_YEAR) + 1)
    if last < today():
        problems.append(said("errors.survey.ends_past", day=last))
    elif last > latest:
        problems.append(said("errors.survey.ends_far", day=last, latest=latest))
    if problems:
        raise ValidationError(said("errors.survey.wave_refused", problems=joined(problems)))
    return Wave(year, title, title_en, last, question.strip(), question_en.strip())


def create_wave(
    store: GraphStore,
    year: int,
    title: str,
    by: Author,
    *,
    title_en: str | None = None,
    ends: str | None = None,
    question: str = "",
    question_en: str = "",
) -> dict[str, Any]:
    """Create the wave of ``year`` (ConflictError if the year has one)."""
    wave = checked_wave(year, title, title_en, ends, question, question_en)
    wave = replace(wave, created_by=by.who, updated_at=utc_now())
    survey_store(store).add_wave(wave)
    by.record("survey.create", f"survey:{year}")
    return wave_as_dict(wave)


def open_wave(store: SurveyGraphStore, year: int) -> Wave:
    """The wave of ``year`` while it may still change, else ConflictError."""
    wave = store.get_wave(year)
    if wave.closed:
        raise ConflictError(said("errors.survey.wave_closed", year=f"{year}"))
    return wave


def link_url(base_url: str, token: str) -> str:
    """The address of a respondent's form.

    >>> link_url("https://graphsvc.kouvola.fi/", "abc")
    'https://graphsvc.kouvola.fi/s/abc'
    """
    return f"{base_url.rstrip('/')}{FORM_PATH}{token}"


def issue_links(
    store: GraphStore,
    year: int,
    base_url: str,
    by: Author,
    *,
    actors: list[str] | None = None,
    reissue: bool = False,
) -> list[dict[str, Any]]:
    """New links for the respondents who have no live link (with ``reissue``, for all;
    with ``actors``, for those respondents, replacing their links): one row each with
    the respondent's name, contact and link, for a mail merge. The tokens are not kept."""
    surveys = survey_store(store)
    open_wave(surveys, year)
    asked = {n.key: n for n in respondents(store)}
    if actors is not None:
        for key in actors:
            if key not in asked:
                raise NotFoundError(said("errors.survey.not_a_respondent", key=key), key=key)
        chosen = [asked[k] for k in dict.fromkeys(actors)]
    else:
        live = {link.actor for link in surveys.find_links(year) if link.live}
        chosen = [n for n in asked.values() if reissue or n.key not in live]
    rows = []
    for node in chosen:
        token = secrets.token_urlsafe(32)
        surveys.add_link(Link(year, node.key, token_hash(token), utc_now()))
        by.record("survey.link", f"survey:{year}:{by.actor(node.key)}")
        contact = {f: node.props.get(f, "") for f in CONTACT_FIELDS}
        rows.append(
            {"actor": node.key, "name": node.name, **contact, "link": link_url(base_url, token)}
        )
    return rows


def links_csv(rows: list[dict[str, Any]]) -> str:
    """Issued links as CSV for a mail merge: actor, name, contact fields, link; text a
    spreadsheet would run as a formula gets the workbook exports' quote prefix."""
    buffer = io.StringIO()
    columns = ["actor", "name", *CONTACT_FIELDS, "link"]
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows([neutralise(str(row.get(c) or "")) for c in columns] for row in rows)
    return buffer.getvalue()


def revoke_link(store: GraphStore, year: int, actor: str, by: Author) -> int:
    """Revoke a respondent's live link in a wave (their answers stay); how many were live."""
    surveys = survey_store(store)
    surveys.get_wave(year)
    revoked = surveys.revoke_links(year, actor, utc_now())
    by.record("survey.revoke", f"survey:{year}:{by.actor(actor)}", "ok" if revoked else "none")
    return revoked


def list_waves(store: GraphStore) -> dict[str, Any]:
    """Every wave, by year."""
    return {"items": [wave_as_dict(w) for w in survey_store(store).find_waves()]}

"""What the survey lends the analyses of a day: the latest wave closed on or before it,
the response rates its ties rest on, and the wishes ("whom would you like to work with")
its respondents gave.

Analyses name the figures that rest on answers from fewer than 80 % of the actors
(:func:`survey_note`), and introductions use the wishes as a strong reason. Kept in the
analysis cache per (store, graph version, day): closing a wave, deciding a name and
erasing answers all change the version.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from graphsvc.messages import LANGS, percent, text
from graphsvc.services.analysis_cache import CACHE
from graphsvc.stores.base import GraphStore
from graphsvc.stores.survey_records import SurveyStore
from graphsvc.survey_model import GOOD_RATE


@dataclass(frozen=True)
class SurveyEvidence:
    """The latest closed wave of a day: its year, rates and wishes (actor: wished actors)."""

    year: int
    overall: dict[str, Any]
    by_rocket: dict[str, dict[str, Any]]
    wishes: dict[str, tuple[str, ...]]


def survey_evidence(store: GraphStore, day: str) -> SurveyEvidence | None:
    """The evidence of the latest wave closed on or before ``day``, or None (no wave has
    closed, or ``store`` is a view of a day, which keeps no survey). A programme's view
    reads the survey of its whole store."""
    whole: GraphStore = getattr(store, "whole", store)
    if not isinstance(whole, SurveyStore):
        return None
    surveys: SurveyStore = whole

    def compute() -> SurveyEvidence | None:
        closed = [w for w in surveys.find_waves() if w.closed and w.rates and w.ends <= day]
        if not closed:
            return None
        wave = closed[-1]
        rates: dict[str, Any] = wave.rates or {}
        wishes = {a.actor: a.wants for a in surveys.find_answers(wave.year) if a.wants}
        return SurveyEvidence(wave.year, rates["overall"], rates["by_rocket"], wishes)

    return CACHE.get_or_compute((whole.url, whole.version(), "survey", day), compute)


def survey_note(evidence: SurveyEvidence | None, rocket: str | None) -> dict[str, Any] | None:
    """What an analysis's figures rest on: the wave, its rate (of ``rocket``'s actors
    when one is asked), whether that is below 80 %, the rockets below it, and a sentence
    in each language; None without a closed wave."""
    if evidence is None:
        return None
    rate = evidence.by_rocket.get(rocket, evidence.overall) if rocket else evidence.overall
    below = [
        key
        for key, r in evidence.by_rocket.items()
        if r["rate"] is not None and r["rate"] < GOOD_RATE and (rocket is None or key == rocket)
    ]
    enough = rate["rate"] is not None and rate["rate"] >= GOOD_RATE
    return {
        "year": evidence.year,
        **rate,
        "enough": enough,
        "rockets_below": below,
        "text": {lang: _sentence(evidence, rate, enough, below, lang) for lang in LANGS},
    }


def _sentence(
    evidence: SurveyEvidence, rate: dict[str, Any], enough: bool, below: list[str], lang: str
) -> str:
    share = percent(rate["rate"], lang) if rate["rate"] is not None else "—"
    values = {"year": f"{evidence.year}", "share": share, "good": percent(GOOD_RATE, lang)}
    said = text(f"analysis.survey.{'enough' if enough else 'too_few'}", lang, **values)
    if below:
        rockets = [evidence.by_rocket[k] for k in below]
        named = ", ".join(str((lang == "en" and r["name_en"]) or r["name_fi"]) for r in rockets)
        said += " " + text("analysis.survey.rockets_below", lang, rockets=named, **values)
    return said

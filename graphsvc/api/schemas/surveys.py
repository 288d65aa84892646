"""Survey bodies: WaveCreate, LinksRequest, ReviewDecision, and the waves as answered."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from graphsvc.api.schemas.common import STORABLE, Key, Strict
from graphsvc.model import ActorKind
from graphsvc.survey_model import TITLE_TEXT

Title = Annotated[str, StringConstraints(min_length=1, max_length=TITLE_TEXT), *STORABLE]
Question = Annotated[str, StringConstraints(max_length=TITLE_TEXT * 2), *STORABLE]
Day = Annotated[
    str | None,
    StringConstraints(max_length=10, pattern=r"^\d{4}(-\d{2}-\d{2})?$"),
    Field(description="The last day to answer: YYYY-MM-DD (default: 31 December of the year)"),
]


class WaveCreate(Strict):
    """A new wave (``POST /api/v1/surveys``); 409 if its year has one."""

    year: int = Field(ge=2000, le=2100)
    title: Title
    title_en: Title | None = None
    ends: Day = None
    question: Question = ""
    question_en: Question = ""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {"year": 2026, "title": "Verkostokysely 2026", "title_en": "Network survey 2026"}
            ]
        },
    )


class LinksRequest(Strict):
    """Whom to issue links to: the respondents without a live link (default), ``actors``
    only, or everyone again (``reissue``)."""

    actors: list[Key] | None = Field(None, max_length=10_000)
    reissue: bool = False


class ReviewDecision(Strict):
    """What a free-entry name is: an existing ``actor``, a new actor (``new_key`` and
    ``new_kind``), or neither of them given: rejected."""

    name: Annotated[str, StringConstraints(min_length=1, max_length=500)]
    actor: Key | None = None
    new_key: Key | None = None
    new_kind: ActorKind | None = None


class WavePublic(BaseModel):
    """A wave as stored."""

    year: int
    title: str
    title_en: str
    ends: str
    question: str
    question_en: str
    closed_at: str | None
    created_by: str
    updated_at: str
    reviews: list[dict[str, Any]]


class WavesPublic(BaseModel):
    """Every wave, by year."""

    items: list[WavePublic]


class Rate(BaseModel):
    """How many were asked and answered; ``band``: good (≥ 80 %), fair (≥ 65 %), low, none."""

    asked: int
    answered: int
    rate: float | None
    band: str


class KindRate(Rate):
    """The rate among the actors of one kind."""

    kind: str


class RocketRate(Rate):
    """The rate among the actors fuelling one rocket (``rocket`` empty: no rocket)."""

    rocket: str
    name_fi: str
    name_en: str


class NotAnswered(BaseModel):
    """A respondent who has not answered, and whether they hold a live link."""

    key: str
    name: str
    kind: str
    link: str


class WaveStatus(BaseModel):
    """A wave's response rates and who has not answered."""

    wave: WavePublic
    thresholds: dict[str, float]
    overall: Rate
    by_kind: list[KindRate]
    by_rocket: list[RocketRate]
    not_answered: list[NotAnswered]
    links: dict[str, int]


class LinkRow(BaseModel):
    """A respondent's new link with their contact, for a mail merge (shown only once)."""

    actor: str
    name: str
    contact_name: Any = ""
    contact_email: Any = ""
    contact_phone: Any = ""
    link: str


class LinkRows(BaseModel):
    """The links issued now."""

    items: list[LinkRow]


class Written(BaseModel):
    """What writing a wave's answers into the history did."""

    ties: int
    confirmed: int
    ended: int
    participations: int
    pending_names: int
    report: dict[str, int]


class CloseReport(Written):
    """A closed wave and what its answers wrote."""

    wave: WavePublic


class ReviewItem(BaseModel):
    """A new organisation named in free entry, and the decision on it (None: waiting)."""

    name: str
    named_by: int
    decision: dict[str, str | None] | None


class ReviewItems(BaseModel):
    """The names to review, waiting ones first."""

    items: list[ReviewItem]


class ReviewDone(BaseModel):
    """A decision taken: the actor the name is (None: rejected) and, for a closed wave,
    what writing its answers again did."""

    name: str
    actor: str | None
    written: Written | None


class AnswersExport(BaseModel):
    """Every answer of one respondent."""

    respondent: str
    items: list[dict[str, Any]]


class Erased(BaseModel):
    """How many answers were erased."""

    erased: int

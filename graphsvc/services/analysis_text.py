"""Sentences made from the facts of analysis results, through the message catalogue.

Analysis functions return facts (kinds, keys, names, numbers). At the edge, one function
per kind adds what people read: a ``text`` per finding in Finnish and English
(``{"fi": …, "en": …}``, numbers per locale) and rocket ``name``s in the asked language.
The messages are in :mod:`graphsvc.messages.analysis`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from graphsvc.messages import CATALOGUE, LANGS, quote, text
from graphsvc.model import Label

if TYPE_CHECKING:
    import networkx as nx


def names(refs: list[dict[str, Any]], total: int | None = None, limit: int = 3) -> str:
    """Up to ``limit`` names joined with commas, ``…`` when more (of ``total``) were left out.

    >>> names([{"name": "A"}, {"name": "B"}], limit=1)
    'A, …'
    """
    shown = ", ".join(str(r["name"]) for r in refs[:limit])
    return shown + (", …" if (len(refs) if total is None else total) > limit else "")


def counted(noun: str, n: int, lang: str) -> str:
    """``n`` and the noun (``rockets``, ``kinds``) in the form the number asks for.

    >>> counted("rockets", 1, "en"), counted("rockets", 3, "fi")
    ('1 rocket', '3 kantorakettia')
    """
    return text(f"analysis.count.{noun}.{'one' if n == 1 else 'many'}", lang, n=n)


def none(body: dict[str, Any], P: nx.Graph, lang: str) -> None:
    """Nothing to say (centrality: numbers only)."""


def summary(body: dict[str, Any], P: nx.Graph, lang: str) -> None:
    """Rocket names in ``lang``."""
    body["rockets"] = named(body["rockets"], P, lang)


def coverage(body: dict[str, Any], P: nx.Graph, lang: str) -> None:
    """Rocket names in ``lang``."""
    body["rockets"] = named(body["rockets"], P, lang)


Sentence = Callable[[dict[str, Any], "nx.Graph", str], str]


def tell(rows: list[dict[str, Any]], P: nx.Graph, sentence: Sentence) -> None:
    """Give each row its ``text``: ``sentence(row, P, lang)`` in every language."""
    for row in rows:
        row["text"] = {lang: sentence(row, P, lang) for lang in LANGS}


def brokers(body: dict[str, Any], P: nx.Graph, lang: str) -> None:
    """Why each broker brokers."""
    tell(body["brokers"], P, _broker_sentence)


def _broker_sentence(b: dict[str, Any], P: nx.Graph, lang: str) -> str:
    sentence = text(
        "analysis.broker",
        lang,
        actor=b["name"],
        rockets=counted("rockets", len(b["rockets"]), lang),
        kinds=counted("kinds", len(b["partner_kinds"]), lang),
        open_pairs=b["open_pairs"],
        across=b["open_pairs_across_rockets"],
    )
    if b["cut_off"]:
        sentence += text("analysis.broker.cut_off", lang, cut_off=b["cut_off"])
    return sentence


def gaps(body: dict[str, Any], P: nx.Graph, lang: str) -> None:
    """Per gap its sentence (``text``) and what to do next (``next``), from its kind,
    subjects and details."""
    tell(body["gaps"], P, gap_sentence)
    for gap in body["gaps"]:
        gap["next"] = {lang: next_step(gap, P, lang) for lang in LANGS}


def next_step(gap: dict[str, Any], P: nx.Graph, lang: str) -> str:
    """What to do about the gap, in one sentence (``analysis.next.KIND``)."""
    return text(f"analysis.next.{gap['kind']}", lang, **_gap_values(gap, P, lang))


def gap_sentence(gap: dict[str, Any], P: nx.Graph, lang: str) -> str:
    """The gap's message filled from its subjects and details (unused values are ignored)."""
    return text(f"analysis.gap.{gap['kind']}", lang, **_gap_values(gap, P, lang))


def _gap_values(gap: dict[str, Any], P: nx.Graph, lang: str) -> dict[str, Any]:
    """The placeholders of a gap's sentences: its details and its subjects' names."""
    subjects = [_subject_name(s, P, lang) for s in gap["subjects"]]
    first, last = subjects[0], subjects[-1]
    values: dict[str, Any] = {
        **gap["details"],
        "action": quote(first, lang),
        "rocket": first,
        "actor": last,
        "first": first,
        "second": last,
    }
    if "missing_kind" in values:
        values["kind"] = text(f"analysis.missing.{values['missing_kind']}", lang)
        values["invite"] = text(f"analysis.invite.{values['missing_kind']}", lang)
    return values


def recommend(body: dict[str, Any], P: nx.Graph, lang: str) -> None:
    """Why each pair is worth introducing: the sentence (``text``) and the reasons of its
    strength in short (``reasons``: "3 shared partners, 2 shared rockets")."""
    tell(body["introductions"], P, _intro_sentence)
    for pair in body["introductions"]:
        pair["reasons"] = {lang: strength_reasons(pair, lang) for lang in LANGS}


def strength_reasons(pair: dict[str, Any], lang: str) -> str:
    """The facts behind an introduction's strength, counted.

    >>> strength_reasons({"shared_partner_count": 3, "shared_rockets": ["a", "b"],
    ...                   "complementary_kinds": True}, "en")
    '3 shared partners, 2 shared rockets, different kinds'
    """
    found = []
    wished = pair.get("wished_by", [])
    if len(wished) == 2:
        found.append(text("analysis.reason.both_wish", lang))
    elif wished:
        found.append(text("analysis.reason.one_wishes", lang, name=wished[0]["name"]))
    partners, rockets = pair["shared_partner_count"], len(pair["shared_rockets"])
    if partners:
        found.append(text(f"analysis.reason.partners.{_one(partners)}", lang, n=partners))
    elif not wished:
        found.append(text("analysis.reason.same_rocket", lang))
    if rockets:
        found.append(text(f"analysis.reason.rockets.{_one(rockets)}", lang, n=rockets))
    if pair["complementary_kinds"]:
        found.append(text("analysis.reason.kinds", lang))
    return ", ".join(found)


def _one(n: int) -> str:
    return "one" if n == 1 else "many"


def _intro_sentence(pair: dict[str, Any], P: nx.Graph, lang: str) -> str:
    a, b = pair["actors"]
    reasons = []
    wished = pair.get("wished_by", [])
    if len(wished) == 2:
        reasons.append(text("analysis.intro.both_wish", lang))
    elif wished:
        other = b if wished[0]["key"] == a["key"] else a
        reasons.append(
            text("analysis.intro.one_wishes", lang, name=wished[0]["name"], other=other["name"])
        )
    if pair["shared_partners"]:
        partners = names(pair["shared_partners"], pair["shared_partner_count"])
        reasons.append(text("analysis.intro.partners", lang, names=partners))
    rockets = pair["shared_rockets"]
    if rockets:
        key = "analysis.intro.rockets" if len(rockets) > 1 else "analysis.intro.rocket"
        reasons.append(text(key, lang, rockets=rocket_names(rockets, P, lang)))
    if pair["complementary_kinds"]:
        first, second = kind_word(a["kind"], lang), kind_word(b["kind"], lang)
        reasons.append(text("analysis.intro.kinds", lang, first=first, second=second))
    return text(
        "analysis.intro", lang, first=a["name"], second=b["name"], reasons="; ".join(reasons)
    )


def kind_word(kind: str, lang: str) -> str:
    """An actor kind as a word inside a sentence (the catalogue's kind name), never a code.

    >>> kind_word("city_company", "fi"), kind_word("education", "en")
    ('kaupungin yhtiö', 'education')
    """
    key = f"ui.kind_{kind}"
    return text(key, lang).lower() if key in CATALOGUE else kind


def communities(body: dict[str, Any], P: nx.Graph, lang: str) -> None:
    """Where each community works, and whether each rocket's actors split; rocket names."""
    tell(body["communities"], P, _community_sentence)
    body["rockets"] = named(body["rockets"], P, lang)
    tell(body["rockets"], P, _split_sentence)


def _community_sentence(c: dict[str, Any], P: nx.Graph, lang: str) -> str:
    from graphsvc.analysis.communities import CROSS_SHARE

    strong = [r for r, share in c["rockets"].items() if share >= CROSS_SHARE]
    return text(
        "analysis.community",
        lang,
        id=c["id"],
        size=c["size"],
        names=names(c["core_actors"]),
        rockets=rocket_names(strong, P, lang) or "–",
    )


def _split_sentence(r: dict[str, Any], P: nx.Graph, lang: str) -> str:
    key = "analysis.community.split" if r["split"] else "analysis.community.together"
    return text(key, lang, rocket=_rocket_name(r["key"], P, lang), parts=r["parts"])


def whatif(body: dict[str, Any], P: nx.Graph, lang: str) -> None:
    """What the programme loses, in one sentence."""
    tell([body], P, _whatif_sentence)


def _whatif_sentence(r: dict[str, Any], P: nx.Graph, lang: str) -> str:
    losing = r["rockets_losing_kind"]
    rest = ""
    if losing:
        rockets = rocket_names([x["key"] for x in losing], P, lang)
        rest = text("analysis.whatif.losing", lang, rockets=rockets, kind=losing[0]["kind"])
    return text(
        "analysis.whatif",
        lang,
        actor=r["actor"]["name"],
        ties=r["ties_lost"],
        cut_off=len(r["cut_off"]),
        no_lead=len(r["actions_without_lead"]),
        no_actor=len(r["actions_without_actors"]),
        losing=rest,
    )


def _rocket_name(key: str, P: nx.Graph, lang: str) -> str:
    from graphsvc.analysis.bridge import rocket_label

    return rocket_label(P, key, lang)


def rocket_names(keys: list[str], P: nx.Graph, lang: str) -> str:
    """The rockets' names in ``lang``, joined with commas."""
    return ", ".join(_rocket_name(k, P, lang) for k in keys)


def named(rows: list[dict[str, Any]], P: nx.Graph, lang: str) -> list[dict[str, Any]]:
    """Rows about rockets with the rocket's ``name`` in ``lang`` right after its key."""
    return [{"key": r["key"], "name": _rocket_name(r["key"], P, lang), **r} for r in rows]


def _subject_name(subject: dict[str, Any], P: nx.Graph, lang: str) -> str:
    if subject["label"] == Label.ROCKET.value:
        return _rocket_name(subject["key"], P, lang)
    if lang == "en" and "name_en" in subject:  # an indicator's English name
        return str(subject["name_en"])
    return str(subject["name"])

"""What people read of an overlap: a sentence per finding in Finnish and English.

:func:`overlap` adds ``text`` (``{"fi": …, "en": …}``) to the headline, each bridge,
shared action, theme, rocket apart and introduction of
:func:`graphsvc.analysis.overlap.overlap_of`, and rocket and theme names in the asked
language. The messages are in :mod:`graphsvc.messages.analysis_overlap`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from graphsvc.messages import LANGS, quote, text
from graphsvc.services.analysis_text import counted, names, rocket_names, tell

if TYPE_CHECKING:
    import networkx as nx


def overlap(body: dict[str, Any], P: nx.Graph, lang: str) -> None:
    """Sentences for every finding of an overlap, and names in ``lang``."""
    first, second = (p["name"] for p in body["programmes"])
    programme_name = {p["key"]: p["name"] for p in body["programmes"]}
    a, b = body["actors"]
    body["text"] = {
        x: text(
            "analysis.overlap.headline",
            x,
            shared=counted("actors", body["shared_actors"], x),
            first=first,
            second=second,
            a=counted("actors", a, x),
            b=counted("actors", b, x),
            ties=body["ties_across"],
        )
        for x in LANGS
    }
    tell(body["bridges"], P, lambda row, _, x: _bridge(row, first, second, x))
    tell(
        body["shared_actions"],
        P,
        lambda row, graph, x: text(
            "analysis.overlap.shared_action",
            x,
            action=quote(row["name"], x),
            rockets=rocket_names(row["rockets"], graph, x),
        ),
    )
    for theme in body["themes"]:
        theme["name"] = theme[f"name_{lang}"] or theme["name_fi"]
    tell(body["themes"], P, lambda row, _, x: _theme(row, body["programmes"], x))
    for row in body["rockets_apart"]:
        row["name"] = rocket_names([row["rocket"]], P, lang)
    tell(
        body["rockets_apart"],
        P,
        lambda row, graph, x: text(
            "analysis.overlap.rocket_apart",
            x,
            rocket=rocket_names([row["rocket"]], graph, x),
            programme=programme_name[row["programme"]],
            other=next(n for k, n in programme_name.items() if k != row["programme"]),
            n=row["actors"],
        ),
    )
    themes = {t["key"]: t for t in body["themes"]}
    tell(body["introductions"], P, lambda row, _, x: _intro(row, themes, first, second, x))


def _bridge(row: dict[str, Any], first: str, second: str, lang: str) -> str:
    a, b = row["partners"]
    said = text("analysis.overlap.bridge", lang, name=row["name"], a=a, b=b, first=first,
                second=second)  # fmt: skip
    if row["stranded"]:
        said += text(
            "analysis.overlap.bridge.stranded",
            lang,
            actors=counted("actors", row["stranded"], lang),
        )
    if row["splits"]:
        said += text("analysis.overlap.bridge.splits", lang)
    return said


def _theme(row: dict[str, Any], programmes: list[dict[str, Any]], lang: str) -> str:
    name = quote(str(row[f"name_{lang}"] or row["name_fi"]), lang)
    (first, second), (a, b) = (p["name"] for p in programmes), row["actions"]
    if row["only"] is not None:
        mine = 0 if row["only"] == programmes[0]["key"] else 1
        shown = (first, second) if mine == 0 else (second, first)
        actions = counted("actions", row["actions"][mine], lang)
        return text("analysis.overlap.theme.only", lang, theme=name, programme=shown[0],
                    other=shown[1], actions=actions)  # fmt: skip
    if a or b:
        a, b = counted("actions", a, lang), counted("actions", b, lang)
        return text("analysis.overlap.theme.both", lang, theme=name, first=first, second=second,
                    a=a, b=b)  # fmt: skip
    return text("analysis.overlap.theme.neither", lang, theme=name)


def _intro(
    row: dict[str, Any], themes: dict[str, dict[str, Any]], first: str, second: str, lang: str
) -> str:
    reasons = []
    if row["shared_partners"]:
        listed = names(row["shared_partners"], row["shared_partner_count"])
        reasons.append(text("analysis.intro.partners", lang, names=listed))
    else:
        reasons.append(text("analysis.overlap.reason.none", lang))
    if row["shared_themes"]:
        shown = ", ".join(
            str(themes[k][f"name_{lang}"] or themes[k]["name_fi"]) if k in themes else k
            for k in row["shared_themes"]
        )
        reasons.append(text("analysis.overlap.reason.themes", lang, themes=shown))
    return text("analysis.overlap.intro", lang, first=row["a"]["name"], p1=first,
                second=row["b"]["name"], p2=second, reasons="; ".join(reasons))  # fmt: skip

"""What colours a map besides its kinds: the programme or the theme of each node.

``--colour-by programme`` colours each rocket by its programme and each action and actor
by the programme(s) it works in (one colour per programme, one for several); ``theme``
colours actions and actors by the themes they address (one per theme, one for several,
grey for none; rockets keep their look). Read from the whole store, so a neighbourhood
map tells the same colours as the network map.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from graphsvc.model import PROGRAMME_KEY, Label, ProgrammeKind, RelType
from graphsvc.render.mapdata import COLOUR_BY, MapData, NodeColours, PaletteEntry
from graphsvc.render.words import word
from graphsvc.services.maps import one_of
from graphsvc.stores.base import GraphStore

#: Colours told apart by colour-blind readers too (Okabe–Ito), then two more.
COLOURS = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#56B4E9", "#E69F00", "#7F3C8D", "#3B7D23")
SEVERAL = "#332288"
NONE = "#BBBBBB"


def check_colour_by(by: str) -> str:
    """``by`` if a map can be coloured by it, else ValidationError naming the choices."""
    return one_of(by, COLOUR_BY, "errors.map.colour_by", name=repr(by))


def map_colours(store: GraphStore, by: str | None, lang: str) -> NodeColours | None:
    """The colours of a map coloured ``by`` programme or theme (None: by kind)."""
    if by is None or check_colour_by(by) == "kind":
        return None
    if by == "programme":
        return _by_programme(store, lang)
    return _by_theme(store, lang)


def coloured(data: MapData, colours: NodeColours | None) -> MapData:
    """``data`` with its rockets, actions and actors coloured (unchanged for None)."""
    if colours is None:
        return data
    labels = {"rocket": Label.ROCKET, "launchpad": Label.ROCKET, "action": Label.ACTION}
    for n in data.nodes:
        label = labels.get(n.group, Label.ACTOR if n.group.startswith("actor_") else None)
        if label is not None:
            n.colour = colours.of_node.get((label.value, n.key))
    data.colour_by, data.palette = colours.by, colours.palette
    return data


def theme_names(store: GraphStore, lang: str) -> dict[str, str]:
    """Action key -> the names of the themes it addresses in ``lang``, joined (tooltips)."""
    names = {n.key: _name(n.props, n.name, lang) for n in store.find_nodes(Label.THEME)}
    found: dict[str, list[str]] = {}
    for e in store.find_edges(RelType.ADDRESSES):
        found.setdefault(e.start, []).append(names.get(e.end, e.end))
    return {key: ", ".join(values) for key, values in found.items()}


def _by_programme(store: GraphStore, lang: str) -> NodeColours:
    order = {k.value: i for i, k in enumerate(ProgrammeKind)}
    programmes = sorted(
        (n for n in store.find_nodes(Label.PROGRAMME) if n.props.get("kind") != "strategy"),
        key=lambda n: (
            order.get(str(n.props.get("kind", "programme")), 9),
            n.key != PROGRAMME_KEY,
            n.key,
        ),
    )
    owner = {e.start: e.end for e in store.find_edges(RelType.PART_OF)}
    fuels = _ends(store, RelType.FUELS, lambda rocket: owner.get(rocket))
    of_node = {(Label.ROCKET.value, rocket): {p} for rocket, p in owner.items()}
    names = {n.key: _name(n.props, n.name, lang) for n in programmes}
    several = word("colour_several_programmes", lang)
    return _coloured("programme", names, of_node, fuels, _runs(store, fuels), several, None)


def _by_theme(store: GraphStore, lang: str) -> NodeColours:
    themes = store.find_nodes(Label.THEME)
    names = {n.key: _name(n.props, n.name, lang) for n in themes}
    addresses = _ends(store, RelType.ADDRESSES, lambda theme: theme)
    several, none = word("colour_several_themes", lang), word("colour_no_theme", lang)
    return _coloured("theme", names, {}, addresses, _runs(store, addresses), several, none)


def _name(props: dict[str, Any], name: str, lang: str) -> str:
    """A programme's or theme's name in ``lang`` (its Finnish name when there is none)."""
    return str(props.get(f"name_{lang}") or name)


def _ends(
    store: GraphStore, rel_type: RelType, meaning: Callable[[str], str | None]
) -> dict[str, set[str]]:
    """Per action, what the ends of its ``rel_type`` relationships stand for."""
    found: dict[str, set[str]] = {}
    for e in store.find_edges(rel_type):
        value = meaning(e.end)
        if value is not None:
            found.setdefault(e.start, set()).add(value)
    return found


def _runs(store: GraphStore, of_action: dict[str, set[str]]) -> dict[str, set[str]]:
    """Per actor, the union over the actions it runs."""
    found: dict[str, set[str]] = {}
    for e in store.find_edges(RelType.RUNS):
        found.setdefault(e.start, set()).update(of_action.get(e.end, ()))
    return found


def _coloured(
    by: str,
    names: dict[str, str],
    fixed: dict[tuple[str, str], set[str]],
    actions: dict[str, set[str]],
    actors: dict[str, set[str]],
    several: str,
    none: str | None,
) -> NodeColours:
    """One palette entry per name (in order), one for several, one for none (if given)."""
    keys = list(names)
    palette = [PaletteEntry(names[k], COLOURS[i % len(COLOURS)]) for i, k in enumerate(keys)]
    palette.append(PaletteEntry(several, SEVERAL))
    if none is not None:
        palette.append(PaletteEntry(none, NONE))
    position = {k: i for i, k in enumerate(keys)}

    def entry(values: Iterable[str]) -> int | None:
        known = [v for v in values if v in position]
        if len(known) > 1:
            return len(keys)
        if known:
            return position[known[0]]
        return len(keys) + 1 if none is not None else None

    of_node = {node: entry(values) for node, values in fixed.items()}
    for label, table in ((Label.ACTION, actions), (Label.ACTOR, actors)):
        of_node.update(((label.value, k), entry(v)) for k, v in table.items())
    used = {k: v for k, v in of_node.items() if v is not None}
    return NodeColours(by=by, palette=palette, of_node=used)

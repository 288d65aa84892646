"""The overlap use case: which two programmes, their rockets and themes, then the analysis.

``graphsvc analyze overlap [--programmes A,B]`` and ``/api/v1/analysis/overlap`` read the
whole portfolio (as of a day, if asked): the programmes compared default to the first two
growth programmes (kind ``programme``), the built-in one first.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from graphsvc.errors import ValidationError
from graphsvc.messages import said
from graphsvc.model import PROGRAMME_KEY, Label, ProgrammeKind, RelType
from graphsvc.stores.base import programmes_within

if TYPE_CHECKING:
    from graphsvc.analysis.network import Network
    from graphsvc.stores.base import GraphStore


def overlap_on(
    store: GraphStore, programmes: str | None, top: int
) -> tuple[dict[str, Any], Network]:
    """The overlap of two programmes of ``store`` (``"A,B"``; None: the default pair) and
    the network its sentences name. ValidationError naming the programmes when there are
    not two different ones to compare."""
    from graphsvc.analysis.overlap import Sides, overlap_of
    from graphsvc.services.dated_graphs import graphs_on

    found = {n.key: n for n in store.find_nodes(Label.PROGRAMME)}
    keys = _pair(programmes, found)
    carries = store.find_edges(RelType.CARRIES_OUT)
    part_of = store.find_edges(RelType.PART_OF)
    rockets = tuple(
        frozenset(e.start for e in part_of if e.end in programmes_within(carries, key))
        for key in keys
    )
    addressed: dict[str, list[str]] = {}
    for e in store.find_edges(RelType.ADDRESSES):
        addressed.setdefault(e.end, []).append(e.start)
    themes = {
        n.key: {"name_fi": n.name, "name_en": str(n.props.get("name_en") or "")}
        for n in store.find_nodes(Label.THEME)
    }
    sides = Sides(
        keys=keys,
        names=(found[keys[0]].name, found[keys[1]].name),
        rockets=(rockets[0], rockets[1]),
        themes=themes,
        addressed=addressed,
    )
    graphs = graphs_on(store, None, None)
    return overlap_of(graphs.programme, graphs.network, sides, top=top), graphs.network


def _pair(asked: str | None, found: dict[str, Any]) -> tuple[str, str]:
    """The two programme keys compared."""
    if asked is None:
        growth = [
            k
            for k, n in found.items()
            if n.props.get("kind", ProgrammeKind.PROGRAMME) == ProgrammeKind.PROGRAMME
        ]
        growth.sort(key=lambda k: (k != PROGRAMME_KEY, k))
        keys = growth[:2]
    else:
        keys = [k.strip() for k in asked.split(",") if k.strip()]
    if len(keys) != 2 or keys[0] == keys[1] or not all(k in found for k in keys):
        allowed = ", ".join(sorted(found))
        raise ValidationError(said("analysis.overlap.needs_two", allowed=allowed), value=asked)
    return keys[0], keys[1]

"""Lists of actors and actions: filtered, sorted by allow-listed fields, paginated."""

from __future__ import annotations

from typing import Any

from graphsvc.errors import ValidationError
from graphsvc.messages import said
from graphsvc.model import Label, Node, RelType, ends_by_start
from graphsvc.model_rules import fold_text
from graphsvc.public_form import node_public
from graphsvc.stores.base import GraphStore
from graphsvc.values import quoted

#: Fields a list may be sorted by (prefix ``-`` for descending); nothing else is accepted.
SORT_FIELDS: dict[Label, tuple[str, ...]] = {
    Label.ACTOR: ("key", "name", "kind", "municipality", "sector"),
    Label.ACTION: ("key", "title", "status", "start", "end"),
}


def _sort_key(field: str) -> Any:
    def key(node: Node) -> tuple[str, str]:
        value = node.key if field == "key" else node.props.get(field)
        return (fold_text(str(value)) if value is not None else "\uffff", node.key)

    return key


def _parse_sort(label: Label, sort: str) -> tuple[str, bool]:
    field, descending = (sort[1:], True) if sort.startswith("-") else (sort, False)
    if field not in SORT_FIELDS[label]:
        choices = ", ".join(SORT_FIELDS[label])
        raise ValidationError(said("errors.service.sort", sort=quoted(sort), allowed=choices))
    return field, descending


def list_nodes(
    store: GraphStore,
    label: Label,
    *,
    filters: dict[str, str] | None = None,
    rocket: str | None = None,
    sort: str = "key",
    limit: int = 50,
    offset: int = 0,
    include_contacts: bool = False,
) -> dict[str, Any]:
    """A page of actors or actions: ``{"items", "total", "limit", "offset"}``.

    ``filters`` match properties exactly; ``rocket`` keeps actors running (or actions
    fuelling) that rocket; NotFoundError if the rocket does not exist.
    """
    field, descending = _parse_sort(label, sort)
    filters = {k: v for k, v in (filters or {}).items() if v is not None}
    if rocket is None and field == "key" and not descending:
        nodes = store.find_nodes(label, filters=filters, limit=limit, offset=offset)
        total = store.count_nodes(label, filters=filters)
    else:
        if rocket is not None:
            found = (
                store.rocket_actors(rocket)
                if label is Label.ACTOR
                else store.rocket_actions(rocket)
            )
            candidates = [n for n in found if all(n.props.get(k) == v for k, v in filters.items())]
        else:
            candidates = store.find_nodes(label, filters=filters)
        candidates.sort(key=_sort_key(field), reverse=descending)
        total = len(candidates)
        nodes = candidates[offset : offset + limit]
    items = [node_public(n, include_contacts=include_contacts) for n in nodes]
    if label is Label.ACTION:
        themes = ends_by_start(store.find_edges(RelType.ADDRESSES), RelType.ADDRESSES)
        for item in items:
            item["themes"] = themes.get(item["key"]) or None
    return {
        "items": items,
        "total": total,
        "limit": limit,
        "offset": offset,
    }

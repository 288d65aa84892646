"""Focus and depth pick the right part of the network; depth is bounded."""

from __future__ import annotations

import pytest

from graphsvc.errors import NotFoundError, ValidationError
from graphsvc.records import Snapshot
from graphsvc.render.selection import check_depth, drawable, neighbourhood


def keys(snapshot: Snapshot) -> set[str]:
    return {n.key for n in snapshot.nodes}


def test_depth_one_is_the_actor_its_actions_their_rockets_and_collaborators(
    hostile_snapshot: Snapshot,
) -> None:
    # img runs a1 (centre) and a2 (logistics, centre); nobody reports a tie with img.
    assert keys(neighbourhood(hostile_snapshot, "img", 1)) == {
        "img",
        "a1",
        "a2",
        "centre",
        "logistics",
    }
    # plain runs a3 and reports a collaboration with evil.
    assert keys(neighbourhood(hostile_snapshot, "plain", 1)) == {"plain", "a3", "logistics", "evil"}


def test_depth_two_adds_co_runners(hostile_snapshot: Snapshot) -> None:
    got = keys(neighbourhood(hostile_snapshot, "img", 2))
    assert got == {"img", "a1", "a2", "centre", "logistics", "evil", "far"}
    assert "plain" not in got and "alone" not in got  # rockets do not carry the walk


def test_depth_three_reaches_through_a_collaboration(hostile_snapshot: Snapshot) -> None:
    assert "plain" in keys(neighbourhood(hostile_snapshot, "img", 3))


def test_an_action_can_be_the_focus(hostile_snapshot: Snapshot) -> None:
    assert keys(neighbourhood(hostile_snapshot, "a3", 1)) == {"a3", "plain", "logistics"}


def test_edges_stay_inside_the_selection(hostile_snapshot: Snapshot) -> None:
    part = neighbourhood(hostile_snapshot, "img", 1)
    inside = keys(part)
    assert part.edges and all(e.start in inside and e.end in inside for e in part.edges)


def test_isolated_focus_is_only_itself(hostile_snapshot: Snapshot) -> None:
    assert keys(neighbourhood(hostile_snapshot, "alone", 4)) == {"alone"}


def test_unknown_focus_and_bad_depth_are_refused(hostile_snapshot: Snapshot) -> None:
    with pytest.raises(NotFoundError, match="nobody"):
        neighbourhood(hostile_snapshot, "nobody", 1)
    with pytest.raises(ValidationError, match="use 1 to 4"):
        check_depth(5, 4)
    with pytest.raises(ValidationError):
        check_depth(0, 4)
    assert check_depth(4, 4) == 4


def test_drawable_drops_the_programme(hostile_snapshot: Snapshot) -> None:
    from graphsvc.model import Label, builtin_edges, builtin_nodes

    snap = Snapshot(builtin_nodes(), builtin_edges())
    assert all(n.label is not Label.PROGRAMME for n in drawable(snap).nodes)
    assert drawable(snap).edges == []

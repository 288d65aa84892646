"""Only the normaliser marks a batch validated: callers cannot promise it themselves."""

from __future__ import annotations

import dataclasses

import pytest

from graphsvc.errors import ValidationError
from graphsvc.model import Label, Node
from graphsvc.records import Batch, prepare_batch


def test_a_batch_cannot_be_built_validated() -> None:
    with pytest.raises(TypeError):
        Batch(validated=True)  # type: ignore[call-arg]
    assert not Batch().validated


def test_a_batch_cannot_be_marked_validated_afterwards() -> None:
    batch = Batch(nodes=[Node(Label.ACTOR, "a1", {"name": "A"})])
    with pytest.raises(dataclasses.FrozenInstanceError):
        batch.validated = True  # type: ignore[misc]


def test_the_normaliser_validates_and_marks() -> None:
    batch = prepare_batch(Batch(nodes=[Node(Label.ACTOR, "a1", {"name": "A", "kind": "company"})]))
    assert batch.validated
    with pytest.raises(ValidationError):
        prepare_batch(Batch(nodes=[Node(Label.ACTOR, "bad key!", {"name": "A"})]))

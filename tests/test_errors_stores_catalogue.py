"""The catalogue of the stores', accounts' and API's errors: every message is used by the
code, both languages are written, and labels have both forms."""

from __future__ import annotations

from pathlib import Path

import pytest

from graphsvc.messages.errors_stores import MESSAGES
from graphsvc.model import Label

PACKAGE = Path(__file__).resolve().parents[1] / "graphsvc"
#: Keys the code builds from a prefix (a label, a plural form), with the prefix it writes.
BUILT = {
    "errors.store.label.": "errors.store.label{",
    "errors.store.label_partitive.": "_partitive",
    "errors.api.unknown_field.": '"errors.api.unknown_field.{',
}


def _source() -> str:
    owned = ("stores", "accounts", "api")
    files = [p for d in owned for p in (PACKAGE / d).rglob("*.py") if "ui" not in p.parts]
    return "\n".join(p.read_text(encoding="utf-8") for p in files)


@pytest.fixture(scope="module")
def source() -> str:
    return _source()


@pytest.mark.parametrize("key", sorted(MESSAGES))
def test_every_message_is_used_and_speaks_finnish(key: str, source: str) -> None:
    prefix = next((p for p in BUILT if key.startswith(p)), None)
    if prefix is None:
        assert f'"{key}"' in source, f"{key} is not used by graphsvc.stores, accounts or api"
    else:
        assert BUILT[prefix] in source, key
    message = MESSAGES[key]
    assert message.fi != message.en, key


def test_every_label_has_a_word_and_a_partitive() -> None:
    for label in Label:
        assert f"errors.store.label.{label.value}" in MESSAGES
        partitive = MESSAGES[f"errors.store.label_partitive.{label.value}"]
        assert partitive.en == label.value and partitive.fi.endswith(("a", "ä"))

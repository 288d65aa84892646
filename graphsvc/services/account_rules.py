"""Rules for user names and passwords: NFC names, no look-alike names, no common passwords.

Passwords (ASVS 2.1.1, 2.1.7): at least 12 characters, not one of the 30,000 commonest
passwords (the ``passwords`` frequency list of the zxcvbn package, from leaked password
sets), not such a password padded with digits or punctuation, and not equal to or
containing the user name, case-insensitively.

User names are NFC-normalised, follow the key rule, and may not look like the name of
another user: names are compared by a *skeleton* (NFKC, case-folded, look-alike letters
of other scripts and digits folded to one Latin letter, ``rn`` to ``m``, ``vv`` to ``w``),
after the idea of Unicode TR39's confusable skeletons, with a hand-picked table of the
look-alikes that the key rule lets through.
"""

from __future__ import annotations

import secrets
import string
import unicodedata
from functools import lru_cache

from graphsvc.errors import ValidationError
from graphsvc.messages import said
from graphsvc.model_rules import validate_key

MIN_PASSWORD_LENGTH = 12
#: A name this long or longer may not appear anywhere in its password.
MIN_NAME_IN_PASSWORD = 3
_PADDING = string.digits + string.punctuation + string.whitespace
#: Letters that look like a Latin letter (Cyrillic, Greek, IPA, Latin variants) and digits.
_LOOK_ALIKES = {
    "a": "аαɑ",
    "b": "ьв",
    "c": "сϲ",
    "d": "ԁ",
    "e": "еєε",
    "g": "ɡ",
    "h": "һ",
    "i": "іιı1lǀ|ӏ",
    "j": "јϳ",
    "k": "кκ",
    "m": "м",
    "n": "пη",
    "o": "оο0σ",
    "p": "рρ",
    "q": "ԛ",
    "s": "ѕ5",
    "t": "тτ",
    "u": "υ",
    "v": "νѵ",
    "w": "ԝω",
    "x": "хχ",
    "y": "уγ",
}
_FOLD = str.maketrans({c: latin for latin, chars in _LOOK_ALIKES.items() for c in chars})
_SEQUENCES = (("rn", "m"), ("vv", "w"), ("cl", "d"))


def normalise_user_name(name: str) -> str:
    """A user name in NFC form, surrounding white space removed.

    >>> normalise_user_name(" Ma\\u0308tti ") == "M\\u00e4tti"
    True
    """
    return unicodedata.normalize("NFC", name.strip())


def name_skeleton(name: str) -> str:
    """What a name looks like: two names with the same skeleton are easily mistaken.

    >>> name_skeleton("maija") == name_skeleton("MAIJA") == name_skeleton("rnaija")
    True
    >>> name_skeleton("ville1") == name_skeleton("villel"), name_skeleton("mäki") == "maki"
    (True, False)
    """
    folded = unicodedata.normalize("NFKC", name).casefold().translate(_FOLD)
    for sequence, letter in _SEQUENCES:
        folded = folded.replace(sequence, letter)
    return folded


def check_user_name(name: str, existing: list[str]) -> str:
    """The NFC form of a new user name, if valid and unlike every ``existing`` name.

    Raises ValidationError naming the look-alike when the skeletons match.
    """
    normal = validate_key(normalise_user_name(name), "user name")
    skeleton = name_skeleton(normal)
    lookalike = next((o for o in existing if o != normal and name_skeleton(o) == skeleton), None)
    if lookalike is not None:
        like = said("errors.service.user_lookalike", name=repr(normal), other=repr(lookalike))
        raise ValidationError(like, value=normal)
    return normal


def account_subject(name: str) -> str:
    """How sign-in throttling names an account: its NFC name, case-folded.

    >>> account_subject("Maija ")
    'account:maija'
    """
    return f"account:{normalise_user_name(name).casefold()}"


@lru_cache(maxsize=1)
def _common_passwords() -> frozenset[str]:
    from zxcvbn.frequency_lists import FREQUENCY_LISTS

    return frozenset(FREQUENCY_LISTS["passwords"])


def _fold(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).casefold().split())


def is_common_password(password: str) -> bool:
    """Whether ``password`` is a common password, also with white space removed or
    padded with digits and punctuation.

    >>> is_common_password("Qwerty123456"), is_common_password("dragon!!2024!")
    (True, True)
    >>> is_common_password("lumi sataa hiljaa kouvolaan")
    False
    """
    folded = _fold(password)
    common = _common_passwords()
    return folded in common or folded.strip(_PADDING) in common


def check_new_password(name: str, password: str) -> None:
    """Refuse a password that is too short, common, or equal to or containing ``name``
    (ValidationError saying which rule and what to do instead)."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError(said("errors.service.password_short", n=MIN_PASSWORD_LENGTH))
    folded_name, folded = _fold(name), _fold(password)
    if folded == folded_name or (
        len(folded_name) >= MIN_NAME_IN_PASSWORD and folded_name in folded
    ):
        raise ValidationError(said("errors.service.password_has_name"))
    if is_common_password(password):
        raise ValidationError(said("errors.service.password_common"))


def generate_password(name: str) -> str:
    """A new random password (24 characters, 144 bits) that passes :func:`check_new_password`."""
    while True:
        password = secrets.token_urlsafe(18)
        try:
            check_new_password(name, password)
        except ValidationError:
            continue
        return password

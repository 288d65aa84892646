"""Signing in with a password: throttled per account and per address, audited per burst.

Failed sign-ins are counted in the store (so every worker and every machine shares the
counts) per account (``account:NAME``) and per client address (``address:IP``). From
the :data:`ACCOUNT_LIMIT`-th failure of an account, or the :data:`ADDRESS_LIMIT`-th of an
address, that subject is locked: :data:`FIRST_LOCK_SECONDS`, doubling with every further
failure up to :data:`MAX_LOCK_SECONDS`. While locked, sign-ins are refused with
RateLimitedError (429 and ``Retry-After``) before the password is checked, even a right
one. A burst ends when a subject has had no failure for :data:`BURST_SECONDS` and is not
locked. The audit log gets one ``denied`` entry when a burst begins and one
``sign-in.throttled`` entry when its lock begins, never one per try.
"""

from __future__ import annotations

import math
import time

from graphsvc.accounts.base import AccountStore, User
from graphsvc.errors import AuthenticationError, RateLimitedError
from graphsvc.messages import said
from graphsvc.services import account_rules
from graphsvc.services.accounts import check_password, record

ACCOUNT_LIMIT = 5
ADDRESS_LIMIT = 20
BURST_SECONDS = 15 * 60
FIRST_LOCK_SECONDS = 30
MAX_LOCK_SECONDS = 15 * 60


def lock_seconds(failures: int, limit: int) -> int:
    """How long a subject is locked after its ``failures``-th failure (``failures >= limit``).

    >>> [lock_seconds(n, 5) for n in (5, 6, 7, 12)]
    [30, 60, 120, 900]
    """
    return int(min(FIRST_LOCK_SECONDS * 2 ** min(failures - limit, 16), MAX_LOCK_SECONDS))


def _subjects(name: str, address: str) -> dict[str, int]:
    return {account_rules.account_subject(name): ACCOUNT_LIMIT, f"address:{address}": ADDRESS_LIMIT}


def sign_in(
    accounts: AccountStore, name: str, password: str, address: str, now: float | None = None
) -> User:
    """The user whose name and password match, audited as a ``sign-in``.

    Raises RateLimitedError (with ``retry_after`` seconds) while the account or the
    address is locked, and AuthenticationError for a wrong name or password, after
    counting the failure (see the module's description).
    """
    now = time.time() if now is None else now
    subjects = _subjects(name, address)
    locked_until = accounts.sign_in_locked_until(list(subjects))
    if locked_until > now:
        retry = max(1, math.ceil(locked_until - now))
        raise RateLimitedError(
            said("errors.service.sign_in_locked", retry=str(retry)),
            retry_after=retry,
        )
    normal = account_rules.normalise_user_name(name)
    try:
        user = check_password(accounts, normal, password)
    except AuthenticationError:
        _count_failure(accounts, normal, subjects, now)
        raise
    accounts.clear_sign_in_failures(account_rules.account_subject(name))
    accounts.delete_expired(now, now - BURST_SECONDS)
    record(
        accounts,
        who=f"user:{user.name}",
        role=user.role.value,
        action="sign-in",
        obj=f"User:{user.name}",
    )
    return user


def _count_failure(accounts: AccountStore, name: str, subjects: dict[str, int], now: float) -> None:
    """Count a failure for each subject, lock those over their limit, audit per burst."""
    new_burst = False
    for subject, limit in subjects.items():
        failures = accounts.count_sign_in_failure(subject, now, now - BURST_SECONDS)
        new_burst = new_burst or failures == 1
        if failures < limit:
            continue
        seconds = lock_seconds(failures, limit)
        accounts.lock_sign_in(subject, now + seconds)
        if failures == limit:
            record(
                accounts,
                who=f"user:{name[:64]}",
                role="-",
                action="sign-in.throttled",
                obj=subject[:300],
                outcome=f"locked for {seconds} s after {failures} failed sign-ins",
            )
    if new_burst:
        record(
            accounts,
            who=f"user:{name[:64]}",
            role="-",
            action="sign-in",
            obj=f"User:{name[:64]}",
            outcome="denied",
        )

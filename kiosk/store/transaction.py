"""One unit of work: what is written inside a transaction is stored together or not at all."""

from __future__ import annotations

from contextlib import AbstractContextManager
from typing import Any

from kiosk.store.models import database


def transaction() -> AbstractContextManager[Any]:
    """A write transaction (a savepoint when one is already open).

    The core's staff actions put their change and its audit event in one of
    these, so neither is ever stored without the other.
    """
    atomic: AbstractContextManager[Any] = database.atomic()
    return atomic

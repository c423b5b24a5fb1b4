"""Date and time columns stored as ISO text, so every driver and database agrees.

APSW (our SQLite driver) binds only numbers, text and bytes; PostgreSQL casts
ISO text to its date and timestamp types. Times are naive UTC throughout.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from peewee import DateField, DateTimeField

TIMESTAMP_FORMAT = "%Y-%m-%d %H:%M:%S.%f"


def utc_now() -> datetime:
    """The current time in UTC, without a time zone (as stored)."""
    return datetime.now(UTC).replace(tzinfo=None)


class IsoDateField(DateField):
    """A calendar date, stored as YYYY-MM-DD."""

    def db_value(self, value: Any) -> Any:
        if isinstance(value, datetime):
            value = value.date()
        if isinstance(value, date):
            return value.isoformat()
        return value


class UtcTimestampField(DateTimeField):
    """A moment in UTC, stored as fixed-width text that sorts in time order."""

    formats = [TIMESTAMP_FORMAT, "%Y-%m-%d %H:%M:%S", "%Y-%m-%d"]  # noqa: RUF012

    def db_value(self, value: Any) -> Any:
        if isinstance(value, datetime):
            if value.tzinfo is not None:
                value = value.astimezone(UTC).replace(tzinfo=None)
            return value.strftime(TIMESTAMP_FORMAT)
        return value

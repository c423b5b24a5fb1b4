"""When the front desk marked the client as arrived."""

from kiosk.store.fields import UtcTimestampField


def up(migrator, db):
    migrator.migrate(
        migrator.add_column("consultation", "arrived_at", UtcTimestampField(null=True))
    )

"""Help requests: a client at a kiosk asked for the front desk, until staff answer."""

from peewee import Model, TextField

from kiosk.store.fields import UtcTimestampField


def up(migrator, db):
    class HelpRequest(Model):
        request_id = TextField(unique=True)
        kiosk_id = TextField()
        consultation_public_id = TextField(null=True, index=True)
        page = TextField()
        asked_at = UtcTimestampField(index=True)
        answered_at = UtcTimestampField(null=True, index=True)
        answered_by = TextField(null=True)

        class Meta:
            database = db
            table_name = "help_request"

    db.create_tables([HelpRequest])

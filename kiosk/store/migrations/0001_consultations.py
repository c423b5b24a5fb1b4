"""Clients, consultations and consent."""

from peewee import BlobField, ForeignKeyField, IntegerField, Model, TextField

from kiosk.store.fields import IsoDateField, UtcTimestampField


def up(migrator, db):
    # Frozen copies of the tables as they were at this step.
    class Client(Model):
        first_name = TextField()
        last_name = TextField()
        first_name_key = TextField(index=True)
        last_name_key = TextField(index=True)
        date_of_birth = IsoDateField(null=True, index=True)
        phone = TextField(null=True)
        email = TextField(null=True)
        created_at = UtcTimestampField()

        class Meta:
            database = db
            table_name = "client"

    class Consultation(Model):
        public_id = TextField(unique=True)
        client = ForeignKeyField(Client, null=True, on_delete="CASCADE")
        status = TextField()
        kiosk_id = TextField()
        language = TextField()
        content_version = TextField()
        started_at = UtcTimestampField()
        updated_at = UtcTimestampField()
        submitted_at = UtcTimestampField(null=True)
        decided_at = UtcTimestampField(null=True)
        answers = TextField(null=True)
        answers_dropped_at = UtcTimestampField(null=True)
        snapshot = TextField(null=True)
        flag_level = IntegerField(default=0)
        flag_outcomes = TextField(default="")
        recommended_treatment = TextField(null=True)
        earliest_date = IsoDateField(null=True)
        deferred_until = IsoDateField(null=True)

        class Meta:
            database = db
            table_name = "consultation"
            indexes = (
                (("status", "started_at"), False),
                (("flag_level", "started_at"), False),
                (("status", "flag_level"), False),
                (("started_at",), False),
            )

    class Consent(Model):
        consultation = ForeignKeyField(Consultation, unique=True, on_delete="CASCADE")
        text_version = TextField()
        text_hash = TextField()
        agreed_at = UtcTimestampField()
        typed_name = TextField()
        signature_png = BlobField()

        class Meta:
            database = db
            table_name = "consent"

    db.create_tables([Client, Consultation, Consent])

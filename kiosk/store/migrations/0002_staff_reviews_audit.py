"""Staff accounts, reviews, notes, the audit trail, and print tracking."""

from peewee import BooleanField, ForeignKeyField, IntegerField, Model, TextField

from kiosk.store.fields import IsoDateField, UtcTimestampField


def up(migrator, db):
    class Consultation(Model):
        class Meta:
            database = db
            table_name = "consultation"

    class StaffAccount(Model):
        username = TextField(unique=True)
        display_name = TextField()
        role = TextField()
        pin_hash = TextField()
        failed_attempts = IntegerField(default=0)
        retry_after = UtcTimestampField(null=True)
        locked = BooleanField(default=False)
        active = BooleanField(default=True)
        created_at = UtcTimestampField()
        pin_changed_at = UtcTimestampField()

        class Meta:
            database = db
            table_name = "staff_account"

    class Review(Model):
        consultation = ForeignKeyField(Consultation, on_delete="CASCADE")
        staff = ForeignKeyField(StaffAccount)
        decision = TextField()
        deferred_until = IsoDateField(null=True)
        fitzpatrick_type = IntegerField(null=True)
        note = TextField(null=True)
        created_at = UtcTimestampField()

        class Meta:
            database = db
            table_name = "review"

    class StaffNote(Model):
        consultation = ForeignKeyField(Consultation, on_delete="CASCADE")
        staff = ForeignKeyField(StaffAccount)
        text = TextField()
        created_at = UtcTimestampField()

        class Meta:
            database = db
            table_name = "staff_note"

    class AuditEvent(Model):
        at = UtcTimestampField(index=True)
        staff_username = TextField(null=True)
        action = TextField()
        consultation_public_id = TextField(null=True)
        detail = TextField(default="{}")
        previous_hash = TextField()
        hash = TextField()

        class Meta:
            database = db
            table_name = "audit_event"

    db.create_tables([StaffAccount, Review, StaffNote, AuditEvent])
    migrator.migrate(
        migrator.add_column("consultation", "needs_print", BooleanField(default=False))
    )

"""The tables, as peewee models (the current schema; migrations/ builds it step by step)."""

from __future__ import annotations

from peewee import (
    AutoField,
    BlobField,
    BooleanField,
    DatabaseProxy,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)

from kiosk.store.fields import IsoDateField, UtcTimestampField

# Bound at start-up by kiosk.store.database.open_database, so tests can use a
# temporary file and a clinic can point the same models at PostgreSQL.
database = DatabaseProxy()


class BaseModel(Model):
    id = AutoField()

    class Meta:
        database = database
        legacy_table_names = False


class Client(BaseModel):
    """A person who used the kiosk. Name keys are folded for search."""

    first_name = TextField()
    last_name = TextField()
    first_name_key = TextField(index=True)
    last_name_key = TextField(index=True)
    date_of_birth = IsoDateField(null=True, index=True)
    phone = TextField(null=True)
    email = TextField(null=True)
    created_at = UtcTimestampField()

    class Meta:
        indexes = (
            # One row per person (a client without a date of birth cannot be told apart).
            (("first_name_key", "last_name_key", "date_of_birth"), True),
            # The queue's name search reads the keys from here (migration 0006).
            (("id", "last_name_key", "first_name_key"), False),
        )


class Consultation(BaseModel):
    """One walk through the kiosk, from the first tap to the staff's decision.

    `answers` and `snapshot` are JSON: the answers as given, and the
    assessment (flags, plan, questions as asked) exactly as computed at
    submission, so a later content edit never rewrites history.
    """

    public_id = TextField(unique=True)
    client = ForeignKeyField(Client, null=True, backref="consultations", on_delete="CASCADE")
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
    needs_print = BooleanField(default=False)
    arrived_at = UtcTimestampField(null=True)

    class Meta:
        indexes = (
            (("status", "started_at"), False),
            (("flag_level", "started_at"), False),
            (("status", "flag_level"), False),
            (("started_at",), False),
            # The queue's name search (migration 0006).
            (("client", "started_at"), False),
            (("client", "status"), False),
        )


class Consent(BaseModel):
    """The client's consent: which notice, when, their typed name and signature."""

    consultation = ForeignKeyField(
        Consultation, unique=True, backref="consent", on_delete="CASCADE"
    )
    text_version = TextField()
    # The language the notice was read in; empty for consent kept before.
    text_language = TextField(default="")
    text_hash = TextField()
    agreed_at = UtcTimestampField()
    typed_name = TextField()
    signature_png = BlobField()


class StaffAccount(BaseModel):
    """A staff member's account. The PIN is kept only as an Argon2id hash."""

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


class Review(BaseModel):
    """A practitioner's decision on a consultation."""

    consultation = ForeignKeyField(Consultation, backref="reviews", on_delete="CASCADE")
    staff = ForeignKeyField(StaffAccount, backref="reviews")
    decision = TextField()
    deferred_until = IsoDateField(null=True)
    fitzpatrick_type = IntegerField(null=True)
    note = TextField(null=True)
    created_at = UtcTimestampField()


class StaffNote(BaseModel):
    """A note staff add to a consultation."""

    consultation = ForeignKeyField(Consultation, backref="notes", on_delete="CASCADE")
    staff = ForeignKeyField(StaffAccount, backref="notes")
    text = TextField()
    created_at = UtcTimestampField()


class AuditEvent(BaseModel):
    """Who did what, when; each event's hash is chained to the one before."""

    at = UtcTimestampField(index=True)
    staff_username = TextField(null=True)
    action = TextField()
    consultation_public_id = TextField(null=True)
    detail = TextField(default="{}")
    previous_hash = TextField()
    hash = TextField()


class HelpRequestRow(BaseModel):
    """A client asked for the front desk at a kiosk; open until a staff member answers.

    `consultation_public_id` is text, not a key: the request may reach the
    database before the consultation's draft does.
    """

    request_id = TextField(unique=True)
    kiosk_id = TextField()
    consultation_public_id = TextField(null=True, index=True)
    page = TextField()
    asked_at = UtcTimestampField(index=True)
    answered_at = UtcTimestampField(null=True, index=True)
    answered_by = TextField(null=True)

    class Meta:
        table_name = "help_request"


ALL_MODELS = (
    Client,
    Consultation,
    Consent,
    StaffAccount,
    Review,
    StaffNote,
    AuditEvent,
    HelpRequestRow,
)

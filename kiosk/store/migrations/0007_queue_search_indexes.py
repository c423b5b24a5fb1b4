"""Indexes for the staff queue's name search at a million consultations.

A search finds the clients first, then their consultations: by client and
start (the newest first, read from the index alone) and by client and status
(how many of them await review). Walking the newest consultations, a client's
name keys are checked from an index alone (no row read per consultation).
"""


def up(migrator, db):
    migrator.migrate(
        migrator.add_index("consultation", ("client_id", "started_at"), unique=False),
        migrator.add_index("consultation", ("client_id", "status"), unique=False),
        migrator.add_index("client", ("id", "last_name_key", "first_name_key"), unique=False),
    )

"""One client row per person: a unique name and date of birth (duplicates merged first)."""


def up(migrator, db):
    # Two kiosks saving the same new client at the same moment could each add
    # a row. Keep the oldest, move the others' consultations to it.
    duplicates = db.execute_sql(
        "SELECT first_name_key, last_name_key, date_of_birth, MIN(id) FROM client "
        "WHERE date_of_birth IS NOT NULL "
        "GROUP BY first_name_key, last_name_key, date_of_birth HAVING COUNT(*) > 1"
    ).fetchall()
    p = db.param
    same = f"first_name_key = {p} AND last_name_key = {p} AND date_of_birth = {p} AND id <> {p}"
    for first, last, born, keep in duplicates:
        db.execute_sql(
            f"UPDATE consultation SET client_id = {p} WHERE client_id IN "
            f"(SELECT id FROM client WHERE {same})",
            (keep, first, last, born, keep),
        )
        db.execute_sql(f"DELETE FROM client WHERE {same}", (first, last, born, keep))
    migrator.migrate(
        migrator.add_index(
            "client", ("first_name_key", "last_name_key", "date_of_birth"), unique=True
        )
    )

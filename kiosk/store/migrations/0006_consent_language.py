"""The language a client read the consent notice in."""

from peewee import TextField


def up(migrator, db):
    migrator.migrate(migrator.add_column("consent", "text_language", TextField(default="")))

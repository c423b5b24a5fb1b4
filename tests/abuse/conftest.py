"""Fixtures for the fault-and-abuse suite: the core's own (content, a database, a store)."""

from __future__ import annotations

from tests.core.conftest import clock, content, database_kind, db, postgres_url, settings, store

__all__ = ["clock", "content", "database_kind", "db", "postgres_url", "settings", "store"]

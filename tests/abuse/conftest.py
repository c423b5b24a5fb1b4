"""Fixtures for the fault-and-abuse suite: the core's own (content, a database, a store)."""

from __future__ import annotations

from tests.core.conftest import clock, content, db, settings, store

__all__ = ["clock", "content", "db", "settings", "store"]

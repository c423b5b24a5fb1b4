"""Storage: consultations, staff accounts and the audit trail in SQLite (or PostgreSQL)."""

"""A consultation's life: the client's session, the outbox, and the staff desk."""

"""The staff screen: sign-in, the review queue, a consultation, decisions, the audit trail."""

"""The fault-and-abuse suite: hostile answers, content, text and files; no crash, no hang."""

"""The headless commands: usable with no display, for content authors and IT."""

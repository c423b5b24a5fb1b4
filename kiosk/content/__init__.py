"""Clinic content: loading and validating the files in resources/content."""

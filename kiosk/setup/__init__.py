"""This installation's set-up: its settings, folders, log and packaged resources."""

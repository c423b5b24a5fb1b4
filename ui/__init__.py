"""The touchscreen user interface (PySide6): the client wizard and the staff screen."""

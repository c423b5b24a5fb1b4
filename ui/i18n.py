"""Qt translations of the kiosk's own words (content texts have their own language maps)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from kiosk.setup.resources import resource_path

log = logging.getLogger(__name__)

_installed: list[QTranslator] = []


def use_language(language: str) -> str | None:
    """Translate the interface into `language` (English when there is no translation).

    Returns the translation file used, or None when none could be loaded.
    """
    app = QCoreApplication.instance()
    if app is None:
        return None
    for old in _installed:
        app.removeTranslator(old)
        # A translator left as the application's child was never freed: one per
        # client (each reset sets the language), with every later tr() asking each.
        old.deleteLater()
    _installed.clear()
    QLocale.setDefault(QLocale(language))
    for candidate in (language, "en"):
        translator = QTranslator(app)
        path = resource_path("i18n", f"kiosk_{candidate}.qm")
        if translator.load(str(path)):
            app.installTranslator(translator)
            _installed.append(translator)
            return path.name
    log.warning("no interface translation for %s", language)
    return None

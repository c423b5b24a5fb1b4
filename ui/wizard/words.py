"""Fit in the client's words, for the comparison page (dates are in ui.dates).

What the plan tells the client (its dates, money and fit) is worded in the core
(kiosk.record.telling), so the screen and the paper say the same.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def fit_words(score: int) -> str:
    """How well a treatment serves a concern, 0 to 3, in words."""
    return {
        3: QCoreApplication.translate("fit", "very well"),
        2: QCoreApplication.translate("fit", "well"),
        1: QCoreApplication.translate("fit", "a little"),
    }.get(score, QCoreApplication.translate("fit", "not really"))


def fit_dots(score: int) -> str:
    """Three dots, `score` of them filled."""
    return "●" * score + "○" * (3 - score)

"""Money and fit in the client's words (dates are in ui.dates)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def money(amount: float, symbol: str) -> str:
    """Like "£540" (pence only when there are any)."""
    return f"{symbol}{amount:,.0f}" if float(amount).is_integer() else f"{symbol}{amount:,.2f}"


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

"""The layout check finds what a client would see as broken (so its silence means something)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.layout_faults import faults


def shown(qtbot: QtBot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.resize(600, 400)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_a_well_laid_out_page_has_no_faults(qtbot: QtBot) -> None:
    page = QWidget()
    column = QVBoxLayout(page)
    words = QLabel("A question that wraps onto more than one line when the window is narrow.")
    words.setWordWrap(True)
    column.addWidget(words)
    column.addWidget(QPushButton("Next"))

    assert faults(shown(qtbot, page)) == []


def test_text_cut_off_is_found(qtbot: QtBot) -> None:
    page = QWidget()
    words = QLabel("Please tap to agree, type your name and sign", page)
    words.setGeometry(10, 10, 120, 30)
    button = QPushButton("Print my plan", page)
    button.setGeometry(10, 100, 40, 60)

    found = faults(shown(qtbot, page))

    assert any("Please tap" in fault and "needs" in fault for fault in found)
    assert any("Print my plan" in fault for fault in found)


def test_controls_drawn_over_each_other_are_found(qtbot: QtBot) -> None:
    page = QWidget()
    QPushButton("Yes", page).setGeometry(10, 10, 200, 70)
    QPushButton("No", page).setGeometry(150, 40, 200, 70)

    found = faults(shown(qtbot, page))

    assert found == ["QPushButton('Yes') and QPushButton('No') overlap by 60x40"]


def test_a_control_outside_what_scrolling_reaches_is_found(qtbot: QtBot) -> None:
    scroll = QScrollArea()
    holder = QWidget()
    holder.resize(500, 300)
    scroll.setWidget(holder)
    QPushButton("Finish", holder).setGeometry(100, 280, 200, 70)

    found = faults(shown(qtbot, scroll))

    assert len(found) == 1
    assert "Finish" in found[0]
    assert "outside" in found[0]

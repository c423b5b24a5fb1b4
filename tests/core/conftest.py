"""Fixtures for the core tests: the default content and a way to assess variations of a client."""

from __future__ import annotations

from datetime import date

import pytest

from kiosk.assessment import Assessment, assess
from kiosk.content.loader import load_content
from kiosk.content.model import Content
from tests.core.clients import TODAY, Client, answers_of


@pytest.fixture(scope="session")
def content() -> Content:
    """The content shipped with the kiosk."""
    return load_content()


@pytest.fixture
def client(content: Content) -> Client:
    """Assess the clean client with some answers changed (None removes one)."""

    def make(today: date = TODAY, **changes: object) -> Assessment:
        return assess(content, answers_of(content, **changes), today)

    return make

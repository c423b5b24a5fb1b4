"""Weeks without a restart: hundreds of clients through the real window, memory staying flat."""

from __future__ import annotations

import gc
import os
import statistics
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kiosk.store.models import Consultation
from tests.ui.conftest import settled
from tests.ui.walk import walk_one_client
from ui.wizard.window import KioskWindow

CLIENTS = 500
WARM_UP = 60  # every page, font, style and database statement used once
EVERY = 20
# The kiosk's goal: under 5 MB over 2,000 clients, so at most this per client.
ALLOWED_KB_PER_CLIENT = 5 * 1024 / 2000
# Resident memory moves by a few hundred KB on its own (the allocator's pools).
NOISE_KB = 768


def resident_kb() -> float:
    """This process's resident memory in KB."""
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 1024


def sample(kiosk: KioskWindow) -> float:
    """Resident memory once the kiosk is idle: submissions stored, garbage collected."""
    assert settled(kiosk)
    gc.collect()
    return resident_kb()


@pytest.mark.slow
@pytest.mark.soak
@pytest.mark.beside
@pytest.mark.skipif(not Path("/proc/self/statm").exists(), reason="reads Linux's /proc")
def test_memory_stays_flat_over_500_clients_through_the_window(
    qtbot: QtBot, kiosk: KioskWindow
) -> None:
    for number in range(WARM_UP):
        walk_one_client(kiosk, number)
    samples = [sample(kiosk)]
    allowed = ALLOWED_KB_PER_CLIENT * (CLIENTS - WARM_UP) + NOISE_KB
    for number in range(WARM_UP, CLIENTS):
        walk_one_client(kiosk, number)
        if (number + 1) % EVERY == 0:
            samples.append(sample(kiosk))
            # Past the whole run's allowance already: no need to walk the rest.
            if len(samples) >= 10 and samples[-1] - statistics.median(samples[:5]) > 2 * allowed:
                break
    # Medians of the first and last few samples: one sample can catch the allocator mid-way.
    first = statistics.median(samples[:5])
    last = statistics.median(samples[-5:])
    assert settled(kiosk)
    walked = WARM_UP + (len(samples) - 1) * EVERY
    assert Consultation.select().where(Consultation.status == "submitted").count() == walked
    assert last - first < allowed, (
        f"memory grew by {last - first:.0f} KB over {walked - WARM_UP} clients "
        f"(allowed {allowed:.0f} KB); samples every {EVERY} clients: "
        + " ".join(f"{kb / 1024:.1f}" for kb in samples)
    )

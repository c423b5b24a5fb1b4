"""A row as the kiosk stored it before the snapshot had a version, and the client behind it.

snapshot_v1.json was captured from that code for this client: deferred by
isotretinoin, with retinoids and cold sores adding preparation and a talk.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

FIRST_FORMAT = Path(__file__).with_name("snapshot_v1.json")
FIRST_FORMAT_CLIENT: dict[str, Any] = {
    "isotretinoin_taken": True,
    "isotretinoin_last_dose": "2026-08-31",
    "topical_retinoids": True,
    "cold_sore_history": True,
}

"""Imported first by every rendering tool: a throw-away data, config, log and cache folder.

The tools build real windows on real databases; they must neither touch the
installation of the machine they run on (its audit key and anchor) nor be
refused by it.
"""

from __future__ import annotations

import os
import tempfile

_HOME = tempfile.mkdtemp(prefix="clinic-kiosk-render-")
for _name in ("DATA_DIR", "CONFIG_DIR", "LOG_DIR", "CACHE_DIR"):
    os.environ[f"CLINIC_KIOSK_{_name}"] = os.path.join(_HOME, _name.split("_")[0].lower())

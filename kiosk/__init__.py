"""The clinic kiosk core: content, screening, planning, storage and headless commands (no Qt)."""

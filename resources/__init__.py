"""Data the kiosk reads: clinic content, fonts, icons, style and translations."""

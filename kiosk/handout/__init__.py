"""The printed handout: the personal plan and the aftercare sheet, as a PDF (reportlab)."""

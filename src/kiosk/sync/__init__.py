"""Several kiosks, one lead pool (rationale written below)."""

"""Pavilion Kiosk: a touchscreen kiosk for expo pavilions."""

__version__ = "0.1.0"

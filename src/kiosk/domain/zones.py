"""The one rule for the time zone lead times and figures are shown in.

The dashboard and the spreadsheets used to fall back differently (the kiosk's clock zone and
UTC) when an event's zone could not be loaded, so the same lead read 10:00 on one and 02:00 on
the other. Both now ask here.
"""

from __future__ import annotations

from datetime import UTC, datetime, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


def event_zone(name: str | None) -> tzinfo:
    """The event's zone (an IANA name); without one, or when this PC has no zone database
    for it, the kiosk's own clock zone: the kiosk stands at the event."""
    if name:
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            pass
    return datetime.now().astimezone().tzinfo or UTC

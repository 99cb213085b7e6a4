"""A content pack with a business matching section, for the matching tests.

``matching_content()`` is the small valid pack of ``packs.py`` (event 5-10 Nov 2023) with two
sessions on its first day and two exhibitors taking part; ``future_content()`` moves the event
to start ``days_ahead`` days after a given day so its slots can be booked.
"""

from __future__ import annotations

import copy
from datetime import date, timedelta
from typing import Any

from packs import valid_content

AREA = {"en": "Business Matching Area", "zh-Hans": "商贸配对区"}


def matching_section(day: str = "2023-11-05") -> dict[str, Any]:
    return {
        "mode": "auto-confirm",
        "pending_hold_minutes": 60,
        "sessions": [
            {
                "id": "d1-am",
                "date": day,
                "start": "10:00",
                "end": "12:00",
                "slot_minutes": 30,
                "place": AREA,
            },
            {
                "id": "d1-pm",
                "date": day,
                "start": "14:00",
                "end": "15:00",
                "slot_minutes": 30,
                "place": AREA,
            },
        ],
        "exhibitors": [
            {"id": "exhibitor-0000", "capacity": 2},
            {
                "id": "exhibitor-0001",
                "capacity": 1,
                "sessions": ["d1-pm"],
                "place": {"en": "Booth F-1"},
            },
        ],
    }


def matching_content(exhibitors: int = 3) -> dict[str, Any]:
    content = valid_content(exhibitors)
    content["matching"] = matching_section()
    return content


def future_content(today: date, *, days_ahead: int = 1, mode: str = "auto-confirm") -> dict:
    """The pack with its event moved to start ``days_ahead`` days after ``today``."""
    content = copy.deepcopy(matching_content())
    first = today + timedelta(days=days_ahead)
    content["event"]["starts"] = first.isoformat()
    content["event"]["ends"] = (first + timedelta(days=5)).isoformat()
    content["matching"] = matching_section(first.isoformat())
    content["matching"]["mode"] = mode
    return content

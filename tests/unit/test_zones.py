"""One time zone rule for the dashboard and the spreadsheets (``kiosk.domain.zones``)."""

from __future__ import annotations

from datetime import datetime

import pytest

from kiosk.domain.zones import event_zone


def test_the_events_zone_when_it_is_known() -> None:
    assert str(event_zone("Asia/Macau")) == "Asia/Macau"


@pytest.mark.parametrize("name", [None, "", "Nowhere/Atlantis", "../etc/passwd"])
def test_else_the_kiosks_own_clock_zone(name: str | None) -> None:
    moment = datetime(2026, 11, 5, 2, 0).astimezone()
    local = moment.utcoffset()
    assert moment.astimezone(event_zone(name)).utcoffset() == local


def test_the_dashboard_and_the_spreadsheets_share_it() -> None:
    from kiosk.services import dashboard
    from kiosk.services.export import sheets

    assert dashboard.event_zone is sheets.event_zone is event_zone

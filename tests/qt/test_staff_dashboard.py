"""The dashboard's figures and charts, computed off the UI thread, in the staff's language,
with Qt Graphs charts that load without a QML warning (the fixture fails on any)."""

from __future__ import annotations

from datetime import timedelta

from helpers import KioskDriver
from lead_factory import T0, make_event, make_lead, tap
from staff_driver import log_in, set_pin, staff, wait_idle

from kiosk.data.database import Database
from kiosk.ui.staff.overview import axis_top


def test_axis_tops_are_round_and_hold_the_largest_value() -> None:
    assert [axis_top([n]) for n in (0, 5, 6, 11, 26, 99, 101, 999)] == [
        5,
        5,
        10,
        25,
        50,
        100,
        250,
        1000,
    ]


def test_figures_and_charts_follow_the_data_and_the_staff_language(
    kiosk: KioskDriver, database: Database
) -> None:
    sessions = database.sessions
    make_event(sessions)
    with sessions.begin() as session:
        make_lead(session, email="a@x.mo", language="zh-Hant", country="MO")
        make_lead(session, email="b@x.mo", language="pt", country="PT", exhibitors=["porto-wines"])
        make_lead(
            session,
            email="c@x.mo",
            at=T0 + timedelta(hours=1),
            exhibitors=["porto-wines", "macau-tea-co"],
            consents={"share-with-exhibitors": False},
        )
        for _ in range(3):
            tap(session, "porto-wines", language="pt")
    set_pin(sessions)
    log_in(kiosk)

    figures = staff(kiosk).figures
    assert figures.loaded and not figures.busy
    assert kiosk.text("leadsTotalFigureValue") == "3"
    assert kiosk.find("leadsPerHourChart").inherits("QGraphsView")
    languages = kiosk.find("languagesChart")
    assert languages.inherits("QGraphsView")
    assert languages.property("categories") == ["Português"]
    assert languages.property("values") == [3]
    top = [row["label"] for row in figures.topExhibitors.rows()]
    assert top == ["Macau Tea Co.", "Porto Wines"]
    assert "Macau Tea Co." in kiosk.visible_texts(), "|".join(kiosk.visible_texts())
    assert {row["label"] for row in figures.byCountry.rows()} == {"Macao", "Portugal"}
    consents = {row["key"]: (row["granted"], row["refused"]) for row in figures.consents.rows()}
    assert consents["share-with-exhibitors"] == (2, 1)

    kiosk.tap("languageButton_zh-Hant")
    wait_idle(kiosk)
    shown = kiosk.visible_texts()
    assert "職員模式" in shown and "今日每小時潛在客戶" in shown
    assert "澳門茗茶有限公司" in shown, "exhibitor names come in the staff's language"
    assert "葡萄牙" in {row["label"] for row in figures.byCountry.rows()}


def test_the_figures_are_computed_off_the_ui_thread(kiosk: KioskDriver, database: Database) -> None:
    """While the figures are computed the window keeps answering (a busy indicator shows)."""
    make_event(database.sessions)
    set_pin(database.sessions)
    log_in(kiosk)
    figures = staff(kiosk).figures
    figures.refresh()
    assert figures.busy and kiosk.exists("figuresBusy")
    kiosk.tap("settingsButton")  # the UI answers a tap while the job runs
    assert kiosk.exists("settingsPanel")
    wait_idle(kiosk)
    assert not figures.busy

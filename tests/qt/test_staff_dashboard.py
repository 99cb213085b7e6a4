"""The dashboard's figures and charts, computed off the UI thread, in the staff's language.

The charts are Qt Graphs where a GPU graphics API renders, plain columns on Qt's software
renderer (offscreen here, and booth PCs without a GPU driver); both load without a QML warning
(the fixture fails on any)."""

from __future__ import annotations

from datetime import timedelta

from factories import T0, make_event, make_lead, tap
from helpers import KioskDriver, walk
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor
from PySide6.QtQuick import QQuickItem
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
    languages = kiosk.find("languagesChart")
    assert languages.property("categories") == ["Português"]
    assert languages.property("values") == [3]
    assert [(c.property("category"), c.property("value")) for c in columns(languages)] == [
        ("Português", 3)
    ]
    hours = columns(kiosk.find("leadsPerHourChart"))
    assert [c.property("category") for c in hours] == [str(hour) for hour in range(24)]
    assert [c.property("value") for c in hours] == list(figures.leadsPerHour)
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


def columns(chart: QQuickItem) -> list[QQuickItem]:
    """The columns a chart draws on the software renderer, left to right."""
    found = [item for item in walk(chart) if item.objectName() == "chartColumn"]
    return sorted(found, key=lambda item: item.mapToScene(QPointF(0, 0)).x())


def test_charts_are_drawn_on_the_software_renderer(kiosk: KioskDriver, database: Database) -> None:
    """Qt Graphs draws nothing without a GPU graphics API: the bars must still show, each as
    tall as its count against the axis, in the chart's colour."""
    sessions = database.sessions
    make_event(sessions)
    with sessions.begin() as session:
        for _ in range(4):
            tap(session, "porto-wines", language="pt")
        tap(session, "porto-wines", language="en")
    set_pin(sessions)
    log_in(kiosk)
    kiosk.settle(100)

    chart = kiosk.find("languagesChart")
    wait_idle(kiosk)
    assert chart.property("drawnByQtGraphs") is False  # offscreen renders in software
    assert not chart.inherits("QGraphsView")
    drawn = {c.property("category"): c for c in columns(chart)}
    assert {name: c.property("value") for name, c in drawn.items()} == {
        "Português": 4,
        "English": 1,
    }
    assert chart.property("axisTop") == 5
    tall, short = drawn["Português"].height(), drawn["English"].height()
    assert short > 0 and abs(tall - 4 * short) < 1  # heights in proportion to the counts

    image = kiosk.window.grabWindow()
    gold = QColor("#B8860B")
    for column in drawn.values():
        centre = column.mapToScene(QPointF(column.width() / 2, column.height() / 2))
        pixel = image.pixelColor(int(centre.x()), int(centre.y()))
        assert pixel == gold, f"{column.property('category')} column shows {pixel.name()}"


def test_the_qt_graphs_chart_loads_where_a_gpu_api_renders(kiosk: KioskDriver) -> None:
    """The GPU-path chart is real QML too: it builds, without a warning, as a Qt Graphs view."""
    chart = kiosk.add_qml(
        "import Kiosk; StaffGraphsChart { width: 600; height: 320;"
        ' categories: ["A", "B"]; values: [1, 2]; axisTop: 5 }',
        kiosk.window.contentItem(),
    )
    assert chart.inherits("QGraphsView")
    assert chart.property("values").toVariant() == [1, 2]
    kiosk.settle(50)
    assert kiosk.problems() == []


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

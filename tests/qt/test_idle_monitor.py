"""The idle monitor's application event filter keeps working after Python's garbage collector
runs (Qt holds only a raw pointer to a filter), and touches postpone the countdown."""

from __future__ import annotations

import gc

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QGuiApplication, QMouseEvent, QWindow

from kiosk.ui.idle import IdleMonitor


def press(window: QWindow) -> None:
    for kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease):
        event = QMouseEvent(
            kind,
            QPointF(5, 5),
            QPointF(5, 5),
            Qt.MouseButton.LeftButton,
            Qt.MouseButton.LeftButton if kind == QEvent.Type.MouseButtonPress else Qt.NoButton,
            Qt.KeyboardModifier.NoModifier,
        )
        QGuiApplication.sendEvent(window, event)


def test_filter_survives_garbage_collection_and_postpones_the_countdown(qapp, qtbot) -> None:
    window = QWindow()
    monitor = IdleMonitor(0.3, 20)
    monitor.install(QGuiApplication.instance())
    try:
        gc.collect()
        monitor.set_enabled(True)
        for _ in range(6):  # 0.6 s of touches every 0.1 s: never idle for 0.3 s
            qtbot.wait(100)
            press(window)
            gc.collect()
        assert not monitor.countingDown
        qtbot.waitUntil(lambda: monitor.countingDown, timeout=2000)
        assert monitor.secondsLeft == 20
        press(window)
        assert not monitor.countingDown, "a touch during the warning keeps the visit"
    finally:
        monitor.uninstall()


def test_disabled_monitor_never_counts_down(qapp, qtbot) -> None:
    monitor = IdleMonitor(0.1, 1)
    monitor.install(QGuiApplication.instance())
    try:
        qtbot.wait(300)
        assert not monitor.countingDown
    finally:
        monitor.uninstall()


def test_countdown_runs_out_into_timed_out(qapp, qtbot) -> None:
    monitor = IdleMonitor(0.1, 1)
    monitor.set_enabled(True)
    with qtbot.waitSignal(monitor.timedOut, timeout=3000):
        pass
    assert not monitor.countingDown

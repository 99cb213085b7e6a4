"""Unhandled exceptions in slots are logged and the window resets; Qt's messages reach the log."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer, qInstallMessageHandler, qWarning

from kiosk.config import Settings
from kiosk.logging_setup import configure_logging, install_exception_hooks
from kiosk.ui.qt_log import install_qt_message_handler
from kiosk.ui.recovery import EXIT_ERROR_LOOP, ErrorRecovery


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_is_logged_and_the_window_resets(qtbot, settings: Settings) -> None:
    install_exception_hooks()
    log_file = configure_logging(settings)
    resets: list[str] = []
    recovery = ErrorRecovery(lambda: resets.append("attract"))
    try:

        def slot_with_a_bug() -> None:
            raise LookupError("no exhibitor 'x'")

        QTimer.singleShot(0, slot_with_a_bug)
        qtbot.waitUntil(lambda: resets == ["attract"], timeout=5_000)
    finally:
        recovery.close()
    log = log_file.read_text("utf-8")
    assert "LookupError: no exhibitor 'x'" in log and "in slot_with_a_bug" in log
    assert "returning to the attract screen" in log
    assert recovery.recoveries == 1


@pytest.mark.qt_no_exception_capture
@pytest.mark.filterwarnings("ignore::pytest.PytestUnhandledThreadExceptionWarning")
def test_errors_from_a_worker_thread_reset_on_the_ui_thread(qtbot, settings: Settings) -> None:
    import threading

    install_exception_hooks()
    configure_logging(settings)
    reset_threads: list[str] = []
    recovery = ErrorRecovery(lambda: reset_threads.append(threading.current_thread().name))
    try:

        def work() -> None:
            raise OSError("USB stick pulled")

        worker = threading.Thread(target=work, name="export-worker")
        worker.start()
        worker.join()
        qtbot.waitUntil(lambda: bool(reset_threads), timeout=5_000)
    finally:
        recovery.close()
    assert reset_threads == [threading.main_thread().name]


def test_an_error_loop_quits_with_a_code_the_service_manager_restarts_on(
    tmp_path: Path,
) -> None:
    script = textwrap.dedent(
        f"""
        import sys
        from pathlib import Path
        from PySide6.QtCore import QTimer
        from kiosk.config import Settings
        from kiosk.logging_setup import configure_logging
        from kiosk.ui.app import run

        settings = Settings(data_dir=Path({str(tmp_path)!r}), windowed=True, hide_cursor=False)
        configure_logging(settings)
        timers = []

        def broken_every_tick(host):
            timer = QTimer(host)
            timer.setInterval(10)
            timer.timeout.connect(lambda: 1 / 0)
            timer.start()
            timers.append(timer)

        sys.exit(run(settings, on_ready=broken_every_tick))
        """
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, env=env
    )
    assert result.returncode == EXIT_ERROR_LOOP, result.stderr[-3000:]
    log = (tmp_path / "logs" / "kiosk.log").read_text("utf-8")
    assert log.count("ZeroDivisionError: division by zero") >= 5
    assert "quitting so the kiosk restarts" in log


@pytest.mark.no_qt_log
def test_qt_messages_reach_the_log(qapp, caplog: pytest.LogCaptureFixture) -> None:
    earlier = qInstallMessageHandler(None)  # as at the kiosk's start: Qt's default handler
    install_qt_message_handler()
    try:
        with caplog.at_level(logging.DEBUG, logger="qt"):
            qWarning("qml: Binding loop detected for property width")
    finally:
        qInstallMessageHandler(earlier)
    [record] = [r for r in caplog.records if r.name.startswith("qt")]
    assert record.name == "qt" and record.levelno == logging.WARNING
    assert record.getMessage() == "qml: Binding loop detected for property width"


@pytest.mark.no_qt_log
@pytest.mark.parametrize("echo", [False, True])
def test_qt_messages_reach_stderr_only_with_debug(qapp, capsys, echo: bool) -> None:
    earlier = qInstallMessageHandler(None)
    install_qt_message_handler(echo=echo)
    try:
        qWarning("a Qt warning")
    finally:
        qInstallMessageHandler(earlier)
    assert ("a Qt warning" in capsys.readouterr().err) is echo


@pytest.mark.qt_no_exception_capture
def test_a_bug_mid_visit_brings_the_real_window_back_to_attract(kiosk, settings: Settings) -> None:
    install_exception_hooks()
    log_file = configure_logging(settings)
    recovery = ErrorRecovery(kiosk.app.reset)  # as ui.app.run wires it
    try:
        kiosk.tap("attractScreen")
        kiosk.wait_until(lambda: kiosk.exists("homeScreen"))
        assert kiosk.app.screen == "home"

        def slot_with_a_bug() -> None:
            raise AttributeError("'NoneType' object has no attribute 'name'")

        QTimer.singleShot(0, slot_with_a_bug)
        kiosk.wait_until(lambda: kiosk.app.screen == "attract")
        kiosk.wait_until(lambda: kiosk.exists("attractScreen"))
    finally:
        recovery.close()
    assert "AttributeError: 'NoneType' object has no attribute 'name'" in log_file.read_text()

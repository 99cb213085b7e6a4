"""The rotating log file in the data folder, and unhandled exceptions written into it."""

from __future__ import annotations

import logging
import os
import re
import subprocess
import sys
import threading
from logging.handlers import RotatingFileHandler
from pathlib import Path

import pytest

from kiosk import logging_setup
from kiosk.cli import main
from kiosk.config import Settings
from kiosk.logging_setup import (
    add_unhandled_listener,
    configure_logging,
    install_exception_hooks,
    log_file_path,
    log_unhandled,
)


def _kiosk_handlers() -> list[RotatingFileHandler]:
    return [h for h in logging.getLogger().handlers if isinstance(h, RotatingFileHandler)]


def test_log_goes_to_a_rotating_file_in_the_data_dir(settings: Settings) -> None:
    path = configure_logging(settings)
    assert path == settings.data_dir / "logs" / "kiosk.log" == log_file_path(settings)
    [handler] = _kiosk_handlers()
    assert handler.maxBytes == 2 * 1024 * 1024 and handler.backupCount == 4
    logging.getLogger("kiosk.test").info("hello from the test")
    handler.flush()
    assert "INFO     kiosk.test [MainThread] hello from the test" in path.read_text("utf-8")


def test_configuring_again_keeps_one_handler_and_follows_the_data_dir(
    settings: Settings, tmp_path: Path
) -> None:
    configure_logging(settings)
    configure_logging(settings)
    assert len(_kiosk_handlers()) == 1
    other = Settings(data_dir=tmp_path / "other")
    configure_logging(other)
    [handler] = _kiosk_handlers()
    assert Path(handler.baseFilename) == log_file_path(other)


def test_the_log_rotates_and_keeps_five_files(
    settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(logging_setup, "MAX_BYTES", 2_000)
    path = configure_logging(settings)
    log = logging.getLogger("kiosk.test")
    for i in range(400):
        log.info("line %04d %s", i, "x" * 60)
    files = sorted(p.name for p in path.parent.iterdir())
    assert files == ["kiosk.log", "kiosk.log.1", "kiosk.log.2", "kiosk.log.3", "kiosk.log.4"]
    assert all(p.stat().st_size <= 2_000 for p in path.parent.iterdir())
    assert "line 0399" in path.read_text("utf-8")


def test_an_unwritable_log_folder_is_a_warning_not_a_failure(
    tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    assert configure_logging(Settings(data_dir=blocker)) is None
    assert "cannot write the log file" in capsys.readouterr().err
    assert _kiosk_handlers() == []


def test_an_uncaught_exception_leaves_its_traceback_in_the_log(tmp_path: Path) -> None:
    script = (
        "from pathlib import Path\n"
        "from kiosk.config import Settings\n"
        "from kiosk.logging_setup import configure_logging\n"
        f"configure_logging(Settings(data_dir=Path({str(tmp_path)!r})))\n"
        "def deep():\n"
        "    raise ValueError('boom-1234')\n"
        "deep()\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 1
    log = (tmp_path / "logs" / "kiosk.log").read_text("utf-8")
    assert "CRITICAL kiosk [MainThread] unhandled exception" in log
    assert "Traceback (most recent call last)" in log
    assert "in deep" in log and "ValueError: boom-1234" in log
    assert "ValueError: boom-1234" in result.stderr  # developers still see it


@pytest.mark.filterwarnings("ignore::pytest.PytestUnhandledThreadExceptionWarning")
def test_an_exception_in_a_thread_is_logged_and_heard(settings: Settings) -> None:
    install_exception_hooks()
    path = configure_logging(settings)
    heard: list[BaseException] = []
    remove = add_unhandled_listener(heard.append)
    try:

        def work() -> None:
            raise RuntimeError("worker failed")

        thread = threading.Thread(target=work, name="export-worker")
        thread.start()
        thread.join()
    finally:
        remove()
    assert [str(e) for e in heard] == ["worker failed"]
    log = path.read_text("utf-8")
    assert "unhandled exception in export-worker" in log
    assert "RuntimeError: worker failed" in log


@pytest.mark.filterwarnings("ignore::pytest.PytestUnhandledThreadExceptionWarning")
def test_hooks_wrapped_by_another_library_still_log_a_thread_exception_once(
    settings: Settings,
) -> None:
    """A library that wraps the kiosk's thread hook hides its marker, so a second install
    wraps it again: the exception is still logged and heard once, not twice."""
    install_exception_hooks()
    ours, ours_sys = threading.excepthook, sys.excepthook
    threading.excepthook = lambda args: ours(args)  # another library's wrappers
    sys.excepthook = lambda *exc_info: ours_sys(*exc_info)
    install_exception_hooks()
    path = configure_logging(settings)
    heard: list[BaseException] = []
    remove = add_unhandled_listener(heard.append)
    try:
        thread = threading.Thread(target=lambda: 1 / 0, name="sync-worker")
        thread.start()
        thread.join()
    finally:
        remove()
    assert [type(e).__name__ for e in heard] == ["ZeroDivisionError"]
    assert path.read_text("utf-8").count("unhandled exception in sync-worker") == 1


def test_a_failing_listener_is_logged_and_the_others_still_run(settings: Settings) -> None:
    path = configure_logging(settings)
    heard: list[str] = []

    def broken(exc: BaseException) -> None:
        raise OSError("listener broke")

    removers = [
        add_unhandled_listener(broken),
        add_unhandled_listener(lambda e: heard.append("ok")),
    ]
    try:
        try:
            raise KeyError("x")
        except KeyError as exc:
            log_unhandled(type(exc), exc, exc.__traceback__)
    finally:
        for remove in removers:
            remove()
    assert heard == ["ok"]
    assert "OSError: listener broke" in path.read_text("utf-8")


def test_cli_commands_write_the_log_and_doctor_shows_it(
    tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    data = tmp_path / "d"
    main(["--data-dir", str(data), "doctor", "--no-qt"])
    out = capsys.readouterr().out
    log_file = data / "logs" / "kiosk.log"
    assert re.search(rf"^ok +log file +{re.escape(str(log_file))}$", out, re.MULTILINE)
    assert "kiosk 0." in log_file.read_text("utf-8")


def test_an_unexpected_cli_error_is_one_line_and_its_traceback_is_logged(
    tmp_path: Path, capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kiosk.cli import doctor_cmd

    def broken_doctor(args: object) -> int:
        raise ZeroDivisionError("doctor slipped")

    monkeypatch.setattr(doctor_cmd, "_doctor", broken_doctor)
    data = tmp_path / "d"
    assert main(["--data-dir", str(data), "doctor"]) == 1
    err = capsys.readouterr().err
    log_file = data / "logs" / "kiosk.log"
    assert "Traceback" not in err
    assert f"The full traceback is in the log ({log_file})" in err
    log = log_file.read_text("utf-8")
    assert "kiosk doctor: unexpected error" in log and "ZeroDivisionError: doctor slipped" in log


@pytest.mark.skipif(os.name == "nt", reason="faulthandler output checked on POSIX")
def test_a_hard_crash_leaves_the_python_stack_in_crash_log(tmp_path: Path) -> None:
    script = (
        "import faulthandler\n"
        "from pathlib import Path\n"
        "from kiosk.config import Settings\n"
        "from kiosk.logging_setup import enable_crash_dump\n"
        f"enable_crash_dump(Settings(data_dir=Path({str(tmp_path)!r})))\n"
        "faulthandler._sigsegv()\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=60)
    assert result.returncode != 0
    crash = (tmp_path / "logs" / "crash.log").read_text("utf-8")
    assert "Segmentation fault" in crash and "<string>" in crash

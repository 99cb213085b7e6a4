"""The on-screen keyboard in the real window: how long a key press takes to reach the field.

Run: ``python tests/benchmarks/bench_keyboard.py [--presses 40]``. The real window is built
offscreen on the sample event; the lead form's company field is focused and the keyboard's keys
are pressed by position (QTest presses, as a finger). Measured from the release to the field's
text changing, in milliseconds (a 60 Hz frame is 16.7 ms):

- ``latin``: one letter on the English layout;
- ``cangjie``: the space that commits the first Cangjie candidate (日弓 → 門);
- ``pinyin-traditional``: the space that commits a Pinyin candidate converted to Traditional
  (``aomen`` → 澳門, the zh_MO layout);
- ``s2hk``: converting one new candidate to Traditional (OpenCC, uncached).

Printed, not asserted.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "tests" / "qt")]


def report(name: str, values: list[float]) -> None:
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * len(ordered)) - 1)]
    median = statistics.median(values)
    print(f"{name:24s} median {median:7.2f} ms  p95 {p95:7.2f} ms  n={len(values)}")


class Bot:
    """Stands in for pytest-qt's qtbot: waits by running the event loop."""

    def wait(self, ms: int) -> None:
        from PySide6.QtCore import QEventLoop, QTimer

        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def waitUntil(self, condition, timeout: int = 5000) -> None:  # qtbot's API
        from PySide6.QtGui import QGuiApplication

        deadline = time.monotonic() + timeout / 1000
        while not condition():
            if time.monotonic() > deadline:
                raise TimeoutError("condition not met")
            QGuiApplication.processEvents()


def click(kiosk, *keys: str) -> None:
    from keyboard_keys import LEFT, NONE, keyboard_key
    from PySide6.QtTest import QTest

    for key in keys:
        QTest.mouseClick(kiosk.window, LEFT, NONE, kiosk.centre(keyboard_key(kiosk, key)))


def press_timed(kiosk, form, key: str) -> float:
    """Milliseconds from the key's release to the company field's text changing."""
    from keyboard_keys import LEFT, NONE, keyboard_key
    from PySide6.QtTest import QTest

    before = form.text("company")
    point = kiosk.centre(keyboard_key(kiosk, key))
    QTest.mousePress(kiosk.window, LEFT, NONE, point)
    QTest.mouseRelease(kiosk.window, LEFT, NONE, point, 20)
    start = time.perf_counter()
    kiosk.qtbot.waitUntil(lambda: form.text("company") != before)
    return (time.perf_counter() - start) * 1000


def measure(kiosk, form, name: str, keys: str | tuple[str, ...], last: str, presses: int,
            results: dict[str, list[float]]) -> None:  # fmt: skip
    values = results.setdefault(name, [])
    for _ in range(presses):
        click(kiosk, *keys)
        values.append(press_timed(kiosk, form, last))
        form.bridge.setValue("company", "")
        kiosk.settle(30)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--presses", type=int, default=40)
    parser.add_argument(
        "--qt-keyboard",
        action="store_true",
        help="Qt's own style and layouts instead of the kiosk's (the Latin press only), to compare",
    )
    args = parser.parse_args()
    if args.qt_keyboard:
        os.environ["QT_VIRTUALKEYBOARD_STYLE"] = "default"
        os.environ["QT_VIRTUALKEYBOARD_LAYOUT_PATH"] = (
            "qrc:/qt-project.org/imports/QtQuick/VirtualKeyboard/Layouts"
        )

    from PySide6.QtGui import QGuiApplication

    from kiosk.config import Settings
    from kiosk.ui.app import prepare_environment

    prepare_environment()
    app = QGuiApplication(sys.argv[:1])  # noqa: F841 (kept alive for the window)
    from helpers import KioskDriver
    from lead_form_driver import LeadFormDriver
    from sample_event import insert_sample_event

    from kiosk.data.database import open_database
    from kiosk.services.chinese_script import to_traditional
    from kiosk.ui.window import KioskWindowHost

    results: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(data_dir=Path(tmp), windowed=True, hide_cursor=False)
        database = open_database(settings)
        insert_sample_event(database.sessions, settings.content_dir)
        database.dispose()
        host = KioskWindowHost(settings)
        host.load()
        host.set_motion_scale(0.25)
        kiosk = KioskDriver(host, Bot())
        kiosk.wait_until(lambda: bool(kiosk.items("inputPanel")))
        form = LeadFormDriver(kiosk)
        form.open("en")
        form.focus("company")
        latin = "latin (Qt's keyboard)" if args.qt_keyboard else "latin"
        measure(kiosk, form, latin, (), "l", args.presses, results)
        if not args.qt_keyboard:
            kiosk.tap("homeButton")
            kiosk.tap("languageButton_zh-Hant")
            kiosk.tap("homeTile_contact")
            form.focus("company")
            measure(kiosk, form, "cangjie", ("日", "弓"), " ", args.presses, results)
            kiosk.tap("changeLanguageKey")
            kiosk.wait_until(lambda: QGuiApplication.inputMethod().locale().name() == "zh_MO")
            measure(kiosk, form, "pinyin-traditional", tuple("aomen"), " ", args.presses, results)
        host.close()

    for name, values in results.items():
        report(name, values)
    to_traditional("预热")  # the OpenCC tables load once
    conversions = []
    for i in range(2000):
        start = time.perf_counter()
        to_traditional(chr(0x4E00 + i) + chr(0x4E80 + i))
        conversions.append((time.perf_counter() - start) * 1000)
    report("s2hk (one candidate)", conversions)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Peak memory and its growth over many scripted visitor journeys (target: growth <= 20 MB).

Run: ``python tests/benchmarks/bench_journeys.py [--journeys 1000] [--data-dir DIR]``.
The real window is built offscreen and driven with real taps (QTest presses on items found by
objectName): attract → Home → each tile and back, a language switch on every screen, on the
directory a search, an exhibitor and its booth on the map, then the idle reset that ends every
visit (and wipes the search). Memory is the process's resident set (RSS): after a warm-up of
``--warmup`` journeys (caches, QML types, fonts filled), then every 100 journeys, and the peak.
Printed, not asserted.
"""

from __future__ import annotations

import argparse
import gc
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "tests" / "qt")]

LANGUAGES = ("zh-Hant", "zh-Hans", "pt", "en")


def rss_mb() -> float:
    """Current resident set size in MB (Linux /proc; peak RSS elsewhere)."""
    try:
        with open("/proc/self/statm") as statm:
            pages = int(statm.read().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / 2**20
    except OSError:
        return peak_mb()


def peak_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--journeys", type=int, default=1000)
    parser.add_argument("--warmup", type=int, default=30)
    parser.add_argument("--step-ms", type=int, default=15, help="event processing per tap")
    parser.add_argument(
        "--motion", type=float, default=0.05, help="animation speed (Theme.motionScale)"
    )
    parser.add_argument("--data-dir", type=Path, help="kiosk data folder (default: sample event)")
    args = parser.parse_args()

    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtGui import QGuiApplication

    from kiosk.config import Settings
    from kiosk.ui.app import prepare_environment

    prepare_environment()
    app = QGuiApplication(sys.argv[:1])
    from helpers import KioskDriver, walk  # tests/qt/helpers.py: the tests' visitor finger
    from PySide6.QtTest import QTest

    from kiosk.ui.window import KioskWindowHost

    class Bot:
        """Stands in for pytest-qt's qtbot: waits by running the event loop."""

        def wait(self, ms: int) -> None:
            loop = QEventLoop()
            QTimer.singleShot(ms, loop.quit)
            loop.exec()

        def waitUntil(self, condition, timeout: int = 5000) -> None:  # qtbot API
            deadline = time.monotonic() + timeout / 1000
            while not condition():
                if time.monotonic() > deadline:
                    raise TimeoutError("condition not met")
                self.wait(5)

    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(data_dir=args.data_dir or Path(tmp), windowed=True, hide_cursor=False)
        if args.data_dir is None:
            from sample_event import insert_sample_event

            from kiosk.data.database import open_database

            database = open_database(settings)
            insert_sample_event(database.sessions, settings.content_dir)
            database.dispose()
        host = KioskWindowHost(settings)
        host.load()
        host.set_motion_scale(args.motion)
        bot = Bot()
        kiosk = KioskDriver(host, bot)
        kiosk.wait_until(lambda: bool(kiosk.items("inputPanel")))

        def tap(name: str) -> None:
            kiosk.tap(name, settle=False)
            bot.wait(args.step_ms)

        def settle() -> None:
            bot.waitUntil(host.is_settled, timeout=10_000)

        tiles = ("exhibitors", "products", "map", "contact", "about")

        def first_visible(prefix: str) -> str | None:
            names = sorted({i.objectName() for i in walk(host.window.contentItem())} - {""})
            return next((n for n in names if n.startswith(prefix) and kiosk.exists(n)), None)

        def catalogue_visit(number: int) -> None:
            """On the directory (once the catalogue screens are in the build): open an
            exhibitor, its booth on the map, come back, then type in the search box (which the
            idle reset must wipe)."""
            if not kiosk.exists("searchField"):
                return
            card = first_visible("exhibitorCard_")
            if card:
                tap(card)
                bot.waitUntil(lambda: host.app_bridge.screen == "exhibitor")
                settle()
                if kiosk.exists("showOnMapButton"):
                    tap("showOnMapButton")
                    bot.waitUntil(lambda: host.app_bridge.screen == "map")
                    settle()
                    tap("backButton")
                    settle()
                tap("backButton")
                settle()
            tap("searchField")
            for char in "ab"[: 1 + number % 2]:
                QTest.keyClick(host.window, char)
                bot.wait(args.step_ms)
            QGuiApplication.inputMethod().hide()  # the keyboard's own "hide" key
            settle()

        def journey(number: int) -> None:
            settle()
            tap("attractScreen")
            settle()
            for step, tile in enumerate(tiles):
                tap(f"homeTile_{tile}")
                settle()
                tap(f"languageButton_{LANGUAGES[(number + step) % len(LANGUAGES)]}")
                if tile == "exhibitors":
                    catalogue_visit(number)
                tap("backButton")
                settle()
            host.app_bridge.reset()  # what the idle countdown does at its end
            settle()

        started = time.perf_counter()
        for number in range(args.warmup):
            journey(number)
        gc.collect()
        baseline = rss_mb()
        print(f"after {args.warmup} warm-up journeys: RSS {baseline:.1f} MB")
        for number in range(1, args.journeys + 1):
            journey(number)
            if number % 100 == 0 or number == args.journeys:
                gc.collect()
                print(f"after {number:>5} journeys: RSS {rss_mb():.1f} MB", flush=True)
        elapsed = time.perf_counter() - started
        gc.collect()
        final = rss_mb()
        problems = host.problems()
        host.close()
    print(
        f"{args.journeys} journeys in {elapsed:.0f} s "
        f"({elapsed / (args.journeys + args.warmup) * 1000:.0f} ms each); "
        f"peak RSS {peak_mb():.1f} MB; growth after warm-up {final - baseline:+.1f} MB"
    )
    if problems:
        print("QML problems:\n" + "\n".join(problems))
        return 1
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Benchmark: the directory with 5,000 exhibitors.

Run: python tests/benchmarks/bench_directory.py   (prints figures; targets: Home → Directory
first frame ≤ 50 ms, search keystroke → model updated ≤ 10 ms).

The 5,000 exhibitors go through the real database and ``load_catalog`` (tests/catalog_pack.py
repeats the small test pack's exhibitors with numbered names, sharing its logos). Measured:

1. tap on a home tile → first frame showing the DirectoryScreen (a Loader builds the screen on
   the tap, as a shell does), in a 1920x1080 window on Qt's offscreen platform;
2. a keystroke → ``CatalogBridge.setSearchText`` done (search, result model, facet counts);
3. a keystroke typed into the search field → the next frame showing the new result.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_CONTROLS_STYLE", "Basic")
os.environ.setdefault("QT_VIRTUALKEYBOARD_DESKTOP_DISABLE", "1")
HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE.parent / "qt")]

from catalog_pack import import_into, many_exhibitors, write_pack  # noqa: E402
from helpers import find_item, tap, type_text, wait  # noqa: E402
from PySide6.QtCore import QEvent, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QKeyEvent  # noqa: E402
from PySide6.QtQuick import QQuickView  # noqa: E402

from kiosk.config import Settings  # noqa: E402
from kiosk.data.database import open_database  # noqa: E402
from kiosk.resources import qml_dir  # noqa: E402
from kiosk.services.catalog import Catalog, load_catalog  # noqa: E402
from kiosk.ui.catalog_bridge import CatalogBridge  # noqa: E402
from kiosk.ui.fonts import LATIN_FALLBACK, apply_default_font, load_fonts  # noqa: E402

COUNT = 5000
ROUNDS = 15

SHELL_QML = """
import QtQuick
import Kiosk
import KioskBackend

Item {
    id: shell
    required property CatalogBridge catalog
    Rectangle {
        anchors.fill: parent
        color: "#073F3E"
        visible: !directory.active
        Rectangle {
            objectName: "homeTile_exhibitors"
            anchors.centerIn: parent
            width: 480; height: 320; radius: 24
            MouseArea { anchors.fill: parent; onClicked: directory.active = true }
        }
    }
    Loader {
        id: directory
        objectName: "directoryLoader"
        anchors.fill: parent
        active: false
        sourceComponent: DirectoryScreen {
            catalog: shell.catalog
            onBackRequested: directory.active = false
        }
    }
}
"""

TYPED = ["vinho do porto", "澳門茗茶", "sao tome", "cafe 12"]


def build_catalog(folder: Path) -> Catalog:
    settings = Settings(data_dir=folder / "data")
    database = open_database(settings)
    pack = write_pack(folder / "pack", many_exhibitors(COUNT))
    import_into(database.sessions, pack, settings.content_dir)
    catalog = load_catalog(database.sessions, settings.content_dir)
    database.dispose()
    assert catalog is not None and len(catalog.exhibitors) == COUNT
    return catalog


class FrameClock:
    """Times from a mark to the next frame the window swaps to the screen."""

    def __init__(self, view: QQuickView) -> None:
        self.swapped_at = 0.0
        view.frameSwapped.connect(self._swapped, Qt.ConnectionType.DirectConnection)

    def _swapped(self) -> None:
        self.swapped_at = time.perf_counter()

    def until_next_frame(self, started: float, timeout_s: float = 2.0) -> float:
        while self.swapped_at < started:
            QGuiApplication.processEvents()
            if time.perf_counter() - started > timeout_s:
                raise TimeoutError("no frame")
        return (self.swapped_at - started) * 1000


def summary(label: str, values: list[float], target: float) -> None:
    values = sorted(values)
    p95 = values[min(len(values) - 1, round(0.95 * (len(values) - 1)))]
    verdict = "ok" if p95 <= target else "OVER TARGET"
    print(
        f"{label:<52} median {statistics.median(values):6.2f} ms   p95 {p95:6.2f} ms   "
        f"max {values[-1]:6.2f} ms   (target ≤ {target:g} ms: {verdict})"
    )


def bench_home_to_directory(view: QQuickView, clock: FrameClock) -> list[float]:
    root = view.rootObject()
    times = []
    for _ in range(ROUNDS):
        tile = find_item(root, "homeTile_exhibitors")
        wait(100)
        started = time.perf_counter()
        tap(view, tile, settle_ms=0)
        times.append(clock.until_next_frame(started))
        assert find_item(root, "directoryScreen")
        wait(150)
        tap(view, find_item(root, "backButton"), settle_ms=100)
    return times


def bench_keystrokes_model(bridge: CatalogBridge) -> list[float]:
    times = []
    for _ in range(3):
        for query in TYPED:
            for end in [*range(1, len(query) + 1), *range(len(query) - 1, -1, -1)]:
                started = time.perf_counter()
                bridge.setSearchText(query[:end])
                times.append((time.perf_counter() - started) * 1000)
    return times


def bench_keystrokes_frame(view: QQuickView, clock: FrameClock) -> list[float]:
    root = view.rootObject()
    tap(view, find_item(root, "homeTile_exhibitors"), settle_ms=200)
    tap(view, find_item(root, "searchField"), settle_ms=100)
    times = []
    for query in TYPED:
        for char in query:
            wait(40)
            started = time.perf_counter()
            type_text(view, char, settle_ms=0)
            times.append(clock.until_next_frame(started))
        for _ in query:
            wait(40)
            started = time.perf_counter()
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event = QKeyEvent(kind, Qt.Key.Key_Backspace, Qt.KeyboardModifier.NoModifier)
                QGuiApplication.sendEvent(view, event)
            times.append(clock.until_next_frame(started))
    return times


def main() -> None:
    app = QGuiApplication(sys.argv[:1])
    if load_fonts():
        apply_default_font(LATIN_FALLBACK)
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        catalog = build_catalog(Path(tmp))
        print(f"{COUNT} exhibitors imported and loaded in {time.perf_counter() - started:.1f} s")
        started = time.perf_counter()
        bridge = CatalogBridge(catalog, "en")
        print(
            f"CatalogBridge (search index, models) built in "
            f"{(time.perf_counter() - started) * 1000:.0f} ms"
        )

        summary(
            "search keystroke → model updated (setSearchText)", bench_keystrokes_model(bridge), 10
        )
        bridge.reset()

        shell = Path(tmp) / "BenchShell.qml"
        shell.write_text(SHELL_QML, encoding="utf-8")
        view = QQuickView()
        view.engine().addImportPath(str(qml_dir()))
        bridge.install(view.engine())
        view.setInitialProperties({"catalog": bridge})
        view.setResizeMode(QQuickView.ResizeMode.SizeRootObjectToView)
        view.resize(1920, 1080)
        view.setSource(shell.as_uri())
        assert not view.errors(), [e.toString() for e in view.errors()]
        view.show()
        clock = FrameClock(view)
        wait(300)

        summary("tap Home tile → first Directory frame", bench_home_to_directory(view, clock), 50)
        summary("keystroke in search field → next frame", bench_keystrokes_frame(view, clock), 50)
        view.close()
        del view
    del app


if __name__ == "__main__":
    main()

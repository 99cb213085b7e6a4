"""The bundle keeps the Qt QML modules the kiosk's QML imports, and no others."""

from __future__ import annotations

from pathlib import Path


def test_qml_scan_keeps_what_the_kiosk_imports_and_drops_other_styles(bundle_plan) -> None:
    from PySide6.QtCore import QLibraryInfo

    qt_qml = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.QmlImportsPath))
    kept = bundle_plan.kept_qml_dirs(bundle_plan.scan_qml_imports(qt_qml))
    assert {"QtQuick", "QtQuick/Controls", "QtQuick/Controls/Basic"} <= kept
    assert {"QtQuick/VirtualKeyboard", "QtQuick/VirtualKeyboard/Plugins/Pinyin"} <= kept
    assert not any(d.startswith("QtQuick/Controls/Material") for d in kept)
    assert not any(d.startswith(("QtWebEngine", "Qt3D", "QtLocation")) for d in kept)

    entries = [
        (str(qt_qml / "QtQuick/Controls/Basic/Button.qml"), "x"),
        (str(qt_qml / "QtQuick/Controls/Material/Button.qml"), "x"),
        (str(qt_qml / "QtWebEngine/qmldir"), "x"),
    ]
    assert bundle_plan.filter_qml_entries(entries, qt_qml, kept) == entries[:1]

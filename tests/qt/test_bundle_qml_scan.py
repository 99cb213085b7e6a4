"""The bundle keeps the Qt QML modules the kiosk's QML imports, and no others."""

from __future__ import annotations

from pathlib import Path


def test_qml_scan_keeps_what_the_kiosk_imports_and_drops_other_styles(bundle_plan) -> None:
    from PySide6.QtCore import QLibraryInfo

    qt_qml = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.QmlImportsPath))
    kept = bundle_plan.kept_qml_dirs(bundle_plan.scan_qml_imports(qt_qml))
    assert {"QtQuick", "QtQuick/Controls", "QtQuick/Controls/Basic"} <= kept
    assert {"QtQuick/VirtualKeyboard", "QtQuick/VirtualKeyboard/Plugins/Pinyin"} <= kept
    # the kiosk's keyboard layouts and style (qml/keyboard, qml/QtQuick/VirtualKeyboard/Styles)
    # need the layout components, Qt Quick Layouts and the Cangjie/Zhuyin engine
    assert {
        "QtQuick/VirtualKeyboard/Components",
        "QtQuick/VirtualKeyboard/Plugins/TCIme",
        "QtQuick/VirtualKeyboard/Layouts",
        "QtQuick/Layouts",
    } <= kept
    assert not any(d.startswith("QtQuick/Controls/Material") for d in kept)
    assert not any(d.startswith(("QtWebEngine", "Qt3D", "QtLocation")) for d in kept)

    entries = [
        (str(qt_qml / "QtQuick/Controls/Basic/Button.qml"), "x"),
        (str(qt_qml / "QtQuick/Controls/Material/Button.qml"), "x"),
        (str(qt_qml / "QtWebEngine/qmldir"), "x"),
    ]
    assert bundle_plan.filter_qml_entries(entries, qt_qml, kept) == entries[:1]


def test_the_keyboard_style_and_layouts_ship_with_the_qml(bundle_plan) -> None:
    from kiosk.resources import keyboard_layouts_dir

    datas = bundle_plan.project_datas()
    shipped = {(Path(src).name, dest) for src, dest in datas}
    style = "kiosk/ui/qml/QtQuick/VirtualKeyboard/Styles/KioskKeyboard"
    assert ("style.qml", style) in shipped
    layouts = keyboard_layouts_dir()
    for path in layouts.rglob("*"):
        if path.is_file():  # the empty ".fallback" markers too: they pick Qt's shared layouts
            rel = path.parent.relative_to(layouts).as_posix()
            assert (path.name, f"kiosk/ui/qml/keyboard/layouts/{rel}") in shipped, path

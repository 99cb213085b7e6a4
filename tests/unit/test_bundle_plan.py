"""What the bundle carries and leaves out (packaging/bundle_plan.py), checked without a build."""

from __future__ import annotations

from pathlib import Path

import pytest

QT = "PySide6/Qt"


@pytest.mark.parametrize(
    ("dest", "unused"),
    [
        (f"{QT}/plugins/imageformats/libqpdf.so", True),  # would drag in QtPdf
        (f"{QT}/plugins/imageformats/libqjpeg.so", False),
        (f"{QT}/plugins/imageformats/qsvg.dll", False),
        (f"{QT}/plugins/platforms/libqxcb.so", False),
        (f"{QT}/plugins/platforms/libqwayland.so", False),
        (f"{QT}/plugins/platforms/libqvnc.so", True),
        (f"{QT}/plugins/platformthemes/libqgtk3.so", True),
        (f"{QT}/plugins/multimedia/libffmpegmediaplugin.so", True),
        (f"{QT}/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", False),
        (f"{QT}/translations/qtbase_zh_TW.qm", False),
        (f"{QT}/translations/qt_pt_BR.qm", False),
        (f"{QT}/translations/qtbase_de.qm", True),
        (f"{QT}/translations/qtdeclarative_ja.qm", True),
        ("PySide6\\Qt\\translations\\qtbase_fr.qm", True),  # Windows separators
        ("PySide6\\plugins\\imageformats\\qpdf.dll", True),  # Windows layout: no Qt folder
        ("PySide6\\plugins\\platforms\\qwindows.dll", False),
        ("PySide6\\translations\\qtbase_ja.qm", True),
        ("PySide6\\Qt6Core.dll", False),
        ("babel/locale-data/zh_Hant_MO.dat", False),
        ("babel/locale-data/pt_PT.dat", False),
        ("babel/locale-data/en_GB.dat", False),
        ("babel/locale-data/root.dat", False),
        ("babel/locale-data/fr_CA.dat", True),
        ("babel/global.dat", False),
        ("kiosk/_assets/sample-pack/pack.json", False),
    ],
)
def test_unused_files(bundle_plan, dest: str, unused: bool) -> None:
    assert bundle_plan.is_unused_file(dest) is unused


def test_hook_entries_are_filtered_by_their_destination(bundle_plan) -> None:
    entries = [
        ("/qt/plugins/imageformats/libqpdf.so", f"{QT}/plugins/imageformats"),
        ("/qt/plugins/imageformats/libqpng.so", f"{QT}/plugins/imageformats"),
    ]
    assert bundle_plan.without_unused_files(entries) == entries[1:]


def test_orphan_qt_libraries_are_those_no_root_reaches(bundle_plan) -> None:
    links = {
        "/s/QtQuick.abi3.so": ["libQt6Quick.so.6"],
        "/s/libQt6Quick.so.6": ["libQt6Gui.so.6", "libstdc++.so.6"],
        "/s/libQt6Gui.so.6": [],
        "/s/libQt6Pdf.so.6": ["libQt6Gui.so.6"],  # only the dropped qpdf plugin needed it
        "/s/libzbar.so.0": [],  # loaded with ctypes: no one links to it, never pruned
        "/s/libvkb.so": ["libQt6VirtualKeyboard.so.6"],
        "/s/libQt6VirtualKeyboard.so.6": [],
    }
    entries = [
        ("PySide6/QtQuick.abi3.so", "/s/QtQuick.abi3.so", "EXTENSION"),
        (f"{QT}/lib/libQt6Quick.so.6", "/s/libQt6Quick.so.6", "BINARY"),
        (f"{QT}/lib/libQt6Gui.so.6", "/s/libQt6Gui.so.6", "BINARY"),
        (f"{QT}/lib/libQt6Pdf.so.6", "/s/libQt6Pdf.so.6", "BINARY"),
        ("libQt6Pdf.so.6", f"{QT}/lib/libQt6Pdf.so.6", "SYMLINK"),
        ("libQt6Gui.so.6", f"{QT}/lib/libQt6Gui.so.6", "SYMLINK"),
        ("libzbar.so.0", "/s/libzbar.so.0", "BINARY"),
        (f"{QT}/qml/QtQuick/VirtualKeyboard/libvkb.so", "/s/libvkb.so", "BINARY"),
        (f"{QT}/lib/libQt6VirtualKeyboard.so.6", "/s/libQt6VirtualKeyboard.so.6", "BINARY"),
    ]
    orphans = bundle_plan.orphan_qt_libraries(entries, lambda source: links.get(source, []))
    assert orphans == {f"{QT}/lib/libQt6Pdf.so.6", "libQt6Pdf.so.6"}


def test_orphans_in_the_windows_layout(bundle_plan) -> None:
    links = {"C:/s/QtGui.pyd": ["Qt6Gui.dll"], "C:/s/Qt6Gui.dll": [], "C:/s/Qt6Pdf.dll": []}
    entries = [
        ("PySide6\\QtGui.pyd", "C:/s/QtGui.pyd", "EXTENSION"),
        ("PySide6\\Qt6Gui.dll", "C:/s/Qt6Gui.dll", "BINARY"),
        ("PySide6\\Qt6Pdf.dll", "C:/s/Qt6Pdf.dll", "BINARY"),
        ("PySide6\\plugins\\imageformats\\qjpeg.dll", "C:/s/qjpeg.dll", "BINARY"),
    ]
    orphans = bundle_plan.orphan_qt_libraries(entries, lambda source: links.get(source, []))
    assert orphans == {"PySide6\\Qt6Pdf.dll"}


def test_project_data_follows_the_wheel_and_skips_caches(bundle_plan, tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        "[tool.hatch.build.targets.wheel.force-include]\n"
        '"assets/sample-pack" = "kiosk/_assets/sample-pack"\n'
        '"db" = "kiosk/_db"\n'
        '"LICENSE" = "kiosk/_assets/LICENSE"\n',
        encoding="utf-8",
    )
    (tmp_path / "LICENSE").write_text("MIT")
    (tmp_path / "assets" / "sample-pack" / "images").mkdir(parents=True)
    (tmp_path / "assets" / "sample-pack" / "content.json").write_text("{}")
    (tmp_path / "assets" / "sample-pack" / "images" / "logo.png").write_bytes(b"png")
    (tmp_path / "assets" / "tools").mkdir()
    (tmp_path / "assets" / "tools" / "make_sample_pack.py").write_text("")  # not in the wheel
    (tmp_path / "db" / "versions" / "__pycache__").mkdir(parents=True)
    (tmp_path / "db" / "env.py").write_text("")
    (tmp_path / "db" / "versions" / "0002_x.py").write_text("")
    (tmp_path / "db" / "versions" / "__pycache__" / "0002_x.cpython-311.pyc").write_bytes(b"")
    qml = tmp_path / "src" / "kiosk" / "ui" / "qml" / "Kiosk"
    qml.mkdir(parents=True)
    (qml / "NewScreen.qml").write_text("Item {}")
    i18n = tmp_path / "qm"
    i18n.mkdir()
    (i18n / "kiosk_zh_TW.qm").write_bytes(b"")
    (i18n / "kiosk_zh_TW.ts").write_text("")
    datas = {
        (Path(s).relative_to(tmp_path).as_posix(), d)
        for s, d in bundle_plan.project_datas(tmp_path, i18n)
    }
    assert datas == {
        ("assets/sample-pack/content.json", "kiosk/_assets/sample-pack"),
        ("assets/sample-pack/images/logo.png", "kiosk/_assets/sample-pack/images"),
        ("LICENSE", "kiosk/_assets"),
        ("db/env.py", "kiosk/_db"),
        ("db/versions/0002_x.py", "kiosk/_db/versions"),
        ("src/kiosk/ui/qml/Kiosk/NewScreen.qml", "kiosk/ui/qml/Kiosk"),
        ("qm/kiosk_zh_TW.qm", "kiosk/i18n"),
    }


def test_the_bundle_carries_what_the_wheel_force_includes(bundle_plan) -> None:
    mapping = bundle_plan.wheel_force_include()
    assert mapping["db"] == "kiosk/_db"
    assert any(dest.startswith("kiosk/_assets") for dest in mapping.values())


def test_the_alembic_scripts_imports_become_hidden_imports(bundle_plan) -> None:
    names = bundle_plan.imports_of_python_files(bundle_plan.ROOT / "db")
    assert {"alembic", "alembic.op", "sqlalchemy", "kiosk.data.models"} <= names
    assert "__future__" not in names


def test_translations_are_compiled_with_lrelease(bundle_plan, tmp_path: Path) -> None:
    ts = tmp_path / "ts"
    ts.mkdir()
    (ts / "kiosk_pt.ts").write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="pt">'
        "<context><name>Main</name><message><source>Exhibitors</source>"
        "<translation>Expositores</translation></message></context></TS>",
        encoding="utf-8",
    )
    out = tmp_path / "qm"
    out.mkdir()
    (out / "stale.qm").write_bytes(b"old")
    compiled = bundle_plan.compile_translations(ts, out)
    assert [p.name for p in compiled] == ["kiosk_pt.qm"]
    assert sorted(p.name for p in out.iterdir()) == ["kiosk_pt.qm"]
    assert "Expositores".encode("utf-16-be") in compiled[0].read_bytes()

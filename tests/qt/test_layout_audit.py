"""The screen audit itself (``kiosk.ui.layout_audit``): each check finds its defect in a small
QML scene made to have it, and a clean scene has none. Each scene is a real window, rendered
and grabbed like a kiosk screen, so removing a check makes its test fail."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickWindow

from kiosk.services.qr import render_png
from kiosk.ui.layout_audit import Finding, audit_window, class_name, contrast_ratio

# A named, 9 mm+ button; scenes place copies of it. At 800x600 on a 15" screen 9 mm is 24 px.
BUTTON = """
component Button: Rectangle {
    property string name: "OK"
    width: 160; height: 80; color: "#0B5D5B"
    Accessible.role: Accessible.Button
    Accessible.name: name
    Text { anchors.centerIn: parent; text: parent.name; color: "white"; font.pixelSize: 24 }
    MouseArea { anchors.fill: parent }
}
"""


def scene(body: str) -> str:
    return f"""import QtQuick
Window {{
    width: 800; height: 600; visible: true; color: "white"
    {BUTTON}
    {body}
}}"""


@pytest.fixture
def qr_png(tmp_path: Path) -> Path:
    """A vCard-sized code: 6 px per module, 4-module quiet zone."""
    path = tmp_path / "code.png"
    path.write_bytes(render_png("https://www.example.mo/exhibitors/42", module_px=6, border=4))
    return path


@pytest.fixture
def audit(qapp, monkeypatch: pytest.MonkeyPatch) -> Iterator:
    monkeypatch.setenv("KIOSK_SCREEN_INCHES", "15")
    engines: list[QQmlApplicationEngine] = []

    def run(qml: str) -> list[str]:
        engine = QQmlApplicationEngine()
        engines.append(engine)
        engine.loadData(qml.encode())
        assert engine.rootObjects(), "the scene did not load"
        window = engine.rootObjects()[0]
        assert isinstance(window, QQuickWindow)
        window.show()
        for _ in range(20):
            qapp.processEvents()
        findings: list[Finding] = audit_window(window, "scene", "en")
        window.close()
        return [f.line() for f in findings]

    yield run
    for engine in engines:
        engine.deleteLater()


def only(lines: list[str], what: str) -> None:
    assert len(lines) == 1 and what in lines[0], lines


def test_a_clean_scene_has_no_findings(audit, qr_png: Path) -> None:
    lines = audit(
        scene(f"""
        Text {{ x: 40; y: 40; width: 500; text: "Welcome to the pavilion"; color: "#1B1F23"
                font.pixelSize: 32; elide: Text.ElideRight }}
        Button {{ x: 40; y: 120; name: "Start" }}
        Button {{ x: 240; y: 120; name: "Map" }}
        Image {{ objectName: "qrImage_url"; x: 400; y: 220; source: "{qr_png.as_uri()}"
                 smooth: false }}
        """)
    )
    assert lines == []


def test_an_elided_text_is_found(audit) -> None:
    lines = audit(
        scene("""
        Text { objectName: "name"; x: 40; y: 40; width: 120; elide: Text.ElideRight
               text: "Food and Agricultural Products Exhibition Area"; font.pixelSize: 24 }
        """)
    )
    only(lines, 'scene en Text#name "Food and Agricultural Products Exhibitio…": text elided')


def test_a_text_cut_by_its_line_count_is_found(audit) -> None:
    lines = audit(
        scene("""
        Text { objectName: "notice"; x: 40; y: 40; width: 200; wrapMode: Text.Wrap
               maximumLineCount: 2; font.pixelSize: 24
               text: "We keep your details for twelve months and use them only to reply." }
        """)
    )
    only(lines, "Text#notice")
    assert lines[0].endswith("text cut off")


@pytest.mark.parametrize(("lines", "cut"), [(3, False), (2, True)])
def test_a_wrapping_elided_text_is_cut_only_past_its_lines(audit, lines: int, cut: bool) -> None:
    """Wider than its box on one line, but wrapped onto three it is whole (a pavilion's name
    on the map, a staff rail label); held to two it is elided."""
    found = audit(
        scene(f"""
        Text {{ objectName: "title"; x: 40; y: 40; width: 300; wrapMode: Text.WordWrap
               maximumLineCount: {lines}; elide: Text.ElideRight; font.pixelSize: 24
               text: "Food and Agricultural Products Exhibition Area of Macao" }}
        """)
    )
    if cut:
        only(found, "Text#title")
        assert found[0].endswith("text elided")
    else:
        assert found == []


def test_a_wrapped_text_elided_on_its_last_line_is_found(audit) -> None:
    lines = audit(
        scene("""
        Text { objectName: "card"; x: 40; y: 40; width: 200; wrapMode: Text.Wrap
               maximumLineCount: 2; elide: Text.ElideRight; font.pixelSize: 24
               text: "Food and Agricultural Products Exhibition Area of the pavilion" }
        """)
    )
    only(lines, 'Text#card "Food and Agricultural Products Exhibitio…": text elided')


@pytest.mark.parametrize("wrap", ["Text.Wrap", "Text.WordWrap", "Text.WrapAnywhere"])
def test_a_text_wrapped_whole_onto_its_lines_is_not_elided(audit, wrap: str) -> None:
    """Wider on one line than its box (its implicit width), yet shown whole on two lines."""
    lines = audit(
        scene(f"""
        Text {{ objectName: "name"; x: 40; y: 40; width: 260; wrapMode: {wrap}
               maximumLineCount: 3; elide: Text.ElideRight; font.pixelSize: 24
               text: "Produtos dos países de língua portuguesa" }}
        """)
    )
    assert lines == []


def card(where: str, *, tappable: bool = True) -> str:
    """A product card cutting its name, the name saying where it reads whole."""
    area = "MouseArea { z: -1; anchors.fill: parent }" if tappable else ""
    return f"""
        Rectangle {{ x: 40; y: 40; width: 200; height: 120; color: "white"
            Accessible.role: Accessible.Button; Accessible.name: name.text
            Text {{ id: name; objectName: "cardName"; width: parent.width; wrapMode: Text.Wrap
                    maximumLineCount: 2; elide: Text.ElideRight; font.pixelSize: 24
                    property string wholeTextOn: "{where}"
                    text: "Bolo lunar de lótus com duas gemas e sementes de melão" }}
            {area} }}
        """


def test_a_cards_cut_text_whole_on_the_screen_its_tap_opens_is_accepted(audit) -> None:
    assert audit(scene(card("exhibitor"))) == []


def test_a_cut_text_naming_no_screen_is_found(audit) -> None:
    only(audit(scene(card("elsewhere"))), "text elided; wholeTextOn 'elsewhere' is not a screen")


def test_a_cut_text_no_tap_opens_is_found(audit) -> None:
    lines = audit(scene(card("exhibitor", tappable=False)))
    only(lines, "text elided; wholeTextOn exhibitor but a tap on it opens nothing")


def test_a_button_outside_the_window_is_found(audit) -> None:
    only(audit(scene('Button { x: 700; y: 40; name: "Next" }')), "outside the window")


def test_what_a_clipping_parent_hides_is_not_outside(audit) -> None:
    lines = audit(
        scene("""
        Item { x: 0; y: 0; width: 800; height: 300; clip: true
               Button { x: 700; y: 40; name: "Half" } }
        """)
    )
    assert lines == []


def test_overlapping_buttons_are_found(audit) -> None:
    lines = audit(scene('Button { x: 40; y: 40; name: "Back" } Button { x: 150; y: 60 }'))
    only(lines, 'MouseArea "OK" in Button: overlaps MouseArea "Back" in Button (150,60 50x60)')


def test_a_small_touch_target_is_found(audit) -> None:
    lines = audit(scene('Button { x: 40; y: 40; width: 20; height: 20; name: "x" }'))
    only(lines, "touch target 20x20 px < 24 px (9 mm)")


def test_the_screen_size_sets_the_touch_minimum(audit, monkeypatch) -> None:
    monkeypatch.setenv("KIOSK_SCREEN_INCHES", "55")  # 9 mm is 6.5 px there
    assert audit(scene('Button { x: 40; y: 40; width: 20; height: 20; name: "x" }')) == []


def test_low_contrast_text_is_found(audit) -> None:
    lines = audit(
        scene("""
        Text { objectName: "hint"; x: 40; y: 40; text: "Tap to start"; color: "#AAAAAA"
               font.pixelSize: 40 }
        """)
    )
    only(lines, "Text#hint")
    assert "contrast 2.3" in lines[0]


def test_contrast_is_judged_against_the_background_drawn_under_the_text(audit) -> None:
    # Light text on a dark button whose background is a sibling, not a parent: fine.
    lines = audit(
        scene("""
        Item { x: 40; y: 40; width: 300; height: 90
               Rectangle { anchors.fill: parent; color: "#073F3E" }
               Text { anchors.centerIn: parent; text: "Continue"; color: "#CFE3E1"
                      font.pixelSize: 32 } }
        Rectangle { x: 40; y: 200; width: 300; height: 90; color: "#E9C46A"
               Text { objectName: "onGold"; anchors.centerIn: parent; text: "Gold"
                      color: "white"; font.pixelSize: 32 } }
        """)
    )
    only(lines, "Text#onGold")


def test_a_rescaled_qr_code_is_found(audit, qr_png: Path) -> None:
    lines = audit(
        scene(f"""
        Image {{ objectName: "qrImage_vcard"; x: 40; y: 40; source: "{qr_png.as_uri()}"
                 smooth: false; width: Math.round(sourceSize.width * 0.71)
                 height: width }}
        """)
    )
    only(lines, "Image#qrImage_vcard: QR rescaled by the scene graph (0.71x")


def test_a_qr_code_off_the_pixel_grid_is_found(audit, qr_png: Path) -> None:
    lines = audit(
        scene(f"""
        Image {{ objectName: "qrImage_url"; x: 40.4; y: 40; source: "{qr_png.as_uri()}"
                 smooth: false }}
        """)
    )
    only(lines, "QR not on whole device pixels (at 40.40,40.00)")


def test_a_qr_code_drawn_scaled_inside_its_picture_is_found(
    audit, tmp_path: Path, qr_png: Path
) -> None:
    """The pixels tell even when the item is 1:1: a code whose image was itself resampled."""
    from PIL import Image

    resampled = tmp_path / "resampled.png"
    with Image.open(qr_png) as code:
        side = round(code.width * 0.85)
        code.resize((side, side), Image.Resampling.NEAREST).save(resampled)
    lines = audit(
        scene(f"""
        Image {{ objectName: "qrImage_url"; x: 40; y: 40; source: "{resampled.as_uri()}"
                 smooth: false }}
        """)
    )
    only(lines, "QR modules")


@pytest.mark.parametrize(
    ("module_px", "border", "what"),
    [(6, 1, "QR quiet zone 1.0 modules < 4"), (3, 4, "QR module 3 px < 4 px")],
    ids=["quiet-zone", "small-modules"],
)
def test_a_qr_code_too_small_or_too_tight_is_found(
    audit, tmp_path: Path, module_px: int, border: int, what: str
) -> None:
    code = tmp_path / "code.png"
    code.write_bytes(render_png("https://www.example.mo/", module_px=module_px, border=border))
    lines = audit(
        scene(f"""
        Image {{ objectName: "qrImage_url"; x: 40; y: 40; source: "{code.as_uri()}"
                 smooth: false }}
        """)
    )
    only(lines, what)


def test_a_control_without_an_accessible_name_is_found(audit) -> None:
    lines = audit(
        scene("""
        Rectangle { objectName: "mystery"; x: 40; y: 40; width: 120; height: 80; color: "#0B5D5B"
                    MouseArea { objectName: "mysteryArea"; anchors.fill: parent } }
        """)
    )
    only(lines, "MouseArea#mysteryArea: no accessible name")


@pytest.mark.parametrize("panel", ["inputPanel", "somePanel"])
def test_only_the_keyboards_own_touch_area_goes_unnamed(audit, panel: str) -> None:
    """Qt Virtual Keyboard's one touch area over its keys cannot be named; the same area
    anywhere but in the keyboard's panel is a control without a name."""
    lines = audit(
        scene(f"""
        Item {{ objectName: "{panel}"; x: 40; y: 300; width: 700; height: 260
                MultiPointTouchArea {{ objectName: "keyboardInputArea"; anchors.fill: parent }} }}
        """)
    )
    if panel == "inputPanel":
        assert lines == []
    else:
        only(lines, "MultiPointTouchArea#keyboardInputArea: no accessible name")


def test_what_a_modal_layer_covers_is_not_audited(audit) -> None:
    lines = audit(
        scene("""
        Text { x: 40; y: 40; width: 60; elide: Text.ElideRight; text: "Hidden below" }
        Rectangle { anchors.fill: parent; color: "white"
                    Accessible.role: Accessible.Button; Accessible.name: "Still there?"
                    MouseArea { anchors.fill: parent } }
        """)
    )
    assert lines == []


def test_contrast_ratio_matches_wcag() -> None:
    assert contrast_ratio((0, 0, 0), (255, 255, 255)) == pytest.approx(21.0)
    assert contrast_ratio((0x76, 0x76, 0x76), (255, 255, 255)) == pytest.approx(4.54, abs=0.01)


def test_a_tight_heavy_heading_is_judged_against_what_is_around_its_ink(audit) -> None:
    # Bold glyphs filling their box: more pixels of ink than of background.
    lines = audit(
        scene("""
        Rectangle { anchors.fill: parent; color: "#042A29" }
        Text { objectName: "ok"; x: 40; y: 40; text: "輕觸螢幕開始"; color: "white"
               font.pixelSize: 60; font.weight: Font.Black }
        Text { objectName: "dim"; x: 40; y: 200; text: "輕觸螢幕開始"; color: "#0B5D5B"
               font.pixelSize: 60; font.weight: Font.Black }
        """)
    )
    only(lines, "Text#dim")


def test_the_burn_in_shift_of_the_whole_picture_is_not_outside(audit) -> None:
    lines = audit(
        scene("""
        Item { objectName: "canvas"; x: 2; y: 1; width: 800; height: 600
               Button { width: 800; height: 600; name: "Touch to start" } }
        """)
    )
    assert lines == []


def test_class_names_are_read_without_keeping_a_meta_object_wrapper(qapp) -> None:
    """PySide keeps the wrapper of every meta-object it hands out; a QML object's own dies
    with the object, and a later item at that address came back from ``childItems()`` as a
    QMetaObject ("no attribute 'z'"). ``class_name`` asks the QML engine instead."""
    from PySide6.QtCore import QByteArray, QMetaObject, QUrl
    from PySide6.QtQml import QQmlComponent, QQmlEngine
    from shiboken6 import Shiboken

    def meta_wrappers() -> int:
        return sum(isinstance(w, QMetaObject) for w in Shiboken.getAllValidWrappers())

    engine = QQmlEngine()
    component = QQmlComponent(engine)
    source = b"import QtQuick\nItem { property int own: 1; Text { property int own: 2 } Text {} }"
    component.setData(QByteArray(source), QUrl())
    first, second = component.create(), component.create()
    for item in (first, *first.childItems()):  # the classes' shared meta-objects, once
        class_name(item)
    before = meta_wrappers()
    names = [class_name(second), *(class_name(child) for child in second.childItems())]
    assert names[0].startswith("QQuickItem_QML") and names[1].startswith("QQuickText_QML")
    assert names[2] == "QQuickText"
    assert meta_wrappers() == before
    second.metaObject()  # what it avoids: one more wrapper, kept
    assert meta_wrappers() == before + 1

"""Every colour of the UI is a Theme role: no QML file but Theme.qml writes one.

A colour written in a screen escapes accessibility mode (Theme switches every role to its
high-contrast value) and the contrast check of ``test_fonts_theme``. Names are those QColor
accepts; ``transparent`` is no colour and stays allowed.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QColor

from kiosk.resources import qml_dir

THEME = Path("KioskStyle") / "Theme.qml"
_STRING = re.compile(r"""(["'])(.*?)(?<!\\)\1""")
_HEX = re.compile(r"#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})")
_CALL = re.compile(r"\bQt\.(?:rgba|hsla|hsva|color)\s*\(")
_NAMES = {name.lower() for name in QColor.colorNames()} - {"transparent"}


def literal_colours(source: str) -> list[str]:
    """``line: text`` of every colour written in ``source`` (comments skipped)."""
    found = []
    for number, line in enumerate(source.splitlines(), 1):
        code = line.split("//", 1)[0]
        strings = [m.group(2) for m in _STRING.finditer(code)]
        colours = [s for s in strings if _HEX.fullmatch(s) or s.lower() in _NAMES]
        if colours or _CALL.search(code):
            found.append(f"{number}: {line.strip()}")
    return found


def qml_files() -> list[Path]:
    root = qml_dir()
    return sorted(p.relative_to(root) for p in root.rglob("*.qml") if p.relative_to(root) != THEME)


@pytest.mark.parametrize("relative", qml_files(), ids=str)
def test_no_colour_is_written_outside_the_theme(relative: Path) -> None:
    found = literal_colours((qml_dir() / relative).read_text(encoding="utf-8"))
    assert found == [], f"{relative}: use a Theme role instead of\n" + "\n".join(found)


@pytest.mark.parametrize(
    ("line", "caught"),
    [
        ('color: "#B3042A29"', True),
        ("color: '#fff'", True),
        ('border.color: "white"', True),
        ("color: Qt.rgba(1, 1, 1, 0.16)", True),
        ('case "x": return "DarkRed"', True),
        ('color: "transparent"', False),
        ("color: Theme.backdrop", False),
        ('objectName: "qrCode_vcard"  // not "#fff"', False),
        ('text: qsTr("Booth #12")', False),
    ],
)
def test_the_check_sees_colours_and_only_colours(line: str, caught: bool) -> None:
    assert bool(literal_colours(line)) is caught

"""Chinese never shows as tofu, and every colour pair a visitor reads has 4.5:1 contrast."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QFont, QRawFont
from PySide6.QtQml import QQmlEngine

from kiosk.domain.countries import country_name
from kiosk.domain.languages import LANGUAGES, language
from kiosk.domain.ltext import localize
from kiosk.resources import qml_dir, sample_pack_dir
from kiosk.ui import shell_content
from kiosk.ui.fonts import font_family, load_fonts
from kiosk.ui.i18n import ts_path


def translations(tag: str) -> Iterator[str]:
    root = ET.parse(ts_path(language(tag))).getroot()
    for message in root.iter("message"):
        translation = message.find("translation")
        forms = list(translation.iter("numerusform"))
        if not forms:  # a plural's text is its forms; around them is only the file's layout
            yield translation.text or ""
        yield from (form.text or "" for form in forms)


def ltexts(value: object) -> Iterator[dict]:
    """Every localised-text object in a content pack's JSON."""
    if isinstance(value, dict):
        if (
            value
            and all(isinstance(v, str) for v in value.values())
            and (set(value) & {"en", "pt", "zh-Hant", "zh-Hans"})
        ):
            yield value
        for child in value.values():
            yield from ltexts(child)
    elif isinstance(value, list):
        for child in value:
            yield from ltexts(child)


def content_texts(sessions, content_dir, tag: str) -> Iterator[str]:
    """What the shell shows of the test event and (once it exists) the bundled sample pack."""
    content = shell_content.load(sessions, content_dir)
    for text in (content.tagline, content.event_name, content.venue, content.organizer_name):
        yield localize(text, tag)
    for highlight in content.highlights:
        yield localize(highlight.name, tag)
        yield localize(highlight.summary, tag)
        yield country_name(highlight.country, tag)
    pack = sample_pack_dir() / "content.json"
    if pack.exists():
        for text in ltexts(json.loads(pack.read_text(encoding="utf-8"))):
            yield localize(text, tag)


@pytest.mark.parametrize("tag", ["zh-Hant", "zh-Hans"])
def test_every_chinese_string_is_covered_by_the_bundled_font(
    qapp, database, settings, event, tag: str
) -> None:
    assert any("Noto Sans CJK" in family for family in load_fonts())
    family = font_family(tag)
    raw = QRawFont.fromFont(QFont(family))
    assert raw.isValid() and raw.familyName() == family, "the bundled font must be the one used"
    texts = [
        *translations(tag),
        *content_texts(database.sessions, settings.content_dir, tag),
        *(lang.native_name for lang in LANGUAGES),
    ]
    assert sum(len(t) for t in texts) > 200
    missing = sorted({c for text in texts for c in text if not raw.supportsCharacter(ord(c))})
    assert not missing, f"{family} lacks {missing!r} ({[hex(ord(c)) for c in missing]})"


@pytest.mark.parametrize("tag", ["zh-Hant", "zh-Hans"])
def test_bold_chinese_has_a_real_bold_face_covering_the_ui(
    qapp, database, settings, event, tag: str
) -> None:
    """Bold headings use the bundled bold face, not regular glyphs smeared by the renderer
    (which offscreen renders did not even do)."""
    load_fonts()
    family = font_family(tag)
    bold = QFont(family)
    bold.setWeight(QFont.Weight.Bold)
    raw = QRawFont.fromFont(bold)
    assert raw.isValid() and raw.familyName() == family
    assert raw.weight() >= QFont.Weight.Bold and raw.styleName() == "Bold"
    texts = [*translations(tag), *content_texts(database.sessions, settings.content_dir, tag)]
    missing = sorted({c for text in texts for c in text if not raw.supportsCharacter(ord(c))})
    assert not missing, f"bold {family} lacks {missing!r}"


def luminance(color: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(v) for v in (color.redF(), color.greenF(), color.blueF()))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(fg: QColor, bg: QColor) -> float:
    high, low = sorted((luminance(fg), luminance(bg)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_theme_text_colours_meet_wcag_aa(qapp) -> None:
    engine = QQmlEngine()
    engine.addImportPath(str(qml_dir()))
    theme = engine.singletonInstance("KioskStyle", "Theme")
    pairs = theme.property("contrastPairs").toVariant()
    assert len(pairs) >= 15
    failures = []
    for name, fg, bg in pairs:
        ratio = contrast(QColor(fg), QColor(bg))
        if ratio < 4.5:
            failures.append(f"{name}: {ratio:.2f}:1")
    assert not failures, failures
    assert contrast(QColor("#777777"), QColor("#FFFFFF")) < 4.5  # the check can fail
    assert theme.property("touchMin") >= 48

"""Counts read as each language says them: "1 lead", "2 leads" (Qt's numerus forms, English's
from its plural-only .ts), not "1 leads"."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from kiosk.ui.i18n import Translations

CASES = [
    ("en", 1, "Wipe %n lead(s)?", "Wipe 1 lead?"),
    ("en", 2, "Wipe %n lead(s)?", "Wipe 2 leads?"),
    ("pt", 1, "Wipe %n lead(s)?", "Apagar 1 contacto?"),
    ("pt", 12, "Wipe %n lead(s)?", "Apagar 12 contactos?"),
    ("zh-Hant", 1, "Wipe %n lead(s)?", "清除 1 個潛在客戶？"),
    ("zh-Hans", 3, "Wipe %n lead(s)?", "清除 3 个潜在客户？"),
]


@pytest.fixture
def translations(qapp, tmp_path: Path):
    loaded = Translations(tmp_path)
    yield loaded
    loaded.activate("en")


@pytest.mark.parametrize(("lang", "n", "source", "expected"), CASES)
def test_counts_take_the_languages_plural(
    translations: Translations, lang: str, n: int, source: str, expected: str
) -> None:
    translations.activate(lang)
    assert QCoreApplication.translate("StaffWipePanel", source, None, n) == expected


def test_one_lead_in_the_real_wipe_panel_text(translations: Translations) -> None:
    translations.activate("en")
    text = QCoreApplication.translate(
        "StaffWipePanel", "%n lead(s) are in a verified export and can be wiped.", None, 1
    )
    assert text == "1 lead is in a verified export and can be wiped."

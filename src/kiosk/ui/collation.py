"""Sort lists a visitor scrolls the way their language does, with Qt's ICU collator.

Code-point order put Portuguese names with an accent last ("Zâmbia, África do Sul, Áustria,
Índia") and Chinese names in no order a reader knows. ICU (bundled with Qt) gives Portuguese
alphabetical order, Simplified Chinese by Pinyin and Traditional Chinese by stroke count.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from PySide6.QtCore import QCollator, QLocale

from kiosk.domain.languages import language


@cache
def _collator(tag: str) -> QCollator:
    collator = QCollator(QLocale(language(tag).qt_locale))
    collator.setNumericMode(True)  # "Booth 9" before "Booth 10"
    return collator


def sort_key(tag: str) -> Callable[[str], object]:
    """A key for ``sorted`` that orders strings as readers of language ``tag`` expect."""
    return _collator(tag).sortKey

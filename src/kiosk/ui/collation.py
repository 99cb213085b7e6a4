"""Sort lists a visitor scrolls the way their language does, with Qt's ICU collator.

Code-point order put Portuguese names with an accent last ("Zâmbia, África do Sul, Áustria,
Índia") and Chinese names in no order a reader knows. ICU (bundled with Qt) gives Portuguese
alphabetical order, Simplified Chinese by Pinyin and Traditional Chinese by stroke count.
Every list a visitor scrolls uses it: the directory, the filter chips, the products and their
countries, and the lead form's pickers.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import cache
from typing import TypeVar

from PySide6.QtCore import QCollator, QLocale

from kiosk.domain.languages import language

T = TypeVar("T")


@cache
def _collator(tag: str) -> QCollator:
    collator = QCollator(QLocale(language(tag).qt_locale))
    collator.setNumericMode(True)  # "Booth 9" before "Booth 10"
    return collator


def sort_key(tag: str) -> Callable[[str], object]:
    """A key for ``sorted`` that orders strings as readers of language ``tag`` expect."""
    return _collator(tag).sortKey


def collated(
    items: Iterable[T],
    text: Callable[[T], str],
    tag: str,
    group: Callable[[T], int] = lambda _item: 0,
) -> list[T]:
    """``items`` by ``group`` (e.g. Macao and the PSC first), then by ``text`` in ``tag``."""
    key = sort_key(tag)
    return sorted(items, key=lambda item: (group(item), key(text(item))))

"""Sizes in the staff's language (``kiosk.domain.sizes``, CLDR units through Babel)."""

from __future__ import annotations

import pytest

from kiosk.domain.sizes import format_size

SIZES = (0, 1, 999, 12_400, 950_000_000, 14_200_000_000)


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", ["0 bytes", "1 byte", "999 bytes", "12.4 kB", "950 MB", "14.2 GB"]),
        ("pt", ["0 bytes", "1 byte", "999 bytes", "12,4 kB", "950 MB", "14,2 GB"]),
        ("zh-Hans", ["0字节", "1字节", "999字节", "12.4 kB", "950 MB", "14.2 GB"]),
        ("zh-Hant", ["0 位元組", "1 位元組", "999 位元組", "12.4 kB", "950 MB", "14.2 GB"]),
    ],
)
def test_sizes_read_as_the_language_writes_them(lang: str, expected: list[str]) -> None:
    assert [format_size(n, lang) for n in SIZES] == expected


def test_limits_set_in_powers_of_1024_read_round() -> None:
    assert format_size(20 * 1024 * 1024, binary=True) == "20 MB"
    assert format_size(20 * 1024 * 1024) == "21 MB"
    assert format_size(1_536, "pt", binary=True) == "1,5 kB"

"""Simplified to Traditional Chinese for what a visitor types (OpenCC, Hong Kong standard).

Qt Virtual Keyboard's Pinyin engine knows Simplified characters only; a Macao visitor who
types Pinyin in the Traditional Chinese UI gets its candidates in Traditional characters.
Macao's written standard follows Hong Kong's, so the ``s2hk`` table is used.
"""

from __future__ import annotations

from functools import cache, lru_cache


@cache
def _s2hk():
    from opencc import OpenCC

    return OpenCC("s2hk")


@lru_cache(maxsize=4096)  # candidates repeat as the visitor types
def to_traditional(text: str) -> str:
    """``text`` in Traditional characters (unchanged where there is nothing to convert)."""
    return _s2hk().convert(text) if text else text

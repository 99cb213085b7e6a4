"""People's names as they write them: a family name and given name(s), either may be alone.

Chinese names are written family name first without a space (陳大文); Portuguese and English
ones given name first (Marta Vieira). A CRM and a vCard want the two parts apart, so the form
asks for both; these helpers join them for display and, for an old single-string name, guess the
split a phone or CRM would make.
"""

from __future__ import annotations

import unicodedata

# Two-character Chinese family names (traditional and simplified) worth telling apart; every
# other Chinese name is taken to have a one-character family name, as nearly all do.
_COMPOUND_FAMILY = frozenset(
    {
        "歐陽",
        "欧阳",
        "司徒",
        "司馬",
        "司马",
        "諸葛",
        "诸葛",
        "上官",
        "夏侯",
        "公孫",
        "公孙",
        "東方",
        "东方",
        "皇甫",
        "尉遲",
        "尉迟",
        "令狐",
        "慕容",
        "長孫",
        "长孙",
        "宇文",
        "軒轅",
        "轩辕",
        "澹臺",
        "澹台",
        "端木",
        "西門",
        "西门",
        "南宮",
        "南宫",
    }
)


def is_cjk(text: str) -> bool:
    """True when ``text`` holds Han, Hiragana, Katakana or Hangul letters."""
    for ch in text:
        name = unicodedata.name(ch, "")
        if name.startswith(("CJK UNIFIED", "CJK COMPATIBILITY IDEOGRAPH", "HIRAGANA", "KATAKANA")):
            return True
        if name.startswith("HANGUL"):
            return True
    return False


def family_first(language: str) -> bool:
    """Whether the form asks the family name first in ``language`` (Chinese: yes)."""
    return language.startswith("zh")


def compose_name(family: str | None, given: str | None) -> str:
    """The whole name for display: ``陳大文``, ``Marta Vieira``, or the one part given."""
    family, given = (family or "").strip(), (given or "").strip()
    if not family or not given:
        return family or given
    if is_cjk(family) and is_cjk(given):
        return family + given
    return f"{given} {family}"


def split_name(whole: str | None) -> tuple[str, str]:
    """``(family, given)`` guessed from a name written as one string.

    Chinese: the first character (or a known two-character family name) is the family name.
    Otherwise the last word is the family name and the rest the given names, as a phone's
    contact app would split it. A single word is a family name with no given name.
    """
    text = " ".join((whole or "").split())
    if not text:
        return "", ""
    if is_cjk(text) and " " not in text:
        if len(text) == 1:
            return text, ""
        cut = 2 if text[:2] in _COMPOUND_FAMILY and len(text) > 2 else 1
        return text[:cut], text[cut:]
    given, _, family = text.rpartition(" ")
    return family, given

"""Cleaning what a visitor typed before it is checked or stored.

Input comes from a touch keyboard, a badge scanner or a paper card typed by staff, so it may carry
surrounding spaces (including the ideographic space U+3000), control characters a scanner sends,
lone surrogates that no database can store, and digits from other scripts.
"""

from __future__ import annotations

import re
import unicodedata

# Characters that are never part of a name, company or message. Newline and tab survive in
# multi-line text only; lone surrogates (Cs) cannot be encoded as UTF-8 at all.
_DROP_CATEGORIES = frozenset({"Cc", "Cs"})
_SPACE_RUN = re.compile(r"\s+")


def _drop_controls(value: str, keep: str = "") -> str:
    return "".join(
        ch for ch in value if ch in keep or unicodedata.category(ch) not in _DROP_CATEGORIES
    )


def _fold_width(value: str) -> str:
    """Full-width letters and digits (a Chinese IME in full-width mode) as plain ASCII.

    Full-width punctuation stays: "你好，谢谢！" is correct Chinese.
    """
    return "".join(
        chr(ord(ch) - 0xFEE0) if ch.isalnum() and "\uff10" <= ch <= "\uff5a" else ch for ch in value
    )


def clean_line(value: str, *, fold_width: bool = True) -> str:
    """One line of text: NFC, full-width folded, controls removed, spaces collapsed and trimmed.

    Only full-width letters and digits are folded, not all of NFKC, to keep what the visitor
    wrote: "ＡＢＣ" becomes "ABC" but "MICE²" stays "MICE²" in a company name.
    """
    value = unicodedata.normalize("NFC", value)
    value = _drop_controls(_fold_width(value) if fold_width else value, keep="\t\n\r")
    return _SPACE_RUN.sub(" ", value).strip()


def clean_block(value: str) -> str:
    """Several lines (a message): NFC, line breaks unified and kept, other controls removed."""
    value = _fold_width(unicodedata.normalize("NFC", value))
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    return _drop_controls(value, keep="\n\t").strip()


def nfkc_trim(value: str) -> str:
    """Compatibility form, trimmed: full-width ``ａ＠ｂ．ｃｏｍ`` becomes ``a@b.com``."""
    return _drop_controls(unicodedata.normalize("NFKC", value)).strip()


def ascii_digits(value: str) -> str:
    """Every decimal digit of any script (Arabic-Indic ٣, full-width ３, …) as an ASCII digit."""
    out = []
    for ch in value:
        if ch.isdigit() and not ch.isascii():
            try:
                out.append(str(unicodedata.decimal(ch)))
                continue
            except ValueError:
                pass  # superscripts and the like are "digits" without a decimal value
        out.append(ch)
    return "".join(out)

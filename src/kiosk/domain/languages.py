"""The four visitor languages and what each implies (fallback order, locale, keyboard, font)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Language:
    """A UI language the visitor can pick."""

    tag: str  # BCP 47 tag as used in content packs
    native_name: str  # how the language names itself on the switch
    qt_locale: str  # locale name for QTranslator / QLocale
    # Keyboard layouts (folders of qml/keyboard/layouts), first is the default. "zh_MO" is the
    # kiosk's Pinyin giving Traditional characters; "zh_TW" Cangjie (first) and Zhuyin.
    keyboard_locales: tuple[str, ...]
    cjk_family: str | None  # Noto Sans CJK family that gives the right glyph shapes
    default_country: str | None  # default visitor country on the lead form
    babel_locale: str  # CLDR locale for Babel (country names, numbers, units)


ZH_HANT = Language(
    "zh-Hant",
    "繁體中文",
    "zh_TW",
    ("zh_TW", "zh_MO", "en_GB"),
    "Noto Sans CJK TC",
    "MO",
    "zh_Hant_MO",
)
ZH_HANS = Language(
    "zh-Hans", "简体中文", "zh_CN", ("zh_CN", "en_GB"), "Noto Sans CJK SC", "CN", "zh_Hans_CN"
)
PT = Language("pt", "Português", "pt_PT", ("pt_PT", "en_GB"), None, "PT", "pt_PT")
EN = Language("en", "English", "en_GB", ("en_GB",), None, None, "en_GB")

LANGUAGES: tuple[Language, ...] = (ZH_HANT, ZH_HANS, PT, EN)
BY_TAG: dict[str, Language] = {lang.tag: lang for lang in LANGUAGES}
DEFAULT_LANGUAGE = EN

# Content fallback after the requested language (docs/content-format.md).
CONTENT_FALLBACK: tuple[str, ...] = ("en", "pt", "zh-Hant", "zh-Hans")


def language(tag: str) -> Language:
    """The language for ``tag``; unknown tags fall back to English rather than failing."""
    return BY_TAG.get(tag, DEFAULT_LANGUAGE)

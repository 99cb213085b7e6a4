"""Every catalogue message, through the compiled translations the window loads, reads in each
kiosk language with its parameters filled in: nothing falls back to English."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest

from kiosk.domain.message_texts import TEXTS
from kiosk.domain.messages import Message, english
from kiosk.ui.i18n import Translations
from kiosk.ui.messages import translated

HAN = re.compile("[\u4e00-\u9fff]")


def sample(code: str) -> Message:
    """The message with every parameter a number (``{n:,}`` wants one; any other takes it)."""
    names = {name for _, name, _, _ in string.Formatter().parse(TEXTS[code]) if name}
    return Message(code, **dict.fromkeys(names, 12345))


@pytest.fixture(scope="module")
def translations(qapp, i18n_cache: Path) -> Translations:
    return Translations(i18n_cache)


@pytest.mark.parametrize("tag", ["zh-Hant", "zh-Hans", "pt"])
def test_every_message_reads_in_the_language(translations: Translations, tag: str) -> None:
    untranslated = []
    for code in TEXTS:
        message = sample(code)
        source, words = english(message), translated(message, translations, tag)
        assert not re.search(r"\{[a-z_]+[:}]", words), (code, words)  # all filled in
        has_words = re.search("[a-z]{4}", re.sub(r"\{[^}]*\}", "", TEXTS[code]))
        if has_words and (words == source or (tag != "pt" and not HAN.search(words))):
            untranslated.append(code)
    assert not untranslated, f"{tag}: {untranslated}"


def test_nested_words_are_translated_too(translations: Translations) -> None:
    message = Message(
        "content.reference_hint", value='"fod"', what=Message("term.sector"), suggestion="food"
    )
    assert translated(message, translations, "zh-Hans") == (
        '"fod" 不是任何行业的 ID；您是否指 "food"？'
    )
    assert translated(message, translations, "en") == english(message)


@pytest.mark.parametrize("tag", ["zh-Hant", "zh-Hans", "pt", "en"])
def test_the_window_reads_every_message_as_python_renders_it(
    translations: Translations, tag: str
) -> None:
    """``Messages.qml`` (what the window shows) and :func:`translated` (the CLI's and the
    screenshots' rendering) agree on every catalogue message, nested words and grouped
    numbers included, in each language."""
    from PySide6.QtCore import QLocale
    from PySide6.QtQml import QQmlComponent, QQmlEngine

    from kiosk.domain.languages import language
    from kiosk.domain.messages import to_data
    from kiosk.resources import qml_dir

    engine = QQmlEngine()
    engine.addImportPath(str(qml_dir()))
    component = QQmlComponent(engine)
    component.setData(
        b"import QtQuick\nimport Kiosk\nQtObject { function text(m) { return Messages.text(m) } }",
        "probe.qml",
    )
    probe = component.create()
    assert probe is not None, component.errorString()
    previous = QLocale()
    translations.activate(tag)
    QLocale.setDefault(QLocale(language(tag).qt_locale))
    try:
        messages = [sample(code) for code in TEXTS] + [
            Message("content.too_long", length=20_001, limit=20_000),
            Message(
                "content.reference_hint",
                value='"{x}"',
                what=Message("term.sector"),
                suggestion="food",
            ),
        ]
        differ = []
        for message in messages:
            shown = probe.text(to_data(message))
            # Qt groups four-digit numbers as CLDR says for Portuguese (1234), Babel does not.
            expected = translated(message, translations, tag)
            if shown != expected and shown.replace("\xa0", "") != expected.replace("\xa0", ""):
                differ.append((message.code, shown, expected))
        assert not differ, differ[:5]
    finally:
        translations.activate("en")
        QLocale.setDefault(previous)
        del probe

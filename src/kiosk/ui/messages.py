"""Messages in the window: the catalogue's English, looked up for QML, where ``Messages.qml``
translates it with ``qsTranslate`` (so a language switch re-translates every shown message in
place) and this fills the parameters in with the same code the command line uses.

:func:`translated` does the same in Python for a given language, for tests and screenshots.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Slot
from PySide6.QtQml import QmlElement, QmlSingleton

from kiosk.domain.languages import DEFAULT_LANGUAGE, language
from kiosk.domain.message_texts import TEXTS
from kiosk.domain.messages import Message, fill, render
from kiosk.ui.i18n import Translations

QML_IMPORT_NAME = "KioskBackend"
QML_IMPORT_MAJOR_VERSION = 1


@QmlElement
@QmlSingleton
class MessageTexts(QObject):
    """The catalogue as QML sees it: English by code, and the filling-in of parameters in the
    window's language (numbers grouped its way; the window sets it before retranslating)."""

    locale = language(DEFAULT_LANGUAGE.tag).qt_locale

    @classmethod
    def set_language(cls, tag: str) -> None:
        cls.locale = language(tag).qt_locale

    @Slot(str, result=str)
    def english(self, code: str) -> str:
        return TEXTS.get(code, "")

    @Slot(str, "QVariantMap", result=str)
    def fill(self, template: str, values: dict[str, Any]) -> str:
        try:
            return fill(template, values, self.locale)
        except (KeyError, IndexError, ValueError):  # a translation naming a wrong placeholder
            return template  # tests/unit/test_messages.py keeps this from happening


def translated(message: Message, translations: Translations, tag: str) -> str:
    """``message`` in language ``tag``, as the window shows it."""
    return render(
        message,
        lambda code, english: translations.translate(tag, code, english),
        language(tag).qt_locale,
    )

"""Messages as the window shows them, in Python: ``Messages.qml`` translates a message's English
with ``qsTranslate`` (so a language switch re-translates every shown message in place) and fills
in its parameters; :func:`translated` does the same for a given language, for tests and
screenshots.
"""

from __future__ import annotations

from kiosk.domain.languages import language
from kiosk.domain.messages import Message, render
from kiosk.ui.i18n import Translations


def translated(message: Message, translations: Translations, tag: str) -> str:
    """``message`` in language ``tag``, as the window shows it."""
    return render(
        message,
        lambda code, english: translations.translate(tag, code, english),
        language(tag).qt_locale,
    )

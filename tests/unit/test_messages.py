"""The one message pipeline: every message code has its English once and a finished
translation in every language, with the same placeholders; every code the sources raise is in
the catalogue; the command line's English is the catalogue's."""

from __future__ import annotations

import re
import string
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from kiosk.domain.message_texts import TEXTS
from kiosk.domain.messages import Message, english, render, to_data
from kiosk.resources import i18n_dir

SOURCES = Path(__file__).resolve().parents[2] / "src" / "kiosk"
LANGUAGE_FILES = ("kiosk_zh_TW.ts", "kiosk_zh_CN.ts", "kiosk_pt_PT.ts")
# A code written where a message is made: Message("content.required", ...).
RAISED = re.compile(r"""\bMessage\(\s*["']([a-z0-9_.]+)["']""")
# The lead rules name their codes short: c.add("email", "contact.required") is lead.contact...
LEAD_RULES = SOURCES / "domain" / "leads" / "validation.py"
LEAD_RAISED = re.compile(r'\.add\(\s*[^,()]+,\s*"([a-z_]+\.[a-z_]+)"')


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def translations(file_name: str) -> dict[str, tuple[str, str, str | None]]:
    """code → (English, translation, type) for the catalogue's entries in one .ts file."""
    found = {}
    for context in ET.parse(i18n_dir() / file_name).getroot().iter("context"):
        code = context.findtext("name") or ""
        if code in TEXTS:
            for message in context.iter("message"):
                tr = message.find("translation")
                assert tr is not None
                found[code] = (message.findtext("source") or "", tr.text or "", tr.get("type"))
    return found


@pytest.mark.parametrize("file_name", LANGUAGE_FILES)
def test_every_code_is_translated_with_the_same_placeholders(file_name: str) -> None:
    found = translations(file_name)
    missing = sorted(set(TEXTS) - set(found))
    assert not missing, f"{file_name}: no translation for {missing}"
    for code, english_text in TEXTS.items():
        source, translated, kind = found[code]
        assert source == english_text, f"{file_name}: {code} is stale (run kiosk.ui.i18n update)"
        assert translated.strip() and kind is None, f"{file_name}: {code} is unfinished"
        assert placeholders(translated) == placeholders(english_text), (
            f"{file_name}: {code}: {translated!r} does not name {placeholders(english_text)}"
        )
        words = re.sub(r"\{[^}]*\}", "", english_text)  # placeholders are not words
        assert translated != english_text or not re.search("[a-z]{4}", words), (
            f"{file_name}: {code} is left in English"
        )


def test_every_code_raised_in_the_sources_is_in_the_catalogue() -> None:
    raised = {
        (path.relative_to(SOURCES).as_posix(), code)
        for path in SOURCES.rglob("*.py")
        for code in RAISED.findall(path.read_text(encoding="utf-8"))
    }
    raised |= {
        ("domain/leads/validation.py", "lead." + code)
        for code in LEAD_RAISED.findall(LEAD_RULES.read_text(encoding="utf-8"))
    }
    assert len(raised) > 40  # the scan finds the producers
    unknown = sorted((where, code) for where, code in raised if code not in TEXTS)
    assert not unknown, unknown


def test_codes_kept_in_tables_are_in_the_catalogue() -> None:
    """Codes chosen by a key (a booking refusal's cause) rather than written at the raise."""
    from kiosk.domain.matching import REFUSALS

    assert set(REFUSALS.values()) <= set(TEXTS)


def test_codes_are_area_dot_name_and_texts_are_one_line() -> None:
    for code, text in TEXTS.items():
        assert re.fullmatch(r"[a-z_]+(\.[a-z0-9_]+)+", code), code
        assert "\n" not in text and text == text.strip(), code


def test_an_unknown_code_fails_where_the_message_is_made() -> None:
    with pytest.raises(KeyError, match="no message text"):
        Message("lead.no_such_thing")


def test_english_fills_the_parameters_and_nested_messages() -> None:
    message = Message("lead.message.too_long", max=500, length=512)
    assert (
        english(message)
        == str(message)
        == ("Please shorten your message to 500 characters (it has 512).")
    )
    assert message == Message("lead.message.too_long", length=512, max=500)
    assert hash(message) == hash(Message("lead.message.too_long", length=512, max=500))
    framed = render(message, lambda code, text: f"[{code}] {text}")
    assert framed == (
        "[lead.message.too_long] Please shorten your message to 500 characters (it has 512)."
    )
    assert to_data(message) == {
        "code": "lead.message.too_long",
        "english": "Please shorten your message to {max} characters (it has {length}).",
        "params": {"max": 500, "length": 512},
    }


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        (None, "is 20,001 characters long; at most 20,000 are allowed"),
        ("en_GB", "is 20,001 characters long; at most 20,000 are allowed"),
        ("pt_PT", "is 20\xa0001 characters long; at most 20\xa0000 are allowed"),
    ],
)
def test_grouped_numbers_follow_the_locale_given(locale: str | None, expected: str) -> None:
    message = Message("content.too_long", length=20_001, limit=20_000)
    assert render(message, locale=locale) == expected

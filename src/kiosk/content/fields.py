"""Checks of single values (ids, countries, dates, contacts), each returning a clean value.

Each function raises :class:`FieldError` with a message that completes ``<path>: ...``; the
validator turns it into a located problem and carries on with the rest of the pack.
"""

from __future__ import annotations

import re
from datetime import date, time
from functools import cache
from urllib.parse import urlsplit

import phonenumbers
from email_validator import EmailNotValidError, validate_email

from kiosk.content.problems import close_match, quote
from kiosk.domain.countries import known_codes
from kiosk.domain.ids import is_identifier
from kiosk.domain.messages import Message

# Matched whole (fullmatch): "$" would let a trailing newline through.
LANGUAGE_TAG = re.compile(r"[a-z]{2,3}(-[A-Za-z0-9]{1,8})*")
KIOSK_TAGS = ("en", "pt", "zh-Hant", "zh-Hans")
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)
CLOCK_TIME = re.compile(r"\d{2}:\d{2}", re.ASCII)
# Codes people write that are not ISO 3166-1.
_COUNTRY_SLIPS = {"UK": "GB", "EL": "GR"}

_PHONE_REASONS = {
    phonenumbers.ValidationResult.INVALID_COUNTRY_CODE: "term.phone.country_code",
    phonenumbers.ValidationResult.TOO_SHORT: "term.phone.too_short",
    phonenumbers.ValidationResult.TOO_LONG: "term.phone.too_long",
    phonenumbers.ValidationResult.INVALID_LENGTH: "term.phone.length",
}


class FieldError(ValueError):
    """A value that breaks its field's rule; ``message`` says what is wrong."""

    def __init__(self, message: Message) -> None:
        super().__init__(str(message))
        self.message = message


def identifier(value: str) -> str:
    if is_identifier(value):
        return value
    raise FieldError(Message("field.identifier", value=quote(value)))


def language_tag(tag: str) -> str:
    by_lower = {t.lower(): t for t in KIOSK_TAGS}
    if tag not in KIOSK_TAGS and tag.lower() in by_lower:
        raise FieldError(
            Message("field.language_case", value=quote(tag), tag=by_lower[tag.lower()])
        )
    if not LANGUAGE_TAG.fullmatch(tag):
        raise FieldError(Message("field.language", value=quote(tag), tags=", ".join(KIOSK_TAGS)))
    return tag


def country(value: str) -> str:
    codes = known_codes()
    if value in codes:
        return value
    if value.upper() in codes:
        raise FieldError(Message("field.country_case", value=quote(value), code=value.upper()))
    slip = _COUNTRY_SLIPS.get(value.upper())
    if slip:
        raise FieldError(Message("field.country_slip", value=quote(value), code=slip))
    raise FieldError(Message("field.country", value=quote(value)))


def iso_date(value: str) -> date:
    if ISO_DATE.fullmatch(value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise FieldError(Message("field.date_unreal", value=quote(value))) from None
    raise FieldError(Message("field.date", value=quote(value)))


def clock_time(value: str) -> time:
    """A local time of day, ``HH:MM`` (24-hour clock)."""
    if CLOCK_TIME.fullmatch(value):
        try:
            return time.fromisoformat(value)
        except ValueError:
            pass
    raise FieldError(Message("field.time", value=quote(value)))


@cache
def _timezones() -> frozenset[str]:
    from zoneinfo import available_timezones

    return frozenset(available_timezones())


def timezone(value: str) -> str:
    if value in _timezones():
        return value
    close = close_match(value, _timezones())
    if close:
        raise FieldError(Message("field.timezone_hint", value=quote(value), suggestion=close))
    raise FieldError(Message("field.timezone", value=quote(value)))


def email(value: str) -> str:
    try:
        return validate_email(value, check_deliverability=False).normalized
    except EmailNotValidError:
        # email_validator explains in English only; the example says what is wanted in any.
        raise FieldError(Message("field.email", value=quote(value))) from None


def phone(value: str) -> str:
    """The number in E.164 (``+85366123456``); it must carry its country code."""
    if not value.lstrip().startswith("+"):
        raise FieldError(Message("field.phone_plus", value=quote(value)))
    try:
        number = phonenumbers.parse(value, None)
    except phonenumbers.NumberParseException as exc:
        if exc.error_type == phonenumbers.NumberParseException.INVALID_COUNTRY_CODE:
            why = Message(_PHONE_REASONS[phonenumbers.ValidationResult.INVALID_COUNTRY_CODE])
            raise FieldError(
                Message("field.phone_reason", value=quote(value), reason=why)
            ) from None
        raise FieldError(Message("field.phone", value=quote(value))) from None
    reason = phonenumbers.is_possible_number_with_reason(number)
    if reason not in (
        phonenumbers.ValidationResult.IS_POSSIBLE,
        phonenumbers.ValidationResult.IS_POSSIBLE_LOCAL_ONLY,
    ):
        why = Message(_PHONE_REASONS.get(reason, "term.phone.impossible"))
        raise FieldError(Message("field.phone_reason", value=quote(value), reason=why))
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def website(value: str) -> str:
    stripped = value.strip()
    try:
        parts = urlsplit(stripped)
        host = parts.hostname
    except ValueError:
        host, parts = None, None
    if parts is None or parts.scheme.lower() not in ("http", "https"):
        raise FieldError(Message("field.website_scheme", value=quote(value)))
    if not host or any(ch.isspace() for ch in stripped):
        raise FieldError(Message("field.website_host", value=quote(value)))
    return stripped

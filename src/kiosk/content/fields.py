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

from kiosk.content.problems import did_you_mean, quote
from kiosk.domain.countries import known_codes
from kiosk.domain.ids import is_identifier

# Matched whole (fullmatch): "$" would let a trailing newline through.
LANGUAGE_TAG = re.compile(r"[a-z]{2,3}(-[A-Za-z0-9]{1,8})*")
KIOSK_TAGS = ("en", "pt", "zh-Hant", "zh-Hans")
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)
CLOCK_TIME = re.compile(r"\d{2}:\d{2}", re.ASCII)
# Codes people write that are not ISO 3166-1.
_COUNTRY_SLIPS = {"UK": "GB", "EL": "GR"}

_PHONE_REASONS = {
    phonenumbers.ValidationResult.INVALID_COUNTRY_CODE: "its country code does not exist",
    phonenumbers.ValidationResult.TOO_SHORT: "it has too few digits",
    phonenumbers.ValidationResult.TOO_LONG: "it has too many digits",
    phonenumbers.ValidationResult.INVALID_LENGTH: "it has the wrong number of digits",
}


class FieldError(ValueError):
    """A value that breaks its field's rule; the message says what is wrong."""


def identifier(value: str) -> str:
    if is_identifier(value):
        return value
    raise FieldError(
        f"{quote(value)} is not a valid id: use 1 to 64 lower-case letters, digits, "
        '".", "_" or "-", starting with a letter or digit'
    )


def language_tag(tag: str) -> str:
    by_lower = {t.lower(): t for t in KIOSK_TAGS}
    if tag not in KIOSK_TAGS and tag.lower() in by_lower:
        raise FieldError(f'language {quote(tag)} must be written "{by_lower[tag.lower()]}"')
    if not LANGUAGE_TAG.fullmatch(tag):
        raise FieldError(
            f"{quote(tag)} is not a language tag (the kiosk shows {', '.join(KIOSK_TAGS)})"
        )
    return tag


def country(value: str) -> str:
    codes = known_codes()
    if value in codes:
        return value
    if value.upper() in codes:
        raise FieldError(f'{quote(value)} is not a country code; did you mean "{value.upper()}"?')
    slip = _COUNTRY_SLIPS.get(value.upper())
    if slip:
        raise FieldError(f'{quote(value)} is not an ISO 3166-1 code; use "{slip}"')
    raise FieldError(
        f"{quote(value)} is not an ISO 3166-1 alpha-2 country code (e.g. MO, CN, PT, BR)"
    )


def iso_date(value: str) -> date:
    if ISO_DATE.fullmatch(value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise FieldError(f"{quote(value)} is not a real date") from None
    raise FieldError(f"{quote(value)} is not a date in the form YYYY-MM-DD")


def clock_time(value: str) -> time:
    """A local time of day, ``HH:MM`` (24-hour clock)."""
    if CLOCK_TIME.fullmatch(value):
        try:
            return time.fromisoformat(value)
        except ValueError:
            pass
    raise FieldError(f"{quote(value)} is not a time of day in the form HH:MM (e.g. 09:30)")


@cache
def _timezones() -> frozenset[str]:
    from zoneinfo import available_timezones

    return frozenset(available_timezones())


def timezone(value: str) -> str:
    if value in _timezones():
        return value
    hint = did_you_mean(value, _timezones())
    raise FieldError(
        f"{quote(value)} is not an IANA time zone (e.g. Asia/Shanghai, Asia/Macau){hint}"
    )


def email(value: str) -> str:
    try:
        return validate_email(value, check_deliverability=False).normalized
    except EmailNotValidError as exc:
        reason = str(exc).rstrip(".")
        reason = reason[:1].lower() + reason[1:]
        raise FieldError(f"{quote(value)} is not an email address: {reason}") from None


def phone(value: str) -> str:
    """The number in E.164 (``+85366123456``); it must carry its country code."""
    if not value.lstrip().startswith("+"):
        raise FieldError(
            f"{quote(value)} is not an international phone number: "
            'start with "+" and the country code, e.g. "+853 2871 0300"'
        )
    try:
        number = phonenumbers.parse(value, None)
    except phonenumbers.NumberParseException as exc:
        why = ""
        if exc.error_type == phonenumbers.NumberParseException.INVALID_COUNTRY_CODE:
            why = f": {_PHONE_REASONS[phonenumbers.ValidationResult.INVALID_COUNTRY_CODE]}"
        raise FieldError(f"{quote(value)} is not a phone number{why}") from None
    reason = phonenumbers.is_possible_number_with_reason(number)
    if reason not in (
        phonenumbers.ValidationResult.IS_POSSIBLE,
        phonenumbers.ValidationResult.IS_POSSIBLE_LOCAL_ONLY,
    ):
        why = _PHONE_REASONS.get(reason, "it is not a possible number")
        raise FieldError(f"{quote(value)} is not a phone number: {why}")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def website(value: str) -> str:
    stripped = value.strip()
    try:
        parts = urlsplit(stripped)
        host = parts.hostname
    except ValueError:
        host, parts = None, None
    if parts is None or parts.scheme.lower() not in ("http", "https"):
        raise FieldError(f'{quote(value)} is not a web address: it must start with "https://"')
    if not host or any(ch.isspace() for ch in stripped):
        raise FieldError(f"{quote(value)} is not a web address: it has no valid host name")
    return stripped

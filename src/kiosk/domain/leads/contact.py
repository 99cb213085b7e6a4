"""Email addresses and phone numbers: normalised forms to store, keys to find a returning visitor.

Email goes through email-validator with ``check_deliverability=False``: the booth is often offline
and a DNS check would then reject every address. Phone numbers go through phonenumbers with the
visitor's country as the default region, and are stored in E.164 next to the text as typed.
"""

from __future__ import annotations

from dataclasses import dataclass

import phonenumbers
from email_validator import EmailNotValidError, validate_email

from kiosk.domain.leads.text import ascii_digits, clean_line, nfkc_trim

EMAIL_MAX = 254  # RFC 5321 path limit; email-validator enforces the same
PHONE_RAW_MAX = 64


class ContactInvalid(ValueError):
    """An address or number that cannot be used; ``code`` says why (``email.invalid``...)."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(detail or code)
        self.code = code
        self.detail = detail


@dataclass(frozen=True)
class Email:
    address: str  # what is stored and shown (domain lower-cased, IDNA in Unicode form)
    key: str  # what duplicates are matched on: NFKC and lower-cased


@dataclass(frozen=True)
class Phone:
    raw: str  # the text as typed (trimmed, digits of any script kept)
    e164: str  # +85366123456


def normalize_email(value: str) -> Email:
    """The address from ``value`` (trimmed, NFKC) or :class:`ContactInvalid`."""
    text = nfkc_trim(value)
    if len(text) > EMAIL_MAX:
        raise ContactInvalid("email.too_long")
    try:
        checked = validate_email(text, check_deliverability=False)
    except (EmailNotValidError, UnicodeError, ValueError) as exc:
        raise ContactInvalid("email.invalid", str(exc)) from None
    return Email(checked.normalized, email_key(checked.normalized))


def email_key(address: str) -> str:
    """The matching key of an already valid address (capture, erasure and the pool share it)."""
    return nfkc_trim(address).casefold()


def email_lookup_key(value: str) -> str | None:
    """The matching key of whatever was typed, or None if it is not an address."""
    try:
        return normalize_email(value).key
    except ContactInvalid:
        return None


def phone_lookup_key(value: str, region: str | None = None) -> str | None:
    """E.164 of whatever was typed (``region`` for numbers without ``+``), or None."""
    try:
        return normalize_phone(value, region).e164
    except ContactInvalid:
        return None


def normalize_phone(value: str, region: str | None) -> Phone:
    """The number in ``value`` read with ``region`` as default country, or :class:`ContactInvalid`.

    Full-width and Arabic-Indic digits are accepted; without ``region`` the number must start
    with ``+``.
    """
    raw = clean_line(value, fold_width=False)
    if len(raw) > PHONE_RAW_MAX:
        raise ContactInvalid("phone.too_long")
    text = ascii_digits(nfkc_trim(raw))
    if not region and not text.startswith("+"):
        raise ContactInvalid("phone.needs_country")
    try:
        number = phonenumbers.parse(text, region or None)
    except phonenumbers.NumberParseException as exc:
        raise ContactInvalid("phone.invalid", str(exc)) from None
    if not phonenumbers.is_valid_number(number):
        raise ContactInvalid("phone.invalid", "not a valid number for its country")
    return Phone(raw, phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))

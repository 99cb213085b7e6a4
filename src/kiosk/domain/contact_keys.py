"""Keys that find a visitor's leads by email or phone, however the address was typed.

``email_key`` is the address as email-validator normalises it, case-folded (so
``Ana@Example.COM`` and ``ana@example.com`` are one visitor); ``phone_key`` is E.164. Lead
capture stores these keys and erasure on request searches by them, so both must use these
functions.
"""

from __future__ import annotations

import phonenumbers
from email_validator import EmailNotValidError, validate_email


def email_key(address: str) -> str | None:
    """The lookup key of an email address, or None if it is not an address."""
    try:
        normalised = validate_email(address.strip(), check_deliverability=False).normalized
    except EmailNotValidError:
        return None
    return normalised.casefold()


def phone_key(number: str, region: str | None = None) -> str | None:
    """``number`` in E.164, or None if it cannot be a phone number.

    ``region`` (ISO 3166 alpha-2) is used for numbers typed without a ``+`` country code.
    """
    try:
        parsed = phonenumbers.parse(number, region.upper() if region else None)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(parsed):
        return None
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)

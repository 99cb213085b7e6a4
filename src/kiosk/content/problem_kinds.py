"""What kind of mistake a content-pack problem is, so the staff screen can say it in the staff's
language (the validator's messages are English, for the organiser's command line and logs).

``kind_of(message)`` names the kind and pulls out the precise parts (the bad value, the
suggestion, the sizes) as ``args``; the screen translates the kind and fills the args in. A
message of no known kind keeps ``OTHER``: the screen then shows it as it is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

OTHER = "other"
_VALUE = r'(?P<value>".*")'  # a JSON-quoted bad value, as problems.quote() writes it

# (kind, pattern): the first that matches the whole message wins; named groups become args in
# the order value, first, second.
_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern, re.DOTALL))
    for kind, pattern in (
        ("required", r"is (?:missing|empty|null); this field is required"),
        ("empty", r"is empty(?:; .*)?"),
        ("unknown_field_hint", r'unknown field; did you mean "(?P<first>.+)"\?'),
        ("unknown_field", r"unknown field \(allowed: (?P<first>.+)\)"),
        ("duplicate_key", r"is given twice in the same object; keep one"),
        ("too_long", r"is (?P<first>[\d,]+) characters long; at most (?P<second>[\d,]+) .*"),
        (
            "country_hint",
            _VALUE + r" is not (?:a country code|an ISO 3166-1 code);"
            r' (?:did you mean|use) "(?P<first>[A-Z]{2})"\??',
        ),
        ("country", _VALUE + r" is not an ISO 3166-1 alpha-2 country code.*"),
        ("email", _VALUE + r" is not an email address.*"),
        ("phone_plus", _VALUE + r" is not an international phone number.*"),
        ("phone", _VALUE + r" is not a phone number.*"),
        ("website", _VALUE + r" is not a web address.*"),
        ("date", _VALUE + r" is not a (?:real date|date in the form YYYY-MM-DD)"),
        ("bad_id", _VALUE + r" is not a valid id.*"),
        ("reference_hint", _VALUE + r' is not the id of any \w+; did you mean "(?P<first>.+)"\?'),
        ("reference", _VALUE + r" is not the id of any .*"),
        ("image_missing", r'file (?P<value>".*") not found (?:in the pack|beside the workbook).*'),
        ("not_image", r"is (?:not an image|a \S+ image; use PNG, JPEG or WebP).*"),
        # What only a workbook can get wrong (kiosk.content.workbook_read, workbook_file).
        ("formula", r"is a formula \((?P<value>.*?)\)(?:; the kiosk does not|: Excel took).*"),
        ("merged", r"merged cells; .*"),
        ("hidden_sheet", r"is a hidden sheet; .*"),
        (
            "unknown_sheet_hint",
            r'is not a sheet the kiosk reads; rename it back to "(?P<first>.+)"',
        ),
        ("unknown_sheet", r"is not a sheet the kiosk reads; delete it.*"),
        ("missing_sheet", r"this sheet is missing; .*"),
        ("unknown_column_hint", r'unknown column (?P<value>".*"); did you mean "(?P<first>.+)"\?'),
        ("unknown_column", r"unknown column (?P<value>\".*?\") \(columns: .*\)"),
        ("number_not_date", r"(?P<value>\S+) is a number, not a date.*"),
        ("date_in_text", r"Excel stored this as a date or time .*"),
        ("macro", r"(?:is a macro-enabled workbook|holds macros).*"),
        ("not_workbook", r"is (?:not an Excel workbook|a zip file but not an Excel workbook).*"),
    )
)


@dataclass(frozen=True)
class ProblemKind:
    kind: str
    args: tuple[str, ...] = ()


def kind_of(message: str) -> ProblemKind:
    """The kind of a validator message and its precise parts; ``OTHER`` if not recognised."""
    for kind, pattern in _KINDS:
        match = pattern.fullmatch(message)
        if match:
            found = match.groupdict()
            args = tuple(found[k] for k in ("value", "first", "second") if found.get(k))
            return ProblemKind(kind, args)
    return ProblemKind(OTHER)

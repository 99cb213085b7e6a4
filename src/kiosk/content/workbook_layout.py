"""Where each part of a content pack sits in an organiser's workbook: sheets, columns, kinds.

One table serves the template, the export and the reader, so the three cannot drift apart.
A sheet holds one JSON object (``single``: the event, the brand) or one row per element of a
list (pavilions, exhibitors); a sheet whose ``path`` starts with ``exhibitors[].`` attaches its
rows to the exhibitor named in its first column (``links``; one link column per ``[]``, so
``exhibitors[].questions[].choices`` would name the exhibitor, then the question). Localised
text gets one column per language, headed ``name (zh-Hant)``; a new pack field is one more
:class:`Column` here, a new list one more :class:`Sheet`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from kiosk.content.fields import KIOSK_TAGS

# Column kinds: how a cell becomes a JSON value (kiosk.content.workbook_read).
TEXT = "text"  # a string; numbers typed in are taken as their digits
LTEXT = "ltext"  # one column per language
DATE = "date"  # an Excel date or YYYY-MM-DD text
NUMBER = "number"
WHOLE = "whole"  # a whole number
YES_NO = "yes-no"
IMAGE = "image"  # a path relative to the workbook's folder
MANY = "many"  # numbered columns ("sector 1", "sector 2") that make a list
TIME = "time"  # a time of day, HH:MM (an Excel time or text)

# Dropdown lists (data validation) a column offers; see workbook_write.
QUESTION_TYPES = "question-types"
KIOSK_LANGUAGES = "kiosk-languages"
COUNTRIES, PAVILIONS, SECTORS, EXHIBITORS, YES_NO_LIST, MODES, SESSIONS, ROLES = (
    "countries",
    "pavilions",
    "sectors",
    "exhibitors",
    "yes-no",
    "matching-modes",
    "sessions",
    "purpose-roles",
)
LANGUAGES: tuple[str, ...] = KIOSK_TAGS


@dataclass(frozen=True)
class Column:
    """One field: ``header`` as the organiser sees it, ``key`` its place in the row's object
    (dotted for a nested object: ``booth.code``; empty for a list of plain values)."""

    header: str
    key: str
    note: str
    kind: str = TEXT
    required: bool = False
    choices: str | None = None
    width: int = 18


@dataclass(frozen=True)
class Sheet:
    name: str
    path: str  # "event", "pavilions", "exhibitors[].products", "consent.purposes"
    columns: tuple[Column, ...]
    note: str
    single: bool = False  # one object in row 2, not a list
    required: bool = False  # the workbook must have this sheet
    links: tuple[Column, ...] = ()  # first columns, naming the parent rows (exhibitors[].…)
    one_each: bool = False  # at most one row per parent row, an object rather than a list

    @property
    def object_path(self) -> str:
        """Where each row's object sits, lists written ``[]``: ``exhibitors[].products[]``."""
        return self.path if self.single or self.one_each else f"{self.path}[]"

    def all_columns(self) -> tuple[Column, ...]:
        return self.links + self.columns


def _exhibitor_link(what: str) -> Column:
    return Column(
        "exhibitor",
        "",
        f"The id of the exhibitor this {what} belongs to (from the Exhibitors sheet).",
        required=True,
        choices=EXHIBITORS,
        width=24,
    )


_ID_NOTE = (
    "1 to 64 lower-case letters, digits, '.', '_' or '-', starting with a letter or digit; "
    "unique on this sheet. Other sheets refer to it."
)

_SHORT_NOTE = (
    "Optional: a short name (at most 40 characters) for tiles, cards and filter chips; the full "
    "name stays on the detail page."
)

SHEETS: tuple[Sheet, ...] = (
    Sheet(
        "Event",
        "event",
        (
            Column("id", "id", "The event's id, e.g. ciie-2026. " + _ID_NOTE, required=True),
            Column("name", "name", "The event's name.", LTEXT, required=True, width=36),
            Column("venue", "venue", "Where it takes place.", LTEXT, width=30),
            Column("starts", "starts", "First day: a date, or text YYYY-MM-DD.", DATE, True),
            Column("ends", "ends", "Last day: a date, or text YYYY-MM-DD.", DATE, True),
            Column(
                "timezone",
                "timezone",
                "IANA time zone, e.g. Asia/Shanghai or Asia/Macau.",
                required=True,
            ),
            Column(
                "default_language",
                "default_language",
                "The language each new visitor starts in: en, pt, zh-Hant or zh-Hans (empty: en).",
                choices=KIOSK_LANGUAGES,
                width=12,
            ),
        ),
        "One event: fill in row 2.",
        single=True,
        required=True,
    ),
    Sheet(
        "Organizer",
        "organizer",
        (
            Column("name", "name", "The organiser's name.", LTEXT, required=True, width=36),
            Column("email", "email", "Address for visitors' questions about their data."),
            Column("phone", "phone", "International number starting with +, e.g. +853 2871 0300."),
            Column("website", "website", "A web address starting with https://.", width=28),
        ),
        "Who organises the pavilion (optional): row 2.",
        single=True,
    ),
    Sheet(
        "Brand",
        "brand",
        (
            Column(
                "name",
                "name",
                "The brand as shown in every language, e.g. MICE² Macao x Hengqin.",
                required=True,
                width=28,
            ),
            Column("tagline", "tagline", "A short line under the brand.", LTEXT, width=30),
            Column(
                "logo",
                "logo",
                "Image file of the brand's logo: SVG (best: sharp at any size), PNG, JPEG or WebP.",
                IMAGE,
            ),
        ),
        "The brand on every screen (optional): row 2. Attract images are on the Attract sheet.",
        single=True,
    ),
    Sheet(
        "Attract",
        "brand.attract",
        (
            Column(
                "image",
                "",
                "An image shown while nobody uses the kiosk (1920×1080 looks best).",
                IMAGE,
                required=True,
                width=36,
            ),
        ),
        "The attract loop's images, one per row, in the order shown.",
    ),
    Sheet(
        "Pavilions",
        "pavilions",
        (
            Column("id", "id", "The pavilion's id. " + _ID_NOTE, required=True),
            Column("name", "name", "The pavilion's name.", LTEXT, required=True, width=36),
            Column("short name", "short_name", _SHORT_NOTE, LTEXT, width=18),
            Column("map", "map", "Image file of the pavilion's floor plan.", IMAGE),
        ),
        "At least one pavilion, one per row.",
        required=True,
    ),
    Sheet(
        "Positions",
        "pavilions[].positions",
        (
            Column("id", "id", "The position's id, unique on its map. " + _ID_NOTE, True),
            Column("label", "label", "Its name, e.g. Main entrance.", LTEXT, True, width=24),
            Column(
                "x",
                "x",
                "Where it is on the map, from 0 (left) to 1 (right).",
                NUMBER,
                True,
                width=9,
            ),
            Column(
                "y",
                "y",
                "Where it is on the map, from 0 (top) to 1 (bottom).",
                NUMBER,
                True,
                width=9,
            ),
        ),
        "Places on a pavilion's map where a kiosk may stand ('You are here'), one per row; "
        "staff choose the kiosk's own in its Settings.",
        links=(
            Column(
                "pavilion",
                "",
                "The id of the pavilion whose map this is (from the Pavilions sheet).",
                required=True,
                choices=PAVILIONS,
                width=14,
            ),
        ),
    ),
    Sheet(
        "Sectors",
        "sectors",
        (
            Column("id", "id", "The sector's id. " + _ID_NOTE, required=True),
            Column("name", "name", "The sector's name.", LTEXT, required=True, width=28),
            Column("short name", "short_name", _SHORT_NOTE, LTEXT, width=18),
        ),
        "Business sectors visitors filter by, one per row (optional).",
    ),
    Sheet(
        "Exhibitors",
        "exhibitors",
        (
            Column("id", "id", "The exhibitor's id. " + _ID_NOTE, required=True, width=24),
            Column("name", "name", "The company's name.", LTEXT, required=True, width=30),
            Column(
                "pavilion", "pavilion", "The id of its pavilion.", required=True, choices=PAVILIONS
            ),
            Column(
                "country",
                "country",
                "Where it comes from: a two-letter code (MO, CN, PT, BR…); see the Countries "
                "sheet.",
                required=True,
                choices=COUNTRIES,
                width=10,
            ),
            Column(
                "sector",
                "sectors",
                "A sector id; use the next 'sector' column for more (add columns 'sector 4', "
                "'sector 5'… if needed).",
                MANY,
                choices=SECTORS,
            ),
            Column(
                "booth", "booth.code", "Booth number, e.g. F-12 (up to 32 characters).", width=10
            ),
            Column(
                "booth x",
                "booth.x",
                "Where the booth is on the pavilion's map, from 0 (left) to 1 (right). "
                "Give both x and y, or neither.",
                NUMBER,
                width=9,
            ),
            Column(
                "booth y",
                "booth.y",
                "Where the booth is on the pavilion's map, from 0 (top) to 1 (bottom).",
                NUMBER,
                width=9,
            ),
            Column("summary", "summary", "One line for the exhibitor's card.", LTEXT, width=36),
            Column(
                "description",
                "description",
                "Paragraphs for the exhibitor's page (new lines with Alt+Enter).",
                LTEXT,
                width=48,
            ),
            Column("logo", "logo", "Image file of the company's logo.", IMAGE, width=30),
            Column("short name", "short_name", _SHORT_NOTE, LTEXT, width=18),
        ),
        "One exhibitor per row (up to 5,000). Contacts and products are on their own sheets.",
        required=True,
    ),
    Sheet(
        "Contacts",
        "exhibitors[].contact",
        (
            Column("person", "person", "The contact person's name.", LTEXT, width=22),
            Column(
                "family name",
                "family_name",
                "Their family name (the contact card's N), e.g. Chan, 陳.",
                LTEXT,
                width=16,
            ),
            Column("given name", "given_name", "Their given name(s), e.g. Tai Man, 大文.", LTEXT),
            Column("title", "title", "Their job title.", LTEXT, width=22),
            Column("email", "email", "Email address.", width=26),
            Column("phone", "phone", "International number starting with +, e.g. +853 6612 3456."),
            Column("website", "website", "A web address starting with https://.", width=28),
            Column("wechat", "wechat", "WeChat id.", width=16),
            Column(
                "wechat qr",
                "wechat_qr",
                "Image of the WeChat or WeCom 'contact me' QR code (it must hold one).",
                IMAGE,
                width=26,
            ),
        ),
        "At most one contact per exhibitor; an exhibitor with none gets no QR code.",
        links=(_exhibitor_link("contact"),),
        one_each=True,
    ),
    Sheet(
        "Products",
        "exhibitors[].products",
        (
            Column("name", "name", "The product's name.", LTEXT, required=True, width=28),
            Column(
                "origin",
                "origin",
                "Where the product comes from: a two-letter country code.",
                choices=COUNTRIES,
                width=10,
            ),
            Column("image", "image", "Image file of the product.", IMAGE, width=30),
        ),
        "Products, one per row, in the order the exhibitor's page shows them.",
        links=(_exhibitor_link("product"),),
    ),
    Sheet(
        "Consent",
        "consent",
        (
            Column(
                "version",
                "version",
                "Version of the notice, e.g. 2026-11-01; change it when the text changes.",
                required=True,
            ),
            Column("controller", "controller", "Who controls the visitors' data.", LTEXT, width=30),
            Column(
                "retention_days",
                "retention_days",
                "How many days leads are kept (1 to 36,500; 365 if empty).",
                WHOLE,
                width=14,
            ),
            Column(
                "minimum_age",
                "minimum_age",
                "Younger visitors are asked for nothing (1 to 21 years; 14 if empty).",
                WHOLE,
                width=12,
            ),
            Column(
                "notice",
                "notice",
                "The full notice visitors read before leaving their details.",
                LTEXT,
                required=True,
                width=48,
            ),
        ),
        "The consent notice visitors read: row 2. Its purposes are on the Purposes sheet.",
        single=True,
        required=True,
    ),
    Sheet(
        "Purposes",
        "consent.purposes",
        (
            Column("id", "id", "The purpose's id. " + _ID_NOTE, required=True, width=24),
            Column(
                "required",
                "required",
                "yes: the visitor must tick it to send the form; no: optional.",
                YES_NO,
                required=True,
                choices=YES_NO_LIST,
                width=10,
            ),
            Column("text", "text", "The tick box's text.", LTEXT, required=True, width=40),
            Column(
                "role",
                "role",
                "share-with-exhibitors: a yes puts the lead in the chosen exhibitors' files (at "
                "most one purpose per role; empty: no role).",
                choices=ROLES,
                width=22,
            ),
            *(
                Column(
                    f"cross-border {item}",
                    f"cross_border.{item}",
                    f"If this purpose sends the data out of mainland China: {meaning}. Give all "
                    "six cross-border items in all four languages (PIPL Art. 39), or none.",
                    LTEXT,
                    width=30,
                )
                for item, meaning in (
                    ("recipient", "the recipient's name"),
                    ("contact", "the recipient's contact details"),
                    ("purpose", "the purpose of the transfer"),
                    ("method", "how the data is processed there"),
                    ("categories", "the categories of personal data sent"),
                    ("rights", "how to exercise one's rights with the recipient"),
                )
            ),
        ),
        "One tick box per row (at least one).",
        required=True,
    ),
)

SHEETS += (
    Sheet(
        "Matching",
        "matching",
        (
            Column(
                "mode",
                "mode",
                "auto-confirm: a visitor's booking is confirmed at once; staff-confirm: staff "
                "confirm each request on the kiosk.",
                required=True,
                choices=MODES,
                width=16,
            ),
            Column(
                "pending_hold_minutes",
                "pending_hold_minutes",
                "With staff-confirm: minutes a requested table stays held for staff to confirm "
                "(1 to 10,080; 120 if empty).",
                WHOLE,
                width=14,
            ),
        ),
        "Business matching (optional): row 2. Its sessions and exhibitors are on the next "
        "two sheets.",
        single=True,
    ),
    Sheet(
        "Sessions",
        "matching.sessions",
        (
            Column("id", "id", "The session's id. " + _ID_NOTE, required=True),
            Column("date", "date", "Its day, within the event: a date, or YYYY-MM-DD.", DATE, True),
            Column("start", "start", "Start time, HH:MM (24-hour clock).", TIME, True, width=9),
            Column("end", "end", "End time, HH:MM, after the start.", TIME, True, width=9),
            Column(
                "slot_minutes",
                "slot_minutes",
                "Length of one meeting in minutes (5 to 240); it must fit in the session.",
                WHOLE,
                True,
                width=12,
            ),
            Column("place", "place", "Where the meetings take place.", LTEXT, True, width=30),
        ),
        "Matching sessions, one per row (at least one when there is matching; up to 200).",
    ),
    Sheet(
        "Matching exhibitors",
        "matching.exhibitors",
        (
            Column(
                "id",
                "id",
                "The id of an exhibitor taking part (from the Exhibitors sheet).",
                required=True,
                choices=EXHIBITORS,
                width=24,
            ),
            Column(
                "capacity",
                "capacity",
                "Tables (or representatives) it has per slot, 1 to 100.",
                WHOLE,
                True,
                width=10,
            ),
            Column(
                "session",
                "sessions",
                "A session id it takes part in; leave all empty for every session. Its "
                "sessions may not overlap.",
                MANY,
                choices=SESSIONS,
            ),
            Column("place", "place", "Where it meets, if not the session's place.", LTEXT),
        ),
        "Exhibitors taking part in business matching, one per row.",
    ),
)

SHEETS += (
    Sheet(
        "Questions",
        "exhibitors[].questions",
        (
            Column("id", "id", "The question's id, unique for the exhibitor. " + _ID_NOTE, True),
            Column(
                "type",
                "type",
                "single or multiple: the visitor picks from the choices (Choices sheet); text: "
                "the visitor types.",
                required=True,
                choices=QUESTION_TYPES,
                width=10,
            ),
            Column("text", "text", "The question.", LTEXT, required=True, width=36),
            Column(
                "required",
                "required",
                "yes: the visitor must answer.",
                YES_NO,
                choices=YES_NO_LIST,
                width=10,
            ),
        ),
        "Qualifying questions, up to 3 per exhibitor, one per row.",
        links=(_exhibitor_link("question"),),
    ),
    Sheet(
        "Choices",
        "exhibitors[].questions[].choices",
        (
            Column("id", "id", "The choice's id, unique for the question. " + _ID_NOTE, True),
            Column("text", "text", "The choice as the visitor reads it.", LTEXT, True, width=28),
        ),
        "The choices of single and multiple questions (2 to 12 each), one per row.",
        links=(
            _exhibitor_link("choice"),
            Column(
                "question",
                "",
                "The id of the question this choice belongs to (from the Questions sheet).",
                required=True,
                width=16,
            ),
        ),
    ),
)

INSTRUCTIONS = "Instructions"
COUNTRY_SHEET = "Countries"  # a reference list for the country dropdowns; never read
READ_ONLY_SHEETS = (INSTRUCTIONS, COUNTRY_SHEET)
SHEET_NAMES: tuple[str, ...] = tuple(s.name for s in SHEETS)


def sheet_named(name: str) -> Sheet:
    return next(s for s in SHEETS if s.name == name)


def language_header(header: str, tag: str) -> str:
    """``name (zh-Hant)``: the header of one language's column of a localised field."""
    return f"{header} ({tag})"


def held_fields() -> dict[str, set[str]]:
    """For each object of a pack document (``""``, ``event``, ``exhibitors[]``,
    ``exhibitors[].booth``...), the fields the workbook has columns or sheets for."""
    held: dict[str, set[str]] = {"": {"format"}}
    for sheet in SHEETS:
        parent, _, key = sheet.path.rpartition(".")
        held.setdefault(parent, set()).add(key)
        for column in sheet.columns:
            first, _, rest = column.key.partition(".")
            if first:
                held.setdefault(sheet.object_path, set()).add(first)
            if rest:
                held.setdefault(f"{sheet.object_path}.{first}", set()).add(rest)
    return held


def unheld(document: Any) -> list[str]:
    """Fields of ``document`` the workbook has no place for (a field added to the format but
    not yet to this layout): an export would lose them."""
    held = held_fields()
    missing: list[str] = []

    def walk(value: Any, path: str) -> None:
        if isinstance(value, list):
            for element in value:
                walk(element, f"{path}[]")
        elif isinstance(value, dict) and path in held:
            for key, child in value.items():
                inner = f"{path}.{key}" if path else key
                if key in held[path]:
                    walk(child, inner)
                elif inner not in missing:
                    missing.append(inner)

    walk(document, "")
    return missing

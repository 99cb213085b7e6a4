"""Read a content pack folder and check all of it against docs/content-format.md (format 1).

:func:`validate_pack` returns a typed :class:`ContentPack` or raises :class:`PackInvalid` with
every problem found in one pass: the JSON is walked completely even after the first mistake,
so an organiser sees the whole list at once. Nothing here writes anywhere.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

from kiosk.content import fields, privacy
from kiosk.content.contact_codes import decode_contact_code
from kiosk.content.files import NotUsable, read_regular
from kiosk.content.images import SVG, ImageProblem, check_image, normalise_rel, parallel_map
from kiosk.content.problems import (
    CONTENT_FILE,
    PackInvalid,
    Problem,
    close_match,
    describe,
    item,
    join,
    quote,
)
from kiosk.content.schema import (
    FORMAT,
    PURPOSE_ROLES,
    Booth,
    Brand,
    Choice,
    Consent,
    Contact,
    ContentPack,
    EventInfo,
    Exhibitor,
    ImageFile,
    LText,
    MapPosition,
    Organizer,
    Pavilion,
    Product,
    Purpose,
    Question,
    Sector,
)
from kiosk.content.validate_matching import check_matching
from kiosk.domain.leads.consent import DEFAULT_MINIMUM_AGE
from kiosk.domain.leads.questions import KINDS, MAX_CHOICES, MAX_QUESTIONS
from kiosk.domain.messages import Message

MAX_CONTENT_BYTES = 20 * 1024 * 1024
MAX_EXHIBITORS = 5000
MAX_TEXT = 20_000  # characters in one text value (descriptions are paragraphs, not books)
MAX_RETENTION_DAYS = 36_500
MAX_SHORT_NAME = 40  # characters of a short name: a tile's or a filter chip's line or two
MAX_POSITIONS = 50  # named "You are here" positions on one map

T = TypeVar("T")

# Characters a one-line field may not hold: C0/C1 controls (a bare CR in booth.code became a
# property of its own in the exhibitor's vCard), line and paragraph separators, and the bidi
# embeddings, overrides and isolates (U+202A-202E, U+2066-2069) that reorder what is shown.
_BIDI = "\u202a-\u202e\u2066-\u2069"
_NOT_IN_A_LINE = re.compile(f"[\x00-\x1f\x7f-\x9f\u2028\u2029{_BIDI}]")
# A paragraph field (descriptions, the consent notice) may hold line breaks and tabs.
_NOT_IN_A_BLOCK = re.compile(f"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f{_BIDI}]")


def _bad_character(text: str, pattern: re.Pattern[str]) -> Message | None:
    """Why ``text`` may not be used, naming the first bad character and where it is."""
    found = pattern.search(text)
    if found is None:
        return None
    char = found.group()
    bidi = "\u202a" <= char <= "\u2069"
    return Message(
        "content.bad_character_block" if pattern is _NOT_IN_A_BLOCK else "content.bad_character",
        what=Message("term.bidi_control" if bidi else "term.control_character"),
        code=f"U+{ord(char):04X}",
        position=found.start() + 1,
    )


class _JsonObject(dict):
    """A JSON object that remembers keys written twice (json keeps only the last silently)."""

    duplicate_keys: tuple[str, ...] = ()


def _object_pairs(pairs: list[tuple[str, Any]]) -> _JsonObject:
    obj = _JsonObject(pairs)
    if len(obj) != len(pairs):
        seen: set[str] = set()
        obj.duplicate_keys = tuple(k for k, _ in pairs if k in seen or seen.add(k))
    return obj


def _reject_constant(name: str) -> None:
    raise ValueError(f"{name} is not allowed in JSON")


def locate_pack(path: Path | str) -> tuple[Path, Path]:
    """(pack folder, content.json) for a folder or for the content.json inside it."""
    path = Path(path).expanduser()
    if path.suffix.lower() == ".json" and path.exists() and not path.is_dir():
        return path.parent, path  # read_content_json says if it is no regular file
    if not path.exists():
        raise PackInvalid([Problem(str(path), Message("content.no_folder"))])
    if not path.is_dir():
        raise PackInvalid([Problem(str(path), Message("content.not_a_pack_folder"))])
    return path, path / CONTENT_FILE


def read_content_json(content_file: Path) -> tuple[Any, bytes]:
    """The parsed JSON and its bytes; a file that is missing, too big, not UTF-8 or not JSON
    is one located problem (nothing further can be checked)."""

    def fail(message: Message) -> PackInvalid:
        return PackInvalid([Problem(CONTENT_FILE, message)], source=str(content_file.parent))

    try:
        raw = read_regular(content_file, MAX_CONTENT_BYTES)
    except FileNotFoundError:
        raise fail(Message("content.file_missing", folder=str(content_file.parent))) from None
    except NotUsable as exc:
        raise fail(exc.message) from None
    except OSError as exc:
        raise fail(Message("file.unreadable", reason=str(exc.strerror or exc))) from None
    if not raw.strip():
        raise fail(Message("content.file_empty"))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        offset = exc.start
        line = raw.count(b"\n", 0, offset) + 1
        column = offset - (raw.rfind(b"\n", 0, offset) + 1) + 1
        raise fail(
            Message(
                "content.not_utf8",
                byte=f"0x{raw[offset]:02X}",
                line=line,
                column=column,
                offset=offset,
            )
        ) from None
    try:
        data = json.loads(text, object_pairs_hook=_object_pairs, parse_constant=_reject_constant)
    except json.JSONDecodeError as exc:
        detail = _JSON_ERRORS.get(exc.msg, exc.msg)
        raise fail(
            Message("content.json_syntax", line=exc.lineno, column=exc.colno, detail=detail)
        ) from None
    except ValueError as exc:
        raise fail(Message("content.json_invalid", detail=str(exc))) from None
    except RecursionError:
        raise fail(Message("content.too_deep")) from None
    lone = _lone_surrogate(text)
    if lone:
        raise fail(lone)
    return data, raw


_HIGH, _LOW = r"\\u[dD][89abAB][0-9a-fA-F]{2}", r"\\u[dD][c-fC-F][0-9a-fA-F]{2}"
_SURROGATE_ESCAPES = re.compile(f"{_HIGH}(?:{_LOW})?|{_LOW}")


# The json module's syntax errors (its whole set, by their exact text), in words translated.
_JSON_ERRORS: dict[str, Message] = {
    "Expecting value": Message("json.expecting_value"),
    "Expecting ',' delimiter": Message("json.expecting_comma"),
    "Expecting ':' delimiter": Message("json.expecting_colon"),
    "Expecting property name enclosed in double quotes": Message("json.expecting_name"),
    "Unterminated string starting at": Message("json.unterminated_string"),
    "Invalid control character at": Message("json.control_character"),
    "Invalid \\escape": Message("json.bad_escape"),
    "Invalid \\uXXXX escape": Message("json.bad_escape"),
    "Extra data": Message("json.extra_data"),
    "Illegal trailing comma before end of object": Message("json.expecting_name"),
    "Illegal trailing comma before end of array": Message("json.expecting_value"),
}


def _lone_surrogate(text: str) -> Message | None:
    """JSON may escape half of a UTF-16 pair (``\\ud800``), which is not text; say where."""
    if "\\u" not in text:
        return None
    for match in _SURROGATE_ESCAPES.finditer(text):
        start = first = match.start()
        while first > 0 and text[first - 1] == "\\":
            first -= 1
        escaped = (start - first) % 2 == 1  # in "\\\\ud800" the backslash is escaped itself
        if len(match.group()) == 6 and not escaped:  # half a pair without the other half
            line = text.count("\n", 0, start) + 1
            column = start - (text.rfind("\n", 0, start) + 1) + 1
            return Message("content.lone_surrogate", line=line, column=column, escape=match.group())
    return None


def validate_pack(path: Path | str) -> ContentPack:
    """Check the pack at ``path`` (a folder, or its content.json) completely."""
    folder, content_file = locate_pack(path)
    data, raw = read_content_json(content_file)
    return validate_document(data, folder, hashlib.sha256(raw).hexdigest(), source=str(folder))


def validate_document(data: Any, folder: Path, sha256: str, *, source: str) -> ContentPack:
    """Check a pack document already read (from content.json or a workbook); images are looked
    up in ``folder``. Problems are located by JSON path."""
    checker = _Checker(folder.resolve())
    pack = checker.pack(data, sha256)
    if checker.problems or pack is None:
        raise PackInvalid(checker.problems, source=source)
    return replace(pack, source=str(Path(source).resolve()))


def _items(value: Any, key: str | None = None) -> list[Any]:
    """``value[key]`` (or ``value``) if it is a list, else nothing: for a lenient pre-scan."""
    if key is not None:
        value = value.get(key) if isinstance(value, dict) else None
    return value if isinstance(value, list) else []


def _image_values(data: dict[str, Any]) -> Iterator[Any]:
    """The values of the fields that name images (unchecked), to prefetch their checks."""
    brand = data.get("brand")
    if isinstance(brand, dict):
        yield brand.get("logo")
        yield from _items(brand, "attract")
    for pavilion in _items(data, "pavilions"):
        yield pavilion.get("map") if isinstance(pavilion, dict) else None
    for exhibitor in _items(data, "exhibitors"):
        if isinstance(exhibitor, dict):
            yield exhibitor.get("logo")
            contact = exhibitor.get("contact")
            yield contact.get("wechat_qr") if isinstance(contact, dict) else None
            for product in _items(exhibitor, "products"):
                yield product.get("image") if isinstance(product, dict) else None


def _present(obj: dict[str, Any], key: str) -> bool:
    """An optional field counts as given unless absent, null or a blank string."""
    value = obj.get(key)
    return value is not None and not (isinstance(value, str) and not value.strip())


REFERENCE_TERMS = {
    "pavilion": "term.pavilion",
    "sector": "term.sector",
    "exhibitor": "term.exhibitor",
    "session": "term.session",
}


def unknown_reference(text: str, known: Iterable[str], what: str) -> Message:
    """``"x" is not the id of any sector``, with the close id or the known ones."""
    known = sorted(known)
    noun = Message(REFERENCE_TERMS[what])
    close = close_match(text, known)
    if close:
        return Message("content.reference_hint", value=quote(text), what=noun, suggestion=close)
    if known:
        listed = ", ".join(known[:10])
        return Message("content.reference_known", value=quote(text), what=noun, known=listed)
    return Message("content.reference", value=quote(text), what=noun)


class _Checker:
    """Walks the parsed JSON, turning it into schema objects and collecting problems."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.problems: list[Problem] = []
        self._images: dict[str, ImageFile | Message] = {}  # rel → file, or the problem found

    def add(self, path: str, message: Message) -> None:
        self.problems.append(Problem(path or CONTENT_FILE, message))

    # ------------------------------------------------------------------ building blocks

    def fields(
        self, value: Any, path: str, required: Iterable[str], optional: Iterable[str] = ()
    ) -> dict[str, Any] | None:
        """The object at ``path`` if it is one; reports unknown, repeated and missing fields."""
        if not isinstance(value, dict):
            self.add(path, Message("content.expected_object", got=describe(value)))
            return None
        required, optional = tuple(required), tuple(optional)
        allowed = required + optional
        for key in getattr(value, "duplicate_keys", ()):
            self.add(join(path, key), Message("content.duplicate_key"))
        for key in value:
            if key not in allowed:
                close = close_match(key, allowed)
                self.add(
                    join(path, key),
                    Message("content.unknown_field_hint", suggestion=close)
                    if close
                    else Message("content.unknown_field", allowed=", ".join(allowed)),
                )
        for key in required:
            if not _present(value, key):
                if key not in value:
                    self.add(join(path, key), Message("content.required_missing"))
                elif value[key] is None:
                    self.add(join(path, key), Message("content.required_null"))
                else:
                    self.add(join(path, key), Message("content.required_empty"))
        return value

    def opt(
        self, obj: dict[str, Any], path: str, key: str, check: Callable[[Any, str], T]
    ) -> T | None:
        """``check`` applied to an optional (or required, already reported missing) field."""
        if not _present(obj, key):
            return None
        return check(obj[key], join(path, key))

    def string(
        self, value: Any, path: str, max_len: int = MAX_TEXT, *, block: bool = False
    ) -> str | None:
        """Text of at most ``max_len`` characters: one line unless ``block`` (a paragraph)."""
        if not isinstance(value, str):
            self.add(path, Message("content.expected_text", got=describe(value)))
            return None
        if not value.strip():
            self.add(path, Message("content.empty"))
            return None
        if len(value) > max_len:
            self.add(path, Message("content.too_long", length=len(value), limit=max_len))
            return None
        bad = _bad_character(value, _NOT_IN_A_BLOCK if block else _NOT_IN_A_LINE)
        if bad:
            self.add(path, bad)
            return None
        return value

    def checked(
        self, check: Callable[[str], T], max_len: int = 320
    ) -> Callable[[Any, str], T | None]:
        """A field check: a string that ``check`` (from :mod:`fields`) accepts."""

        def run(value: Any, path: str) -> T | None:
            text = self.string(value, path, max_len)
            if text is None:
                return None
            try:
                return check(text)
            except fields.FieldError as exc:
                self.add(path, exc.message)
                return None

        return run

    def paragraphs(self, value: Any, path: str) -> LText | None:
        """Localised text that may run over several lines (descriptions, the notice)."""
        return self.ltext(value, path, block=True)

    def short_text(self, value: Any, path: str) -> LText | None:
        """A short name: localised, one line of at most ``MAX_SHORT_NAME`` characters."""
        return self.ltext(value, path, max_len=MAX_SHORT_NAME)

    def ltext(
        self, value: Any, path: str, *, block: bool = False, max_len: int = MAX_TEXT
    ) -> LText | None:
        """Localised text: an object of language tag → text, or a plain string (English);
        one line of text unless ``block``."""
        if isinstance(value, str):
            text = self.string(value, path, max_len, block=block)
            return {"en": text} if text is not None else None
        if not isinstance(value, dict):
            self.add(path, Message("content.expected_ltext", got=describe(value)))
            return None
        for key in getattr(value, "duplicate_keys", ()):
            self.add(join(path, key), Message("content.duplicate_key"))
        result: LText = {}
        before = len(self.problems)
        for tag, text in value.items():
            try:
                fields.language_tag(tag)
            except fields.FieldError as exc:
                self.add(join(path, tag), exc.message)
                continue
            if isinstance(text, str) and not text.strip():
                continue  # a blank translation is one not given
            text = self.string(text, join(path, tag), max_len, block=block)
            if text is not None:
                result[tag] = text
        if not result and len(self.problems) == before:
            self.add(path, Message("content.no_text"))
        return result or None

    def brand_name(self, value: Any, path: str) -> str | None:
        """A brand name is one string in every language (the catalogue shows it as is)."""
        if isinstance(value, dict):
            self.add(path, Message("content.brand_name"))
            return None
        return self.string(value, path, 200)

    def ident(self, value: Any, path: str) -> str | None:
        return self.checked(fields.identifier, 64)(value, path)

    def boolean(self, value: Any, path: str) -> bool | None:
        if isinstance(value, bool):
            return value
        self.add(path, Message("content.expected_boolean", got=describe(value)))
        return None

    def fraction(self, value: Any, path: str) -> float | None:
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.add(path, Message("content.expected_fraction", got=describe(value)))
            return None
        if not 0 <= value <= 1:
            self.add(path, Message("content.fraction_range", value=quote(value)))
            return None
        return float(value)

    def listing(self, value: Any, path: str, *, at_least: int = 0) -> list[Any] | None:
        if not isinstance(value, list):
            self.add(path, Message("content.expected_list", got=describe(value)))
            return None
        if len(value) < at_least:
            self.add(path, Message("content.list_empty", count=at_least))
        return value

    def non_empty_list(self, value: Any, path: str) -> list[Any] | None:
        return self.listing(value, path, at_least=1)

    def each(
        self, value: Any, path: str, check: Callable[[Any, str], T | None], *, at_least: int = 0
    ) -> list[T]:
        """``check`` on each element of a list; returns the elements that passed."""
        items = self.listing(value, path, at_least=at_least) or []
        results = [check(element, item(path, i)) for i, element in enumerate(items)]
        return [r for r in results if r is not None]

    def unique_ids(self, elements: list[Any], path: str) -> set[str]:
        """The ids of a list's objects; a second use of an id is a problem."""
        first: dict[str, int] = {}
        for index, element in enumerate(elements):
            value = element.get("id") if isinstance(element, dict) else None
            if not isinstance(value, str):
                continue
            if value in first:
                self.add(
                    join(item(path, index), "id"),
                    Message(
                        "content.duplicate_id", value=quote(value), other=item(path, first[value])
                    ),
                )
            else:
                first[value] = index
        return set(first)

    def vector_image(self, value: Any, path: str) -> ImageFile | None:
        """An image that may also be an SVG drawing (the brand logo)."""
        return self.image(value, path, vector=True)

    def image(self, value: Any, path: str, *, vector: bool = False) -> ImageFile | None:
        """An image file inside the pack, checked once however many fields name it; an SVG
        only where ``vector`` allows it."""
        if not isinstance(value, str):
            self.add(path, Message("content.expected_image", got=describe(value)))
            return None
        try:
            rel = normalise_rel(value)
        except ImageProblem as exc:
            self.add(path, exc.message)
            return None
        if rel not in self._images:
            self._images[rel] = check_image(self.root, rel)
        found = self._images[rel]
        if isinstance(found, Message):
            self.add(path, found)
            return None
        if found.format == SVG and not vector:
            self.add(path, Message("content.svg_not_here", path=quote(rel)))
            return None
        return found

    def reference(self, value: Any, path: str, known: set[str], what: str) -> str | None:
        """An id of a ``what`` (``pavilion``, ``sector``, ``exhibitor``, ``session``)."""
        text = self.string(value, path, 64)
        if text is None:
            return None
        if text not in known:
            self.add(path, unknown_reference(text, known, what))
            return None
        return text

    # ------------------------------------------------------------------ the format

    def prefetch_images(self, data: dict[str, Any]) -> None:
        """Check the images the pack names on all cores before the (serial) walk needs them."""
        rels = set()
        for value in _image_values(data):
            if isinstance(value, str):
                with contextlib.suppress(ImageProblem):
                    rels.add(normalise_rel(value))
        found = parallel_map(lambda rel: check_image(self.root, rel), sorted(rels))
        self._images.update(zip(sorted(rels), found, strict=True))

    def pack(self, data: Any, sha256: str) -> ContentPack | None:
        if not isinstance(data, dict):
            self.add("", Message("content.expected_top_object", got=describe(data)))
            return None
        self.prefetch_images(data)
        self.fields(
            data,
            "",
            ("format", "event", "pavilions", "exhibitors", "consent"),
            ("organizer", "brand", "sectors", "matching"),
        )
        if "format" in data and data["format"] is not None:
            fmt = data["format"]
            if isinstance(fmt, bool) or not isinstance(fmt, int | float) or fmt != FORMAT:
                self.add("format", Message("content.format", expected=FORMAT, value=quote(fmt)))
        event = self.opt(data, "", "event", self.event)
        organizer = self.opt(data, "", "organizer", self.organizer)
        brand = self.opt(data, "", "brand", self.brand)

        raw_pavilions = self.opt(data, "", "pavilions", self.non_empty_list) or []
        pavilion_ids = self.unique_ids(raw_pavilions, "pavilions")
        pavilions = [self.pavilion(p, item("pavilions", i)) for i, p in enumerate(raw_pavilions)]

        raw_sectors = self.opt(data, "", "sectors", self.listing) or []
        sector_ids = self.unique_ids(raw_sectors, "sectors")
        sectors = [self.sector(s, item("sectors", i)) for i, s in enumerate(raw_sectors)]

        raw_exhibitors = self.opt(data, "", "exhibitors", self.listing) or []
        if len(raw_exhibitors) > MAX_EXHIBITORS:
            self.add(
                "exhibitors",
                Message(
                    "content.too_many_exhibitors", count=len(raw_exhibitors), limit=MAX_EXHIBITORS
                ),
            )
        self.unique_ids(raw_exhibitors, "exhibitors")
        exhibitors = [
            self.exhibitor(e, item("exhibitors", i), pavilion_ids, sector_ids)
            for i, e in enumerate(raw_exhibitors)
        ]
        consent = self.opt(data, "", "consent", self.consent)
        matching = self.opt(
            data,
            "",
            "matching",
            lambda v, p: check_matching(
                self,
                v,
                p,
                exhibitor_ids={e.id for e in exhibitors if e is not None},
                days=(event.starts, event.ends) if event is not None else None,
            ),
        )

        if self.problems or event is None or consent is None:
            return None
        images = {i.rel: i for i in self._images.values() if isinstance(i, ImageFile)}
        return ContentPack(
            folder=self.root,
            sha256=sha256,
            event=event,
            pavilions=tuple(p for p in pavilions if p is not None),
            sectors=tuple(s for s in sectors if s is not None),
            exhibitors=tuple(e for e in exhibitors if e is not None),
            consent=consent,
            organizer=organizer,
            brand=brand,
            matching=matching,
            images=tuple(images.values()),
        )

    def event(self, value: Any, path: str) -> EventInfo | None:
        obj = self.fields(
            value, path, ("id", "name", "starts", "ends", "timezone"), ("venue", "default_language")
        )
        if obj is None:
            return None
        ident = self.opt(obj, path, "id", self.ident)
        name = self.opt(obj, path, "name", self.ltext)
        venue = self.opt(obj, path, "venue", self.ltext)
        starts = self.opt(obj, path, "starts", self.checked(fields.iso_date, 10))
        ends = self.opt(obj, path, "ends", self.checked(fields.iso_date, 10))
        zone = self.opt(obj, path, "timezone", self.checked(fields.timezone, 64))
        default_language = self.opt(obj, path, "default_language", self.kiosk_language)
        if starts and ends and ends < starts:
            self.add(
                join(path, "ends"),
                Message("content.ends_before_start", ends=str(ends), starts=str(starts)),
            )
        if ident is None or name is None or starts is None or ends is None or zone is None:
            return None
        return EventInfo(ident, name, venue, starts, ends, zone, default_language)

    def kiosk_language(self, value: Any, path: str) -> str | None:
        """One of the kiosk's four languages, spelt as a language tag."""
        text = self.string(value, path, 16)
        if text is not None and text not in fields.KIOSK_TAGS:
            close = close_match(text, fields.KIOSK_TAGS)
            self.add(
                path,
                Message("content.language_hint", value=quote(text), suggestion=close)
                if close
                else Message(
                    "content.language", value=quote(text), known=", ".join(fields.KIOSK_TAGS)
                ),
            )
            return None
        return text

    def organizer(self, value: Any, path: str) -> Organizer | None:
        obj = self.fields(value, path, ("name",), ("email", "phone", "website"))
        if obj is None:
            return None
        name = self.opt(obj, path, "name", self.ltext)
        email = self.opt(obj, path, "email", self.checked(fields.email))
        phone = self.opt(obj, path, "phone", self.checked(fields.phone, 64))
        website = self.opt(obj, path, "website", self.checked(fields.website, 2000))
        return Organizer(name, email, phone, website) if name is not None else None

    def brand(self, value: Any, path: str) -> Brand | None:
        obj = self.fields(value, path, ("name",), ("tagline", "logo", "attract"))
        if obj is None:
            return None
        name = self.opt(obj, path, "name", self.brand_name)
        tagline = self.opt(obj, path, "tagline", self.ltext)
        logo = self.opt(obj, path, "logo", self.vector_image)
        attract = self.opt(obj, path, "attract", lambda v, p: self.each(v, p, self.image)) or []
        return Brand(name, tagline, logo, tuple(attract)) if name is not None else None

    def pavilion(self, value: Any, path: str) -> Pavilion | None:
        obj = self.fields(value, path, ("id", "name"), ("short_name", "map", "positions"))
        if obj is None:
            return None
        ident = self.opt(obj, path, "id", self.ident)
        name = self.opt(obj, path, "name", self.ltext)
        short_name = self.opt(obj, path, "short_name", self.short_text)
        image = self.opt(obj, path, "map", self.image)
        positions = self.opt(obj, path, "positions", self.positions) or []
        if positions and not _present(obj, "map"):
            self.add(join(path, "positions"), Message("content.positions_no_map"))
        if not (ident and name):
            return None
        return Pavilion(ident, name, image, short_name, tuple(positions))

    def positions(self, value: Any, path: str) -> list[MapPosition]:
        """Named places on the map (where a kiosk may stand), ids unique on the map."""
        items = self.listing(value, path) or []
        if len(items) > MAX_POSITIONS:
            self.add(
                path, Message("content.too_many_positions", count=len(items), limit=MAX_POSITIONS)
            )
        self.unique_ids(items, path)
        found = [self.position(p, item(path, i)) for i, p in enumerate(items)]
        return [p for p in found if p is not None]

    def position(self, value: Any, path: str) -> MapPosition | None:
        obj = self.fields(value, path, ("id", "label", "x", "y"))
        if obj is None:
            return None
        ident = self.opt(obj, path, "id", self.ident)
        label = self.opt(obj, path, "label", self.ltext)
        x = self.opt(obj, path, "x", self.fraction)
        y = self.opt(obj, path, "y", self.fraction)
        if ident is None or label is None or x is None or y is None:
            return None
        return MapPosition(ident, label, x, y)

    def sector(self, value: Any, path: str) -> Sector | None:
        obj = self.fields(value, path, ("id", "name"), ("short_name",))
        if obj is None:
            return None
        ident = self.opt(obj, path, "id", self.ident)
        name = self.opt(obj, path, "name", self.ltext)
        short_name = self.opt(obj, path, "short_name", self.short_text)
        return Sector(ident, name, short_name) if ident and name else None

    def exhibitor(
        self, value: Any, path: str, pavilions: set[str], sectors: set[str]
    ) -> Exhibitor | None:
        obj = self.fields(
            value,
            path,
            ("id", "name", "pavilion", "country"),
            (
                "short_name",
                "sectors",
                "booth",
                "summary",
                "description",
                "logo",
                "products",
                "contact",
                "questions",
            ),
        )
        if obj is None:
            return None
        ident = self.opt(obj, path, "id", self.ident)
        name = self.opt(obj, path, "name", self.ltext)
        short_name = self.opt(obj, path, "short_name", self.short_text)
        pavilion = self.opt(
            obj, path, "pavilion", lambda v, p: self.reference(v, p, pavilions, "pavilion")
        )
        country = self.opt(obj, path, "country", self.checked(fields.country, 8))
        sector_refs = self.opt(obj, path, "sectors", lambda v, p: self.sector_refs(v, p, sectors))
        booth = self.opt(obj, path, "booth", self.booth)
        summary = self.opt(obj, path, "summary", self.ltext)
        description = self.opt(obj, path, "description", self.paragraphs)
        logo = self.opt(obj, path, "logo", self.image)
        products = self.opt(obj, path, "products", lambda v, p: self.each(v, p, self.product))
        contact = self.opt(obj, path, "contact", self.contact)
        questions = self.opt(obj, path, "questions", self.questions) or ()
        if not (ident and name and pavilion and country):
            return None
        return Exhibitor(
            id=ident,
            name=name,
            pavilion=pavilion,
            country=country,
            sectors=tuple(sector_refs or ()),
            booth=booth,
            summary=summary,
            description=description,
            logo=logo,
            products=tuple(products or ()),
            contact=contact if contact is not None and not contact.is_empty else None,
            questions=tuple(questions),
            short_name=short_name,
        )

    def questions(self, value: Any, path: str) -> list[Question]:
        """0 to 3 qualifying questions, ids unique within the exhibitor."""
        items = self.listing(value, path) or []
        if len(items) > MAX_QUESTIONS:
            self.add(
                path, Message("content.too_many_questions", count=len(items), limit=MAX_QUESTIONS)
            )
        self.unique_ids(items, path)
        found = [self.question(q, item(path, i)) for i, q in enumerate(items)]
        return [q for q in found if q is not None]

    def question(self, value: Any, path: str) -> Question | None:
        obj = self.fields(value, path, ("id", "type", "text"), ("required", "choices"))
        if obj is None:
            return None
        ident = self.opt(obj, path, "id", self.ident)
        kind = self.opt(obj, path, "type", lambda v, p: self.string(v, p, 16))
        if kind is not None and kind not in KINDS:
            self.add(
                join(path, "type"),
                Message("content.question_type", value=quote(kind), kinds=", ".join(KINDS)),
            )
            kind = None
        text = self.opt(obj, path, "text", self.ltext)
        required = self.opt(obj, path, "required", self.boolean)
        choices_path = join(path, "choices")
        raw_choices = self.opt(obj, path, "choices", self.listing)
        choices: list[Choice] = []
        if kind == "text" and raw_choices:
            self.add(choices_path, Message("content.text_question_choices"))
        elif kind in ("single", "multiple"):
            if not raw_choices or len(raw_choices) < 2:
                self.add(choices_path, Message("content.too_few_choices", kind=kind))
            elif len(raw_choices) > MAX_CHOICES:
                self.add(
                    choices_path,
                    Message("content.too_many_choices", count=len(raw_choices), limit=MAX_CHOICES),
                )
            self.unique_ids(raw_choices or [], choices_path)
            for i, raw in enumerate(raw_choices or []):
                choice = self.choice(raw, item(choices_path, i))
                if choice is not None:
                    choices.append(choice)
        if ident is None or kind is None or text is None:
            return None
        return Question(ident, kind, text, bool(required), tuple(choices))

    def choice(self, value: Any, path: str) -> Choice | None:
        obj = self.fields(value, path, ("id", "text"))
        if obj is None:
            return None
        ident = self.opt(obj, path, "id", self.ident)
        text = self.opt(obj, path, "text", self.ltext)
        return Choice(ident, text) if ident and text else None

    def sector_refs(self, value: Any, path: str, known: set[str]) -> list[str]:
        refs = self.each(value, path, lambda v, p: self.reference(v, p, known, "sector"))
        unique = list(dict.fromkeys(refs))
        if len(unique) != len(refs):
            self.add(path, Message("content.sector_repeated"))
        return unique

    def booth(self, value: Any, path: str) -> Booth | None:
        obj = self.fields(value, path, ("code",), ("x", "y"))
        if obj is None:
            return None
        code = self.opt(obj, path, "code", lambda v, p: self.string(v, p, 32))
        x = self.opt(obj, path, "x", self.fraction)
        y = self.opt(obj, path, "y", self.fraction)
        if _present(obj, "x") != _present(obj, "y"):
            missing = "x" if _present(obj, "y") else "y"
            self.add(join(path, missing), Message("content.booth_half"))
        return Booth(code, x, y) if code else None

    def product(self, value: Any, path: str) -> Product | None:
        obj = self.fields(value, path, ("name",), ("origin", "image"))
        if obj is None:
            return None
        name = self.opt(obj, path, "name", self.ltext)
        origin = self.opt(obj, path, "origin", self.checked(fields.country, 8))
        image = self.opt(obj, path, "image", self.image)
        return Product(name, origin, image) if name else None

    def contact(self, value: Any, path: str) -> Contact | None:
        obj = self.fields(
            value,
            path,
            (),
            (
                "person",
                "family_name",
                "given_name",
                "title",
                "email",
                "phone",
                "website",
                "wechat",
                "wechat_qr",
            ),
        )
        if obj is None:
            return None
        return Contact(
            person=self.opt(obj, path, "person", self.ltext),
            family_name=self.opt(obj, path, "family_name", self.ltext),
            given_name=self.opt(obj, path, "given_name", self.ltext),
            wechat_code=self.opt(obj, path, "wechat_qr", self.contact_code),
            title=self.opt(obj, path, "title", self.ltext),
            email=self.opt(obj, path, "email", self.checked(fields.email)),
            phone=self.opt(obj, path, "phone", self.checked(fields.phone, 64)),
            website=self.opt(obj, path, "website", self.checked(fields.website, 2000)),
            wechat=self.opt(obj, path, "wechat", lambda v, p: self.string(v, p, 64)),
        )

    def contact_code(self, value: Any, path: str) -> str | None:
        """The text of a WeChat/WeCom contact QR image; an image that holds none is refused."""
        image = self.image(value, path)
        if image is None:
            return None
        try:
            return decode_contact_code(image.source)
        except ValueError as exc:
            self.add(path, exc.args[0])  # decode_contact_code's Message
            return None

    def consent(self, value: Any, path: str) -> Consent | None:
        obj = self.fields(
            value,
            path,
            ("version", "notice", "purposes"),
            ("controller", "retention_days", "minimum_age"),
        )
        if obj is None:
            return None
        version = self.opt(obj, path, "version", lambda v, p: self.string(v, p, 64))
        controller = self.opt(obj, path, "controller", self.ltext)
        retention = self.opt(obj, path, "retention_days", self.retention_days)
        age = self.opt(obj, path, "minimum_age", partial(privacy.minimum_age, self))
        notice = self.opt(obj, path, "notice", self.paragraphs)
        raw_purposes = self.opt(obj, path, "purposes", self.non_empty_list)
        purposes_path = join(path, "purposes")
        self.unique_ids(raw_purposes or [], purposes_path)
        purposes = [
            self.purpose(p, item(purposes_path, i)) for i, p in enumerate(raw_purposes or [])
        ]
        self.one_purpose_per_role(purposes, purposes_path)
        if version is None or notice is None or not raw_purposes or None in purposes:
            return None
        return Consent(
            version=version,
            notice=notice,
            purposes=tuple(p for p in purposes if p is not None),
            controller=controller,
            retention_days=365 if retention is None else retention,
            minimum_age=DEFAULT_MINIMUM_AGE if age is None else age,
        )

    def retention_days(self, value: Any, path: str) -> int | None:
        # 365.0 is the same JSON number as 365 (JSON Schema's "integer" takes it too).
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        if isinstance(value, bool) or not isinstance(value, int):
            self.add(path, Message("content.expected_days", got=describe(value)))
            return None
        if not 1 <= value <= MAX_RETENTION_DAYS:
            self.add(
                path, Message("content.retention_range", value=value, limit=MAX_RETENTION_DAYS)
            )
            return None
        return value

    def purpose(self, value: Any, path: str) -> Purpose | None:
        obj = self.fields(value, path, ("id", "required", "text"), ("role", "cross_border"))
        if obj is None:
            return None
        ident = self.opt(obj, path, "id", self.ident)
        required = self.opt(obj, path, "required", self.boolean)
        text = self.opt(obj, path, "text", self.paragraphs)
        role = self.opt(obj, path, "role", self.role)
        abroad = self.opt(obj, path, "cross_border", partial(privacy.cross_border, self))
        if ident is None or required is None or text is None:
            return None
        if _present(obj, "cross_border") and abroad is None:
            return None
        return Purpose(ident, required, text, role, abroad)

    def role(self, value: Any, path: str) -> str | None:
        text = self.string(value, path, 64)
        if text is not None and text not in PURPOSE_ROLES:
            close = close_match(text, PURPOSE_ROLES)
            self.add(
                path,
                Message("content.role_hint", value=quote(text), suggestion=close)
                if close
                else Message("content.role", value=quote(text), known=", ".join(PURPOSE_ROLES)),
            )
            return None
        return text

    def one_purpose_per_role(self, purposes: list[Purpose | None], path: str) -> None:
        first: dict[str, int] = {}
        for index, purpose in enumerate(purposes):
            if purpose is None or purpose.role is None:
                continue
            if purpose.role in first:
                self.add(
                    join(item(path, index), "role"),
                    Message(
                        "content.role_repeated",
                        value=quote(purpose.role),
                        other=item(path, first[purpose.role]),
                    ),
                )
            else:
                first[purpose.role] = index

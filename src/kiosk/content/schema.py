"""The typed, validated form of a content pack (docs/content-format.md, format 1).

Values here have passed every check: ids are well formed and unique, references resolve, phones
are E.164, images are real PNG/JPEG/WebP files inside the pack. Localised text is always a
``dict`` (a plain string in the pack becomes ``{"en": s}``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time
from pathlib import Path
from typing import Any

FORMAT = 1

LText = dict[str, str]


@dataclass(frozen=True)
class ImageFile:
    """An image the pack names: where it is and what Pillow found in it."""

    rel: str  # as written in the pack, relative to its folder, forward slashes
    source: Path  # the resolved file inside the pack folder
    format: str  # "PNG", "JPEG", "WEBP" or "SVG" (the real format, whatever the extension says)
    width: int
    height: int


@dataclass(frozen=True)
class EventInfo:
    id: str
    name: LText
    venue: LText | None
    starts: date
    ends: date
    timezone: str
    default_language: str | None = None  # the language each new visitor starts in


@dataclass(frozen=True)
class Organizer:
    name: LText
    email: str | None = None
    phone: str | None = None
    website: str | None = None

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"name": self.name}
        for key in ("email", "phone", "website"):
            if getattr(self, key) is not None:
                data[key] = getattr(self, key)
        return data


@dataclass(frozen=True)
class Brand:
    name: str  # one string in every language: a brand is not translated
    tagline: LText | None = None
    logo: ImageFile | None = None
    attract: tuple[ImageFile, ...] = ()


@dataclass(frozen=True)
class MapPosition:
    """A named place on a pavilion's map where a kiosk may stand ("You are here")."""

    id: str
    label: LText
    x: float  # fractions of the map's width and height, like a booth's
    y: float

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "label": self.label, "x": self.x, "y": self.y}


@dataclass(frozen=True)
class Pavilion:
    id: str
    name: LText
    map: ImageFile | None = None
    short_name: LText | None = None  # for tiles and chips; ``name`` stays on the detail page
    positions: tuple[MapPosition, ...] = ()


@dataclass(frozen=True)
class Sector:
    id: str
    name: LText
    short_name: LText | None = None


@dataclass(frozen=True)
class Booth:
    code: str
    x: float | None = None
    y: float | None = None


@dataclass(frozen=True)
class Product:
    name: LText
    origin: str | None = None
    image: ImageFile | None = None


@dataclass(frozen=True)
class Contact:
    person: LText | None = None  # the whole name; family_name/given_name when given apart
    family_name: LText | None = None
    given_name: LText | None = None
    title: LText | None = None
    email: str | None = None
    phone: str | None = None  # E.164
    website: str | None = None
    wechat: str | None = None
    wechat_code: str | None = None  # what the pack's WeChat/WeCom "Contact me" QR image holds

    @property
    def is_empty(self) -> bool:
        return all(getattr(self, key) is None for key in self.__dataclass_fields__)


@dataclass(frozen=True)
class Choice:
    id: str
    text: LText


@dataclass(frozen=True)
class Question:
    """An exhibitor's qualifying question: ``kind`` is "single", "multiple" or "text"."""

    id: str
    kind: str
    text: LText
    required: bool = False
    choices: tuple[Choice, ...] = ()

    def to_json(self) -> dict[str, Any]:
        """As the database keeps it (``Exhibitor.questions``): the pack's own shape."""
        data: dict[str, Any] = {
            "id": self.id,
            "type": self.kind,
            "required": self.required,
            "text": self.text,
        }
        if self.choices:
            data["choices"] = [{"id": c.id, "text": c.text} for c in self.choices]
        return data


@dataclass(frozen=True)
class Exhibitor:
    id: str
    name: LText
    pavilion: str
    country: str
    sectors: tuple[str, ...] = ()
    booth: Booth | None = None
    summary: LText | None = None
    description: LText | None = None
    logo: ImageFile | None = None
    products: tuple[Product, ...] = ()
    contact: Contact | None = None
    questions: tuple[Question, ...] = ()
    short_name: LText | None = None


# What a consent purpose is for, where the kiosk acts on it: leads whose answer to the purpose
# with this role is yes go into the exhibitors' own files. A pack without roles keeps the old
# rule: the purpose whose id is "share-with-exhibitors".
SHARE_WITH_EXHIBITORS = "share-with-exhibitors"
PURPOSE_ROLES = (SHARE_WITH_EXHIBITORS,)


@dataclass(frozen=True)
class Purpose:
    id: str
    required: bool
    text: LText
    role: str | None = None
    cross_border: dict[str, LText] | None = None  # PIPL Art. 39 items (content.privacy)


@dataclass(frozen=True)
class Consent:
    version: str
    notice: LText
    purposes: tuple[Purpose, ...]
    controller: LText | None = None
    retention_days: int = 365
    minimum_age: int = 14

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"version": self.version}
        if self.controller is not None:
            data["controller"] = self.controller
        data["retention_days"] = self.retention_days
        data["minimum_age"] = self.minimum_age
        data["notice"] = self.notice
        data["purposes"] = [
            {
                "id": p.id,
                "required": p.required,
                "text": p.text,
                **({"role": p.role} if p.role else {}),
                **({"cross_border": p.cross_border} if p.cross_border else {}),
            }
            for p in self.purposes
        ]
        return data


MATCHING_MODES = ("auto-confirm", "staff-confirm")


@dataclass(frozen=True)
class MatchingSession:
    """A block of meeting slots on one day, e.g. 10:00-12:00 in 30-minute slots."""

    id: str
    date: date
    start: time
    end: time
    slot_minutes: int
    place: LText

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "date": self.date.isoformat(),
            "start": self.start.strftime("%H:%M"),
            "end": self.end.strftime("%H:%M"),
            "slot_minutes": self.slot_minutes,
            "place": self.place,
        }


@dataclass(frozen=True)
class MatchingExhibitor:
    """An exhibitor taking part: tables (or representatives) per slot, in which sessions."""

    id: str
    capacity: int
    sessions: tuple[str, ...]  # session ids; all of them when the pack names none
    place: LText | None = None  # overrides the session's place (e.g. the exhibitor's booth)

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"id": self.id, "capacity": self.capacity}
        data["sessions"] = list(self.sessions)
        if self.place is not None:
            data["place"] = self.place
        return data


@dataclass(frozen=True)
class Matching:
    """The event's business matching: sessions, who takes part, how bookings are confirmed."""

    mode: str  # one of MATCHING_MODES
    pending_hold_minutes: int
    sessions: tuple[MatchingSession, ...]
    exhibitors: tuple[MatchingExhibitor, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "mode": self.mode,
            "pending_hold_minutes": self.pending_hold_minutes,
            "sessions": [s.to_json() for s in self.sessions],
            "exhibitors": [e.to_json() for e in self.exhibitors],
        }


@dataclass(frozen=True)
class ContentPack:
    """A whole validated pack, ready to import."""

    folder: Path
    sha256: str  # of the content.json bytes
    event: EventInfo
    pavilions: tuple[Pavilion, ...]
    sectors: tuple[Sector, ...]
    exhibitors: tuple[Exhibitor, ...]
    consent: Consent
    organizer: Organizer | None = None
    brand: Brand | None = None
    matching: Matching | None = None
    images: tuple[ImageFile, ...] = field(default=(), repr=False)  # each distinct file once
    source: str = ""  # what was checked: the pack folder or the workbook (for the audit log)

    @property
    def origin(self) -> str:
        return self.source or str(self.folder)

    @property
    def product_count(self) -> int:
        return sum(len(e.products) for e in self.exhibitors)

    def summary(self) -> str:
        """``12 exhibitors, 2 pavilions, 5 sectors, 20 products, 35 images``."""
        parts = [
            (len(self.exhibitors), "exhibitor"),
            (len(self.pavilions), "pavilion"),
            (len(self.sectors), "sector"),
            (self.product_count, "product"),
            (len(self.images), "image"),
        ]
        return ", ".join(f"{n:,} {word}{'' if n == 1 else 's'}" for n, word in parts)

"""Whether an exhibitor's QR codes can be made at all, before the exhibitor page needs them.

A QR code holds at most 2,331 bytes at the kiosk's error correction (M, version 40); a vCard
with a 1,000-character contact name in Chinese does not fit, and ``make_qr`` raises. So:

- content checks (:func:`pack_code_problems`) build every code the exhibitor page can draw,
  in every kiosk language, from the validated pack, and name the exhibitor whose code does not
  fit, with its size and the longest fields to shorten;
- the exhibitor page shows only the codes that fit (:func:`codes_that_fit`), so content loaded
  before this check (or an older kiosk's database) degrades to fewer codes, never an error;
- ``kiosk qr --all`` goes on past a code that does not fit and reports it at the end.
"""

from __future__ import annotations

import logging
from functools import lru_cache

from qrcode import base as qr_base
from qrcode.constants import ERROR_CORRECT_M
from qrcode.exceptions import DataOverflowError

from kiosk.content.problems import Problem, item, join
from kiosk.content.schema import ContentPack, Exhibitor, LText
from kiosk.domain.languages import LANGUAGES
from kiosk.domain.ltext import localize
from kiosk.domain.messages import Message
from kiosk.services.catalog import ExhibitorView, contact_view
from kiosk.services.qr import QrCode, exhibitor_codes, make_qr

log = logging.getLogger(__name__)

ERROR_CORRECTION_NAME = "M"
_DATA_BITS = sum(b.data_count for b in qr_base.rs_blocks(40, ERROR_CORRECT_M)) * 8
# Bytes of a version 40 code at M: less the byte-mode header (4 + 16 bits), and for UTF-8 text
# the ECI header too (12 bits, ``qr.make_qr``). ASCII may go further in digit or letter modes.
MAX_BYTES = (_DATA_BITS - 20) // 8
_MAX_UTF8 = (_DATA_BITS - 32) // 8
_MAX_DIGITS = 5596  # numeric mode, the densest, at M
_SURELY_FITS = MAX_BYTES - 64  # below this no mode layout can overflow: no need to build it
_KIND_NAMES = {"vcard": "term.qr_vcard", "url": "term.qr_website"}


@lru_cache(maxsize=4096)
def fits(text: str) -> bool:
    """Whether ``text`` encodes as one QR code at the kiosk's error correction."""
    try:
        payload = text.encode("utf-8")
    except UnicodeError:
        return False
    if len(payload) <= _SURELY_FITS:
        return True
    if not payload.isascii():
        return len(payload) <= _MAX_UTF8  # one byte-mode segment: exact
    if len(payload) > _MAX_DIGITS:
        return False
    try:
        make_qr(text, module_px=1, border=0)
    except (DataOverflowError, ValueError):
        return False
    return True


def codes_that_fit(exhibitor: ExhibitorView, lang: str) -> list[QrCode]:
    """The exhibitor page's codes, without any that cannot be made (logged, not raised)."""
    codes = []
    for code in exhibitor_codes(exhibitor, lang):
        if fits(code.text):
            codes.append(code)
        else:
            log.warning(
                "exhibitor %s: its %s QR code in %s is too large to draw; not shown",
                exhibitor.id,
                code.kind,
                lang,
            )
    return codes


def _ltext(value: LText | None) -> LText:
    return dict(value) if value else {}


def exhibitor_view(exhibitor: Exhibitor) -> ExhibitorView:
    """What the catalogue will hold for a pack's exhibitor, as far as its codes need it."""
    contact, booth = exhibitor.contact, exhibitor.booth
    return ExhibitorView(
        id=exhibitor.id,
        name=_ltext(exhibitor.name),
        pavilion_id=exhibitor.pavilion,
        country=exhibitor.country,
        sector_ids=exhibitor.sectors,
        booth_code=booth.code if booth else None,
        booth_x=booth.x if booth else None,
        booth_y=booth.y if booth else None,
        summary={},
        description={},
        logo=None,
        logo_thumb=None,
        products=(),
        contact=None if contact is None else contact_view(contact),
    )


def _longest_fields(exhibitor: Exhibitor, lang: str) -> Message:
    """The two longest texts that go into the contact code, in ``lang``: what to shorten."""
    contact = exhibitor.contact
    sizes = {"name": localize(exhibitor.name, lang)}
    if exhibitor.booth is not None:
        sizes["booth.code"] = exhibitor.booth.code
    if contact is not None:
        sizes["contact.person"] = localize(contact.person or {}, lang)
        sizes["contact.title"] = localize(contact.title or {}, lang)
        for key in ("email", "website", "wechat"):
            sizes[f"contact.{key}"] = getattr(contact, key) or ""
    ranked = [
        kv for kv in sorted(sizes.items(), key=lambda kv: -len(kv[1].encode("utf-8"))) if kv[1]
    ]
    if len(ranked) < 2:
        key, text = ranked[0] if ranked else ("name", "")
        return Message("term.qr_field", field=key, length=len(text))
    (first, one), (second, other) = ranked[:2]
    return Message(
        "term.qr_fields",
        first=first,
        first_length=len(one),
        second=second,
        second_length=len(other),
    )


def pack_code_problems(pack: ContentPack) -> list[Problem]:
    """One located problem per exhibitor code that does not fit in any kiosk language."""
    problems: list[Problem] = []
    for index, exhibitor in enumerate(pack.exhibitors):
        if exhibitor.contact is None:
            continue
        view = exhibitor_view(exhibitor)
        worst: dict[str, tuple[int, str]] = {}  # kind → (bytes, language) of the largest
        for language in LANGUAGES:
            for code in exhibitor_codes(view, language.tag):
                if not fits(code.text):
                    size = len(code.text.encode("utf-8", "replace"))
                    if size > worst.get(code.kind, (0, ""))[0]:
                        worst[code.kind] = (size, language.tag)
        for kind, (size, lang) in worst.items():
            where = join(item("exhibitors", index), "contact")
            shorten = "contact.website" if kind == "url" else _longest_fields(exhibitor, lang)
            problems.append(
                Problem(
                    where,
                    Message(
                        "content.qr_too_big",
                        kind=Message(_KIND_NAMES[kind]),
                        language=lang,
                        size=size,
                        limit=MAX_BYTES,
                        level=ERROR_CORRECTION_NAME,
                        shorten=shorten,
                    ),
                )
            )
    return problems

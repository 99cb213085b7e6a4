"""Exhibitor contact QR codes: a vCard 3.0, the website, and the WeChat/WeCom contact code.

The vCard (written by vobject) is UTF-8 without BOM with CRLF line ends: N with the family and
given names apart, FN, ORG, TITLE, TEL in E.164, EMAIL and URL, and no PHOTO (it would not
fit). A URL code is offered as well because WeChat's scanner is reported to act on URLs only,
and the exhibitor's own WeChat or WeCom "Contact me" code (read from the pack's image) when
there is one. Codes use error correction M and a 4-module quiet zone.

Choosing the best of qrcode's eight masks costs about 50 ms a code; the mask is fixed instead
(every decoder reads every mask) and rendered PNGs are cached, so opening an exhibitor page
stays within a frame or two.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from functools import lru_cache

import qrcode
import vobject
from PIL import Image
from qrcode import base as qr_base
from qrcode import util as qr_util
from qrcode.constants import ERROR_CORRECT_M

from kiosk.domain.ltext import localize
from kiosk.domain.names import compose_name, split_name
from kiosk.services.catalog import ExhibitorView

FIXED_MASK = 2
QUIET_ZONE = 4
ECI_MODE = 0b0111
ECI_UTF8 = 26


@dataclass(frozen=True)
class QrCode:
    """One code to show: ``kind`` is "vcard", "url" or "wechat"; ``text`` is what it holds."""

    kind: str
    text: str


def contact_name(exhibitor: ExhibitorView, lang: str) -> tuple[str, str, str]:
    """``(family, given, whole)`` of the exhibitor's contact person in ``lang``.

    The pack's ``family_name``/``given_name`` win; a contact given only as ``person`` is split
    the way a phone would split it (``kiosk.domain.names.split_name``) and keeps its wording
    as the whole name.
    """
    contact = exhibitor.contact
    if contact is None:
        return "", "", ""
    family = localize(contact.family_name, lang)
    given = localize(contact.given_name, lang)
    person = localize(contact.person, lang)
    if not family and not given:
        family, given = split_name(person)
    return family, given, person or compose_name(family, given)


def vcard_text(exhibitor: ExhibitorView, lang: str) -> str | None:
    """The vCard 3.0 of the exhibitor's contact in ``lang``; None when there is no contact.

    Written by vobject, which escapes and folds every value: text from the pack can never add
    a property of its own (a bare carriage return in a booth code stays inside its NOTE).
    """
    contact = exhibitor.contact
    if contact is None:
        return None
    family, given, whole = contact_name(exhibitor, lang)
    if not any((contact.email, contact.phone, contact.website, contact.wechat, whole)):
        return None
    organisation = localize(exhibitor.name, lang)
    card = vobject.vCard()
    card.add("n").value = vobject.vcard.Name(family=family, given=given)
    card.add("fn").value = whole or organisation  # a card without a person is the company's
    card.add("org").value = [organisation]
    title = localize(contact.title, lang)
    if title:
        card.add("title").value = title
    if contact.phone:
        tel = card.add("tel")
        tel.value = contact.phone
        tel.type_param = ["WORK", "VOICE"]
    if contact.email:
        email = card.add("email")
        email.value = contact.email
        email.type_param = ["INTERNET", "WORK"]
    if contact.website:
        card.add("url").value = contact.website
    notes = []
    if contact.wechat:
        notes.append(f"WeChat: {contact.wechat}")
    if exhibitor.booth_code:
        notes.append(f"Booth {exhibitor.booth_code}")
    if notes:
        card.add("note").value = " / ".join(notes)
    return card.serialize()


def exhibitor_codes(exhibitor: ExhibitorView, lang: str) -> list[QrCode]:
    """The codes to show for an exhibitor: vCard first, then the website, then the WeChat or
    WeCom contact code; [] without contact."""
    codes = []
    card = vcard_text(exhibitor, lang)
    if card is not None:
        codes.append(QrCode("vcard", card))
    if exhibitor.contact is not None and exhibitor.contact.website:
        codes.append(QrCode("url", exhibitor.contact.website))
    if exhibitor.contact is not None and exhibitor.contact.wechat_code:
        codes.append(QrCode("wechat", exhibitor.contact.wechat_code))
    return codes


def _utf8_codewords(payload: bytes, error_correction: int) -> tuple[int, list[int]]:
    """The smallest version and its codewords for ``payload`` behind an ECI "UTF-8" header.

    qrcode has no ECI support, and without the header decoders guess the byte encoding:
    zbar (and others that try Shift-JIS) turn "Conceição" into "Conceiﾃｧﾃ｣o". So the data
    bits are laid out here with qrcode's own buffer and Reed-Solomon helpers.
    """
    for version in range(1, 41):
        length_bits = qr_util.length_in_bits(qr_util.MODE_8BIT_BYTE, version)
        rs_blocks = qr_base.rs_blocks(version, error_correction)
        bit_limit = sum(block.data_count * 8 for block in rs_blocks)
        if 4 + 8 + 4 + length_bits + 8 * len(payload) > bit_limit:
            continue
        buffer = qr_util.BitBuffer()
        buffer.put(ECI_MODE, 4)
        buffer.put(ECI_UTF8, 8)
        buffer.put(qr_util.MODE_8BIT_BYTE, 4)
        buffer.put(len(payload), length_bits)
        for byte in payload:
            buffer.put(byte, 8)
        for _ in range(min(bit_limit - len(buffer), 4)):
            buffer.put_bit(False)
        if len(buffer) % 8:
            for _ in range(8 - len(buffer) % 8):
                buffer.put_bit(False)
        for i in range((bit_limit - len(buffer)) // 8):
            buffer.put(qr_util.PAD0 if i % 2 == 0 else qr_util.PAD1, 8)
        return version, qr_util.create_bytes(buffer, rs_blocks)
    raise ValueError(f"{len(payload)} bytes do not fit in a QR code")


def make_qr(text: str, *, module_px: int = 8, border: int = QUIET_ZONE) -> qrcode.QRCode:
    """A QR code holding ``text``; non-ASCII text is declared UTF-8 with an ECI header."""
    code = qrcode.QRCode(
        error_correction=ERROR_CORRECT_M,
        box_size=module_px,
        border=border,
        mask_pattern=FIXED_MASK,
    )
    payload = text.encode("utf-8")
    if payload.isascii():
        code.add_data(payload)
        code.make(fit=True)
    else:
        code.version, code.data_cache = _utf8_codewords(payload, ERROR_CORRECT_M)
        code.make(fit=False)
    return code


def render_image(text: str, *, module_px: int = 8, border: int = QUIET_ZONE) -> Image.Image:
    """The code as a 1-bit image: one pixel per module scaled up without smoothing."""
    matrix = make_qr(text, module_px=1, border=border).get_matrix()
    size = len(matrix)
    modules = Image.new("1", (size, size), 1)
    modules.putdata([0 if dark else 1 for row in matrix for dark in row])
    return modules.resize((size * module_px, size * module_px), Image.Resampling.NEAREST)


@lru_cache(maxsize=512)
def module_count(text: str) -> int:
    """How many modules a side of the code for ``text`` has (quiet zone not included): what
    a screen needs to choose whole device pixels per module before it renders."""
    return len(make_qr(text, module_px=1, border=0).get_matrix())


@lru_cache(maxsize=512)
def render_png(text: str, *, module_px: int = 8, border: int = QUIET_ZONE) -> bytes:
    """PNG bytes of the code for ``text`` (black on white, ``module_px`` pixels per module)."""
    buffer = io.BytesIO()
    render_image(text, module_px=module_px, border=border).save(buffer, format="PNG")
    return buffer.getvalue()

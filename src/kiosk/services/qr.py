"""Exhibitor contact QR codes: a vCard 3.0 and, where there is a website, a URL code.

The vCard is UTF-8 without BOM with CRLF line ends, N and FN, ORG, TITLE, TEL in E.164,
EMAIL and URL, and no PHOTO (it would not fit). A URL code is offered as well because WeChat's
scanner is reported to act on URLs only. Codes use error correction M and a 4-module quiet zone.

Choosing the best of qrcode's eight masks costs about 50 ms a code; the mask is fixed instead
(every decoder reads every mask) and rendered PNGs are cached, so opening an exhibitor page
stays within a frame or two.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from functools import lru_cache

import qrcode
from PIL import Image
from qrcode import base as qr_base
from qrcode import util as qr_util
from qrcode.constants import ERROR_CORRECT_M

from kiosk.domain.ltext import localize
from kiosk.services.catalog import ExhibitorView

FIXED_MASK = 2
QUIET_ZONE = 4
ECI_MODE = 0b0111
ECI_UTF8 = 26


@dataclass(frozen=True)
class QrCode:
    """One code to show: ``kind`` is "vcard" or "url"; ``text`` is what the code holds."""

    kind: str
    text: str


def _escape(value: str) -> str:
    """RFC 2426 text escaping: backslash, comma, semicolon and newlines."""
    return (
        value.replace("\\", "\\\\")
        .replace(",", "\\,")
        .replace(";", "\\;")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
    )


def vcard_text(exhibitor: ExhibitorView, lang: str) -> str | None:
    """The vCard 3.0 of the exhibitor's contact in ``lang``; None when there is no contact."""
    contact = exhibitor.contact
    if contact is None or not any(
        (contact.email, contact.phone, contact.website, contact.wechat, contact.person)
    ):
        return None
    organisation = localize(exhibitor.name, lang)
    person = localize(contact.person, lang)
    lines = ["BEGIN:VCARD", "VERSION:3.0"]
    if person:
        # A name's parts cannot be told apart reliably across Chinese, Portuguese and English
        # conventions, so the whole name goes in the family-name slot; phones show it as is.
        lines += [f"N:{_escape(person)};;;;", f"FN:{_escape(person)}"]
    else:
        lines += [f"N:{_escape(organisation)};;;;", f"FN:{_escape(organisation)}"]
    lines.append(f"ORG:{_escape(organisation)}")
    title = localize(contact.title, lang)
    if title:
        lines.append(f"TITLE:{_escape(title)}")
    if contact.phone:
        lines.append(f"TEL;TYPE=WORK,VOICE:{contact.phone}")
    if contact.email:
        lines.append(f"EMAIL;TYPE=INTERNET,WORK:{contact.email}")
    if contact.website:
        lines.append(f"URL:{contact.website}")
    notes = []
    if contact.wechat:
        notes.append(f"WeChat: {contact.wechat}")
    if exhibitor.booth_code:
        notes.append(f"Booth {exhibitor.booth_code}")
    if notes:
        lines.append(f"NOTE:{_escape(' / '.join(notes))}")
    lines.append("END:VCARD")
    return "\r\n".join(lines) + "\r\n"


def exhibitor_codes(exhibitor: ExhibitorView, lang: str) -> list[QrCode]:
    """The codes to show for an exhibitor: vCard first, then the website; [] without contact."""
    codes = []
    card = vcard_text(exhibitor, lang)
    if card is not None:
        codes.append(QrCode("vcard", card))
    if exhibitor.contact is not None and exhibitor.contact.website:
        codes.append(QrCode("url", exhibitor.contact.website))
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
def render_png(text: str, *, module_px: int = 8, border: int = QUIET_ZONE) -> bytes:
    """PNG bytes of the code for ``text`` (black on white, ``module_px`` pixels per module)."""
    buffer = io.BytesIO()
    render_image(text, module_px=module_px, border=border).save(buffer, format="PNG")
    return buffer.getvalue()

"""WeChat and WeCom "Contact me" codes: the QR image an exhibitor exports from the app.

The kiosk does not show the organiser's image: it reads the code once, at validation, and
draws its own from the text (whole pixels, quiet zone, same size as its other codes), so a
photographed or resized image still scans from 60 cm. zxing-cpp reads it: its wheel bundles
the decoder, so a booth PC needs no system package.
"""

from __future__ import annotations

from pathlib import Path

import zxingcpp
from PIL import Image, ImageOps

from kiosk.domain.messages import Message

MAX_CODE_TEXT = 1000  # a contact code holds a short URL; anything longer is not one


def decode_contact_code(path: Path) -> str:
    """The text of the one QR code in the image at ``path``; a ValueError carries the
    :class:`Message` that says what is wrong."""
    try:
        with Image.open(path) as opened:
            image = ImageOps.exif_transpose(opened).convert("L")
    except OSError as exc:
        raise ValueError(Message("contact_code.unreadable", detail=str(exc))) from None
    codes = [
        code
        for code in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
        if code.valid and code.text
    ]
    if not codes:
        raise ValueError(Message("contact_code.none"))
    texts = {code.text for code in codes}
    if len(texts) > 1:
        raise ValueError(Message("contact_code.several", count=len(texts)))
    (text,) = texts
    if len(text) > MAX_CODE_TEXT or any(ord(ch) < 32 for ch in text):
        raise ValueError(Message("contact_code.not_contact"))
    return text

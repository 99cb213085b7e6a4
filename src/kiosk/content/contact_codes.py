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

MAX_CODE_TEXT = 1000  # a contact code holds a short URL; anything longer is not one


def decode_contact_code(path: Path) -> str:
    """The text of the one QR code in the image at ``path``; ValueError says what is wrong."""
    try:
        with Image.open(path) as opened:
            image = ImageOps.exif_transpose(opened).convert("L")
    except OSError as exc:
        raise ValueError(f"cannot be read as an image: {exc}") from None
    codes = [
        code
        for code in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
        if code.valid and code.text
    ]
    if not codes:
        raise ValueError(
            "holds no QR code that can be read; export the WeChat or WeCom 'Contact me' code "
            "again as a PNG and name that file"
        )
    texts = {code.text for code in codes}
    if len(texts) > 1:
        raise ValueError(f"holds {len(texts)} different QR codes; keep only the contact code")
    (text,) = texts
    if len(text) > MAX_CODE_TEXT or any(ord(ch) < 32 for ch in text):
        raise ValueError("holds a QR code that is not a contact code (too long, or not text)")
    return text
